import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bestSentencePairs,
  emptyFeatures,
  FEATURES,
  hanPairs,
  handOnly,
  learnedScore,
  loadRankWeights,
  RANK_WEIGHTS_FILE,
  typesPresent,
} from '../../knowledge/learned-rank.js';

const tmp = (): string => mkdtempSync(path.join(os.tmpdir(), 'rank-weights-'));

describe('the learned rank weights', () => {
  it('GIVEN the shipped weights file THEN it validates and names its training authors', () => {
    const w = loadRankWeights(RANK_WEIGHTS_FILE);
    expect(w).not.toBeNull();
    expect(w?.provenance.trainedOn.length).toBeGreaterThan(0);
    for (const name of FEATURES) expect(typeof w?.zh[name]).toBe('number');
  });

  it('GIVEN a malformed or missing file THEN the hand ranking is kept (null)', () => {
    const dir = tmp();
    const bad = path.join(dir, 'w.json');
    writeFileSync(bad, JSON.stringify({ version: 1, adopted: true, zh: { hand: 'x' } }));
    expect(loadRankWeights(bad)).toBeNull();
    expect(loadRankWeights(path.join(dir, 'none.json'))).toBeNull();
  });

  it('GIVEN weights on the hand score alone THEN no feature need be read', () => {
    expect(handOnly({ hand: 1, bm25: 0 })).toBe(true);
    expect(handOnly({ hand: 1, bm25: 0.5 })).toBe(false);
  });

  it('GIVEN features THEN the learned score is their weighted sum', () => {
    const f = { ...emptyFeatures(), hand: 2, title: 0.5 };
    expect(learnedScore({ hand: 1, title: 2 }, f)).toBeCloseTo(3);
  });
});

describe('the cheap features', () => {
  it('GIVEN a question THEN its Han pairs are read and found in the best sentence', () => {
    const pairs = hanPairs('网金社注册会员');
    expect(pairs).toContain('网金');
    expect(bestSentencePairs('天气很好。在网金社注册会员需要验证。', pairs)).toBe(1);
    expect(bestSentencePairs('天气很好。', pairs)).toBe(0);
  });

  it('GIVEN a question asking a figure THEN a passage with a number holds the asked type', () => {
    expect(typesPresent('共有120家平台', ['number'])).toBe(1);
    expect(typesPresent('平台很多', ['number'])).toBe(0);
    expect(typesPresent('平台很多', ['reason'])).toBe(0);
  });
});
