/** Parts of speech of English words, from natural's lexicon (most frequent Penn tag first). */
import { createRequire } from 'node:module';

let lexicon: Record<string, string[] | undefined> | undefined;

/** A word's most frequent part of speech in natural's English lexicon (Penn tags), '?' when unknown. */
export function tagOf(word: string): string {
  // Loaded on the first English answer only (4 MB, about 0.1 s): Chinese questions never need it.
  lexicon ??= createRequire(import.meta.url)('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as Record<
    string,
    string[] | undefined
  >;
  const tags = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
  return tags?.[0] ?? '?';
}

/** Whether a word is most often a verb, an adjective or an adverb: it says how, not which thing. */
export const describes = (word: string): boolean => /^(?:VB|JJ|RB)/.test(tagOf(word));
