/**
 * Search speed: index build and load time, index size, and query latency (median, p99 over ≥ 1000
 * queries) on the corpus and on a synthetic corpus of perturbed copies (generated here, never committed).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createKnowledge } from '../knowledge/index.js';
import { readCorpus } from '../knowledge/ingest/read.js';
import { splitSentences } from '../knowledge/text.js';
import { INDEX_FILE } from '../knowledge/search-index.js';
import { latencies, percentile, timeIt } from './stats.js';

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
  const dev = readFileSync(devFile, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { question: string }).question);
  const words = [...new Set(corpusText.match(/[\u4e00-\u9fff]{2,4}/g) ?? [])];
  const out = [...dev];
  for (let i = 0; out.length < count; i += 1) out.push(`${words[(i * 7919) % words.length]} ${words[(i * 104729) % words.length]}`);
  return out;
}

/** Writes `copies` perturbed copies of each report: sentences shuffled, numbers changed. */
export function syntheticCorpus(sourceDir: string, copies: number): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `finrisk-synth-${copies}x-`));
  return readCorpus([sourceDir]).then(({ docs }) => {
    let seed = 42;
    const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
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

export async function measureSearch(scale: string, corpusDir: string, queries: string[]): Promise<SearchBenchRow> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'finrisk-bench-'));
  mkdirSync(dataDir, { recursive: true });
  // Only the build's duration is kept: holding the built index while loading and querying would
  // measure those against a heap twice the size a started process has.
  const buildMs = (await timeIt(() => createKnowledge({ corpusDirs: [corpusDir], dataDir }))).ms;
  // Index load, five times: the median is reported, with the spread.
  // Each load starts from a collected heap, as a freshly started process would.
  const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
  const loads: number[] = [];
  gc();
  let loaded = await timeIt(() => createKnowledge({ corpusDirs: [corpusDir], dataDir }));
  loads.push(loaded.ms);
  for (let i = 1; i < ROUNDS; i += 1) {
    gc();
    loaded = await timeIt(() => createKnowledge({ corpusDirs: [corpusDir], dataDir }));
    loads.push(loaded.ms);
  }
  const { knowledge } = loaded.value;
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
  const stats = knowledge.stats();
  const row = {
    scale,
    documents: stats.documents,
    passages: stats.passages,
    buildMs: Math.round(buildMs),
    loadMs: Math.round(percentile(loads, 50)),
    loadSpread: [Math.round(Math.min(...loads)), Math.round(Math.max(...loads))] as [number, number],
    indexMB: statSync(path.join(dataDir, INDEX_FILE)).size / 1e6,
    p50: percentile(rounds.map((r) => r.p50), 50),
    p99: percentile(p99s, 50),
    p99Spread: [Math.min(...p99s), Math.max(...p99s)] as [number, number],
    heapMB: process.memoryUsage().heapUsed / 1e6,
  };
  rmSync(dataDir, { recursive: true, force: true });
  return row;
}

/** Each scale in a child process of its own (clean peak RSS and a cold load), smallest first. */
export async function runSearchBench(opts: { corpusDir: string; devFile: string; scales: number[] }): Promise<SearchBenchRow[]> {
  const rows: SearchBenchRow[] = [];
  for (const scale of opts.scales) {
    const child = path.join(import.meta.dirname, 'scale-child.ts');
    const { stdout } = await run(process.execPath, ['--expose-gc', '--max-semi-space-size=64', '--max-old-space-size=20000', '--import', 'tsx', child, opts.corpusDir, opts.devFile, String(scale)]);
    rows.push(JSON.parse(stdout.trim().split('\n').at(-1) as string) as SearchBenchRow);
  }
  return rows;
}

function run(command: string, args: string[]): Promise<{ stdout: string }> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${path.basename(args.at(-4) ?? '')} failed: ${stderr.trim().split('\n').at(-1) ?? error.message}`));
      else resolve({ stdout });
    });
  });
}
