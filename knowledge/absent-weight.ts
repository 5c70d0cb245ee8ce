/**
 * How much of a question the corpus leaves unsaid: its absent words (absent.ts), each weighed by its
 * kind, against the concepts the passages hold. A name, a financial term or an English word nothing
 * translates counts at the highest weight there is (a word no passage holds is as specific as a
 * word can be). A general word of the asker's own built of characters the reports write often is
 * their vocabulary reworded: a noun or verb (忠告, 干活) weighs as an ordinary concept of the
 * question, a frame (里头, 年初, 头一回) weighs nothing. A general word with a character the reports
 * hardly write (下雨, 星座) or a stated quantity (一天) keeps the top weight: it brings in a thing
 * the reports never discuss.
 */
import type { AbsentWord } from './absent.js';
import type { QueryTerms } from './coverage.js';

export type AbsentWeight = 'top' | 'ordinary' | 'none';

/** The weight class of one absent word, given whether its characters are familiar to the corpus (familiar.ts). */
export function weightOf(w: AbsentWord, familiar: (word: string) => boolean): AbsentWeight {
  if (w.kind !== 'general' || w.quantity === true || !familiar(w.word)) return 'top';
  return w.framing || w.predicate ? 'none' : 'ordinary';
}

/**
 * The share of the question's weight its known concepts carry, once each absent word (and each
 * English word nothing translates, `unheld`) counts as a concept of its weight class.
 */
export function presentShare(terms: QueryTerms, absent: AbsentWeight[], unheld: number, passages: number): number {
  const weights = terms.concepts.map((c) => c.specificity ?? c.weight);
  const known = weights.reduce((sum, w) => sum + w, 0);
  const top = Math.log(1 + (passages + 0.5) / 0.5);
  const ordinary = weights.length > 0 ? known / weights.length : top;
  const missing = absent.reduce((sum, w) => sum + (w === 'top' ? top : w === 'ordinary' ? ordinary : 0), 0) + unheld * top;
  return known + missing > 0 ? known / (known + missing) : 0;
}
