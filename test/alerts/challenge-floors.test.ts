import { describe, expect, it } from 'vitest';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';
import { CHALLENGE_NEWS, CHALLENGE_NEWS_B, CHALLENGE_NEWS_C, CHALLENGE_NEWS_D, CHALLENGE_NEWS_E } from './challenge-news.js';
import { CHALLENGE_NEWS_F } from './challenge-news-f.js';
import { CHALLENGE_NEWS_G } from './challenge-news-g.js';
import { CHALLENGE_NEWS_H } from './challenge-news-h.js';
import { CHALLENGE_NEWS_I } from './challenge-news-i.js';
import { CHALLENGE_NEWS_J } from './challenge-news-j.js';
import { CHALLENGE_NEWS_K } from './challenge-news-k.js';
import { CHALLENGE_NEWS_L } from './challenge-news-l.js';
import { CHALLENGE_NEWS_M } from './challenge-news-m.js';
import { CHALLENGE_NEWS_N } from './challenge-news-n.js';
import { CHALLENGE_NEWS_O } from './challenge-news-o.js';
import { CHALLENGE_NEWS_P } from './challenge-news-p.js';
import { CHALLENGE_NEWS_Q } from './challenge-news-q.js';
import { CHALLENGE_NEWS_R } from './challenge-news-r.js';
import { CHALLENGE_NEWS_S } from './challenge-news-s.js';
import { scoreChallenge } from './challenge-score.js';

const registry = loadDefaultRegistry();

// Floors, not exact figures: a change may move one item, never the set below the targets.
describe('closure-news challenge sets', () => {
  it.each([
    ['A', CHALLENGE_NEWS],
    ['B', CHALLENGE_NEWS_B],
    ['C', CHALLENGE_NEWS_C],
    ['D', CHALLENGE_NEWS_D],
    ['E', CHALLENGE_NEWS_E],
    ['F', CHALLENGE_NEWS_F],
    ['G', CHALLENGE_NEWS_G],
    ['H', CHALLENGE_NEWS_H],
    ['I', CHALLENGE_NEWS_I],
    ['J', CHALLENGE_NEWS_J],
    ['K', CHALLENGE_NEWS_K],
    ['L', CHALLENGE_NEWS_L],
    ['M', CHALLENGE_NEWS_M],
    ['N', CHALLENGE_NEWS_N],
    ['O', CHALLENGE_NEWS_O],
    ['P', CHALLENGE_NEWS_P],
    ['Q', CHALLENGE_NEWS_Q],
    ['R', CHALLENGE_NEWS_R],
    ['S', CHALLENGE_NEWS_S],
  ] as const)('GIVEN challenge set %s THEN F1 ≥ 0.98 and entity recall ≥ 0.95', (_label, items) => {
    const s = scoreChallenge(registry, items);
    expect(s.misses.length, s.misses.join('\n')).toBeLessThanOrEqual(2);
    expect(s.f1).toBeGreaterThanOrEqual(0.98);
    expect(s.entityRecall).toBeGreaterThanOrEqual(0.95);
  });

  it('GIVEN the sets together THEN they hold well over a hundred closures and dozens of distractors', () => {
    const all = [
      ...CHALLENGE_NEWS,
      ...CHALLENGE_NEWS_B,
      ...CHALLENGE_NEWS_C,
      ...CHALLENGE_NEWS_D,
      ...CHALLENGE_NEWS_E,
      ...CHALLENGE_NEWS_F,
      ...CHALLENGE_NEWS_G,
    ];
    expect(all.filter((i) => i.closure).length).toBeGreaterThanOrEqual(120);
    expect(all.filter((i) => !i.closure).length).toBeGreaterThanOrEqual(70);
  });
});
