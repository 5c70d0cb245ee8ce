/**
 * Whether a word is made of characters the corpus writes often. A general word of the asker's own
 * built wholly of such characters (头一回, 里头, 看重, 干活) rewords what the reports say in their
 * own vocabulary; a word with a character the reports hardly ever write (雨 of 下雨, 星 of 星座, 米
 * of 小米) brings in a thing they never discuss. The test is the character's share of passages, so
 * it holds for any corpus without a word list.
 */
import type { IndexData } from './search-index.js';

/** A character in fewer than this share of the passages is rare for the corpus. */
export const FAMILIAR_SHARE = 0.005;

const counts = new WeakMap<IndexData, Map<string, number>>();

/**
 * How many passages hold each Chinese character, at least: the largest document frequency of the
 * index's bigrams that hold it. Read from the index's term table once per index, on first use, so it
 * costs what the vocabulary costs, not what the texts cost.
 */
function charCounts(data: IndexData): Map<string, number> {
  let seen = counts.get(data);
  if (seen) return seen;
  seen = new Map<string, number>();
  for (const [term, id] of data.index.terms) {
    if (!/^[\u3400-\u9fff]{2}$/.test(term)) continue;
    const df = data.index.df[id] as number;
    for (const c of term) if ((seen.get(c) ?? 0) < df) seen.set(c, df);
  }
  counts.set(data, seen);
  return seen;
}

/** A test of whether each Chinese character of a word stands in at least FAMILIAR_SHARE of the passages. */
export function familiarWords(data: IndexData): (word: string) => boolean {
  return (word) => {
    const seen = charCounts(data);
    const floor = Math.max(1, FAMILIAR_SHARE * data.passages.length);
    const chars = word.match(/[\u3400-\u9fff]/g) ?? [];
    return chars.length > 0 && chars.every((c) => (seen.get(c) ?? 0) >= floor);
  };
}
