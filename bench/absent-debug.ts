/** Dev helper: how the absence reading sees a question (`npx tsx bench/absent-debug.ts QUESTION…`). */
import { data, analyzer, glossary } from './diag-index.js';
import { createSearcher } from '../knowledge/search.js';
import { readAbsence } from '../knowledge/absent.js';
import { occursIn } from '../knowledge/english-table.js';
import { normalizeForMatch } from '../knowledge/text.js';

const searcher = createSearcher(data, analyzer, glossary);
for (const q of process.argv.slice(2)) {
  const stripped = searcher.stripQuestionWords(q);
  console.log(
    q,
    JSON.stringify(stripped),
    JSON.stringify(readAbsence(stripped, searcher.known, false, occursIn(data), normalizeForMatch(q))),
  );
}
