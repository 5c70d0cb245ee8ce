import { describe, expect, it } from 'vitest';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { reportQuoteFor } from '../../knowledge/note-source.js';
import { noteDoc, reportDoc } from '../helpers/docs.js';

// Our own wording throughout: no report text. Issue 14 point 7: a note's answer shows where it comes from.
const REPORT = '甲乙交易场所清退观察';
const filler = Array.from({ length: 6 }, (_, i) => `第${i + 1}节\n丙平台第${i + 1}季度交易额增长，客户数量增加，资金规模扩大。`).join('\n');
const report = reportDoc(
  'r.txt',
  REPORT,
  [
    '一、清退安排',
    '甲乙交易场所将分批退出市场，监管部门要求各地逐家核查。',
    '尚有旧业务没有了结的场所，不得一关了之，要由场所、融资方与投资人依照法律协商处理，场所仍以民事主体身份承担责任。',
    '二、行业概况',
    '丙平台的年交易额在高峰时超过百亿元。',
    filler,
  ].join('\n'),
);
const note = (source: string): ReturnType<typeof noteDoc> =>
  noteDoc(
    'notes/09.md',
    '持有人常问',
    [
      '# 持有人常问',
      '## 交易场所关了我的钱怎么办',
      `场所关了，钱不会一笔勾销：还没了结的旧业务要由各方依照法律协商处理，场所也不能一关了之，要以民事主体身份承担责任（来源：《${source}》，关于清退安排的部分）。`,
      '- 保存合同和转账记录，留意当地政府的处置公告。',
    ].join('\n'),
  );

describe('a note answer quotes the report sentence it restates', () => {
  it('GIVEN a note citing a loaded report WHEN its question is asked THEN the report sentence and its source are shown', () => {
    const knowledge = buildKnowledgeFromDocs([report, note(REPORT)]);
    const answer = knowledge.ask('交易场所关了我的钱怎么办');
    expect(answer.found).toBe(true);
    expect(answer.answer.length).toBeLessThanOrEqual(3);
    expect(answer.answer.at(-1)).toContain('依照法律协商处理');
    expect(answer.sources.at(-1)?.title).toBe(REPORT);
    expect(answer.sources[0]?.doc).toBe('notes/09.md');
  });

  it('GIVEN a note citing a report that is not loaded THEN only the note speaks', () => {
    const knowledge = buildKnowledgeFromDocs([report, note('另一份报告')]);
    const answer = knowledge.ask('交易场所关了我的钱怎么办');
    expect(answer.found).toBe(true);
    expect(answer.sources.every((s) => s.doc === 'notes/09.md')).toBe(true);
  });

  it('GIVEN a citing sentence that shares too little with every report sentence THEN no quote is found', () => {
    const data = {
      passages: {
        length: 1,
        at: () => ({ doc: 'r.txt', title: REPORT, text: '丙平台的年交易额在高峰时超过百亿元。' }),
        docOf: () => 'r.txt',
      },
    };
    const passage = `场所关了，还没了结的旧业务要由各方依照法律协商处理（来源：《${REPORT}》）。`;
    expect(reportQuoteFor(data, passage, (t) => t === REPORT)).toBeUndefined();
  });
});
