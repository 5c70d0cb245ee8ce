import { describe, expect, it } from 'vitest';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { reportDoc } from '../helpers/docs.js';

// Our own wording throughout: no report text. Round 16, issue 14 point 6 (an honest "not in the reports").
describe('round 16: a year a Chinese question dates its ask by must be written in a quoted passage', () => {
  const knowledge = buildKnowledgeFromDocs([
    reportDoc(
      'r.txt',
      '地方债务观察',
      [
        '一、专项债',
        '2019年至2021年甲省累计新增地方政府专项债券3000亿元，用于补充小银行资本金。',
        '二、交易中心',
        '甲中心于2014年底注册成立，平台于2015年3月正式上线运营。',
      ].join('\n'),
      '2022-06',
    ),
  ]);

  it('GIVEN a year the passages never write in the asking clause THEN the question is refused', () => {
    expect(knowledge.ask('2020年甲省新增了多少专项债？').found).toBe(false);
    expect(knowledge.ask('甲中心（2016年）现在还在运营吗').found).toBe(false);
  });

  it('GIVEN the year told as a premise before the ask, or written in the passage THEN it is answered', () => {
    expect(knowledge.ask('甲中心是2014年底成立的，那它的平台是什么时候上线的？').answer.join('')).toContain('2015年3月');
    expect(knowledge.ask('2019年至2021年甲省新增了多少专项债？').answer.join('')).toContain('3000亿元');
  });
});
