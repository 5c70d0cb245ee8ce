/**
 * Why an English question misses: its translations and concepts (with weights), the words left
 * untranslated, the three leaders and the gold passage, and what `ask` shows beside the gold string.
 * Development sets only. Run: `npx tsx bench/diag-en.ts SET.jsonl … [--all]` (default: misses only).
 */
import { analyzer, data, englishSearcher } from './diag-index.js';
import { createAnswerer, refusedBy } from '../knowledge/answer.js';
import { creditOf } from '../knowledge/coverage.js';
import { loadQa } from './eval-qa.js';
const searcher = englishSearcher();
const ask = createAnswerer(data, searcher);
const all = process.argv.includes('--all');
const squash = (s: string): string => s.replace(/\s+/g, '');
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (files.some((f) => f.includes('.check.'))) throw new Error('check sets are read as aggregates only');

for (const item of files.flatMap((f) => loadQa(f)).filter((i) => i.lang === 'en')) {
  const { terms, hits } = searcher.rank(item.question, 60);
  const gold = item.gold.map(squash);
  const isGold = (i: number): boolean => gold.some((g) => squash(data.passages.at(i)?.text ?? '').includes(g));
  const at = hits.findIndex((h) => isGold(h.index));
  const answer = searcher.within(() => ask(item.question));
  const shown = squash(answer.answer.join(''));
  const hit = answer.found && gold.some((g) => shown.includes(g));
  if (!all && at === 0 && hit) continue;
  console.log(`\n## ${item.id} rank ${at < 0 ? '>60' : at + 1} ${hit ? 'HIT' : 'MISS'}: ${item.question}   gold: ${item.gold.join(' | ')}`);
  console.log('  tr: ' + (terms.translations ?? []).map((t) => `${t.source}→${t.terms.slice(0, 3).join('/')}`).join('  '));
  console.log('  untranslated: ' + (terms.untranslated ?? []).join(' '));
  console.log(
    '  concepts: ' +
      terms.concepts
        .map((c) => `${c.primary ?? '∅'}${c.alternatives.length ? '/' + c.alternatives.slice(0, 3).join('/') : ''}:${c.weight.toFixed(2)}`)
        .join(' '),
  );
  const show = (h: (typeof hits)[number], label: string): void => {
    const tokens = new Set(analyzer.tokens(data.passages.at(h.index)?.text ?? ''));
    const held = terms.concepts.filter((c) => creditOf(tokens, c) > 0).map((c) => c.primary ?? '∅');
    console.log(
      `  ${label} s=${h.score.toFixed(3)} cov=${h.coverage.toFixed(2)} [${held.join(' ')}] ${(data.passages.at(h.index)?.text ?? '').slice(0, 60).replace(/\s+/g, '')}`,
    );
  };
  hits.slice(0, 3).forEach((h, i) => show(h, `#${i + 1}${isGold(h.index) ? '*' : ''}`));
  if (at >= 3) show(hits[at]!, `gold#${at + 1}`);
  if (!hit) console.log(`  shown: ${answer.found ? shown.slice(0, 200) : `(not found: ${refusedBy.get(answer) ?? '?'})`}`);
  if (!hit && at >= 0) {
    const text = squash(data.passages.at(hits[at]!.index)?.text ?? '');
    const g = gold.find((x) => text.includes(x)) ?? '';
    const p = text.indexOf(g);
    console.log(`  gold ctx: …${text.slice(Math.max(0, p - 80), p + g.length + 40)}…`);
  }
}
