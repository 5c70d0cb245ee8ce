import { describe, expect, it } from 'vitest';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';
import { CHALLENGE_NEWS, CHALLENGE_NEWS_B, CHALLENGE_NEWS_C, CHALLENGE_NEWS_D } from './challenge-news.js';
import { scoreChallenge } from './challenge-score.js';

const registry = loadDefaultRegistry();

// Floors, not exact figures: a change may move one item, never the set below the targets.
describe('closure-news challenge sets', () => {
  it.each([
    ['A', CHALLENGE_NEWS],
    ['B', CHALLENGE_NEWS_B],
    ['C', CHALLENGE_NEWS_C],
    ['D', CHALLENGE_NEWS_D],
  ] as const)('GIVEN challenge set %s THEN F1 ≥ 0.98 and entity recall ≥ 0.95', (_label, items) => {
    const s = scoreChallenge(registry, items);
    expect(s.misses.length, s.misses.join('\n')).toBeLessThanOrEqual(2);
    expect(s.f1).toBeGreaterThanOrEqual(0.98);
    expect(s.entityRecall).toBeGreaterThanOrEqual(0.95);
  });

  it('GIVEN the sets THEN each holds closures and distractors of every kind', () => {
    for (const items of [CHALLENGE_NEWS, CHALLENGE_NEWS_B, CHALLENGE_NEWS_C, CHALLENGE_NEWS_D]) {
      expect(items.filter((i) => i.closure).length).toBeGreaterThanOrEqual(14);
      expect(items.filter((i) => !i.closure).length).toBeGreaterThan(12);
    }
  });
});
