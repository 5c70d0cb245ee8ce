import { describe, expect, it } from 'vitest';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { noteDoc, reportDoc } from '../helpers/docs.js';

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

describe('round 16: a holder asking for their money back is answered from the notes', () => {
  const knowledge = buildKnowledgeFromDocs([
    reportDoc(
      'r.txt',
      '甲交易所关停观察',
      Array.from({ length: 8 }, (_, i) => `第${i + 1}节\n甲交易所第${i + 1}批被关停，甲交易所的业务资质取消，甲交易所退出市场。`).join(
        '\n',
      ),
    ),
    noteDoc(
      'n.md',
      '甲交易所是什么',
      [
        '# 甲交易所',
        '## 甲交易所是什么',
        '甲交易所是一类地方交易场所的统称，甲交易所曾经很多。',
        '## 对持有人意味着什么',
        '甲交易所关停后，持有人的存量产品由当地政府安排各方协商处置，钱不会一笔勾销。',
      ].join('\n'),
    ),
  ]);

  it('GIVEN "钱还能拿回来吗" or "找谁要" THEN the note section for holders answers, not the reports nor the note\'s definition', () => {
    for (const q of ['甲交易所关了我的钱还能拿回来吗', '甲交易所都关门了，我买的产品钱咋办啊？还能找谁要？']) {
      const answer = knowledge.ask(q);
      expect(answer.found, q).toBe(true);
      expect(answer.answer.join(''), q).toContain('协商处置');
    }
  });
});
