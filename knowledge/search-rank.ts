/**
 * Ranking: BM25 top-k over the heaviest query terms, reranked by how much of the question
 * (idf-weighted) each passage covers, then by proximity, the asked ordinal (第一家) and, for Chinese, by its best sentence
 * and the asked figure. The stages' hand-set sum is the ranking unless rank-weights.json holds adopted
 * learned weights (learned-rank.ts): then a linear score of the stages' readings orders the leaders.
 */
import type { SearchContext } from './search-context.js';
import { MAX_QUERY_CHARS } from './search-context.js';
import { createTopK } from './topk.js';
import { citedReport } from './cited-report.js';
import { groupProximity, proximity } from './proximity.js';
import { bestSentenceCoverage, SENTENCE_DEPTH, SENTENCE_WEIGHT, SUBJECT_MISSING } from './sentence-rank.js';
import { coverageOf, type QueryTerms } from './coverage.js';
import { FIGURE_DEPTH, FIGURE_MARGIN, FIGURE_WEIGHT, figureParts, figureSentenceCoverage, type FigurePart } from './figure-rank.js';
import { askedOrdinal, ORDINAL_DEPTH, ORDINAL_WEIGHT, ordinalSentenceCoverage } from './ordinal-rank.js';
import { readAbsence } from './absent.js';
import { askedDefinition, DEFINITION_DEPTH, DEFINITION_WEIGHT, definitionReading } from './definition-rank.js';
import { occursIn } from './english-table.js';
import { addFeedback } from './feedback.js';
import { questionWords, weighContent } from './content-words.js';
import { analyzeQuestion } from './question.js';
import { normalizeForMatch } from './text.js';
import {
  activeWeights,
  bestSentencePairs,
  emptyFeatures,
  handOnly,
  hanPairs,
  headingCoverage,
  learnedScore,
  loadRankWeights,
  rankObserver,
  typesPresent,
  type Features,
  type Lang,
  type RankWeights,
} from './learned-rank.js';

/** How many candidates the rerank reads; the learned score orders these. */
export const RERANK_DEPTH = 20;
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
/** The report a question names as its source (the Wuhan report): its passages' scores, as a multiple. */
const CITED_BOOST = 1.3;
const COVERAGE_WEIGHT = 0.7;
/** A part's coverage counts at this share of the whole question's: answering one part is less than answering all. */
const PART_SHARE = 0.9;
const PROXIMITY_WEIGHT = 0.2;
/**
 * A passage that continues its section (a list under 具体包括：, a paragraph after 以网金社为例)
 * often never names the subject its lead-in named: the subject named in the section's passages
 * just before it counts for it at this share, so "网金社的资金由哪家银行存管" finds the list item
 * "1）与民生银行合作建立交易资金存管体系".
 */
const CARRIED_SHARE = 0.9;
/** How many passages back in the same section a subject is carried from. */
const CARRY_BACK = 2;
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

/** An English question's translations of the words it writes capitalised (Wangjinshe, Tianan): the names it asks of. */
export function capitalisedTranslations(query: string, t: Pick<QueryTerms, 'translations'>): QueryTerms['translations'] {
  return t.translations.filter((tr) =>
    new RegExp(`(?:^|[^A-Za-z])${tr.source[0]?.toUpperCase() ?? ''}${tr.source.slice(1)}\\b`).test(query),
  );
}

/** The Chinese names (three characters or more) of an English question's capitalised words, each translated to one term. */
function englishSubjects(query: string, t: QueryTerms): string[] {
  return capitalisedTranslations(query, t)
    .filter((tr) => tr.terms.length === 1 && /^[\u3400-\u9fff]{3,}$/.test(tr.terms[0] ?? ''))
    .map((tr) => tr.terms[0] as string);
}

export type Rank = (query: string, k: number) => { terms: QueryTerms; hits: ScoredPassage[] };

/** A candidate's stage readings, each made on first use (the hand ranking reads some for the leaders only). */
interface Readings {
  proximity(): number;
  sentence(): number;
  subjectMissing(): number;
  ordinal(): number;
  figure(): number;
  definition(): number;
}

export function createRanker(ctx: SearchContext, termsOf: (query: string) => QueryTerms, weightsFile?: RankWeights | null): Rank {
  const { total, df, glossary, known, isNote, foldedText } = ctx;
  const topK = createTopK(ctx.data.index);
  const occurs = occursIn(ctx.data);
  const weightOf = (i: number): number => (isNote(i) ? NOTE_WEIGHT : 1);
  const topSection = (section: string): string => section.split(' > ')[0] ?? '';
  /** The folded texts of the passages just before `i` in its document and top-level section. */
  const leadIn = (i: number): string[] => {
    const p = ctx.data.passages.at(i);
    if (!p) return [];
    const out: string[] = [];
    for (let j = i - 1; j >= 0 && j >= i - CARRY_BACK; j -= 1) {
      const q = ctx.data.passages.at(j);
      if (!q || q.doc !== p.doc || topSection(q.section) !== topSection(p.section)) break;
      out.push(foldedText(j));
    }
    return out;
  };
  /** The question's subjects a passage does not name but its lead-in does. */
  const carriedSubjects = (i: number, subjects: readonly string[]): string[] => {
    if (subjects.length === 0 || subjects.some((s) => foldedText(i).includes(s))) return [];
    const before = leadIn(i);
    return subjects.filter((s) => before.some((t) => t.includes(s)));
  };
  const fromFile = weightsFile === undefined ? loadRankWeights() : weightsFile;
  const headings = new Map<number, string>();
  const headingOf = (i: number): string => {
    let h = headings.get(i);
    if (h === undefined) {
      const p = ctx.data.passages.at(i);
      headings.set(i, (h = normalizeForMatch(`${p?.title ?? ''}。${p?.section ?? ''}`)));
    }
    return h;
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

  /** What the stages read of the question, once per query. */
  const questionReadings = (query: string, t: QueryTerms) => {
    const han = HAN.test(query);
    const folded = glossary.stripQuestionWords(query.slice(0, MAX_QUERY_CHARS));
    const primaries = t.concepts.map((c) => c.primary).filter((p): p is string => p !== null && HAN.test(p));
    // An English question's concepts have no primary word: each is the group of its Chinese terms as
    // written, and a passage holding one of each group close together is likelier to answer it.
    const translatedGroups = t.concepts
      .filter((c) => c.primary === null && !c.generic)
      .map((c) => [...c.alternatives.filter((a) => HAN.test(a)), ...(c.phrases ?? []).map(written)])
      .filter((g) => g.length > 0);
    const words = han ? questionWords(folded, known) : { content: new Set<string>(), subjects: [] as string[] };
    const sentenceTerms = han ? { ...t, concepts: weighContent(t.concepts, words.content) } : t;
    const ordinal = askedOrdinal(query);
    const analysis = han ? analyzeQuestion(query) : null;
    const definition = askedDefinition(query, analysis?.parts.some((p) => p.type === 'definition') ?? false);
    let figure: { parts: FigurePart[]; of: number } | undefined;
    const figures = (): { parts: FigurePart[]; of: number } => (figure ??= figureParts(query, t, termsOf));
    // The asked figure does not count when the question holds a word the reports never use
    // (年终奖, a misspelt name): what it asks is then likely not in them (Chinese questions only).
    let gated: boolean | undefined;
    const figureGated = (): boolean => (gated ??= han && readAbsence(folded, known, false, occurs).words.length > 0);
    // An English question's subjects are the names it writes capitalised that translate to one Chinese name (Wangjinshe → 网金社).
    const subjects = han ? words.subjects : englishSubjects(query, t);
    return { han, folded, primaries, translatedGroups, subjects, sentenceTerms, ordinal, definition, figures, figureGated };
  };
  type Question = ReturnType<typeof questionReadings>;

  const readingsOf = (hit: ScoredPassage, q: Question, t: QueryTerms): Readings => {
    const memo: Partial<Record<keyof Readings, number>> = {};
    const once = (key: keyof Readings, make: () => number) => (): number => (memo[key] ??= make());
    const text = (): string => foldedText(hit.index);
    return {
      proximity: once('proximity', () =>
        q.primaries.length > 0
          ? proximity(text(), q.primaries, hit.mayContain)
          : groupProximity(text(), q.translatedGroups, undefined, false),
      ),
      sentence: once('sentence', () => bestSentenceCoverage(text(), q.sentenceTerms)),
      subjectMissing: once('subjectMissing', () =>
        q.subjects.length > 0 && !q.subjects.some((s) => text().includes(s)) && carriedSubjects(hit.index, q.subjects).length === 0 ? 1 : 0,
      ),
      ordinal: once('ordinal', () => (q.ordinal === null ? 0 : ordinalSentenceCoverage(text(), q.ordinal, t))),
      definition: once('definition', () => (q.definition === null ? 0 : definitionReading(text(), q.definition))),
      figure: once('figure', () => {
        const f = q.figures();
        if (f.parts.length === 0) return 0;
        return f.parts.reduce((acc, part) => acc + figureSentenceCoverage(text(), part), 0) / f.of;
      }),
    };
  };

  const sortByScore = (hits: ScoredPassage[]): void => {
    hits.sort((a, b) => b.score - a.score);
  };

  /**
   * The hand-set stages in turn: pseudo-relevance feedback, proximity among the leaders, the asked
   * ordinal and, for a Chinese question, the best sentence with its subject and the asked figure.
   * Returns each hit's feedback share (the only stage that reads every candidate).
   */
  const handStages = (hits: ScoredPassage[], read: Map<number, Readings>, q: Question, t: QueryTerms): Map<number, number> => {
    const feedback = new Map<number, number>();
    const before = new Map(hits.map((h) => [h.index, h.score]));
    // The leaders' shared rare terms lift candidates on their topic (feedback.ts); Chinese only.
    if (q.han) {
      addFeedback(ctx, hits, t, FEEDBACK_WEIGHT, weightOf);
      for (const h of hits) feedback.set(h.index, (h.score - (before.get(h.index) ?? h.score)) / (FEEDBACK_WEIGHT * weightOf(h.index)));
      sortByScore(hits);
    }
    // Proximity only reorders the leaders; reading every candidate's text would cost more than it moves.
    for (const hit of hits.slice(0, q.primaries.length > 0 ? PROXIMITY_DEPTH : ENGLISH_PROXIMITY_DEPTH))
      hit.score += (read.get(hit.index)?.proximity() ?? 0) * PROXIMITY_WEIGHT * weightOf(hit.index);
    sortByScore(hits);
    // A leader whose sentence meets the question's ordinal (首家 for 第一家, not 第二批) gains that sentence's coverage.
    if (q.ordinal !== null) {
      for (const hit of hits.slice(0, ORDINAL_DEPTH))
        hit.score += ORDINAL_WEIGHT * (read.get(hit.index)?.ordinal() ?? 0) * weightOf(hit.index);
      sortByScore(hits);
    }
    if (!q.han) return feedback;
    // A leader whose sentence defines the thing a definition question asks about (definition-rank.ts).
    if (q.definition !== null) {
      for (const hit of hits.slice(0, DEFINITION_DEPTH))
        hit.score += DEFINITION_WEIGHT * (read.get(hit.index)?.definition() ?? 0) * weightOf(hit.index);
      sortByScore(hits);
    }
    // A Chinese question's answer sits in one sentence, in a passage that names its subject (sentence-rank.ts).
    for (const hit of hits.slice(0, SENTENCE_DEPTH)) {
      const r = read.get(hit.index);
      hit.score += (r?.sentence() ?? 0) * SENTENCE_WEIGHT * weightOf(hit.index);
      if ((r?.subjectMissing() ?? 0) > 0) hit.score *= SUBJECT_MISSING;
    }
    sortByScore(hits);
    // The asked figure breaks near-ties among the leaders within the margin of the first (figure-rank.ts).
    if (q.figures().parts.length > 0 && !q.figureGated()) {
      const floor = FIGURE_MARGIN * (hits[0]?.score ?? 0);
      for (const hit of hits.slice(0, FIGURE_DEPTH))
        if (hit.score >= floor) hit.score += FIGURE_WEIGHT * (read.get(hit.index)?.figure() ?? 0) * weightOf(hit.index);
      sortByScore(hits);
    }
    return feedback;
  };

  /** Feedback shares for an English question (the hand ranking adds none), read on copies of the hits. */
  const feedbackShares = (hits: readonly ScoredPassage[], t: QueryTerms): Map<number, number> => {
    const copies = hits.map((h) => ({ index: h.index, score: 0 }));
    addFeedback(ctx, copies, t, 1, () => 1);
    return new Map(copies.map((c) => [c.index, c.score]));
  };

  /**
   * A Chinese question of several parts (何时成立？是否第一家？) is answered part by part, often in
   * different passages: each part's share of the question's concepts (those written in the part's own
   * words; an asker's word with no primary, in every part) lets a passage that answers one part fully
   * stand beside one that touches every part a little. Read off the question's concepts, not analysed
   * again: a part costs a few string lookups.
   */
  const partTermsOf = (query: string, t: QueryTerms): QueryTerms[] => {
    if (!HAN.test(query)) return [];
    const { parts, english } = analyzeQuestion(query);
    if (english || parts.length < 2) return [];
    return parts
      .map((p, i) => {
        const text = normalizeForMatch(i === 0 ? p.text : (p.own ?? p.text));
        return { ...t, concepts: t.concepts.filter((c) => c.primary === null || text.includes(c.primary)) };
      })
      .filter((pt) => pt.concepts.length > 1 && pt.concepts.length < t.concepts.length);
  };

  return (query, k) => {
    const t = termsOf(query);
    if (t.weight.size === 0) return { terms: t, hits: [] };
    const cited = citedReport(query, t.translations, ctx.data.docs);
    const queryTerms = retrievalTerms(t);
    const top = topK(queryTerms, (term) => t.boost.get(term) ?? 1, Math.max(RERANK_DEPTH, k));
    const provable = provableAbsences(queryTerms);
    const best = top[0]?.score ?? 1;
    const base = new Map<number, { bm25: number; coverage: number }>();
    const parts = partTermsOf(query, t);
    const q = questionReadings(query, t);
    // The top-k reports which query terms each passage holds: coverage needs no second tokenisation.
    const hits = top.map((r) => {
      const index = r.id;
      const own = parts.reduce((best, p) => Math.max(best, PART_SHARE * coverageOf(r.terms, p)), coverageOf(r.terms, t));
      const carried = carriedSubjects(index, q.subjects);
      const withLead = { has: (term: string) => r.terms.has(term) || carried.some((s) => s.includes(term)) };
      const cov = carried.length > 0 ? Math.max(own, CARRIED_SHARE * coverageOf(withLead, t)) : own;
      base.set(index, { bm25: r.score / best, coverage: cov });
      const score = (1 - COVERAGE_WEIGHT) * (r.score / best) + COVERAGE_WEIGHT * cov;
      return {
        index,
        coverage: cov,
        mayContain: (term: string) => !provable.has(term) || r.terms.has(term),
        score:
          (isNote(index) ? score * NOTE_WEIGHT : score) *
          (cited !== undefined && ctx.data.passages.docOf(index) === cited ? CITED_BOOST : 1),
      };
    });
    sortByScore(hits);
    const read = new Map(hits.map((h) => [h.index, readingsOf(h, q, t)]));
    const feedback = handStages(hits, read, q, t);
    const lang: Lang = q.han ? 'zh' : 'en';
    const active = activeWeights(fromFile);
    // A language whose learned weights were not adopted keeps the hand order and reads no feature.
    const weights = active !== null && !handOnly(active[lang]) ? active : null;
    const observe = rankObserver();
    if (weights === null && observe === null) return { terms: t, hits: hits.slice(0, k) };

    // The leaders' features (learned-rank.ts), in the hand order.
    const leaders = hits.slice(0, RERANK_DEPTH);
    const shares = q.han ? feedback : feedbackShares(leaders, t);
    const pairs = q.han ? hanPairs(q.folded) : [];
    const types = analyzeQuestion(query).parts.map((p) => p.type);
    const features = leaders.map((hit, at): Features => {
      const r = read.get(hit.index);
      const b = base.get(hit.index);
      const text = foldedText(hit.index);
      const f = emptyFeatures();
      f.hand = hit.score;
      f.handRank = 1 / (1 + at);
      f.bm25 = b?.bm25 ?? 0;
      f.coverage = b?.coverage ?? 0;
      f.feedback = shares.get(hit.index) ?? 0;
      f.proximity = r?.proximity() ?? 0;
      f.sentence = r?.sentence() ?? 0;
      f.subjectMissing = r?.subjectMissing() ?? 0;
      f.ordinal = r?.ordinal() ?? 0;
      f.figure = q.figureGated() ? 0 : (r?.figure() ?? 0);
      f.note = isNote(hit.index) ? 1 : 0;
      f.title = headingCoverage(headingOf(hit.index), t);
      f.pairs = bestSentencePairs(text, pairs);
      f.typePresent = typesPresent(text, types);
      return f;
    });
    observe?.(
      query,
      lang,
      leaders.map((h, i) => ({
        index: h.index,
        text: ctx.data.passages.at(h.index)?.text ?? '',
        features: features[i] ?? emptyFeatures(),
      })),
    );
    if (weights === null) return { terms: t, hits: hits.slice(0, k) };
    const w = weights[lang];
    leaders.forEach((hit, i) => {
      hit.score = learnedScore(w, features[i] ?? emptyFeatures());
    });
    // Ties keep the hand order (the sort is stable).
    sortByScore(leaders);
    return { terms: t, hits: [...leaders, ...hits.slice(RERANK_DEPTH)].slice(0, k) };
  };
}
