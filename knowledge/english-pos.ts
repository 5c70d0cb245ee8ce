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

// Words after which an English word is a verb, whatever its most frequent tag: "help balance
// innovation", "to pledge collateral", "does it use": balance and pledge say what is done, not which thing.
const VERB_BEFORE = /\b(?:to|help|helps|helped|can|could|will|would|should|must|may|might|do|does|did|not)\s+([a-z]+)\b/gi;

/** The words of a question that stand where a verb stands (after to, a modal or help), lower-case. */
export function verbsOf(question: string): Set<string> {
  const out = new Set<string>();
  for (const m of question.matchAll(VERB_BEFORE)) {
    const word = (m[1] ?? '').toLowerCase();
    // After a question's do / does / did the subject stands: "does bond insurance pay" asks of
    // a compound, two nouns in a row, and its verb comes after them.
    const after = question
      .slice((m.index ?? 0) + m[0].length)
      .match(/^\s+([a-z]+)/i)?.[1]
      ?.toLowerCase();
    if (/^(?:do|does|did)$/i.test(m[0].split(/\s+/)[0] ?? '') && after && /^NN/.test(tagOf(word)) && /^NN/.test(tagOf(after))) continue;
    out.add(word);
  }
  return out;
}
