/** Offer-check and closure-classification speed: latency per offer, and items per second. */
import { readFileSync } from 'node:fs';
import { classifyNews } from '../bot/alerts/classify.js';
import { loadDefaultRegistry } from '../knowledge/registry/registry.js';
import { checkOffer } from '../rules/check-offer.js';
import { latencies, percentile } from './stats.js';

export interface CheckBenchRow {
  what: string;
  n: number;
  p50: number;
  p99: number;
  perSecond: number;
}

const lines = (file: string): Array<Record<string, string>> => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, string>);

/** Variants of the dev offers (numbers and names changed) so that caches cannot flatter the figure. */
function offerInputs(file: string, count: number): string[] {
  const base = lines(file).map((o) => o.text as string);
  return Array.from({ length: count }, (_, i) => (base[i % base.length] as string).replace(/\d+/g, (n) => String(Number(n) + (i % 7))));
}

function row(what: string, samples: number[]): CheckBenchRow {
  const total = samples.reduce((a, b) => a + b, 0);
  return { what, n: samples.length, p50: percentile(samples, 50), p99: percentile(samples, 99), perSecond: Math.round((samples.length / total) * 1000) };
}

export function runCheckBench(opts: { offersFile: string; newsFile: string; count?: number }): CheckBenchRow[] {
  const registry = loadDefaultRegistry();
  const offers = offerInputs(opts.offersFile, opts.count ?? 2000);
  const news = lines(opts.newsFile);
  const newsInputs = Array.from({ length: opts.count ?? 2000 }, (_, i) => news[i % news.length] as { title: string; summary: string });
  return [
    row('offer check', latencies(offers, (text) => checkOffer(text, { registry }))),
    row('closure classification', latencies(newsInputs, (item) => classifyNews(item, registry))),
  ];
}
