import { describe, expect, it } from 'vitest';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { yearsAfter } from '../../knowledge/scope.js';
import type { SourceDoc } from '../../knowledge/types.js';

// Made-up reports about an invented exchange (澄川所); no text of the corpus.
const doc = (file: string, title: string, text: string, date?: string): SourceDoc => ({
  file,
  path: `/${file}`,
  title,
  hash: file,
  text,
  kind: 'report',
  ...(date ? { date } : {}),
});

describe('a year after the newest report', () => {
  const knowledge = buildKnowledgeFromDocs([
    doc(
      'a.txt',
      '澄川所清理观察',
      [
        '2021年，澄川所开始清理存量产品，全省保留的平台只剩下三家。',
        '到2022年底，澄川所的存量业务已经压降了七成。',
        '主管部门预计到2030年前后完成全部整改。',
      ].join(''),
      '2023-05',
    ),
    doc('b.txt', '行业综述', '各地交易场所的清理进度差别很大，统计口径也不一致。', '2022'),
  ]);

  it('GIVEN a question about a year after every report THEN the bot says the reports do not cover it', () => {
    expect(knowledge.ask('2026年澄川所的清理进展到哪一步了，还剩几家？').found).toBe(false);
    expect(knowledge.ask('How far had the clean-up of Chengchuansuo platforms got by the end of 2026?').found).toBe(false);
  });

  it('GIVEN the same question about a year the reports cover THEN it is answered', () => {
    const answer = knowledge.ask('2022年底澄川所的存量业务压降了多少？');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('七成');
  });

  it('GIVEN a later year that a report itself writes (a target) THEN the passage that writes it may answer', () => {
    expect(knowledge.ask('澄川所预计2030年前后完成什么？').found).toBe(true);
  });

  it('GIVEN years written as amounts or longer numbers THEN they are not read as years', () => {
    expect(yearsAfter('存了2026元，编号20261', ['2023-05'])).toEqual([]);
    expect(yearsAfter('by the end of 2026, and in 2019', ['2023-05', '2016'])).toEqual([2026]);
    expect(yearsAfter('2026年的数据', [])).toEqual([]);
  });
});
