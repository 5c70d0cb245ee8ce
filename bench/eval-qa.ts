/** Recall@1, Recall@5 and MRR on the question set, Chinese and English separately, with the misses. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { createKnowledge } from '../knowledge/index.js';
import type { Knowledge } from '../knowledge/types.js';

const QaItem = z.object({ id: z.string(), lang: z.enum(['zh', 'en']), question: z.string(), doc: z.string(), gold: z.array(z.string()).min(1) });
type QaItem = z.infer<typeof QaItem>;

export interface QaMetrics {
  n: number;
  recall1: number;
  recall5: number;
  mrr: number;
}

export interface QaReport {
  zh: QaMetrics;
  en: QaMetrics;
  misses: Array<{ id: string; question: string; rank: number | null }>;
}

const squash = (s: string): string => s.replace(/\s+/g, '');

export function loadQa(file: string): QaItem[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = QaItem.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${file} line ${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

/** Rank (1-based) of the first passage that contains a gold string, within the top 5; null if none. */
export function rankOf(knowledge: Knowledge, item: QaItem): number | null {
  const results = knowledge.search(item.question, { k: 5 });
  const gold = item.gold.map(squash);
  const index = results.findIndex((r) => gold.some((g) => squash(r.text).includes(g)));
  return index >= 0 ? index + 1 : null;
}

export function scoreQa(knowledge: Knowledge, items: QaItem[]): QaReport {
  const ranks = items.map((item) => ({ item, rank: rankOf(knowledge, item) }));
  const metrics = (lang: 'zh' | 'en'): QaMetrics => {
    const mine = ranks.filter((r) => r.item.lang === lang);
    const n = Math.max(1, mine.length);
    return {
      n: mine.length,
      recall1: mine.filter((r) => r.rank === 1).length / n,
      recall5: mine.filter((r) => r.rank !== null).length / n,
      mrr: mine.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / n,
    };
  };
  return {
    zh: metrics('zh'),
    en: metrics('en'),
    misses: ranks.filter((r) => r.rank !== 1).map((r) => ({ id: r.item.id, question: r.item.question, rank: r.rank })),
  };
}

const f = (x: number): string => x.toFixed(2);

/** Misses are printed only when `misses` is set: for the dev sets, never for the check sets. */
export async function runQaEval(opts: { corpusDirs: string[]; dataDir: string; file: string; misses?: boolean }): Promise<QaReport> {
  const { knowledge } = await createKnowledge({ corpusDirs: opts.corpusDirs, dataDir: opts.dataDir });
  const report = scoreQa(knowledge, loadQa(opts.file));
  for (const lang of ['zh', 'en'] as const) {
    const m = report[lang];
    console.log(`${lang}: n=${m.n}  Recall@1 ${f(m.recall1)}  Recall@5 ${f(m.recall5)}  MRR ${f(m.mrr)}`);
  }
  if (opts.misses) for (const miss of report.misses) console.log(`  not first: ${miss.id} rank ${miss.rank ?? '>5'}  ${miss.question}`);
  return report;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const shared = path.resolve(import.meta.dirname, '..', '..', 'shared');
  const { mkdtempSync } = await import('node:fs');
  const os = await import('node:os');
  await runQaEval({
    corpusDirs: [path.join(shared, 'corpus')],
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'finrisk-qa-')),
    file: path.join(shared, 'eval', 'qa.dev.jsonl'),
  });
}
