/** The index the diagnostic scripts read: the project notes and ../shared/corpus, built with today's analyzer. */
import path from 'node:path';
import { createAnalyzer } from '../knowledge/analyzer.js';
import { defaultGlossary } from '../knowledge/glossary.js';
import { chunkDocument } from '../knowledge/ingest/chunk.js';
import { readCorpus, readNotes } from '../knowledge/ingest/read.js';
import { DEFAULT_NOTES_DIR } from '../knowledge/index.js';
import { buildIndex } from '../knowledge/search-index.js';
import { createSearcher } from '../knowledge/search.js';
import { englishTableOf, occursIn, passagesWith } from '../knowledge/english-table.js';
import { createTranslator } from '../knowledge/translate.js';
import { documentFrequency } from '../knowledge/flat-index.js';

const shared = path.resolve(import.meta.dirname, '..', '..', 'shared');
const docs = [...(await readNotes(DEFAULT_NOTES_DIR)).docs, ...(await readCorpus([path.join(shared, 'corpus')])).docs];
export const glossary = defaultGlossary();
export const analyzer = createAnalyzer(glossary.lexicon);
const chunked = docs.map((doc) => ({ doc, passages: chunkDocument(doc) }));
export const data = buildIndex(
  chunked.map((c) => ({ file: c.doc.file, title: c.doc.title, date: c.doc.date, kind: c.doc.kind, topics: [] })),
  chunked.flatMap((c) => c.passages),
  analyzer,
);

/** The searcher `ask` reads, English translation included (CC-CEDICT table built from this index). */
export function englishSearcher(): ReturnType<typeof createSearcher> {
  const translator = createTranslator(
    englishTableOf(data),
    occursIn(data),
    (zh) => documentFrequency(data.index, zh) > 0,
    passagesWith(data),
  );
  return createSearcher(data, analyzer, glossary, () => translator);
}
