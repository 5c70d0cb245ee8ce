/** Dev helper: a question's concepts and its ranking, the notes' passages marked (`npx tsx bench/rank-debug.ts QUESTION`). */
import { data, analyzer, glossary } from './diag-index.js';
import { createSearcher } from '../knowledge/search.js';
const searcher = createSearcher(data, analyzer, glossary);
const q = process.argv[2]!;
const { hits, terms } = searcher.rank(q, 40);
console.log(terms.concepts.map((c) => `${c.primary}:${c.weight?.toFixed?.(2) ?? ''}`).join(' '));
hits.forEach((h, i) => {
  const doc = data.passages.docOf(h.index);
  if (i < 6 || doc?.endsWith('.md'))
    console.log(
      i,
      doc,
      h.score.toFixed(3),
      h.coverage.toFixed(2),
      (data.passages.at(h.index)?.text ?? '').slice(0, 50).replace(/\s+/g, ''),
    );
});
