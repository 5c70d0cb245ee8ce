/**
 * The asked figure as a ranking feature. A question that asks for a number or a date (多少家, 规模,
 * 何时) is answered by a sentence that holds one, in the asked unit when there is one (几家 → 家), and
 * covers the question's words; of two passages that match about equally, the one with such a
 * sentence is likelier the answer than one that only names the subject (…展开了新一轮的专项整治).
 */
import { coverageOf, type QueryTerms } from './coverage.js';
import { analyzeQuestion, type AnswerType } from './question.js';
import { holdsType } from './sentences.js';
import { unitOf } from './asked.js';

/** Weight of the figure sentence's coverage (0 to 1), beside a passage's score (about 0 to 2). */
export const FIGURE_WEIGHT = 0.5;
/** Only passages within this share of the leader's score take the bonus: it breaks near-ties, never lifts a weak match. */
export const FIGURE_MARGIN = 0.85;
/** How many leaders are read. */
export const FIGURE_DEPTH = 10;

const FIGURE_TYPES: ReadonlySet<AnswerType> = new Set(['number', 'date']);
const SENTENCES = /[^。！？!?；;\n]+/g;
const COUNTED = '[\\d一二三四五六七八九十百千万两几数多余]\\s*';

export interface FigurePart {
  type: AnswerType;
  /** The asked unit as a pattern (家, or a share's pattern), null when any figure answers. */
  unit: RegExp | null;
  terms: QueryTerms;
}

/**
 * The question's parts that ask for a figure, each with its own terms (in 甬城何时开始整治，清退了几家 the
 * later part asks its count of its own words), and the question's number of parts.
 */
export function figureParts(
  question: string,
  whole: QueryTerms,
  termsOf: (text: string) => QueryTerms,
): { parts: FigurePart[]; of: number } {
  const analysis = analyzeQuestion(question);
  const single = analysis.parts.length === 1;
  const parts = analysis.parts
    .filter((p) => FIGURE_TYPES.has(p.type))
    .map((p) => {
      const unit = unitOf(p.text, p.type);
      // unitOf gives a bare unit character (家) or, for a share, a whole pattern.
      const pattern = unit === null ? null : new RegExp(unit.length > 1 ? unit : `${COUNTED}${unit}`);
      return { type: p.type, unit: pattern, terms: single ? whole : termsOf(p.text) };
    });
  return { parts, of: analysis.parts.length };
}

/** The highest coverage of the part's terms by one sentence of the (folded) text that holds the asked figure. */
export function figureSentenceCoverage(folded: string, part: FigurePart): number {
  let best = 0;
  for (const sentence of folded.match(SENTENCES) ?? []) {
    if (!holdsType(sentence, part.type) || (part.unit !== null && !part.unit.test(sentence))) continue;
    const cov = coverageOf({ has: (term) => sentence.includes(term) }, part.terms);
    if (cov > best) best = cov;
  }
  return best;
}

/**
 * The bonus of each leader within the margin of the first (by index), as the mean over all the
 * question's parts of its figure sentence's coverage: a part that asks no figure adds nothing.
 * Leaders are in score order; the caller adds the bonuses and sorts again.
 */
export function figureBonuses(
  leaders: ReadonlyArray<{ index: number; score: number }>,
  figure: { parts: FigurePart[]; of: number },
  text: (index: number) => string,
  weight: (index: number) => number,
): Map<number, number> {
  const bonuses = new Map<number, number>();
  if (figure.parts.length === 0) return bonuses;
  const floor = FIGURE_MARGIN * (leaders[0]?.score ?? 0);
  for (const leader of leaders.slice(0, FIGURE_DEPTH)) {
    if (leader.score < floor) continue;
    const folded = text(leader.index);
    const sum = figure.parts.reduce((acc, part) => acc + figureSentenceCoverage(folded, part), 0);
    if (sum > 0) bonuses.set(leader.index, FIGURE_WEIGHT * (sum / figure.of) * weight(leader.index));
  }
  return bonuses;
}
