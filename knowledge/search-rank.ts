/**
 * Ranking: BM25 top-k over the heaviest query terms, reranked by how much of the question
 * (idf-weighted) each passage covers, then by proximity, the asked ordinal (第一家) and, for Chinese, by its best sentence
 * and the asked figure.
 */
import type { SearchContext } from './search-context.js';
import { MAX_QUERY_CHARS } from './search-context.js';
import { createTopK } from './topk.js';
import { groupProximity, proximity } from './proximity.js';
import { reorderBySentence } from './sentence-rank.js';
import { coverageOf, type QueryTerms } from './coverage.js';
import { figureBonuses, figureParts } from './figure-rank.js';
import { askedOrdinal, ORDINAL_DEPTH, ORDINAL_WEIGHT, ordinalSentenceCoverage } from './ordinal-rank.js';
import { readAbsence } from './absent.js';
import { occursIn } from './english-table.js';
import { addFeedback } from './feedback.js';

const RERANK_DEPTH = 20;
const COMMON_SHARE = 0.25;
const PROXIMITY_DEPTH = 10;
/**
 * An English question's ranking rests on translations, noisier than the asker's own words: its
 * proximity only reorders the five leaders, never lifting a weaker candidate into the shown five.
 */
const ENGLISH_PROXIMITY_DEPTH = 5;
const MAX_QUERY_TERMS = 24;
/** The project's own notes summarise the reports: at equal match the primary source ranks first. */
export const NOTE_WEIGHT = 0.6;
const COVERAGE_WEIGHT = 0.7;
const PROXIMITY_WEIGHT = 0.2;
/** Pseudo-relevance feedback: a nudge among near-ties, a quarter of proximity's weight. */
const FEEDBACK_WEIGHT = 0.05;

export interface ScoredPassage {
  index: number;
  score: number;
  coverage: number;
  /** False only for a query term the passage's text cannot contain (see `provableAbsences`). */
  mayContain: (term: string) => boolean;
}

/** A phrase's bigrams joined back into the word (互联, 联网, 网金, 金融 → 互联网金融). */
const written = (bigrams: string[]): string =>
  (bigrams[0] ?? '') +
  bigrams
    .slice(1)
    .map((b) => b.slice(1))
    .join('');

const WHOLE_TOKEN = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}$/;
const HAN = /[\u3400-\u9fff]/;

/**
 * The asked terms whose absence from a passage's index entry proves their absence from its text.
 * A Chinese term of two or more characters occurs in a text only where the analyzer made it a token
 * (every bigram of a run, every lexicon word at every position), so an asked one the passage does
 * not hold cannot be found there. A single character or a number can sit inside a longer token, and
 * a term retrieval did not look up is unknown: those are always searched for in the text.
 */
function provableAbsences(asked: readonly string[]): Set<string> {
  return new Set(asked.filter((term) => WHOLE_TOKEN.test(term)));
}

export type Rank = (query: string, k: number) => { terms: QueryTerms; hits: ScoredPassage[] };

export function createRanker(ctx: SearchContext, termsOf: (query: string) => QueryTerms): Rank {
  const { total, df, glossary, known, isNote, foldedText } = ctx;
  const topK = createTopK(ctx.data.index);
  const occurs = occursIn(ctx.data);
  const weightOf = (i: number): number => (isNote(i) ? NOTE_WEIGHT : 1);

  /**
   * The asked figure breaks near-ties (figure-rank.ts). Not when the question holds a word the
   * reports never use (年终奖, a misspelt name): what it asks is then likely not in them, and a
   * passage with some figure must not outrank one that matches the rest of it.
   */
  const addFigures = (hits: ScoredPassage[], query: string, folded: string, t: QueryTerms): void => {
    const bonuses = figureBonuses(hits, figureParts(query, t, termsOf), foldedText, weightOf);
    if (bonuses.size === 0 || readAbsence(folded, known, false, occurs).words.length > 0) return;
    for (const hit of hits) hit.score += bonuses.get(hit.index) ?? 0;
  };

  /**
   * Terms in over a quarter of all passages weigh almost nothing but make every passage a
   * candidate; leaving them out of retrieval keeps a query's work (and garbage) small.
   * The user's own words are never all dropped: when every one is common, they all stay.
   * A long question can expand to dozens of terms; the heaviest few decide the ranking and bound the work.
   */
  const retrievalTerms = (t: QueryTerms): string[] => {
    const common = (term: string): boolean => total >= 50 && df(term) > total * COMMON_SHARE;
    const keepCommon = t.original.length > 0 && t.original.every(common);
    return [...t.weight.keys()]
      .filter((term) => !common(term) || (keepCommon && t.original.includes(term)))
      .sort((a, b) => (t.weight.get(b) ?? 0) - (t.weight.get(a) ?? 0))
      .slice(0, MAX_QUERY_TERMS);
  };

  /** Proximity only reorders the leaders; reading every candidate's text would cost more than it moves. */
  const addProximity = (hits: ScoredPassage[], t: QueryTerms): void => {
    const primaries = t.concepts.map((c) => c.primary).filter((p): p is string => p !== null && HAN.test(p));
    // An English question's concepts have no primary word: each is the group of its Chinese terms as
    // written, and a passage holding one of each group close together is likelier to answer it.
    const translatedGroups = t.concepts
      .filter((c) => c.primary === null && !c.generic)
      .map((c) => [...c.alternatives.filter((a) => HAN.test(a)), ...(c.phrases ?? []).map(written)])
      .filter((g) => g.length > 0);
    for (const hit of hits.slice(0, primaries.length > 0 ? PROXIMITY_DEPTH : ENGLISH_PROXIMITY_DEPTH)) {
      const text = foldedText(hit.index);
      const near =
        (primaries.length > 0 ? proximity(text, primaries, hit.mayContain) : groupProximity(text, translatedGroups, undefined, false)) *
        PROXIMITY_WEIGHT;
      hit.score += isNote(hit.index) ? near * NOTE_WEIGHT : near;
    }
  };

  /** A leader whose sentence meets the question's ordinal (首家 for 第一家, not 第二批) gains that sentence's coverage. */
  const addOrdinal = (hits: ScoredPassage[], query: string, t: QueryTerms): void => {
    const ordinal = askedOrdinal(query);
    if (ordinal === null) return;
    for (const hit of hits.slice(0, ORDINAL_DEPTH))
      hit.score += ORDINAL_WEIGHT * ordinalSentenceCoverage(foldedText(hit.index), ordinal, t) * weightOf(hit.index);
    hits.sort((a, b) => b.score - a.score);
  };

  return (query, k) => {
    const t = termsOf(query);
    if (t.weight.size === 0) return { terms: t, hits: [] };
    const queryTerms = retrievalTerms(t);
    const top = topK(queryTerms, (term) => t.boost.get(term) ?? 1, Math.max(RERANK_DEPTH, k));
    const provable = provableAbsences(queryTerms);
    const best = top[0]?.score ?? 1;
    // The top-k reports which query terms each passage holds: coverage needs no second tokenisation.
    const hits = top.map((r) => {
      const index = r.id;
      const cov = coverageOf(r.terms, t);
      const score = (1 - COVERAGE_WEIGHT) * (r.score / best) + COVERAGE_WEIGHT * cov;
      return {
        index,
        coverage: cov,
        mayContain: (term: string) => !provable.has(term) || r.terms.has(term),
        score: isNote(index) ? score * NOTE_WEIGHT : score,
      };
    });
    hits.sort((a, b) => b.score - a.score);
    // The leaders' shared rare terms lift candidates on their topic (feedback.ts); Chinese only.
    if (HAN.test(query)) {
      addFeedback(ctx, hits, t, FEEDBACK_WEIGHT, weightOf);
      hits.sort((a, b) => b.score - a.score);
    }
    addProximity(hits, t);
    hits.sort((a, b) => b.score - a.score);
    addOrdinal(hits, query, t);
    // A Chinese question's answer sits in one sentence, in a passage that names its subject.
    if (HAN.test(query)) {
      const folded = glossary.stripQuestionWords(query.slice(0, MAX_QUERY_CHARS));
      reorderBySentence(hits, { folded, terms: t, known }, foldedText, weightOf);
      hits.sort((a, b) => b.score - a.score);
      addFigures(hits, query, folded, t);
      hits.sort((a, b) => b.score - a.score);
    }
    return { terms: t, hits: hits.slice(0, k) };
  };
}
