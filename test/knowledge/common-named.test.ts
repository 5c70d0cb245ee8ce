import { describe, expect, it } from 'vitest';
import { readAbsence } from '../../knowledge/absent.js';
import { tagNames, tagWords } from '../../knowledge/jieba.js';

describe('everyday words jieba tags as names', () => {
  it('GIVEN a word jieba tags as a person name that the dictionary lists only as a common word THEN it is tagged a common noun', () => {
    const raw = tagWords('他许诺的回报', false).find((w) => w.word === '许诺');
    expect(raw?.tag).toBe('nr');
    expect(tagNames('他许诺的回报', false).find((w) => w.word === '许诺')?.tag).toBe('n');
  });

  it('GIVEN a real brand name THEN it keeps its proper tag', () => {
    expect(tagNames('腾讯的股票', false).find((w) => w.word === '腾讯')?.tag).toBe('nz');
  });

  it('GIVEN a question holding such a word the index lacks THEN it is no absent proper name, while a brand still is', () => {
    const known = (bigram: string): boolean => ['青禾', '禾社', '回报'].includes(bigram);
    const common = readAbsence('青禾社许诺的回报', known);
    expect(common.words.some((w) => w.proper)).toBe(false);
    const brand = readAbsence('青禾社和腾讯的回报', known);
    expect(brand.words.some((w) => w.proper)).toBe(true);
  });
});
