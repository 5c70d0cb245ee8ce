import { describe, expect, it } from 'vitest';
import { chineseNames } from '../../knowledge/named-predicate-zh.js';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { reportDoc as doc } from '../helpers/docs.js';

// Made-up reports about invented P2P lenders (翠岭, 祁岙); no text of the corpus.

describe('a Chinese question about a firm the reports name only in a list', () => {
  const knowledge = buildKnowledgeFromDocs([
    doc(
      'a.txt',
      '网贷平台风险观察',
      [
        '近两年，翠岭、祁岙等大型平台先后暴雷，给出借人带来很大损失。',
        '监管部门随后要求各地平台制定清退方案，按季度公布兑付进度。',
        '多数平台的兑付比例不到三成，出借人维权困难。',
      ].join(''),
    ),
    doc('b.txt', '地方金融监管', '地方金融监管部门负责平台的日常监管和风险处置，出借人可以向属地部门反映情况。'),
  ]);

  it('GIVEN the firm names as jieba reads them THEN the invented platforms are names', () => {
    expect(chineseNames('翠岭的清退方案最后是怎么定的')).toContain('翠岭');
  });

  it('GIVEN a question asking what the list never says of the firm THEN the bot says the reports do not cover it', () => {
    expect(knowledge.ask('翠岭的清退方案最后兑付了多少比例？').found).toBe(false);
  });

  it('GIVEN a question asking what the list sentence itself says of the firm THEN it is answered', () => {
    const answer = knowledge.ask('翠岭这些大型平台暴雷给出借人带来了什么？');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('损失');
  });

  it('GIVEN the same predicate asked without the firm THEN the sentence about all platforms answers', () => {
    const answer = knowledge.ask('多数平台的兑付比例有多少？');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('三成');
  });
});
