/** Dev helper: what `ask` answers and which gate refused (`npx tsx bench/ask-debug.ts QUESTION…`); development sets only. */
import { data, englishSearcher } from './diag-index.js';
import { createAnswerer, refusedBy } from '../knowledge/answer.js';
const searcher = englishSearcher();
const ask = createAnswerer(data, searcher);
for (const q of process.argv.slice(2)) {
  const a = searcher.within(() => ask(q));
  console.log(q, '→', a.found, refusedBy.get(a), '\n   ', (a.answer ?? []).join(' / ').slice(0, 300));
}
