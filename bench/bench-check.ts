/** Offer-check and closure-classification speed: latency per offer, and items per second. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyNews } from '../bot/alerts/classify.js';
import { loadDefaultRegistry } from '../knowledge/registry/registry.js';
import { checkOffer } from '../rules/check-offer.js';
import { latencies, ms, percentile } from './stats.js';

export interface CheckBenchRow {
  what: string;
  n: number;
  p50: number;
  p99: number;
  perSecond: number;
}

const lines = (file: string): Array<Record<string, string>> =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, string>);

/** Variants of the dev offers (numbers and names changed) so that caches cannot flatter the figure. */
function offerInputs(file: string, count: number): string[] {
  const base = lines(file).map((o) => o.text as string);
  return Array.from({ length: count }, (_, i) => (base[i % base.length] as string).replace(/\d+/g, (n) => String(Number(n) + (i % 7))));
}

function row(what: string, samples: number[]): CheckBenchRow {
  const total = samples.reduce((a, b) => a + b, 0);
  return {
    what,
    n: samples.length,
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    perSecond: Math.round((samples.length / total) * 1000),
  };
}

const EVAL_DIR = path.resolve(import.meta.dirname, '..', '..', 'shared', 'eval');

export function runCheckBench(opts: { offersFile?: string; newsFile?: string; count?: number } = {}): CheckBenchRow[] {
  const registry = loadDefaultRegistry();
  const offers = offerInputs(opts.offersFile ?? path.join(EVAL_DIR, 'offers.dev.jsonl'), opts.count ?? 2000);
  const news = lines(opts.newsFile ?? path.join(EVAL_DIR, 'news.dev.jsonl'));
  const newsInputs = Array.from({ length: opts.count ?? 2000 }, (_, i) => news[i % news.length] as { title: string; summary: string });
  // A bot runs for days: measure the optimised code, not the first few hundred calls through the JIT.
  for (const text of offers.slice(0, 1000)) checkOffer(text, { registry });
  return [
    row(
      'offer check',
      latencies(offers, (text) => checkOffer(text, { registry })),
    ),
    row(
      'closure classification',
      latencies(newsInputs, (item) => classifyNews(item, registry)),
    ),
  ];
}

// `npx tsx bench/bench-check.ts`: the same table as `npm run bench`, for this part alone.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const r of runCheckBench()) console.log(`${r.what}: n=${r.n}  median ${ms(r.p50)} ms  p99 ${ms(r.p99)} ms  ${r.perSecond}/s`);
}
