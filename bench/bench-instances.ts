/**
 * Fan-out on PostgreSQL with one and with two real bot processes (npm start's entry point, webhook
 * mode) against the fake Telegram Bot API: pushes per second under a shared global limit set
 * above what one instance can send, so the table shows what a second instance adds.
 * Uses DATABASE_URL, or starts a throw-away cluster with .ci/postgres when PostgreSQL is installed.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fanOut } from '../test/helpers/instances.js';
import { postgresUrl } from '../test/helpers/postgres.js';

export interface InstancesRow {
  instances: number;
  subscribers: number;
  limit: number;
  /** Pushes per second, first to last push, one value per run. */
  rates: number[];
  duplicates: number;
  maxPerSecond: number;
}

const script = path.resolve(import.meta.dirname, '..', '.ci', 'postgres');

/** Starts a cluster unless DATABASE_URL names one; returns how to stop it, or why it could not start. */
export function ensurePostgres(): { stop: () => void } | { error: string } {
  if (postgresUrl()) return { stop: () => undefined };
  try {
    const exports = execFileSync(script, ['start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    for (const [, key, value] of exports.matchAll(/^export (\w+)='([^']*)'$/gm)) process.env[key as string] = value;
    return { stop: () => execFileSync(script, ['stop'], { stdio: 'ignore', env: process.env }) };
  } catch (error) {
    return { error: `PostgreSQL could not be started (${(error as Error).message.split('\n')[0]}); set DATABASE_URL` };
  }
}

export async function runInstancesBench(options: { subscribers: number; limit: number; runs: number }): Promise<InstancesRow[]> {
  const rows: InstancesRow[] = [];
  for (const instances of [1, 2]) {
    const row: InstancesRow = {
      instances,
      subscribers: options.subscribers,
      limit: options.limit,
      rates: [],
      duplicates: 0,
      maxPerSecond: 0,
    };
    for (let run = 0; run < options.runs; run += 1) {
      const r = await fanOut({ instances, subscribers: options.subscribers, rate: options.limit, timeoutMs: 300_000 });
      if (r.distinct !== options.subscribers) throw new Error(`fan-out lost pushes: ${r.distinct} of ${options.subscribers}`);
      row.rates.push((r.pushes - 1) / (r.spanMs / 1000));
      row.duplicates += r.duplicates;
      row.maxPerSecond = Math.max(row.maxPerSecond, r.maxPerSecond);
    }
    rows.push(row);
  }
  return rows;
}

export interface StrictInstancesRow {
  instances: number;
  subscribers: number;
  limit: number;
  runs: number;
  rates: number[];
  maxPerSecond: number[];
  duplicates: number[];
  lost: number[];
  limited: number[];
}

/** Two instances at Telegram's real limit, against the fake Bot API enforcing it strictly (429 past it). */
export async function runStrictInstancesBench(options: { subscribers: number; limit: number; runs: number }): Promise<StrictInstancesRow> {
  const row: StrictInstancesRow = {
    instances: 2,
    subscribers: options.subscribers,
    limit: options.limit,
    runs: options.runs,
    rates: [],
    maxPerSecond: [],
    duplicates: [],
    lost: [],
    limited: [],
  };
  for (let run = 0; run < options.runs; run += 1) {
    const r = await fanOut({ instances: 2, subscribers: options.subscribers, rate: options.limit, strict: true, timeoutMs: 300_000 });
    row.rates.push((r.pushes - 1) / (r.spanMs / 1000));
    row.maxPerSecond.push(r.maxPerSecond);
    row.duplicates.push(r.duplicates);
    row.lost.push(options.subscribers - r.distinct);
    row.limited.push(r.limited);
  }
  return row;
}

/** The strict two-instance table of `npm run bench`. */
export function printStrictInstances(r: StrictInstancesRow, print: (line?: string) => void): void {
  const show = (values: number[], digits: number): string => {
    const sorted = [...values].sort((a, b) => a - b);
    return `${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(digits)} (${(sorted[0] ?? 0).toFixed(digits)}–${(sorted.at(-1) ?? 0).toFixed(digits)})`;
  };
  print(`Two instances at Telegram's limit, the fake Bot API enforcing it strictly; median (min–max) over ${r.runs} runs.`);
  print();
  print('| instances | subscribers | limit msg/s | pushes/s | most in any 1 s | 429s | duplicates | lost |');
  print('|---|---|---|---|---|---|---|---|');
  print(
    `| ${r.instances} | ${r.subscribers} | ${r.limit} | ${show(r.rates, 1)} | ${show(r.maxPerSecond, 0)} | ${show(r.limited, 0)} | ${show(r.duplicates, 0)} | ${show(r.lost, 0)} |`,
  );
  print();
  print('Targets (issue 17): 0 lost, 0 duplicates, never more than 30 in any second, ≥ 27 msg/s.');
}
