/** A searcher over a few of our own passages with a given translator: the English-query tests' set-up. */
import { createAnalyzer } from '../../knowledge/analyzer.js';
import { createGlossary, loadGlossaryFile } from '../../knowledge/glossary.js';
import { chunkDocument } from '../../knowledge/ingest/chunk.js';
import { buildIndex, type IndexData } from '../../knowledge/search-index.js';
import { createSearcher, type Searcher } from '../../knowledge/search.js';
import type { Translator } from '../../knowledge/translate.js';

export interface SmallSearch {
  glossary: ReturnType<typeof createGlossary>;
  analyzer: ReturnType<typeof createAnalyzer>;
  data: IndexData;
  searcher: Searcher;
}

/** Each passage becomes one report (第i篇), indexed with the real glossary and analyzer. */
export function smallSearch(passages: readonly string[], translator: () => Translator | null): SmallSearch {
  const glossary = createGlossary(loadGlossaryFile().data);
  const analyzer = createAnalyzer(glossary.lexicon);
  const docs = passages.map((text, i) => ({
    file: `${i}.txt`,
    path: `/${i}.txt`,
    title: `第${i}篇`,
    hash: String(i),
    text,
    kind: 'report' as const,
  }));
  const data = buildIndex([], docs.flatMap(chunkDocument), analyzer);
  return { glossary, analyzer, data, searcher: createSearcher(data, analyzer, glossary, translator) };
}
