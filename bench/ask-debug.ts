import path from 'node:path';
import { data, analyzer, glossary } from '/work/main/bench/diag-index.js';
import { createSearcher } from '/work/main/knowledge/search.js';
import { createAnswerer, refusedBy } from '/work/main/knowledge/answer.js';
import { englishTableOf, occursIn, passagesWith } from '/work/main/knowledge/english-table.js';
import { createTranslator } from '/work/main/knowledge/translate.js';
import { documentFrequency } from '/work/main/knowledge/flat-index.js';
const table = englishTableOf(data);
const translator = createTranslator(table, occursIn(data), (zh) => documentFrequency(data.index, zh) > 0, passagesWith(data));
const searcher = createSearcher(data, analyzer, glossary, () => translator);
const ask = createAnswerer(data, searcher);
for (const q of process.argv.slice(2)) {
  const a = searcher.within(() => ask(q));
  console.log(q, '→', a.found, refusedBy.get(a), '\n   ', (a.answer ?? []).join(' / ').slice(0, 300));
}
