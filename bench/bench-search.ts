/**
 * Search speed: index build and load time, index size, and query latency (median, p99 over ≥ 1000
 * queries) on the corpus and on a synthetic corpus of perturbed copies (generated here, never committed).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createKnowledge } from '../knowledge/index.js';
import { readCorpus } from '../knowledge/ingest/read.js';
import { splitSentences } from '../knowledge/text.js';
import { INDEX_FILE } from '../knowledge/search-index.js';
import { latencies, percentile, seeded } from './stats.js';

const ROUNDS = 5;

export interface SearchBenchRow {
  scale: string;
  documents: number;
  passages: number;
  buildMs: number;
  /** Median of five loads of the persisted index. */
  loadMs: number;
  loadSpread: [number, number];
  indexMB: number;
  p50: number;
  p99: number;
  /** Lowest and highest p99 over the timed passes. */
  p99Spread: [number, number];
  heapMB: number;
  /** Peak resident memory of the process that built, loaded and queried this scale (child runs only). */
  peakRssMB?: number;
}

/** Questions for latency: the dev questions plus keyword pairs drawn from the corpus. */
export function benchQueries(corpusText: string, devFile: string, count = 1000): string[] {
  const dev = readFileSync(devFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { question: string }).question);
  const words = [...new Set(corpusText.match(/[\u4e00-\u9fff]{2,4}/g) ?? [])];
  const out = [...dev];
  for (let i = 0; out.length < count; i += 1) out.push(`${words[(i * 7919) % words.length]} ${words[(i * 104729) % words.length]}`);
  return out;
}

/** Writes `copies` perturbed copies of each report: sentences shuffled, numbers changed. */
export function syntheticCorpus(sourceDir: string, copies: number): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `finrisk-synth-${copies}x-`));
  return readCorpus([sourceDir]).then(({ docs }) => {
    const rand = seeded(42);
    for (const doc of docs) {
      const sentences = splitSentences(doc.text).map((s) => s.text);
      for (let c = 0; c < copies; c += 1) {
        const shuffled = [...sentences].sort(() => rand() - 0.5).map((s) => s.replace(/\d+/g, (n) => String(Number(n) + c)));
        writeFileSync(path.join(dir, `${c}_${doc.file}`), shuffled.join('\n'));
      }
    }
    return dir;
  });
}

/** What one step of a scale reports (see scale-child.ts). */
export type StepResult =
  | { step: 'build'; buildMs: number; documents: number; passages: number; peakRssMB: number }
  | { step: 'load'; loadMs: number; fromCache: boolean; peakRssMB: number }
  | { step: 'query'; p50: number; p99: number; p99Spread: [number, number]; heapMB: number; peakRssMB: number };

/** A started process's search: load the index once, one warm-up pass, then five timed passes. */
export async function measureQueries(
  corpusDir: string,
  dataDir: string,
  queries: string[],
): Promise<Omit<Extract<StepResult, { step: 'query' }>, 'step' | 'peakRssMB'>> {
  const { knowledge } = await createKnowledge({ corpusDirs: [corpusDir], dataDir });
  // Warm-up: one full pass, so the figure is steady-state latency rather than JIT compilation.
  for (const q of queries) knowledge.search(q, { k: 5 });
  // Five timed passes; the reported p99 is the median of the passes' p99, with their spread.
  const rounds: Array<{ p50: number; p99: number }> = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    (globalThis as { gc?: () => void }).gc?.();
    const samples = latencies(queries, (q) => knowledge.search(q, { k: 5 }));
    rounds.push({ p50: percentile(samples, 50), p99: percentile(samples, 99) });
  }
  const p99s = rounds.map((r) => r.p99);
  return {
    p50: percentile(
      rounds.map((r) => r.p50),
      50,
    ),
    p99: percentile(p99s, 50),
    p99Spread: [Math.min(...p99s), Math.max(...p99s)],
    heapMB: process.memoryUsage().heapUsed / 1e6,
  };
}

/**
 * Each scale's steps in processes of their own, as a deployment meets them: one process builds
 * the index, five fresh processes each load it once (the load's median and spread), and one more
 * loads it and answers the queries. Peak RSS is the largest of them. (Loading five times in one
 * process, as this bench did before, measured later loads and the queries against the leftovers
 * of the earlier ones: at 1000× its query p99 was two to three times a fresh process's.)
 */
export async function runSearchBench(opts: { corpusDir: string; devFile: string; scales: number[] }): Promise<SearchBenchRow[]> {
  const rows: SearchBenchRow[] = [];
  for (const scale of opts.scales) {
    const dir = scale === 1 ? opts.corpusDir : await syntheticCorpus(opts.corpusDir, scale);
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'finrisk-bench-'));
    try {
      const step = async <S extends StepResult['step']>(name: S): Promise<Extract<StepResult, { step: S }>> => {
        const child = path.join(import.meta.dirname, 'scale-child.ts');
        const { stdout } = await run(process.execPath, [
          '--expose-gc',
          '--max-semi-space-size=64',
          '--max-old-space-size=20000',
          '--import',
          'tsx',
          child,
          name,
          dir,
          dataDir,
          opts.devFile,
          opts.corpusDir,
        ]);
        return JSON.parse(stdout.trim().split('\n').at(-1) as string) as Extract<StepResult, { step: S }>;
      };
      const built = await step('build');
      const loads: Array<Extract<StepResult, { step: 'load' }>> = [];
      for (let i = 0; i < ROUNDS; i += 1) loads.push(await step('load'));
      if (loads.some((l) => !l.fromCache)) throw new Error(`${scale}×: a load rebuilt the index instead of loading it`);
      const queried = await step('query');
      const loadMs = loads.map((l) => l.loadMs);
      rows.push({
        scale: `${scale}×`,
        documents: built.documents,
        passages: built.passages,
        buildMs: Math.round(built.buildMs),
        loadMs: Math.round(percentile(loadMs, 50)),
        loadSpread: [Math.round(Math.min(...loadMs)), Math.round(Math.max(...loadMs))],
        indexMB: statSync(path.join(dataDir, INDEX_FILE)).size / 1e6,
        p50: queried.p50,
        p99: queried.p99,
        p99Spread: queried.p99Spread,
        heapMB: queried.heapMB,
        peakRssMB: Math.max(built.peakRssMB, queried.peakRssMB, ...loads.map((l) => l.peakRssMB)),
      });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      if (scale !== 1) rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

function run(command: string, args: string[]): Promise<{ stdout: string }> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error)
        reject(
          new Error(
            `${args
              .filter((a) => a.endsWith('.ts'))
              .map((a) => path.basename(a))
              .join(' ')} ${args.at(-5) ?? ''} failed: ${stderr.trim().split('\n').at(-1) ?? error.message}`,
          ),
        );
      else resolve({ stdout });
    });
  });
}
