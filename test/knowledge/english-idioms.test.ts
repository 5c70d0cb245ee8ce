import { describe, expect, it } from 'vitest';
import { idiomatic } from '../../knowledge/english-idioms.js';

describe("an asker's figures of speech", () => {
  it('GIVEN a word inside an idiom or phrasal verb THEN it is not a concept asked about', () => {
    expect(idiomatic('paper', 'Is the guarantee real or only on paper?')).toBe(true);
    expect(idiomatic('kick', 'When did the bureau kick off its pilot scheme?')).toBe(true);
    expect(idiomatic('bunch', 'A bunch of lenders failed that year; how many?')).toBe(true);
    expect(idiomatic('lesson', 'What lesson should savers draw from the collapse?')).toBe(true);
  });

  it('GIVEN the same word used literally THEN it still counts', () => {
    expect(idiomatic('paper', 'Which paper mills borrowed from the platform?')).toBe(false);
    expect(idiomatic('kick', 'Did the players kick the ball?')).toBe(false);
    expect(idiomatic('window', 'How big is a bank window in a branch?')).toBe(false);
  });
});
