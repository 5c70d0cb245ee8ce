/**
 * The best single sentence of a passage, as a ranking feature. A passage can cover a question's
 * concepts across sentences that speak of different things (one names the platform, another gives
 * some other platform's registered capital); a factual answer sits in one sentence that holds the
 * subject and the asked attribute together. The share of the question one sentence covers tells
 * the passage that answers from the passage that merely mentions.
 */
import { coverageOf, type QueryTerms } from './coverage.js';

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
