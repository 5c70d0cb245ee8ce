/**
 * The leading passages of a Chinese question reordered by what one sentence of each says. A
 * passage can cover a question's concepts across sentences that speak of different things (one
 * names the platform, another gives some other platform's registered capital); a factual answer
 * sits in one sentence that holds the subject and the asked attribute together, and it sits in a
 * passage that names the question's subject at all.
 */
import { coverageOf, type QueryTerms } from './coverage.js';
import { questionWords, weighContent } from './content-words.js';

/** How many leaders are reordered: reading more passages' text would cost more than it moves. */
export const SENTENCE_DEPTH = 10;
/** Weight of the best sentence's coverage, beside the passage's own score (about 0 to 1.2). */
export const SENTENCE_WEIGHT = 0.5;
/** A leader that names none of the question's subjects keeps this share of its score. */
export const SUBJECT_MISSING = 0.85;

const SENTENCES = /[^。！？!?；;\n]+/g;

/**
 * The highest share of the question's concepts that one sentence of a text covers. The text is in
 * match form (normalizeForMatch) and a concept's terms are looked for as substrings: re-tokenising
 * every sentence of every leading passage would cost more than the whole ranking. Sentences are cut
 * at their end marks only (a ranking feature need not keep 1.2% whole, as the quoted answer must).
 */
export function bestSentenceCoverage(folded: string, terms: QueryTerms): number {
  let best = 0;
  for (const sentence of folded.match(SENTENCES) ?? []) {
    const cov = coverageOf({ has: (term) => sentence.includes(term) }, terms);
    if (cov > best) best = cov;
  }
  return best;
}

export interface Leader {
  index: number;
  score: number;
}

/**
 * Adds to each leader its best sentence's coverage of the question's content words, and lowers a
 * leader that names none of its subjects; `weight` is the passage kind's own factor (notes rank
 * below reports). The leaders are changed in place; the caller sorts them again.
 */
export function reorderBySentence(
  leaders: Leader[],
  question: { folded: string; terms: QueryTerms; known: (term: string) => boolean },
  text: (index: number) => string,
  weight: (index: number) => number,
): void {
  const { content, subjects } = questionWords(question.folded, question.known);
  const terms = { ...question.terms, concepts: weighContent(question.terms.concepts, content) };
  for (const leader of leaders.slice(0, SENTENCE_DEPTH)) {
    const folded = text(leader.index);
    leader.score += bestSentenceCoverage(folded, terms) * SENTENCE_WEIGHT * weight(leader.index);
    if (subjects.length > 0 && !subjects.some((s) => folded.includes(s))) leader.score *= SUBJECT_MISSING;
  }
}
