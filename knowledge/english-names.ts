/**
 * Names written in pinyin (Wangjinshe → 网金社, Kaijinwang → 开金网): read from the pinyin of the
 * index's own characters, so every name the reports write can be asked for in pinyin, and no list
 * of names is kept.
 */
import { PER_WORD } from './translate-join.js';

const MAX_SYLLABLES = 5;

/** Words of the index whose toneless pinyin spells `word` (a name written in pinyin), at most two. */
export function nameFinder(
  pinyin: Record<string, string>,
  occurs: (zh: string) => boolean,
  bigram: (zh: string) => boolean,
): (word: string) => string[] {
  const syllables = (word: string, at = 0): string[] | null => {
    if (at === word.length) return [];
    for (let end = Math.min(word.length, at + 6); end > at; end -= 1) {
      if (!pinyin[word.slice(at, end)]) continue;
      const rest = syllables(word, end);
      if (rest) return [word.slice(at, end), ...rest];
    }
    return null;
  };
  return (word) => {
    const parts = syllables(word);
    if (!parts || parts.length < 2 || parts.length > MAX_SYLLABLES) return [];
    // Grow the name a character at a time, keeping only prefixes whose last two characters the index holds.
    let prefixes = [...(pinyin[parts[0] as string] ?? '')];
    for (const part of parts.slice(1)) {
      const chars = [...(pinyin[part] ?? '')];
      prefixes = prefixes.flatMap((p) => chars.filter((c) => bigram(p.slice(-1) + c)).map((c) => p + c)).slice(0, 200);
    }
    return prefixes.filter(occurs).slice(0, PER_WORD);
  };
}
