import { describe, expect, it } from 'vitest';
import { smallSearch } from '../helpers/english-search.js';
import { askedOrdinal, ordinalSentenceCoverage } from '../../knowledge/ordinal-rank.js';

describe('the question ordinal as a ranking feature', () => {
  // Our own passages, the same words but for the ordinal: 后来 (a later round) against 最早 (the first).
  const passages = [
    '苏州的数字人民币试点网点后来设在园区和新区，覆盖银行和商户。',
    '苏州的数字人民币试点网点最早设在园区和新区，覆盖银行和商户。',
  ];

  it('GIVEN a question about the first round THEN the passage that says "first" in its own words ranks above the later round', () => {
    const { searcher } = smallSearch(passages, () => null);
    const [first, second] = searcher.search('苏州首批数字人民币试点网点设在哪里？', 2);
    expect(first?.text).toBe(passages[1]);
    expect(second?.text).toBe(passages[0]);
  });

  it('GIVEN a question without an ordinal THEN there is nothing to meet', () => {
    expect(askedOrdinal('苏州数字人民币试点网点设在哪里？')).toBeNull();
  });

  it('GIVEN a sentence holding only another kind of first THEN it does not meet a first of a kind', () => {
    const { searcher } = smallSearch(passages, () => null);
    const terms = searcher.terms('苏州第一家试点网点在哪');
    const ordinal = askedOrdinal('苏州第一家试点网点在哪');
    expect(ordinal).not.toBeNull();
    expect(ordinalSentenceCoverage('苏州第一期试点网点设在园区', ordinal!, terms)).toBe(0);
    expect(ordinalSentenceCoverage('苏州第一家试点网点设在园区', ordinal!, terms)).toBeGreaterThan(0.5);
  });
});
