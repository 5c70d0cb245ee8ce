/**
 * Ranked passage search: BM25 over the analyzer's tokens with glossary expansion at a lower weight,
 * then a rerank of the top candidates by how much of the question (idf-weighted) each passage covers.
 * The steps live in their own modules: query terms (query-terms.ts), ranking (search-rank.ts),
 * highlights (highlights.ts), over the shared statistics of search-context.ts.
 */
import type { Analyzer } from './analyzer.js';
import type { Glossary } from './glossary.js';
import type { IndexData } from './search-index.js';
import type { Translator } from './translate.js';
import type { SearchResult } from './types.js';
import type { QueryTerms } from './coverage.js';
import { createSearchContext, MAX_QUERY_CHARS } from './search-context.js';
import { createQueryTerms } from './query-terms.js';
import { createRanker, type ScoredPassage } from './search-rank.js';
import { highlightsIn, shownTerms } from './highlights.js';
import { normalizeForMatch } from './text.js';
import { createTypoFixer, type TypoFixer } from './typos.js';
import { occursIn } from './english-table.js';
import { createHomophoneFixer, type HomophoneFixer } from './homophones.js';

export { proximity } from './proximity.js';
export { coverageOf, creditOf, type Concept, type QueryTerms } from './coverage.js';
export { MAX_QUERY_CHARS } from './search-context.js';
export { EXPANSION_WEIGHT, DICTIONARY_WEIGHT } from './query-terms.js';
export { NOTE_WEIGHT, type ScoredPassage } from './search-rank.js';

export interface Searcher {
  /** The analyzer's tokens of a text (for sentence-level coverage in answers). */
  tokens(text: string): Set<string>;
  terms(query: string): QueryTerms;
  /** Whether a term occurs in the index at all. */
  known(term: string): boolean;
  /** The query folded, with words of asking blanked out (same length). */
  stripQuestionWords(query: string): string;
  /** Whether the glossary reads an asker's word (法人代表) as report terms the index writes (法定代表人): it is no absent word. */
  standsIn(word: string): boolean;
  rank(query: string, k: number): { terms: QueryTerms; hits: ScoredPassage[] };
  search(query: string, k?: number): SearchResult[];
  highlights(text: string, terms: QueryTerms): Array<[number, number]>;
  /**
   * Runs `work` with the query's fixes and terms remembered: answering one question reads the same
   * texts (the question, its parts) many times over, and each reading costs as much as the first.
   */
  within<T>(work: () => T): T;
}

/** A text's reading, remembered while a question is answered (see `within`), made afresh otherwise. */
function remembered<V>(memo: Map<string, V> | undefined, key: string, make: (key: string) => V): V {
  if (!memo) return make(key);
  let value = memo.get(key);
  if (value === undefined) memo.set(key, (value = make(key)));
  return value;
}

export function createSearcher(
  data: IndexData,
  analyzer: Analyzer,
  glossary: Glossary,
  translator: () => Translator | null = () => null,
): Searcher {
  const ctx = createSearchContext(data, analyzer, glossary);
  const termsOf = createQueryTerms(ctx, translator);
  let memo: { fixed: Map<string, string>; terms: Map<string, QueryTerms> } | undefined;
  const terms = (query: string): QueryTerms => remembered(memo?.terms, query, termsOf);
  const ranked = createRanker(ctx, terms);
  // A misspelt name (网金设) is read as the name it misses by one character, before any other step;
  // only in the part of the query that is searched (its first MAX_QUERY_CHARS characters).
  let typos: TypoFixer | undefined;
  // A character picked for another of the same reading (区快链) is read as that one, after the names.
  let homophones: HomophoneFixer | undefined;
  const fixOf = (query: string): string =>
    (homophones ??= createHomophoneFixer(ctx.known, occursIn(data), ctx.lexicon, () => data.index.terms.keys())).fix(
      (typos ??= createTypoFixer(glossary.names, ctx.known, occursIn(data))).fix(query.slice(0, MAX_QUERY_CHARS)),
    );
  const fix = (query: string): string => remembered(memo?.fixed, query, fixOf);
  const rank: Searcher['rank'] = (query, k) => ranked(fix(query), k);
  return {
    tokens: (text) => new Set(analyzer.tokens(text)),
    terms: (query) => terms(fix(query)),
    known: ctx.known,
    stripQuestionWords: (query) => glossary.stripQuestionWords(fix(query), ctx.known),
    standsIn: (word) =>
      glossary
        .expand(word)
        .groups.some((g) => g.source === word && g.terms.some((t) => analyzer.tokens(t).every((token) => ctx.known(token)))),
    rank,
    highlights: (text, t) => highlightsIn(normalizeForMatch(text), shownTerms(t)),
    within(work) {
      if (memo) return work();
      memo = { fixed: new Map(), terms: new Map() };
      try {
        return work();
      } finally {
        memo = undefined;
      }
    },
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
            highlights: highlightsIn(ctx.foldedText(hit.index), shown, hit.mayContain),
            score: Number(hit.score.toFixed(4)),
          },
        ];
      });
    },
  };
}
