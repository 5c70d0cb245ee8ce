/**
 * Ranked passage search: BM25 over the analyzer's tokens with glossary expansion at a lower weight,
 * then a rerank of the top candidates by how much of the question (idf-weighted) each passage covers.
 */
import type { Analyzer } from './analyzer.js';
import type { Glossary } from './glossary.js';
import type { IndexData } from './search-index.js';
import { documentFrequency } from './flat-index.js';
import { createTopK } from './topk.js';
import { groupProximity, proximity } from './proximity.js';
import { reorderBySentence } from './sentence-rank.js';

export { proximity } from './proximity.js';
import { normalizeForMatch } from './text.js';
import { isGeneric, untranslated, type Translator } from './translate.js';
import type { SearchResult } from './types.js';
import { stem } from './natural.js';
import { englishTokens } from './cedict.js';
import { linkSynonymPhrases } from './synonym-phrases.js';
import { coverageOf, type Concept, type QueryTerms } from './coverage.js';

export { coverageOf, creditOf, type Concept, type QueryTerms } from './coverage.js';

/** Longest query read; longer input is cut (the first part of a question carries its subject). */
export const MAX_QUERY_CHARS = 500;
/** Weight of glossary expansions relative to the user's own words. */
export const EXPANSION_WEIGHT = 0.35;
/** Dictionary translations weigh a little less than the glossary's: the glossary's are domain terms. */
export const DICTIONARY_WEIGHT = 0.8;
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

export interface ScoredPassage {
  index: number;
  score: number;
  coverage: number;
  /** False only for a query term the passage's text cannot contain (see `provableAbsences`). */
  mayContain: (term: string) => boolean;
}

const PROXIMITY_WEIGHT = 0.2;

/** A phrase's bigrams joined back into the word (互联, 联网, 网金, 金融 → 互联网金融). */
const written = (bigrams: string[]): string =>
  (bigrams[0] ?? '') +
  bigrams
    .slice(1)
    .map((b) => b.slice(1))
    .join('');

const WHOLE_TOKEN = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}$/;

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

export interface Searcher {
  /** The analyzer's tokens of a text (for sentence-level coverage in answers). */
  tokens(text: string): Set<string>;
  terms(query: string): QueryTerms;
  /** Whether a term occurs in the index at all. */
  known(term: string): boolean;
  /** The query folded, with words of asking blanked out (same length). */
  stripQuestionWords(query: string): string;
  rank(query: string, k: number): { terms: QueryTerms; hits: ScoredPassage[] };
  search(query: string, k?: number): SearchResult[];
  highlights(text: string, terms: QueryTerms): Array<[number, number]>;
}

export function createSearcher(
  data: IndexData,
  analyzer: Analyzer,
  glossary: Glossary,
  translator: () => Translator | null = () => null,
): Searcher {
  const total = Math.max(1, data.passages.length);
  const df = (term: string): number => documentFrequency(data.index, term);
  const idf = (term: string): number => {
    const n = df(term);
    return Math.log(1 + (total - n + 0.5) / (n + 0.5));
  };
  const known = (term: string): boolean => df(term) > 0;
  const lexicon = new Set(glossary.lexicon);
  const notes = new Set(data.docs.filter((d) => d.kind === 'note').map((d) => d.file));
  const isNote = (i: number): boolean => notes.has(data.passages.docOf(i) ?? '');
  // Folded passage texts, made on first use: proximity reads them for every candidate.
  const folded: string[] = [];
  const topK = createTopK(data.index);
  const foldedText = (i: number): string => (folded[i] ??= normalizeForMatch(data.passages.at(i)?.text ?? ''));

  // Glossary terms are few and fixed: each is tokenised once.
  const tokensOfTerm = new Map<string, string[]>();
  const glossaryTokens = (term: string): string[] => {
    let tokens = tokensOfTerm.get(term);
    if (!tokens) {
      tokens = analyzer.tokens(term);
      tokensOfTerm.set(term, tokens);
    }
    return tokens;
  };

  /** Translations as index terms: the whole ones, the others as their bigrams (all of them, for BM25). */
  const asTokens = (zh: string[]): { terms: string[]; whole: string[]; phrases: string[][] } => {
    const whole = zh.filter(known);
    const phrases = zh
      .filter((t) => !known(t))
      .map((t) => glossaryTokens(t).filter(known))
      .filter((p) => p.length > 0);
    return { terms: [...new Set([...whole, ...phrases.flat()])], whole, phrases };
  };

  /**
   * The idf of a set of translations taken as one term (Pirkola's structured query): a passage
   * holding any of them holds the concept, so the set is as common as its members together. The
   * rarest member's idf (家数 for "how many") would let a vague word outweigh a word with one
   * clear translation. A term held only as bigrams is at most as common as its rarest bigram.
   */
  const synonymSetIdf = (whole: string[], phrases: string[][], english: string[]): number => {
    const dfs = [...whole, ...english].map(df).concat(phrases.map((p) => Math.min(...p.map(df))));
    const n = Math.min(
      total,
      dfs.reduce((sum, d) => sum + d, 0),
    );
    return Math.log(1 + (total - n + 0.5) / (n + 0.5));
  };

  const terms = (query: string): QueryTerms => {
    const q = query.slice(0, MAX_QUERY_CHARS);
    const original = [...new Set(analyzer.tokens(glossary.stripQuestionWords(q)))].filter(known);
    const translate = /[a-z]{2,}/i.test(q) ? translator() : null;
    // The glossary's English phrases win, unless a longer dictionary phrase overlaps them; the
    // dictionary translates the words they leave.
    const expansion = translate ? translate.withGlossary(q, glossary.expand) : glossary.expand(q);
    const englishGroups = expansion.groups.filter((g) => g.english);
    // A glossary phrase covers its words as the dictionary splits them too (xi'an → xi, an).
    const covered = new Set(englishGroups.flatMap((g) => [...g.source.split(' '), ...englishTokens(g.source)].map(stem)));
    // A translation the index holds only as bigrams (互联网, 网金社) enters as those bigrams.
    const translations = translate
      ? translate(q, covered)
          .map((t) => ({ ...t, ...asTokens(t.terms), chinese: t.terms }))
          .filter((t) => t.terms.length > 0)
      : [];
    // Tokens of the terms one by one are the tokens of the terms joined by spaces, in the same order.
    const own = new Set(original);
    const expanded = [...new Set(expansion.terms.flatMap(glossaryTokens))].filter((t) => known(t) && !own.has(t));
    const weight = new Map<string, number>();
    const boost = new Map<string, number>();
    for (const t of original) weight.set(t, idf(t));
    for (const t of expanded) {
      weight.set(t, idf(t) * EXPANSION_WEIGHT);
      boost.set(t, EXPANSION_WEIGHT);
    }
    for (const tr of translations) {
      for (const t of tr.terms) {
        if (weight.has(t)) continue;
        const factor = EXPANSION_WEIGHT * DICTIONARY_WEIGHT * tr.weight;
        weight.set(t, idf(t) * factor);
        boost.set(t, factor);
      }
    }
    // The English word itself, where the index holds it (exchang, sandbox), is one more way of
    // saying the translated concept, not a concept of its own the Chinese sentences never cover.
    const spelled = (source: string): string[] =>
      source
        .split(' ')
        .map(stem)
        .filter((w) => own.has(w));
    const dictionaryConcepts = translations.map((tr) => ({
      primary: null,
      alternatives: [...tr.whole, ...spelled(tr.source)],
      parts: [],
      phrases: tr.phrases,
      weight: synonymSetIdf(tr.whole, tr.phrases, spelled(tr.source)) * tr.weight,
      specificity: Math.max(...tr.terms.map(idf)) * tr.weight,
      generic: isGeneric(tr.source),
    }));
    const translated = new Set([...englishGroups, ...translations].flatMap((g) => spelled(g.source)));
    return {
      original,
      expanded: [...expanded, ...translations.flatMap((tr) => tr.terms).filter((t) => !own.has(t) && !expanded.includes(t))],
      weight,
      boost,
      concepts: [
        ...linkSynonymPhrases(
          concepts(
            original.filter((t) => !translated.has(t)),
            expansion.groups,
            spelled,
          ),
          expansion.groups,
          glossaryTokens,
          known,
          idf,
        ),
        ...dictionaryConcepts,
      ],
      translations: [
        // As written (监管沙箱, 互联网金融), not as the bigrams the index holds them by: the English frame names them.
        ...englishGroups.map((g) => ({ source: g.source, terms: g.terms, glossary: true })),
        ...translations.map(({ source, chinese }) => ({ source, terms: chinese })),
      ],
      untranslated: translate
        ? translate.specific(
            untranslated(q, covered, translations, (w) => known(stem(w))),
            q,
          )
        : [],
    };
  };

  /** Words of the lexicon own their bigrams; the remaining bigrams stand alone; English phrases become their translations. */
  const concepts = (
    original: string[],
    groups: ReturnType<Glossary['expand']>['groups'],
    spelled: (source: string) => string[],
  ): Concept[] => {
    const words = original.filter((t) => lexicon.has(t)).sort((a, b) => b.length - a.length);
    const owned = new Set<string>();
    const out: Concept[] = [];
    for (const word of words) {
      if (owned.has(word)) continue;
      const parts = glossaryTokens(word).filter((p) => p !== word);
      for (const p of parts) owned.add(p);
      const synonyms = groups.filter((g) => !g.english && g.source === word).flatMap((g) => g.terms);
      out.push({
        primary: word,
        alternatives: synonyms.filter(known),
        parts: parts.filter(known),
        weight: Math.max(idf(word), ...parts.filter(known).map(idf)),
      });
    }
    for (const t of original) if (!owned.has(t) && !lexicon.has(t)) out.push({ primary: t, alternatives: [], parts: [], weight: idf(t) });
    for (const g of groups.filter((x) => x.english)) {
      // A term the index holds only as bigrams (金融资产交易中心 under the bigram analyzer) enters as those.
      const { terms: alternatives, whole, phrases } = asTokens(g.terms);
      if (alternatives.length > 0)
        out.push({
          primary: null,
          alternatives: [...whole, ...spelled(g.source)],
          parts: [],
          phrases,
          weight: Math.max(...alternatives.map(idf)),
          generic: isGeneric(g.source),
        });
    }
    return out;
  };

  const rank = (query: string, k: number): { terms: QueryTerms; hits: ScoredPassage[] } => {
    const t = terms(query);
    if (t.weight.size === 0) return { terms: t, hits: [] };
    // Terms in over a quarter of all passages weigh almost nothing but make every passage a
    // candidate; leaving them out of retrieval keeps a query's work (and garbage) small.
    // The user's own words are never all dropped: when every one is common, they all stay.
    const common = (term: string): boolean => total >= 50 && df(term) > total * COMMON_SHARE;
    const keepCommon = t.original.length > 0 && t.original.every(common);
    // A long question can expand to dozens of terms; the heaviest few decide the ranking and bound the work.
    const queryTerms = [...t.weight.keys()]
      .filter((term) => !common(term) || (keepCommon && t.original.includes(term)))
      .sort((a, b) => (t.weight.get(b) ?? 0) - (t.weight.get(a) ?? 0))
      .slice(0, MAX_QUERY_TERMS);
    const top = topK(queryTerms, (term) => t.boost.get(term) ?? 1, Math.max(RERANK_DEPTH, k));
    const provable = provableAbsences(queryTerms);
    // The top-k reports which query terms each passage holds: coverage needs no second tokenisation.
    const primaries = t.concepts.map((c) => c.primary).filter((p): p is string => p !== null && /[\u3400-\u9fff]/.test(p));
    // An English question's concepts have no primary word: each is the group of its Chinese terms as
    // written, and a passage holding one of each group close together is likelier to answer it.
    const translatedGroups = t.concepts
      .filter((c) => c.primary === null && !c.generic)
      .map((c) => [...c.alternatives.filter((a) => /[\u3400-\u9fff]/.test(a)), ...(c.phrases ?? []).map(written)])
      .filter((g) => g.length > 0);
    const best = top[0]?.score ?? 1;
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
    // Proximity only reorders the leaders; reading every candidate's text would cost more than it moves.
    for (const hit of hits.slice(0, primaries.length > 0 ? PROXIMITY_DEPTH : ENGLISH_PROXIMITY_DEPTH)) {
      const text = foldedText(hit.index);
      const near =
        (primaries.length > 0 ? proximity(text, primaries, hit.mayContain) : groupProximity(text, translatedGroups, undefined, false)) *
        PROXIMITY_WEIGHT;
      hit.score += isNote(hit.index) ? near * NOTE_WEIGHT : near;
    }
    hits.sort((a, b) => b.score - a.score);
    // A Chinese question's answer sits in one sentence, in a passage that names its subject.
    if (/[\u3400-\u9fff]/.test(query)) {
      const folded = glossary.stripQuestionWords(query.slice(0, MAX_QUERY_CHARS));
      reorderBySentence(hits, { folded, terms: t, known }, foldedText, (i) => (isNote(i) ? NOTE_WEIGHT : 1));
      hits.sort((a, b) => b.score - a.score);
    }
    return { terms: t, hits: hits.slice(0, k) };
  };

  /** Highlights over text already in match form (a passage's cached folded text). */
  const highlightsIn = (
    normal: string,
    shown: readonly string[],
    mayContain: (term: string) => boolean = () => true,
  ): Array<[number, number]> => {
    const ranges: Array<[number, number]> = [];
    for (const term of shown) {
      if (!mayContain(term)) continue;
      for (let at = normal.indexOf(term); at >= 0; at = normal.indexOf(term, at + 1)) ranges.push([at, at + term.length]);
    }
    ranges.sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    }
    return merged;
  };
  /** The query terms highlights show: Chinese words and numbers (English stems are not text). */
  const shownTerms = (t: QueryTerms): string[] => [...t.weight.keys()].filter((term) => /[\u3400-\u9fff]/.test(term) || /^\d+$/.test(term));
  const highlights = (text: string, t: QueryTerms): Array<[number, number]> => highlightsIn(normalizeForMatch(text), shownTerms(t));

  return {
    tokens: (text) => new Set(analyzer.tokens(text)),
    terms,
    known,
    stripQuestionWords: (query) => glossary.stripQuestionWords(query.slice(0, MAX_QUERY_CHARS)),
    rank,
    highlights,
    search(query, k = 5) {
      const { terms: t, hits } = rank(query, k);
      const shown = shownTerms(t);
      return hits.flatMap((hit) => {
        const p = data.passages.at(hit.index);
        if (!p) return [];
        return [
          {
            doc: p.doc,
            title: p.title,
            section: p.section,
            passage: p.id,
            text: p.text,
            highlights: highlightsIn(foldedText(hit.index), shown, hit.mayContain),
            score: Number(hit.score.toFixed(4)),
          },
        ];
      });
    },
  };
}
