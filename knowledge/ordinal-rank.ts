/**
 * The question's ordinal qualifier as a ranking feature. A question about the first of something
 * (第一家, 首批, 最早, 头一家) is answered by a sentence that says "first" of the asked thing, and one
 * about a later round (第二轮, 后来) by a sentence that says so: a passage that only names the
 * subject, or names another round of it, gives a look-alike fact. Whether a sentence meets the
 * ordinal is type-evidence.ts's `ordinalFit`, the test the sentence choice applies to what it shows.
 */
import { coverageOf, type QueryTerms } from './coverage.js';
import { firstKindOf, ordinalFit, ordinalOf } from './type-evidence.js';

/** Weight of the ordinal sentence's coverage (0 to 1), as the best sentence's and the asked figure's. */
export const ORDINAL_WEIGHT = 0.5;
/** How many leaders are read. */
export const ORDINAL_DEPTH = 10;

const SENTENCES = /[^。！？!?；;\n]+/g;

export interface AskedOrdinal {
  asked: NonNullable<ReturnType<typeof ordinalOf>>;
  /** The kind a "first" counts (第一家 → 家), null when it names none. */
  kind: string | null;
}

/** The question's ordinal qualifier, or null when it has none. */
export function askedOrdinal(question: string): AskedOrdinal | null {
  const asked = ordinalOf(question);
  return asked === null ? null : { asked, kind: firstKindOf(question) };
}

/** The highest coverage of the question's terms by one sentence of the (folded) text that meets its ordinal. */
export function ordinalSentenceCoverage(folded: string, ordinal: AskedOrdinal, terms: QueryTerms): number {
  let best = 0;
  for (const sentence of folded.match(SENTENCES) ?? []) {
    if (ordinalFit(ordinal.asked, sentence, ordinal.kind) <= 0) continue;
    const cov = coverageOf({ has: (term) => sentence.includes(term) }, terms);
    if (cov > best) best = cov;
  }
  return best;
}
