/**
 * Which check refused each answerable question, and what each off-corpus question that was answered
 * showed: `npx tsx bench/diag-gate.ts FILE… ` (a file whose name holds "offcorpus" is read as off-corpus).
 * One index is built for all files. Prints one line per refusal / leak (DIAG_WRONG=1: also per wrong answer), then per-gate counts.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { refusedBy } from '../knowledge/answer.js';
import { createKnowledge } from '../knowledge/index.js';

const shared = path.resolve(import.meta.dirname, '..', '..', 'shared');
const { knowledge } = await createKnowledge({
  corpusDirs: (process.env.FINRISK_CORPUS ?? path.join(shared, 'corpus')).split(':').filter(Boolean),
  dataDir: mkdtempSync(path.join(os.tmpdir(), 'finrisk-gate-')),
});
const squash = (s: string): string => s.replace(/\s+/g, '');
const counts = new Map<string, number>();
for (const file of process.argv.slice(2)) {
  if (file.includes('.check.')) throw new Error('check sets are read as aggregates only');
  const off = path.basename(file).includes('offcorpus');
  for (const line of readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())) {
    const item = JSON.parse(line) as { id: string; lang: string; question: string; gold?: string[] };
    const answer = knowledge.ask(item.question);
    const shown = squash(answer.answer.join(''));
    if (off && answer.found) {
      console.log(`LEAK ${item.id} ${item.lang} ${refusedBy.get(answer) ?? ''}  ${item.question}\n      shown: ${shown.slice(0, 140)}`);
      counts.set('leak', (counts.get('leak') ?? 0) + 1);
    } else if (!off && !answer.found) {
      const gate = refusedBy.get(answer) ?? '?';
      counts.set(`${item.lang}:${gate}`, (counts.get(`${item.lang}:${gate}`) ?? 0) + 1);
      console.log(`REFUSED ${gate} ${item.id} ${item.lang}  ${item.question}`);
    } else if (off && !answer.found)
      counts.set(`off:${refusedBy.get(answer) ?? '?'}`, (counts.get(`off:${refusedBy.get(answer) ?? '?'}`) ?? 0) + 1);
    else if (!off && !(item.gold ?? []).some((g) => shown.includes(squash(g)))) {
      counts.set(`${item.lang}:wrong`, (counts.get(`${item.lang}:wrong`) ?? 0) + 1);
      if (process.env.DIAG_WRONG) console.log(`WRONG ${item.id} ${item.lang}  ${item.question}`);
    }
  }
}
console.log(
  [...counts.entries()]
    .sort()
    .map(([k, v]) => `${k} ${v}`)
    .join('\n'),
);
