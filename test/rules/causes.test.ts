import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';
import { CAUSES } from './challenge-causes.js';
import { measureCauses } from './causes-table.js';

// The figures are printed by `npm run eval`; these are the floors they must not fall below.
const results = measureCauses().filter((r) => !r.cause.heldOut);

describe('round-6 cause batches', () => {
  it.each(results.filter((r) => r.cause.kind === 'clean').map((r) => [r.cause.id, r] as const))(
    'GIVEN the legitimate texts and warnings of %s THEN none raises a flag',
    (_id, r) => {
      if (r.cause.open) expect(r.ok / r.cause.texts.length).toBeGreaterThanOrEqual(0.9);
      else expect(r.misses).toEqual([]);
    },
  );

  it.each(results.filter((r) => r.cause.kind === 'fire').map((r) => [r.cause.id, r] as const))(
    'GIVEN the pitches of %s THEN at least 7 in 8 raise their flag and none of the flags it must not',
    (_id, r) => {
      expect(r.ok / r.cause.texts.length).toBeGreaterThanOrEqual(0.85);
    },
  );

  it('GIVEN every clean text of the batches THEN its level is low and the reply says what was not checked', () => {
    for (const cause of CAUSES.filter((c) => c.kind === 'clean' && !c.heldOut))
      for (const t of cause.texts) {
        const text = typeof t === 'string' ? t : t.text;
        const r = checkOffer(text);
        expect([text, r.level, r.unchecked.length > 0]).toEqual([text, 'low', true]);
      }
  });
});
