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
