/**
 * `npx tsx bench/check-only.ts [passes]`: the offer-check bench's inputs (2,000 variants of the dev
 * offers, after the same 1,000-call warm-up), timed per call by wall clock and by this process's CPU
 * time. On a machine shared with other work the wall clock reads the load as much as the code; the
 * CPU time reads the code. Run under `node --single-threaded` the CPU time holds no helper threads.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDefaultRegistry } from '../knowledge/registry/registry.js';
import { checkOffer } from '../rules/check-offer.js';
import { median, ms, percentile } from './stats.js';

const passes = Number(process.argv[2] ?? 3);
const file = path.resolve(import.meta.dirname, '..', '..', 'shared', 'eval', 'offers.dev.jsonl');
const base = readFileSync(process.env.OFFERS_FILE ?? file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text);
// As bench/bench-check.ts: numbers changed so that no cache flatters the figure.
const offers = Array.from({ length: 2000 }, (_, i) =>
  (base[i % base.length] as string).replace(/\d+/g, (n) => String(Number(n) + (i % 7))),
);
const registry = loadDefaultRegistry();
for (const text of offers.slice(0, 1000)) checkOffer(text, { registry });
const cpuMedians: number[] = [];
for (let pass = 0; pass < passes; pass += 1) {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const text of offers) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    checkOffer(text, { registry });
    const used = process.cpuUsage(cpuStarted);
    cpu.push((used.user + used.system) / 1000);
    wall.push(performance.now() - started);
  }
  const total = cpu.reduce((a, b) => a + b, 0);
  cpuMedians.push(median(cpu));
  console.log(
    `pass ${pass}: wall p50 ${ms(median(wall))} p99 ${ms(percentile(wall, 99))} | cpu p50 ${ms(median(cpu))} p99 ${ms(percentile(cpu, 99))} mean ${ms(total / cpu.length)}`,
  );
}
console.log(`cpu p50 median of passes ${ms(median(cpuMedians))}`);
