/**
 * Why an answer misses: `npx tsx bench/diag-choose.ts FILE…` (development question sets only).
 * Each question whose shown sentences hold no gold string is one of
 *   a — no passage in the top 5 holds a gold string (retrieval),
 *   r — a gold passage was retrieved but the question was refused (a gate),
 *   b — a gold passage was retrieved and answered, but the sentences shown miss the answer (the choice).
 * Prints, for each (b), the question, what was shown and the gold-bearing sentence (with its place in
 * the chooser's ranking), then the counts per file and language. One index is built for all files.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { refusedBy } from '../knowledge/answer.js';
import { lastRanking } from '../knowledge/choose.js';
import { createKnowledge } from '../knowledge/index.js';
import { splitSentences } from '../knowledge/text.js';
import { loadQa } from './eval-qa.js';

const shared = path.resolve(import.meta.dirname, '..', '..', 'shared');
const { knowledge } = await createKnowledge({
  corpusDirs: (process.env.FINRISK_CORPUS ?? path.join(shared, 'corpus')).split(':').filter(Boolean),
  dataDir: mkdtempSync(path.join(os.tmpdir(), 'finrisk-choose-')),
});
const squash = (s: string): string => s.replace(/\s+/g, '');
const quiet = process.argv.includes('--counts');
// --rank=ID prints that question's whole ranking (development items only).
const dump = process.argv.find((a) => a.startsWith('--rank='))?.slice(7);

/** The sentence of a passage that holds a gold string, or the one sharing most of its characters. */
function goldSentence(text: string, gold: string[]): string {
  const sentences = splitSentences(text).map((s) => s.text);
  const whole = sentences.find((s) => gold.some((g) => squash(s).includes(squash(g))));
  if (whole) return whole;
  const share = (s: string): number => Math.max(...gold.map((g) => [...squash(g)].filter((ch) => s.includes(ch)).length / g.length));
  return sentences.sort((x, y) => share(y) - share(x))[0] ?? '';
}

const totals: string[] = [];
for (const file of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
  if (file.includes('.check.')) throw new Error('check sets are read as aggregates only');
  const counts: Record<string, Record<'n' | 'hit' | 'a' | 'r' | 'b', number>> = {};
  for (const item of loadQa(file)) {
    const c = (counts[item.lang] ??= { n: 0, hit: 0, a: 0, r: 0, b: 0 });
    c.n += 1;
    const answer = knowledge.ask(item.question);
    const ranked = lastRanking.ranked;
    if (dump === item.id)
      for (const x of ranked) console.log(`  ${x.score.toFixed(3)} cov ${x.cov.toFixed(2)}  ${squash(x.text).slice(0, 110)}`);
    const shown = squash(answer.answer.join(''));
    const gold = item.gold.map(squash);
    if (answer.found && gold.some((g) => shown.includes(g))) {
      c.hit += 1;
      // --hits lists the questions answered, to compare two runs.
      if (process.argv.includes('--hits')) console.log(`(h) ${item.id}`);
      continue;
    }
    const passage = knowledge.search(item.question, { k: 5 }).find((r) => gold.some((g) => squash(r.text).includes(g)));
    if (!passage) {
      c.a += 1;
      continue;
    }
    if (!answer.found) {
      c.r += 1;
      if (!quiet) console.log(`(r) ${item.id} ${item.lang} [${refusedBy.get(answer) ?? '?'}]  ${item.question}`);
      continue;
    }
    c.b += 1;
    if (quiet) continue;
    const sentence = goldSentence(passage.text, item.gold);
    const at = ranked.findIndex((x) => squash(x.text) === squash(sentence));
    const place =
      at < 0
        ? 'not a candidate'
        : `ranked ${at + 1}/${ranked.length}, score ${ranked[at]?.score.toFixed(3)} cov ${ranked[at]?.cov.toFixed(2)}`;
    console.log(`(b) ${item.id} ${item.lang}  ${item.question}`);
    answer.answer.forEach((s, i) => {
      const x = ranked.find((r) => squash(r.text).includes(squash(s)) || squash(s).includes(squash(r.text)));
      console.log(`    shown ${i + 1}: ${s.slice(0, 150)}${x ? `  [${x.score.toFixed(3)} cov ${x.cov.toFixed(2)}]` : ''}`);
    });
    console.log(`    gold:    ${squash(sentence).slice(0, 150)}  [${place}]`);
  }
  for (const [lang, c] of Object.entries(counts))
    totals.push(`${path.basename(file)} ${lang}: n=${c.n} hit ${c.hit}  a ${c.a}  r ${c.r}  b ${c.b}`);
}
console.log(totals.join('\n'));
