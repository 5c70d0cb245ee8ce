import { describe, expect, it } from 'vitest';
import { readAbsence } from '../../knowledge/absent.js';

describe('Chinese absent spans: grammar words are how the asker speaks, not what is asked', () => {
  // Our own stand-in index: it holds no bigram with 偏, 竟, 氪 or 氙.
  const known = (term: string): boolean => !/[偏竟氪氙]/.test(term);

  it('GIVEN an adverb no passage holds (偏偏, 竟然) THEN it is not an absent word', () => {
    expect(readAbsence('为什么偏偏是这家平台最先关停', known).words).toEqual([]);
    expect(readAbsence('这家平台竟然最先关停', known).words).toEqual([]);
  });

  it('GIVEN a name no passage holds THEN it still is one', () => {
    expect(readAbsence('氪氙平台为什么最先关停', known).words.map((w) => w.word)).toEqual(['氪氙']);
  });
});
