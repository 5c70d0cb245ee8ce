import { describe, expect, it } from 'vitest';
import { classifyIntent } from '../../bot/intent.js';
import { checkOffer } from '../../rules/check-offer.js';

describe('classifyIntent', () => {
  it.each([
    ['某资产登记备案中心的定融，年化11%，保本保息，靠谱吗？', 'offer'],
    ['朋友推荐一个理财，月息2分，能投吗', 'offer'],
    ['西安百金金交中心的老产品还能续投吗', 'offer'],
    ['USDT搬砖日收益千分之五', 'offer'],
    ['Guaranteed 15% annual return, only 3 slots left', 'offer'],
    ['为什么关停金交所？', 'question'],
    ['伪金交所有哪些变种？', 'question'],
    ['金交所产品的收益率一般是多少', 'question'],
    ['What is a regulatory sandbox?', 'question'],
    ['P2P网贷是怎么清退的', 'question'],
    ['你好', 'chitchat'],
    ['谢谢！', 'chitchat'],
    ['thanks', 'chitchat'],
  ])('GIVEN %j THEN %s', (text, intent) => {
    expect(classifyIntent(text).intent).toBe(intent);
  });
});

// The same check decides for free text and for /watch: a warning that quotes a pitch claims nothing.
describe('warnings and term questions are not offers', () => {
  it.each([
    '【风险提示】谨防“保本保息、年化18%”的定融产品，遇到请拨打96110。',
    '警惕所谓政府兜底的城投定融，不要轻信高息回报。',
    'Scam alert: anyone promising 2% a day on a USDT pool is running a Ponzi scheme.',
    '什么是拉人头返利？',
  ])('GIVEN %j THEN a question, and the check reads it as claiming nothing', (text) => {
    expect([classifyIntent(text).intent, checkOffer(text).level, checkOffer(text).flags]).toEqual(['question', 'low', []]);
  });

  it('GIVEN a seller quoted inside a question THEN still an offer with its flags', () => {
    const text = '理财经理原话：“这款定融保本保息，年化12%。”可以买吗？';
    expect([classifyIntent(text).intent, checkOffer(text).framing, checkOffer(text).level]).toEqual(['offer', 'claims', 'high']);
  });
});
