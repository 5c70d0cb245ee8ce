import { describe, expect, it } from 'vitest';
import type { AbsentWord } from '../../knowledge/absent.js';
import { presentShare, weightOf } from '../../knowledge/absent-weight.js';
import type { QueryTerms } from '../../knowledge/coverage.js';
import { readAbsence } from '../../knowledge/absent.js';

const terms = (weights: number[]): QueryTerms => ({
  original: [],
  expanded: [],
  weight: new Map(),
  boost: new Map(),
  concepts: weights.map((weight, i) => ({ primary: `c${i}`, alternatives: [], parts: [], weight })),
  translations: [],
  untranslated: [],
});

describe('the weight of an absent word', () => {
  const everyday = (word: string, extra: Partial<AbsentWord> = {}): AbsentWord => ({ word, kind: 'general', ...extra });
  const familiar = (word: string): boolean => !/[雨星]/.test(word);

  it('GIVEN a framing word built of familiar characters THEN it weighs nothing', () => {
    expect(weightOf(everyday('里头', { framing: true }), familiar)).toBe('none');
  });

  it('GIVEN an everyday noun or verb of familiar characters THEN it weighs as an ordinary concept', () => {
    expect(weightOf(everyday('干活'), familiar)).toBe('ordinary');
  });

  it('GIVEN a word with a character the corpus hardly writes, a stated quantity or a name THEN it keeps the top weight', () => {
    expect(weightOf(everyday('下雨'), familiar)).toBe('top');
    expect(weightOf(everyday('一天', { quantity: true }), familiar)).toBe('top');
    expect(weightOf({ word: '青禾社', kind: 'name' }, familiar)).toBe('top');
    expect(weightOf({ word: '车险', kind: 'finance' }, familiar)).toBe('top');
  });

  it('GIVEN the same question with its absent word weighed top, ordinary or not at all THEN the present share rises in that order', () => {
    const t = terms([1, 2, 3]);
    const top = presentShare(t, ['top'], 0, 1000);
    const ordinary = presentShare(t, ['ordinary'], 0, 1000);
    expect(top).toBeLessThan(ordinary);
    expect(ordinary).toBeCloseTo(6 / 8);
    expect(presentShare(t, ['none'], 0, 1000)).toBe(1);
  });
});

describe('what kind of absent word the asker wrote', () => {
  // Our own corpus sentence about an invented scheme: only its bigrams are "known".
  const corpus = '澄川试点共有二十个项目，其中使用区块链技术的项目占比为四成，地方政府的负债比例在上升，商业银行补充资本。';
  const bigrams = new Set<string>();
  for (let i = 0; i + 2 <= corpus.length; i += 1) bigrams.add(corpus.slice(i, i + 2));
  const known = (t: string): boolean => bigrams.has(t);
  const occurs = (w: string): boolean => corpus.includes(w);
  const read = (q: string): AbsentWord[] => readAbsence(q, known, false, occurs).words;

  it('GIVEN a position or time word the texts lack (里头, 年初) THEN it is read as a frame', () => {
    expect(read('这批试点里头用区块链的项目占比多少').find((w) => w.word === '里头')?.framing).toBe(true);
    expect(read('年初试点的项目占比多少').find((w) => w.word === '年初')?.framing).toBe(true);
  });

  it('GIVEN a stated quantity the texts lack (一天) THEN it is read as a quantity, not a frame', () => {
    const day = read('试点项目晚了一天会怎样').find((w) => w.word === '一天');
    expect(day?.quantity).toBe(true);
    expect(day?.framing).toBeUndefined();
  });

  it('GIVEN a one-character place abbreviation or a name word beside a figure THEN neither vetoes as a proper name', () => {
    expect(read('湘、辽两省为何率先退出试点').some((w) => w.proper)).toBe(false);
    expect(read('我存了十几万养老钱，商业银行补充资本了吗').some((w) => w.word === '十几万' && w.proper)).toBe(false);
  });

  it('GIVEN a kind of firm the texts lack (外贸公司) THEN it is a name without the veto; a firm of its own name (翠岭集团) keeps it', () => {
    const kind = read('外贸公司的负债比例').find((w) => w.word === '外贸公司');
    expect(kind?.kind).toBe('name');
    expect(kind?.proper).toBeUndefined();
    expect(read('翠岭集团补充资本了吗').some((w) => w.word.includes('翠岭') && w.proper)).toBe(true);
  });

  it('GIVEN a brand the texts never write THEN it still vetoes as a proper name', () => {
    expect(read('贵州茅台的地方政府负债比例').some((w) => w.proper)).toBe(true);
  });
});
