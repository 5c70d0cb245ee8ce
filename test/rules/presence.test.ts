import { describe, expect, it } from 'vitest';
import { presenceOf } from '../../rules/presence.js';

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const ALPHABET = '保本息年化收益返推荐好友奖励金交所ab1%，。 ';

describe('presence tables', () => {
  it('GIVEN an offer THEN a word it holds may occur and a word with an absent first pair cannot', () => {
    const p = presenceOf('某中心定融，年化11%，保本保息');
    expect(p.may('保本')).toBe(true);
    expect(p.may('年')).toBe(true);
    expect(p.may('佣金')).toBe(false);
    expect(p.may('')).toBe(true);
  });

  it('GIVEN two texts read in turn THEN each keeps its own tables', () => {
    const a = presenceOf('推荐一人奖励10%');
    const b = presenceOf('refer a friend');
    expect(a.may('奖励')).toBe(true);
    expect(b.may('奖励')).toBe(false);
    expect(presenceOf('推荐一人奖励10%').may('refer')).toBe(false);
  });

  it('GIVEN 2,000 random texts and words THEN "cannot occur" is never said of a word the text holds', () => {
    const next = random(7);
    const pick = (n: number): string => Array.from({ length: n }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('');
    for (let i = 0; i < 2000; i += 1) {
      const text = pick(1 + Math.floor(next() * 700));
      const key =
        next() < 0.5 ? text.slice(Math.floor(next() * text.length)).slice(0, 1 + Math.floor(next() * 4)) : pick(1 + Math.floor(next() * 3));
      const p = presenceOf(text);
      if (text.includes(key)) {
        expect(p.may(key)).toBe(true);
      }
    }
  });
});
