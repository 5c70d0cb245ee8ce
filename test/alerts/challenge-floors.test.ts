import { describe, expect, it } from 'vitest';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';
import { CHALLENGE_BATCHES, OPEN_BATCHES } from './challenge-batches.js';
import { scoreChallenge } from './challenge-score.js';

const registry = loadDefaultRegistry();

// Floors, not exact figures: a change may move one item, never the set below the targets.
describe('closure-news challenge sets', () => {
  it.each(CHALLENGE_BATCHES.filter(([label]) => !OPEN_BATCHES.has(label)))(
    'GIVEN challenge set %s THEN F1 ≥ 0.98 and entity recall ≥ 0.95',
    (_label, items) => {
      const s = scoreChallenge(registry, items);
      expect(s.misses.length, s.misses.join('\n')).toBeLessThanOrEqual(2);
      expect(s.f1).toBeGreaterThanOrEqual(0.98);
      expect(s.entityRecall).toBeGreaterThanOrEqual(0.95);
    },
  );

  it('GIVEN an open batch THEN it still finds most of its closures and no distractor', () => {
    for (const [label, items] of CHALLENGE_BATCHES.filter(([l]) => OPEN_BATCHES.has(l))) {
      const s = scoreChallenge(registry, items);
      expect(s.precision, label).toBe(1);
      expect(s.recall, `${label}\n${s.misses.join('\n')}`).toBeGreaterThanOrEqual(0.75);
    }
  });

  it('GIVEN the sets together THEN they hold well over a hundred closures and dozens of distractors', () => {
    const all = CHALLENGE_BATCHES.flatMap(([, items]) => items);
    expect(all.filter((i) => i.closure).length).toBeGreaterThanOrEqual(120);
    expect(all.filter((i) => !i.closure).length).toBeGreaterThanOrEqual(70);
  });
});
