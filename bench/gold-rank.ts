/** Dev helper: where the passage holding a gold string ranks, and its score (`npx tsx bench/gold-rank.ts QUESTION GOLD`); development sets only. */
import { data, analyzer, glossary } from './diag-index.js';
import { createSearcher } from '../knowledge/search.js';
const searcher = createSearcher(data, analyzer, glossary);
const [q, gold] = [process.argv[2]!, process.argv[3]!];
const { hits, terms } = searcher.rank(q, 200);
console.log(terms.concepts.map((c) => `${c.primary}:${c.weight?.toFixed?.(2) ?? ''}`).join(' '));
const squash = (s: string): string => s.replace(/\s+/g, '');
hits.forEach((h, i) => {
  const text = squash(data.passages.at(h.index)?.text ?? '');
  if (i < 3 || text.includes(gold))
    console.log(i, data.passages.docOf(h.index), h.score.toFixed(3), h.coverage.toFixed(2), text.length, text.slice(0, 60));
});
