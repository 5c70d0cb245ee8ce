/** Closure classification on the news set: precision, recall, F1 and entity recall, with the misses. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { classifyNews } from '../bot/alerts/classify.js';
import { loadDefaultRegistry } from '../knowledge/registry/registry.js';

const NewsItem = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  date: z.string(),
  closure: z.boolean(),
  entities: z.array(z.string()),
  regions: z.array(z.string()),
});

export interface NewsMetrics {
  precision: number;
  recall: number;
  f1: number;
  entityRecall: number;
}

const squash = (s: string): string => s.replace(/\s+/g, '');

/** Misses are printed only when `misses` is set: for the dev sets, never for the check sets. */
export async function runNewsEval(opts: { file: string; misses?: boolean }): Promise<NewsMetrics> {
  const registry = loadDefaultRegistry();
  const items = readFileSync(opts.file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => NewsItem.parse(JSON.parse(l)));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let gold = 0;
  let found = 0;
  for (const item of items) {
    const result = classifyNews(item, registry);
    if (result.closure && item.closure) tp += 1;
    else if (result.closure) fp += 1;
    else if (item.closure) fn += 1;
    const got = result.entities.map(squash);
    const missing = item.entities.filter((e) => !got.includes(squash(e)));
    gold += item.entities.length;
    found += item.entities.length - missing.length;
    if (opts.misses && (result.closure !== item.closure || missing.length > 0)) {
      console.log(
        `  ${item.id}: closure ${result.closure} (want ${item.closure}) missing [${missing}] got [${result.entities}] — ${result.reason}`,
      );
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const metrics = {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    entityRecall: gold ? found / gold : 1,
  };
  console.log(
    `news: n=${items.length}  precision ${precision.toFixed(2)}  recall ${recall.toFixed(2)}  F1 ${metrics.f1.toFixed(2)}  entity recall ${metrics.entityRecall.toFixed(2)}`,
  );
  return metrics;
}

// `npx tsx bench/eval-news.ts [file]`: misses are printed unless the file is a check set.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? path.resolve(import.meta.dirname, '..', '..', 'shared', 'eval', 'news.dev.jsonl');
  await runNewsEval({ file, misses: !file.includes('.check.') });
}
