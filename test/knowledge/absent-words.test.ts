import { describe, expect, it } from 'vitest';
import { readAbsence } from '../../knowledge/absent.js';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import type { SourceDoc } from '../../knowledge/types.js';

// Our own wording: a made-up platform (青禾社) and plain sentences about it.
const corpus =
  '青禾社是一家地方资产登记平台，平台每个月公布一次红黑名单，评选结果向社会公开。这几年平台出现过风险事件的机构有三家。现在平台的债务率仍在上升。';
const bigrams = new Set<string>();
for (let i = 0; i + 2 <= corpus.length; i += 1) bigrams.add(corpus.slice(i, i + 2));
const known = (t: string): boolean => bigrams.has(t);
const occurs = (w: string): boolean => corpus.includes(w);
const words = (folded: string, asked = folded): string[] => readAbsence(folded, known, false, occurs, asked).words.map((w) => w.word);

describe('absent words are whole words of the question', () => {
  it('GIVEN a joiner inside a word (每个, 现在) beside known words THEN no fragment across the word boundary is absent', () => {
    expect(words('青禾社每个月评一次红黑名单')).toEqual([]);
    expect(words('青禾社的债务率现在仍在上升吗')).toEqual([]);
  });

  it('GIVEN a question word stripped out of a word (几 of 这几年) THEN its other half is not read as part of an absent word', () => {
    expect(words('这 年出过事的机构有  ', '这几年出过事的机构有哪些')).toEqual([]);
  });

  it('GIVEN a product word the texts never write whole THEN the whole word is absent, not a fragment of it', () => {
    expect(words('青禾社的个人所得税怎么交')).toEqual(['个人所得税']);
  });
});

describe('absent proper names veto', () => {
  it('GIVEN a place or a brand the texts lack THEN the absent word is marked a proper name', () => {
    const absence = readAbsence('香港交易所的交易时间', known, false, occurs);
    expect(absence.words.some((w) => w.proper && w.word.includes('香港'))).toBe(true);
  });

  it('GIVEN an ordinary word the texts lack THEN it is no proper name', () => {
    expect(readAbsence('青禾社的老板是谁', known, false, occurs).words.every((w) => !w.proper)).toBe(true);
  });

  const doc = (file: string, text: string): SourceDoc => ({ file, path: `/${file}`, title: file, hash: file, text, kind: 'report' });
  const knowledge = buildKnowledgeFromDocs([
    doc('q.txt', `一、概况\n${corpus}\n二、交易\n青禾社的交易时间为工作日九点至十五点，交易所实行会员制。`),
    doc('r.txt', '一、背景\n小额贷款公司的业务集中在县域，放贷对象以个体工商户为主。'),
  ]);

  it('GIVEN a foreign exchange the reports never name THEN the opening times of another venue are not quoted', () => {
    expect(knowledge.ask('香港交易所每天的交易时间是几点？').found).toBe(false);
  });

  it('GIVEN the same question about the platform the reports describe THEN it is answered', () => {
    const answer = knowledge.ask('青禾社每天的交易时间是几点？');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('九点');
  });
});

describe('the asker’s yes-or-no form', () => {
  it('GIVEN an A-not-A question (算不算, 有没有) THEN the repeated verb is not an absent word', () => {
    expect(words('青禾社算不算登记平台')).toEqual([]);
    expect(words('青禾社有没有红黑名单')).toEqual([]);
  });
});
