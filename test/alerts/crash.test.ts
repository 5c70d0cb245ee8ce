import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDelivery, DELIVERY } from '../../bot/alerts/deliver.js';
import { silentLogger } from '../../bot/log.js';
import type { Clock, Sender } from '../../bot/ports.js';
import { openSqliteStore } from '../../bot/store/sqlite.js';
import { projectRoot } from '../helpers/run.js';
import { fanOutWithRestart } from '../helpers/sqlite-fanout.js';

const ROWS = 60;
const lines = (file: string): string[] => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);

describe('a delivery process killed mid-fan-out', () => {
  it('GIVEN SIGKILL during delivery THEN a restart sends every remaining row and re-sends at most the one in flight', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'finrisk-crash-'));
    const log = path.join(dir, 'pushes.log');
    const store = openSqliteStore(dir);
    const payload = JSON.stringify({ kind: 'alert', blocks: [{ type: 'text', text: '关停消息' }], citations: [] });
    const subs = await Promise.all(Array.from({ length: ROWS }, (_, i) => store.upsertSubscription('telegram', `chat-${i}`, [], false)));
    expect(
      await store.enqueue(subs.map((s) => ({ itemKey: 'item-1', subscriptionId: s.id, platform: 'telegram', chatId: s.chatId, payload }))),
    ).toBe(ROWS);
    await store.close();

    // node itself, not the tsx wrapper: SIGKILL must land on the process that delivers.
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'test', 'fixtures', 'deliver-child.ts'), dir, log], {
      cwd: projectRoot,
      stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const deadline = Date.now() + 30_000;
    while (lines(log).length < 20 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const pushedBeforeKill = lines(log).length;
    expect(pushedBeforeKill).toBeGreaterThanOrEqual(20);
    expect(pushedBeforeKill).toBeLessThan(ROWS);

    // The restarted process sees the dead one's leases expire, then takes its rows over.
    const reopened = openSqliteStore(dir);
    const later: Clock = { now: () => Date.now() + DELIVERY.leaseMs + 1000, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };
    const sender: Sender = {
      platform: 'telegram',
      send: async (target) => (appendFileSync(log, `${target.chatId}\n`), { status: 'sent' }),
    };
    const delivery = createDelivery({
      store: reopened,
      senders: [sender],
      clock: later,
      log: silentLogger,
      limits: { telegram: { perSecond: 1000, perChatGapMs: 0 } },
    });
    const result = await delivery.deliverOnce();
    const all = lines(log);
    const distinct = new Set(all);
    expect(distinct.size).toBe(ROWS);
    expect(all.length - distinct.size).toBeLessThanOrEqual(1);
    expect(result.sent).toBe(ROWS - pushedBeforeKill + (all.length - distinct.size));
    expect(await reopened.counts()).toMatchObject({ sent: ROWS, pending: 0, sending: 0, failed: 0 });
    await reopened.close();
  }, 60_000);
});

describe('npm start on SQLite against the strict fake Telegram, stopped mid-fan-out and started again', () => {
  it('GIVEN 300 subscribers and kill -9 after ~110 pushes THEN a restart delivers the rest at once: 0 lost, ≤ 1 duplicate, ≥ 95 % of the limit, ≤ 1 429, polls went on meanwhile', async () => {
    const r = await fanOutWithRestart({ subscribers: 300, stopAfter: 110, how: 'SIGKILL' });
    const { output, ...figures } = r;
    console.info(`kill -9 and restart: ${JSON.stringify(figures)}`);
    expect(r.lost, output).toBe(0);
    expect(r.duplicates).toBeLessThanOrEqual(1);
    expect(r.outbox).toEqual({ sent: 300 });
    expect(r.limited).toBeLessThanOrEqual(1);
    expect(r.maxPerSecond).toBeLessThanOrEqual(30);
    // The rate target (≥ 28.5 msg/s, 95 % of the limit) is a figure of `npm run bench` (bench-delivery),
    // measured on a quiet machine; here only a floor that no load on a shared CI machine should breach.
    expect(r.rateBefore).toBeGreaterThanOrEqual(20);
    expect(r.rateAfter).toBeGreaterThanOrEqual(20);
    // The killed run's claims are handed back at start-up, not after the 60 s lease: everything is delivered well
    // before a lease could have run out. The margin is for load: a run at load 17 took 21.7 s.
    expect(r.allDeliveredMs).toBeLessThan(45_000);
    expect(r.pollsDuringFanOut).toBeGreaterThanOrEqual(1);
  }, 180_000);

  it('GIVEN SIGTERM mid-fan-out THEN the process exits within 5 s, and a restart sends the rest with nothing lost and nothing twice', async () => {
    const r = await fanOutWithRestart({ subscribers: 300, stopAfter: 60, how: 'SIGTERM' });
    const { output, ...figures } = r;
    console.info(`SIGTERM and restart: ${JSON.stringify(figures)}`);
    expect(r.exitCode, output).toBe(0);
    expect(r.exitMs).toBeLessThanOrEqual(5000);
    // Stopping finishes the push in flight, not the backlog.
    expect(r.pushedBeforeStop).toBeLessThan(100);
    expect(r.lost).toBe(0);
    expect(r.duplicates).toBe(0);
    expect(r.outbox).toEqual({ sent: 300 });
    expect(r.limited).toBeLessThanOrEqual(1);
  }, 180_000);
});
