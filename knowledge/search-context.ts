/**
 * What every step of a search reads: term statistics of the index, the glossary's tokens and the
 * passages' folded texts, made once per searcher.
 */
import type { Analyzer } from './analyzer.js';
import type { Glossary } from './glossary.js';
import type { IndexData } from './search-index.js';
import { documentFrequency } from './flat-index.js';
import { normalizeForMatch } from './text.js';

/** Longest query read; longer input is cut (the first part of a question carries its subject). */
export const MAX_QUERY_CHARS = 500;

export interface SearchContext {
  data: IndexData;
  analyzer: Analyzer;
  glossary: Glossary;
  /** Number of passages (at least 1). */
  total: number;
  df(term: string): number;
  idf(term: string): number;
  /** Whether a term occurs in the index at all. */
  known(term: string): boolean;
  lexicon: ReadonlySet<string>;
  /** Whether passage `i` belongs to one of the project's own notes. */
  isNote(i: number): boolean;
  /** Passage `i`'s text in match form, made on first use. */
  foldedText(i: number): string;
  /** A glossary term's tokens (glossary terms are few and fixed: each is tokenised once). */
  glossaryTokens(term: string): string[];
}

export function createSearchContext(data: IndexData, analyzer: Analyzer, glossary: Glossary): SearchContext {
  const total = Math.max(1, data.passages.length);
  const df = (term: string): number => documentFrequency(data.index, term);
  const idf = (term: string): number => {
    const n = df(term);
    return Math.log(1 + (total - n + 0.5) / (n + 0.5));
  };
  const notes = new Set(data.docs.filter((d) => d.kind === 'note').map((d) => d.file));
  // Folded passage texts, made on first use: proximity reads them for every candidate.
  const folded: string[] = [];
  const tokensOfTerm = new Map<string, string[]>();
  return {
    data,
    analyzer,
    glossary,
    total,
    df,
    idf,
    known: (term) => df(term) > 0,
    lexicon: new Set(glossary.lexicon),
    isNote: (i) => notes.has(data.passages.docOf(i) ?? ''),
    foldedText: (i) => (folded[i] ??= normalizeForMatch(data.passages.at(i)?.text ?? '')),
    glossaryTokens(term) {
      let tokens = tokensOfTerm.get(term);
      if (!tokens) {
        tokens = analyzer.tokens(term);
        tokensOfTerm.set(term, tokens);
      }
      return tokens;
    },
  };
}
