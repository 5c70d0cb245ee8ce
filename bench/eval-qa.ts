/** Recall@1, Recall@5 and MRR on the question set, Chinese and English separately, with the misses. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { createKnowledge } from '../knowledge/index.js';
import type { Knowledge } from '../knowledge/types.js';

const QaItem = z.object({
  id: z.string(),
  lang: z.enum(['zh', 'en']),
  question: z.string(),
  doc: z.string(),
  gold: z.array(z.string()).min(1),
});
type QaItem = z.infer<typeof QaItem>;

export interface QaMetrics {
  n: number;
  recall1: number;
  recall5: number;
  mrr: number;
  /** Share of questions whose shown answer sentences (what `ask` returns) hold a gold string. */
  answerHit: number;
}

export interface QaReport {
  zh: QaMetrics;
  en: QaMetrics;
  misses: Array<{ id: string; question: string; rank: number | null }>;
  /** Questions whose answer sentences hold no gold string, with what was shown. */
  answerMisses: Array<{ id: string; question: string; shown: string }>;
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

/** Whether the 1–3 sentences `ask` shows (the CLI's and the bot's answer) hold a gold string. */
export function answerOf(knowledge: Knowledge, item: QaItem): { hit: boolean; shown: string } {
  const answer = knowledge.ask(item.question);
  const shown = squash(answer.answer.join(''));
  return { hit: answer.found && item.gold.some((g) => shown.includes(squash(g))), shown: answer.found ? shown : '(not found)' };
}

export function scoreQa(knowledge: Knowledge, items: QaItem[], withAnswers = true): QaReport {
  const ranks = items.map((item) => ({
    item,
    rank: rankOf(knowledge, item),
    answer: withAnswers ? answerOf(knowledge, item) : { hit: false, shown: '' },
  }));
  const metrics = (lang: 'zh' | 'en'): QaMetrics => {
    const mine = ranks.filter((r) => r.item.lang === lang);
    const n = Math.max(1, mine.length);
    return {
      n: mine.length,
      recall1: mine.filter((r) => r.rank === 1).length / n,
      recall5: mine.filter((r) => r.rank !== null).length / n,
      mrr: mine.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / n,
      answerHit: mine.filter((r) => r.answer.hit).length / n,
    };
  };
  return {
    zh: metrics('zh'),
    en: metrics('en'),
    misses: ranks.filter((r) => r.rank !== 1).map((r) => ({ id: r.item.id, question: r.item.question, rank: r.rank })),
    answerMisses: withAnswers
      ? ranks.filter((r) => !r.answer.hit).map((r) => ({ id: r.item.id, question: r.item.question, shown: r.answer.shown }))
      : [],
  };
}

const f = (x: number): string => x.toFixed(2);

/** Misses are printed only when `misses` is set: for the dev sets, never for the check sets. */
export async function runQaEval(opts: { corpusDirs: string[]; dataDir: string; file: string; misses?: boolean }): Promise<QaReport> {
  const { knowledge } = await createKnowledge({ corpusDirs: opts.corpusDirs, dataDir: opts.dataDir });
  const report = scoreQa(knowledge, loadQa(opts.file));
  for (const lang of ['zh', 'en'] as const) {
    const m = report[lang];
    console.log(`${lang}: n=${m.n}  Recall@1 ${f(m.recall1)}  Recall@5 ${f(m.recall5)}  MRR ${f(m.mrr)}  answer hit ${f(m.answerHit)}`);
  }
  if (opts.misses) {
    for (const miss of report.misses) console.log(`  not first: ${miss.id} rank ${miss.rank ?? '>5'}  ${miss.question}`);
    for (const miss of report.answerMisses)
      console.log(`  answer miss: ${miss.id}  ${miss.question}\n      shown: ${miss.shown.slice(0, 160)}`);
  }
  return report;
}

const OffItem = z.object({ id: z.string(), lang: z.enum(['zh', 'en']), question: z.string() });

/** Off-corpus questions: the share `ask` answers found:false (the reports cannot answer them). */
export async function runOffcorpusEval(opts: { corpusDirs: string[]; dataDir: string; file: string; misses?: boolean }): Promise<number> {
  const { knowledge } = await createKnowledge({ corpusDirs: opts.corpusDirs, dataDir: opts.dataDir });
  const items = readFileSync(opts.file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = OffItem.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${opts.file} line ${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
  const answered = items.map((item) => ({ item, answer: knowledge.ask(item.question) }));
  const refused = answered.filter((a) => !a.answer.found).length / Math.max(1, items.length);
  for (const lang of ['zh', 'en'] as const) {
    const mine = answered.filter((a) => a.item.lang === lang);
    console.log(`${lang}: n=${mine.length}  refused ${f(mine.filter((a) => !a.answer.found).length / Math.max(1, mine.length))}`);
  }
  console.log(`all: n=${items.length}  refusal rate ${f(refused)}`);
  if (opts.misses)
    for (const a of answered.filter((x) => x.answer.found))
      console.log(`  answered: ${a.item.id}  ${a.item.question}\n      shown: ${squash(a.answer.answer.join('')).slice(0, 120)}`);
  return refused;
}

// `npx tsx bench/eval-qa.ts [file] [--offcorpus]`: misses are printed unless the file is a check set.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const shared = path.resolve(import.meta.dirname, '..', '..', 'shared');
  const { mkdtempSync } = await import('node:fs');
  const os = await import('node:os');
  const file = process.argv[2] ?? path.join(shared, 'eval', 'qa.dev.jsonl');
  const opts = {
    corpusDirs: (process.env.FINRISK_CORPUS ?? path.join(shared, 'corpus')).split(':').filter(Boolean),
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'finrisk-qa-')),
    file,
    misses: !file.includes('.check.'),
  };
  if (process.argv.includes('--offcorpus')) await runOffcorpusEval(opts);
  else await runQaEval(opts);
}
