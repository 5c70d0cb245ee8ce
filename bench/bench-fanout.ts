/**
 * Fan-out: 10 000 subscribers of one closure, through a fake Telegram that enforces 30 messages/s
 * and answers 429 with retry_after past it. Time is a scaled (virtual) clock: pacing sleeps advance
 * it instantly, so the run takes seconds of wall time while measuring the rate in platform seconds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDelivery } from '../bot/alerts/deliver.js';
import { silentLogger } from '../bot/log.js';
import { createManualClock, type Sender } from '../bot/ports.js';
import { openSqliteStore } from '../bot/store/sqlite.js';
import { fanOutWithRestart, type RestartRun } from '../test/helpers/sqlite-fanout.js';
import { median } from './stats.js';

export interface FanoutResult {
  subscribers: number;
  ceilingPerSecond: number;
  virtualSeconds: number;
  achievedPerSecond: number;
  shareOfCeiling: number;
  duplicates: number;
  losses: number;
  rejected429: number;
  wallMs: number;
}

export async function runFanoutBench(subscribers = 10_000, ceiling = 30): Promise<FanoutResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'finrisk-fanout-'));
  const store = openSqliteStore(dir);
  const clock = createManualClock(1_000_000);
  const received = new Map<string, number>();
  const window: number[] = [];
  let rejected = 0;
  // The platform: counts what it accepted in the last second and refuses the excess with a 429.
  const sender: Sender = {
    platform: 'telegram',
    async send(target) {
      const now = clock.now();
      while (window.length > 0 && now - (window[0] as number) >= 1000) window.shift();
      // Bursts from other traffic: every 997th message finds the platform briefly saturated.
      if (window.length >= ceiling || (received.size + rejected) % 997 === 996) {
        rejected += 1;
        return { status: 'retry', reason: '429 Too Many Requests', retryAfterMs: 1000 };
      }
      window.push(now);
      received.set(target.chatId, (received.get(target.chatId) ?? 0) + 1);
      return { status: 'sent' };
    },
  };
  const started = performance.now();
  const subs = [];
  for (let i = 0; i < subscribers; i += 1) subs.push(await store.upsertSubscription('telegram', String(100_000 + i), [], false));
  const payload = JSON.stringify({ kind: 'alert', blocks: [{ type: 'text', text: '关停消息' }], citations: [] });
  await store.enqueue(subs.map((s) => ({ itemKey: 'closure-1', subscriptionId: s.id, platform: 'telegram', chatId: s.chatId, payload })));
  const delivery = createDelivery({ store, senders: [sender], clock, log: silentLogger });
  const t0 = clock.now();
  for (let rounds = 0; rounds < 10_000; rounds += 1) {
    await delivery.deliverOnce();
    const counts = await store.counts();
    if (counts.pending + counts.sending === 0) break;
    clock.advance(100); // nothing due yet: let virtual time reach the next retry
  }
  const virtualSeconds = (clock.now() - t0) / 1000;
  const total = [...received.values()].reduce((a, b) => a + b, 0);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  const achieved = total / virtualSeconds;
  return {
    subscribers,
    ceilingPerSecond: ceiling,
    virtualSeconds,
    achievedPerSecond: achieved,
    shareOfCeiling: achieved / ceiling,
    duplicates: total - received.size,
    losses: subscribers - received.size,
    rejected429: rejected,
    wallMs: Math.round(performance.now() - started),
  };
}

/** Median and spread of one figure over runs, for the tables. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export const spread = (values: number[]): Spread => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });
export const showSpread = (s: Spread, digits = 1): string =>
  `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;

export interface RestartBenchRow {
  how: 'SIGKILL' | 'SIGTERM';
  runs: number;
  subscribers: number;
  lost: Spread;
  duplicates: Spread;
  limited: Spread;
  maxPerSecond: Spread;
  rateBefore: Spread;
  rateAfter: Spread;
  allDeliveredS: Spread;
  /** SIGTERM: signal to exit. */
  exitS?: Spread;
}

/**
 * Real `npm start` processes on SQLite against the strict fake Bot API (30/s in any sliding second,
 * 1/s per chat, 429 past either): a 300-subscriber fan-out stopped after ~110 pushes (kill -9) or
 * ~60 (SIGTERM), then started again on the same data directory. Wall clock, so several runs.
 */
export async function runRestartBench(options: { runs: number; subscribers?: number }): Promise<RestartBenchRow[]> {
  const subscribers = options.subscribers ?? 300;
  const rows: RestartBenchRow[] = [];
  for (const how of ['SIGKILL', 'SIGTERM'] as const) {
    const runs: RestartRun[] = [];
    for (let i = 0; i < options.runs; i += 1)
      runs.push(await fanOutWithRestart({ subscribers, stopAfter: how === 'SIGKILL' ? 110 : 60, how }));
    const of = (f: (r: RestartRun) => number): Spread => spread(runs.map(f));
    rows.push({
      how,
      runs: runs.length,
      subscribers,
      lost: of((r) => r.lost),
      duplicates: of((r) => r.duplicates),
      limited: of((r) => r.limited),
      maxPerSecond: of((r) => r.maxPerSecond),
      rateBefore: of((r) => r.rateBefore),
      rateAfter: of((r) => r.rateAfter),
      allDeliveredS: of((r) => r.allDeliveredMs / 1000),
      ...(how === 'SIGTERM' ? { exitS: of((r) => (r.exitMs ?? 0) / 1000) } : {}),
    });
  }
  return rows;
}

/** The restart table of `npm run bench` (issue 17's targets beside each figure). */
export function printRestartRows(rows: RestartBenchRow[], print: (line?: string) => void): void {
  print(`Median (min–max) over ${rows[0]?.runs ?? 0} runs each.`);
  print();
  print(
    '| stop | subscribers | lost | duplicates | 429s | most in any 1 s | msg/s before the stop | msg/s after the restart | restart → all delivered, s | SIGTERM → exit, s |',
  );
  print('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    print(
      `| ${r.how === 'SIGKILL' ? 'kill -9 after ~110' : 'SIGTERM after ~60'} | ${r.subscribers} | ${showSpread(r.lost, 0)} | ${showSpread(r.duplicates, 0)} | ${showSpread(r.limited, 0)} | ${showSpread(r.maxPerSecond, 0)} | ${showSpread(r.rateBefore)} | ${showSpread(r.rateAfter)} | ${showSpread(r.allDeliveredS)} | ${r.exitS ? showSpread(r.exitS) : '-'} |`,
    );
  }
  print();
  print(
    'Targets (issue 17): 0 lost, ≤ 1 duplicate (the push in flight at kill -9; 0 after SIGTERM), ≤ 1 429 per 300 sends, never more than 30 in a second, ≥ 28.5 msg/s, all delivered ≤ 20 s after the restart, SIGTERM → exit ≤ 5 s.',
  );
}
