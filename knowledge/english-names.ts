/**
 * Names written in pinyin (Wangjinshe → 网金社, Kaijinwang → 开金网): read from the pinyin of the
 * index's own characters, so every name the reports write can be asked for in pinyin, and no list
 * of names is kept.
 */
import { PER_WORD } from './translate-join.js';
import { tagWords } from './jieba.js';

const MAX_SYLLABLES = 5;
/** At most this many syllable cuts of one word are tried. */
const MAX_CUTS = 8;
/** Words whose spelling is remembered (the same names recur across questions). */
const MEMO = 5000;

/** Words of the index whose toneless pinyin spells `word` (a name written in pinyin), at most two. */
export function nameFinder(
  pinyin: Record<string, string>,
  occurs: (zh: string) => boolean,
  bigram: (zh: string) => boolean,
): (word: string) => string[] {
  // Every way to cut the word into syllables, longest syllable first: the longest cut alone misses
  // names whose first syllable has a longer look-alike (henan is he·nan, not hen·an).
  const cuts = (word: string, at = 0): string[][] => {
    if (at === word.length) return [[]];
    const out: string[][] = [];
    for (let end = Math.min(word.length, at + 6); end > at && out.length < MAX_CUTS; end -= 1) {
      if (!pinyin[word.slice(at, end)]) continue;
      for (const rest of cuts(word, end)) out.push([word.slice(at, end), ...rest]);
    }
    return out.slice(0, MAX_CUTS);
  };
  /** The index's words spelled by one cut, growing a character at a time and keeping only prefixes whose last two characters the index holds. */
  const spelled = (parts: string[]): string[] => {
    let prefixes = [...(pinyin[parts[0] as string] ?? '')];
    for (const part of parts.slice(1)) {
      const chars = [...(pinyin[part] ?? '')];
      prefixes = prefixes.flatMap((p) => chars.filter((c) => bigram(p.slice(-1) + c)).map((c) => p + c)).slice(0, 200);
    }
    return prefixes.filter(occurs);
  };
  const memo = new Map<string, string[]>();
  return (word) => {
    let found = memo.get(word);
    if (found === undefined) {
      found = spell(word);
      if (memo.size < MEMO) memo.set(word, found);
    }
    return found;
  };
  function spell(word: string): string[] {
    for (const parts of cuts(word)) {
      if (parts.length < 2 || parts.length > MAX_SYLLABLES) continue;
      const found = spelled(parts);
      // A spelling the dictionary holds as one word (河南) beats a chance pair of characters (和难).
      const words = found.filter((zh) => tagWords(zh, false).length === 1);
      if (found.length > 0) return (words.length > 0 ? words : found).slice(0, PER_WORD);
    }
    return [];
  }
}
