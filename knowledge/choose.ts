/**
 * Choosing what the user reads: every sentence of the passages read is a candidate, scored by its
 * coverage of the question's concepts, whether it holds the asked kind of answer (in the asked unit),
 * and its passage's standing; one best sentence per part of a multi-part question, then the strongest
 * others, up to three, in reading order.
 */
import { coverageOf, creditOf, type QueryTerms } from './coverage.js';
import { KIND_WORDS, type AnswerType, type QuestionPart } from './question.js';
import type { Searcher } from './search.js';
import { withNeighbours, type Candidate } from './candidates.js';
import { byEvidence } from './choose-evidence.js';
import { joinEvidence } from './choose-joins.js';
import { holdsAsked } from './asked.js';
import { formsAsked, givesForm } from './answer-forms.js';
import { answersEvery, figureBeside, MAX_SENTENCES, PASSAGE_SHARE, partAnswers, RANK_DECAY, withAntecedents } from './choose-parts.js';
import { askingClauseOf, focusOf } from './focus.js';
import { announces, cleanSentence, figuresFirst, quotable } from './sentences.js';
import {
  askedOrdinal,
  asksContrast,
  asksProhibition,
  contrasts,
  firstHeadOf,
  firstKindOf,
  forbids,
  meetsPeak,
  ordinalFit,
  type Ordinal,
} from './type-evidence.js';

/** Share of the question's weight the best sentence must cover (what the user reads must be about it). */
export const SENTENCE_FLOOR = 0.2;
export { ANSWER_FLOOR, candidatesOf, type Candidate, type Hit } from './candidates.js';
export { unitOf } from './asked.js';

/**
 * The last choice's ranked sentences, for bench/diag-choose.ts to show where the answering sentence
 * stood: one reference kept per question, read by nothing else.
 */
export const lastRanking: { ranked: Array<{ text: string; score: number; cov: number }> } = { ranked: [] };

const TYPE_BONUS = 0.1;
/** A sentence that opens a point of a list (一是…, 其二…, 首先…, 第三，…). */
const POINT = /^(?:[一二三四五六七八九十]是|其[一二三四五]|首先|其次|再次|最后|第[一二三四五六七八九十][，,、])/;
/** Share of the best coverage a sentence answering every part must reach to go first. */
const EVERY_SHARE = 0.6;
const INHERITED = 0.5;
const ORDER_DECAY = 0.05;
/** Weight of the coverage with a title's words, for a sentence under it: they name its topic, not its content. */
const UNDER_SHARE = 0.5;
/** Added when a sentence meets the question's ordinal (首批 → 第一批), taken when it holds only the other (第二批). */
const ORDINAL_BONUS = 0.1;
/** What a sentence that holds none of the question's focus keeps of its score. */
const OFF_FOCUS = 0.75;
/** Share of the sentence floor a sentence holding the asked unit must cover to join the answer from a lower passage. */
const UNIT_FLOOR = 0.75;
/** What share of the rank decay a sentence keeps when it holds the asked evidence (a contrast drawn, the asked ordinal). */
const EVIDENT_DECAY = 0.5;

/**
 * A sentence's own coverage, or (when `inherit`) part of its passage's: advice under a heading that
 * asks the question ("怎么核实…") rarely repeats the question's words, yet the passage answers it.
 */
function sentenceCoverage(c: Candidate, terms: QueryTerms, inherit: boolean, list = false): number {
  const full = coverageOf(c.tokens, terms);
  // A point of a list under a title (…的问题：一是…) is what the title names, when the question asks for the list.
  const point = list && POINT.test(cleanSentence(c.text));
  const own = c.bare && !point ? coverageOf(c.bare, terms) * (1 - UNDER_SHARE) + UNDER_SHARE * full : full;
  return inherit ? Math.max(own, INHERITED * c.passageCoverage * (1 - ORDER_DECAY * Math.min(c.order, 5))) : own;
}

function scoreOf(
  c: Candidate,
  terms: QueryTerms,
  type: AnswerType,
  unit: string | null,
  inherit: boolean,
  ordinal: { asked: Ordinal; kind: string | null; head: string | null; peak: (text: string) => boolean },
  offFocus: (c: Candidate) => boolean = () => false,
  contrast = false,
): number {
  if (c.heading || !quotable(cleanSentence(c.text))) return 0;
  const cov = sentenceCoverage(c, terms, inherit, type === 'list');
  if (cov <= 0) return 0;
  const typed = holdsAsked(c.text, type, unit) ? TYPE_BONUS : 0;
  // The asked peak (最火的时候 → 巅峰时期) is an ordinal of time: met, it counts as the asked ordinal does.
  const ordered = ORDINAL_BONUS * (ordinalFit(ordinal.asked, c.text, ordinal.kind, ordinal.head) + (ordinal.peak(c.text) ? 1 : 0));
  const focus = offFocus(c) ? OFF_FOCUS : 1;
  // A sentence that sets the asked sides against each other, or meets the asked ordinal, is evidence its passage's rank does not outweigh.
  const evident = ordered > 0 || (contrast && contrasts(c.text));
  const decay = evident ? RANK_DECAY * EVIDENT_DECAY : RANK_DECAY;
  return Math.max(0, cov + typed + ordered + PASSAGE_SHARE * c.standing) * (1 - decay * c.rank) * focus;
}

/**
 * Whether a sentence holds none of what the question asks about (its focus, focus.ts) while another
 * candidate does: it repeats the question's scene (the centre's name) and not the asked thing (the fee).
 */
function offFocusOf(candidates: Candidate[], searcher: Searcher, question: string, terms: QueryTerms): (c: Candidate) => boolean {
  const focus = focusOf(question);
  if (!focus) return () => false;
  const asked = searcher.terms(focus);
  // A focus that is the whole question (or holds no concept) sets nothing apart.
  if (asked.concepts.length === 0 || asked.concepts.length >= terms.concepts.length) return () => false;
  const lacking = new Set(candidates.filter((c) => coverageOf(c.tokens, asked) === 0));
  return lacking.size < candidates.length ? (c) => lacking.has(c) : () => false;
}

/** What a concept that only the question's scene names weighs in a sentence's coverage. */
const SCENE_WEIGHT = 0.5;

/**
 * The question's concepts with those that only its scene names (我妈前几年买了…，…) weighed down: the
 * answer is about what the asking clause asks, and the story's words are the asker's, not the report's.
 */
export function sceneWeighted(question: string, terms: QueryTerms, searcher: Pick<Searcher, 'tokens'>): QueryTerms {
  const clause = askingClauseOf(question);
  if (!clause || SCENE_WEIGHT >= 1) return terms;
  const asked = searcher.tokens(clause);
  const concepts = terms.concepts.map((c) => (creditOf(asked, c) > 0 ? c : { ...c, weight: c.weight * SCENE_WEIGHT }));
  return { ...terms, concepts };
}

/**
 * The candidates' words, with the words that name the asked kind (成因, 根源, 时间) added to a sentence
 * that gives that kind of answer: "根源何在" is met by "…是主要原因", not by a sentence repeating 根源.
 */
function withKindWords(candidates: Candidate[], type: AnswerType, unit: string | null, searcher: Searcher): Candidate[] {
  const words = KIND_WORDS[type];
  if (!words) return candidates;
  const kind = [...searcher.tokens(words.join(' '))];
  const lend = (tokens: Set<string>): Set<string> => new Set([...tokens, ...kind]);
  return candidates.map((c) =>
    holdsAsked(c.text, type, unit) ? { ...c, tokens: lend(c.tokens), ...(c.bare ? { bare: lend(c.bare) } : {}) } : c,
  );
}

/** A question with this many concepts tells a story around what it asks (我平时…，朋友跟我说…，…占了多少). */
const LONG_CONCEPTS = 12;
/**
 * The sentence floor of such a question: its story spreads the weight over words no report sentence
 * holds, so the answering sentence covers less of it; its passage has already passed ANSWER_FLOOR.
 */
const LONG_FLOOR = UNIT_FLOOR * SENTENCE_FLOOR;
function floorOf(terms: QueryTerms): number {
  return terms.concepts.length >= LONG_CONCEPTS ? LONG_FLOOR : SENTENCE_FLOOR;
}

/**
 * One best sentence for each part of the question, then the strongest others up to three; a
 * sentence that announces a list (…包括：) brings the next one; sentences of one passage read in order.
 */
export function choose(
  given: Candidate[],
  parts: QuestionPart[],
  terms: QueryTerms,
  searcher: Searcher,
  type: AnswerType,
  unit: string | null,
  question = '',
): Candidate[] {
  terms = sceneWeighted(question, terms, searcher);
  // A sentence from a neighbouring passage is read only when it gives the asked kind of answer outright.
  const eligible = withNeighbours(given, type, unit, question);
  const candidates = withKindWords(eligible, type, unit, searcher);
  const peak = (text: string): boolean => meetsPeak(question, text);
  const ordinal = { asked: askedOrdinal(question), kind: firstKindOf(question), head: firstHeadOf(question), peak };
  const partTerms = parts.length > 1 ? parts.map((p) => searcher.terms(p.text)) : [];
  // A sentence's coverage is the best it reaches of the whole question or of one of its parts; only
  // when no sentence reaches the floor by its own words do sentences inherit their passage's.
  const offFocus = offFocusOf(candidates, searcher, question, terms);
  const contrastAsked = asksContrast(question);
  const ranked = (inherit: boolean): Array<{ c: Candidate; score: number; cov: number }> =>
    candidates
      .map((c) => ({
        c,
        score: scoreOf(c, terms, type, unit, inherit, ordinal, offFocus, contrastAsked),
        cov: Math.max(sentenceCoverage(c, terms, inherit, type === 'list'), ...partTerms.map((t) => coverageOf(c.tokens, t))),
      }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score);
  let whole = ranked(false);
  const least = floorOf(terms);
  if (!whole[0] || whole[0].cov < least) whole = ranked(true);
  whole = byEvidence(
    whole,
    type,
    unit,
    question,
    SENTENCE_FLOOR,
    (c) => ordinalFit(ordinal.asked, c.text, ordinal.kind, ordinal.head) >= 0,
    // Only the first of a named kind (第一家, 头一个, 首批) is said so plainly: 最先 / 后来 also narrate who acted first or next.
    (c) => ordinal.asked === 'first' && ordinal.kind !== null && ordinalFit(ordinal.asked, c.text, ordinal.kind, ordinal.head) > 0,
  );
  whole = figuresFirst(whole, (x) => x.cov >= SENTENCE_FLOOR && peak(x.c.text));
  const evidenced = whole;
  // A sentence that answers every part goes first, the one covering most first, wherever its passage ranks.
  // It must cover the question nearly as well as the best does, and meet its ordinal (首家) when it asks one.
  if (parts.length > 1) {
    const floor = Math.max(SENTENCE_FLOOR, EVERY_SHARE * Math.max(0, ...whole.map((x) => x.cov)));
    // An English question's "first" (the very first exchange) is asked as 第一家 is (askedOrdinal).
    const asked = ordinal.asked;
    const fits = (c: Candidate): boolean => asked === null || ordinalFit(asked, c.text, ordinal.kind, ordinal.head) > 0;
    const every = whole.filter((x) => x.cov >= floor && fits(x.c) && answersEvery(x.c, parts, searcher)).sort((a, b) => b.cov - a.cov);
    whole = [...every, ...whole.filter((x) => !every.includes(x))];
  }
  const prohibition = asksProhibition(question);
  lastRanking.ranked = whole.map((x) => ({ text: x.c.text, score: x.score, cov: x.cov }));
  const first = whole[0];
  if (!first || first.cov < least) return [];
  const chosen: Candidate[] = [];
  const add = (c: Candidate | undefined): void => {
    if (c && chosen.length < MAX_SENTENCES && !chosen.includes(c)) chosen.push(c);
  };
  add(first.c);
  // A question that asks several things gets, for each part the best sentence does not answer, that part's own answer.
  if (parts.length > 1) for (const c of partAnswers(candidates, parts, searcher, chosen)) add(c);
  const next = candidates.find((c) => c.passage === first.c.passage && c.order === first.c.order + 1 && quotable(cleanSentence(c.text)));
  // The figure asked for often follows the sentence that names the subject (…的梳理，涉及A、B。
  // 其中B达到四分之一): a number or date question whose best sentence lacks one takes the next that has it.
  const figure = type === 'number' || type === 'date';
  if (announces(first.c.text)) add(next);
  else if (figure && !holdsAsked(first.c.text, type, unit)) add(figureBeside(first.c, candidates, type, unit));
  // A count in the asked unit (几家, 占比) is what the question asks: when no sentence shown holds it, the
  // best that does joins them from any passage read, though it covers less (…其中区块链应用达到四分之一).
  if (figure && unit !== null && !chosen.some((c) => holdsAsked(c.text, type, unit)))
    add(whole.find((x) => x.cov >= UNIT_FLOOR * least && holdsAsked(x.c.text, type, unit))?.c);
  if (prohibition && !chosen.some((c) => forbids(c.text))) add(whole.find((x) => x.cov >= UNIT_FLOOR * least && forbids(x.c.text))?.c);
  // So is the form the question asks (均应先行 for "must I first", a title for "which document"): when no
  // sentence shown gives it, the best that does joins them, though it shares fewer of the question's words.
  for (const form of formsAsked(question))
    if (!chosen.some((c) => givesForm(cleanSentence(c.text), form)))
      add(whole.find((x) => x.cov >= UNIT_FLOOR * least && givesForm(cleanSentence(x.c.text), form))?.c);
  joinEvidence(whole, chosen, add, { first: first.c, type, parts, question });
  // Another strong sentence joins only when it covers the question itself: its passage's standing alone pads the answer.
  for (const x of evidenced) if (x !== first && x.score >= first.score * 0.6 && x.cov >= least) add(x.c);
  // A lone sentence reads better, and answers more often, with the one that follows it.
  if (chosen.length === 1) add(next);
  const shown = withAntecedents(chosen, candidates);
  shown.sort((a, b) => (a.passage === b.passage ? a.order - b.order : 0));
  // The gates after the choice read each sentence's own words, not the kind words lent for scoring.
  return shown.map((c) => eligible[candidates.indexOf(c)] ?? c);
}
