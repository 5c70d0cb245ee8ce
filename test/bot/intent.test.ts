import { describe, expect, it } from 'vitest';
import { classifyIntent } from '../../bot/intent.js';

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
