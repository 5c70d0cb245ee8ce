import { describe, expect, it } from 'vitest';
import { missingConcepts, readAbsence } from '../../knowledge/absent.js';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { reportDoc } from '../helpers/docs.js';

// Our own wording: a platform name no general dictionary holds, and ordinary words around it.
const corpus = '甬融社由当地一家国有集团出资设立，注册资本一亿元，主要撮合中小企业的应收账款转让。北京的分支机构于次年开业。';
const bigrams = new Set<string>();
for (let i = 0; i + 2 <= corpus.length; i += 1) bigrams.add(corpus.slice(i, i + 2));
const known = (t: string): boolean => bigrams.has(t);
const holds = (w: string): boolean => corpus.includes(w);

describe('absent words: key concepts or the asker’s own words', () => {
  it('GIVEN a general word the texts lack in a question about their own subject THEN no key concept is missing', () => {
    const absence = readAbsence('甬融社的老板是谁', known);
    expect(absence).toEqual({ words: [{ word: '老板', kind: 'general' }], specific: ['甬融社'] });
    expect(missingConcepts(absence, holds)).toBe(0);
  });

  it('GIVEN a financial product the texts lack THEN it is missing even beside their own subject', () => {
    const absence = readAbsence('甬融社的车险怎么买', known);
    expect(absence.words.map((w) => w.kind)).toEqual(['finance']);
    expect(missingConcepts(absence, holds)).toBe(1);
  });

  it('GIVEN general words and none of the corpus subjects THEN every absent word counts as missing', () => {
    const absence = readAbsence('北京明天会下雨吗', known);
    expect(absence.specific).toEqual([]);
    expect(missingConcepts(absence, holds)).toBe(absence.words.length);
    expect(absence.words.length).toBeGreaterThan(0);
  });

  it('GIVEN the corpus subject but a best passage that does not hold it THEN general words count again', () => {
    const absence = readAbsence('甬融社的老板是谁', known);
    expect(missingConcepts(absence, () => false)).toBe(1);
  });

  it('GIVEN a question the texts fully cover THEN nothing is absent (and no dictionary is loaded for it)', () => {
    expect(readAbsence('甬融社的注册资本', known)).toEqual({ words: [], specific: [] });
  });
});

describe('asking about a corpus subject in ordinary words', () => {
  const knowledge = buildKnowledgeFromDocs([
    reportDoc('y.txt', '甬融社简介', `一、设立\n${corpus}\n二、业务\n甬融社的产品期限多为六个月，起投金额为五万元。`),
    reportDoc('z.txt', '另一份报告', '一、概况\n小额贷款公司的业务集中在县域，放贷对象以个体工商户为主，风险来自关联交易。'),
  ]);

  it('GIVEN a colloquial word for who funds the platform THEN the funding sentence is shown', () => {
    const answer = knowledge.ask('甬融社的老板是谁？');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('国有集团出资设立');
  });

  it('GIVEN a product the reports never name THEN it is refused', () => {
    const answer = knowledge.ask('甬融社的车险一年多少钱？');
    expect(answer.found).toBe(false);
  });
});

describe('a Latin name in a Chinese question', () => {
  it('GIVEN an English acronym the index does not hold THEN it is an absent name', () => {
    const knownStems = (t: string): boolean => t === 'fintech' || bigrams.has(t);
    expect(readAbsence('甬融社的ipo注册资本', knownStems).words).toEqual([{ word: 'ipo', kind: 'name' }]);
    expect(readAbsence('甬融社的fintech注册资本', knownStems).words).toEqual([]);
  });

  it('GIVEN an English stop word or an English question THEN no Latin word is taken for a name', () => {
    expect(readAbsence('甬融社的it注册资本', known).words).toEqual([]);
    expect(readAbsence('who funded 甬融社', known, true).words).toEqual([]);
  });
});
