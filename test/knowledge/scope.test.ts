import { describe, expect, it } from 'vitest';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { outOfScope, scopeLead } from '../../knowledge/scope.js';
import type { SourceDoc } from '../../knowledge/types.js';

// Our own wording throughout: live quotes and forecasts, and questions that share their words but
// ask what a dated report can say.
const LIVE: string[] = [
  '某某科技今天的股价是多少',
  '以太币现在多少钱一枚',
  '今日美元兑人民币汇率多少',
  '某宝货币基金的七日年化现在是多少',
  '现在的定期存款利率是多少',
  'What is the share price of Example Bank today?',
  'How much is one bitcoin worth right now?',
  'What is the current mortgage rate in Shanghai?',
];
const FORECAST: string[] = [
  '黄金下个月会涨吗',
  '这只股票还能涨到二十块吗',
  '明年房价是涨还是跌',
  'Will the yuan fall against the dollar next year?',
  'What is your price target for gold next month?',
];
const IN_SCOPE: string[] = [
  '比特币是什么时候出现的',
  '金交所的年化收益率一般多少',
  '汇率风险对投资人有什么影响',
  '2016年网上理财市场规模有多大',
  '现在金交所还在运营吗',
  '目前P2P平台的年化收益在什么区间',
  'What did the report say about exchange rate risk?',
  'How many platforms exited the market in 2018?',
  'What is the default rate of the platforms?',
];

describe('questions beyond any report: live quotes and forecasts', () => {
  it('GIVEN questions asking a price, rate or quote as it is today THEN each is a live quote', () => {
    expect(LIVE.map(outOfScope)).toEqual(LIVE.map(() => 'live-quote'));
  });

  it('GIVEN questions asking where a price goes THEN each is a forecast', () => {
    expect(FORECAST.map(outOfScope)).toEqual(FORECAST.map(() => 'forecast'));
  });

  it('GIVEN questions sharing those words but asking what a report can state THEN none is out of scope', () => {
    expect(IN_SCOPE.map(outOfScope)).toEqual(IN_SCOPE.map(() => null));
  });

  it('GIVEN a corpus that names a coin THEN its price today is refused with the reason and the coin’s history is answered', () => {
    const doc: SourceDoc = {
      file: 'c.txt',
      path: '/c.txt',
      title: '数字货币观察',
      hash: 'c',
      kind: 'report',
      text: '一、起源\n以太币于二〇一五年上线，此后价格大起大落，投资人损失惨重。\n二、监管\n境内不得为以太币交易提供定价和撮合服务。',
    };
    const knowledge = buildKnowledgeFromDocs([doc]);
    const live = knowledge.ask('以太币现在多少钱一枚？');
    expect(live.found).toBe(false);
    expect(live.answer).toEqual([]);
    expect(live.lead).toBe(scopeLead('live-quote', false));
    const history = knowledge.ask('以太币是哪年上线的？');
    expect(history.found).toBe(true);
    expect(history.answer.join('')).toContain('二〇一五年上线');
  });
});
