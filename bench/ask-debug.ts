/** Dev helper: what `ask` answers and which gate refused (`npx tsx bench/ask-debug.ts QUESTION…`); development sets only. */
import { data, analyzer, glossary } from './diag-index.js';
import { createSearcher } from '../knowledge/search.js';
import { createAnswerer, refusedBy } from '../knowledge/answer.js';
import { englishTableOf, occursIn, passagesWith } from '../knowledge/english-table.js';
import { createTranslator } from '../knowledge/translate.js';
import { documentFrequency } from '../knowledge/flat-index.js';
const table = englishTableOf(data);
const translator = createTranslator(table, occursIn(data), (zh) => documentFrequency(data.index, zh) > 0, passagesWith(data));
const searcher = createSearcher(data, analyzer, glossary, () => translator);
const ask = createAnswerer(data, searcher);
for (const q of process.argv.slice(2)) {
  const a = searcher.within(() => ask(q));
  console.log(q, '→', a.found, refusedBy.get(a), '\n   ', (a.answer ?? []).join(' / ').slice(0, 300));
}
