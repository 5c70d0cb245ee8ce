import { describe, expect, it } from 'vitest';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { namesTask, outOfScope, scopeLead, taskOf } from '../../knowledge/scope.js';
import type { SourceDoc } from '../../knowledge/types.js';
import { noteDoc } from '../helpers/docs.js';

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
  '一张网贷牌照现在要多少钱',
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

describe('personal how-to questions: answered only by a note that names the task', () => {
  const report: SourceDoc = {
    file: 'r.txt',
    path: '/r.txt',
    title: '平台风控研究',
    hash: 'r',
    kind: 'report',
    text: '一、征信\n平台尚未接入征信系统，查询借款人信用记录的成本很高。\n二、账户\n平台为投资人开立资金账户，由银行存管。',
  };
  const note = noteDoc('n.md', '核实许可证', '一、渠道\n一家机构有没有许可证，到监管部门官网的公示栏目查询，不要相信对方发来的截图。');
  const knowledge = buildKnowledgeFromDocs([report, note]);

  it('GIVEN how-to questions THEN the task verb is read, and 查 is named by 查询 or 核实', () => {
    expect(['怎么查询我的信用记录', '如何在手机上关闭自动扣款', '被骗了怎么办', '为什么要查询征信'].map(taskOf)).toEqual([
      '查询',
      '关闭',
      // One's own course (怎么办) is a note's to answer, whatever its verb.
      'advice',
      null,
    ]);
    expect([namesTask('查', '到官网核实'), namesTask('关闭', '平台关停了')]).toEqual([true, false]);
  });

  it('GIVEN a task only a report mentions in passing THEN it is refused rather than quoted', () => {
    const answer = knowledge.ask('怎么查询自己的信用记录？');
    expect(answer.found).toBe(false);
    expect(answer.answer).toEqual([]);
  });

  it('GIVEN a task a note explains THEN the note’s sentence is the answer', () => {
    const answer = knowledge.ask('怎么查询一家机构有没有许可证？');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('官网的公示栏目查询');
  });
});
