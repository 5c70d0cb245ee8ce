import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';
import { CLEAN_TEXTS, measureChallenge } from './challenge-table.js';

// The figures are printed by `npm run eval`; these are the floors they must not fall below.
const result = measureChallenge();

describe('challenge set of realistic pitches and legitimate look-alikes', () => {
  it('GIVEN the tuned challenge pitches THEN at least 90 % fire their intended flag', () => {
    expect(result.tuned.total).toBeGreaterThan(250);
    expect(result.tuned.fired / result.tuned.total).toBeGreaterThanOrEqual(0.9);
  });

  it.each([...result.tuned.rows.keys()])('GIVEN the tuned pitches for %s THEN at least 3 in 4 fire it', (flag) => {
    const row = result.tuned.rows.get(flag)!;
    expect((row.zh.ok + row.en.ok) / (row.zh.n + row.en.n)).toBeGreaterThanOrEqual(0.75);
  });

  it('GIVEN bank deposits, bonds, money funds, bank wealth products, insurance and warnings THEN none raises a flag', () => {
    expect(result.falseAlarms).toEqual([]);
  });

  it('GIVEN every legitimate look-alike THEN its level is low and it says what was not checked', () => {
    for (const text of CLEAN_TEXTS) {
      const r = checkOffer(text);
      expect([text, r.level, r.unchecked.length > 0]).toEqual([text, 'low', true]);
    }
  });
});
