import { describe, expect, it } from 'vitest';
import { fanOut, maxInWindow, type FanOutRun } from '../helpers/instances.js';
import { postgresAvailable } from '../helpers/postgres.js';

const run = postgresAvailable('test/alerts/instances.test.ts');
/** Telegram's limit, which the fake Bot API enforces strictly (a sliding second, 429 past it). */
const RATE = 30;
const rateOf = (r: FanOutRun): number => (r.pushes - 1) / (r.spanMs / 1000);

/** The measured figures, in the test log (they go into the closing note of a change). */
const report = (name: string, r: FanOutRun): void => {
  const { output: _output, ...figures } = r;
  console.info(`${name}: ${JSON.stringify(figures)}`);
};

describe('maxInWindow', () => {
  it('GIVEN timestamps THEN the most within any one-second window', () => {
    expect(maxInWindow([])).toBe(0);
    expect(maxInWindow([0, 999, 1000, 1500, 1999])).toBe(3);
    expect(maxInWindow([5, 0, 10])).toBe(3);
  });
});

describe.skipIf(!run)('two bot processes sharing one PostgreSQL, against the fake Telegram API', () => {
  it('GIVEN 500 subscribers and one closure THEN exactly 500 pushes, none twice, both instances send, never above the global limit, at ≥ 90 % of it', async () => {
    const result = await fanOut({ instances: 2, subscribers: 500, rate: RATE, strict: true });
    report('two instances', result);
    expect(result.distinct, result.output).toBe(500);
    expect(result.duplicates).toBe(0);
    expect(result.maxPerSecond).toBeLessThanOrEqual(RATE);
    expect(result.limited).toBe(0);
    expect(rateOf(result)).toBeGreaterThanOrEqual(27);
    expect(result.outbox).toEqual({ sent: 500 });
    expect(result.perInstance).toHaveLength(2);
    expect(Math.min(...result.perInstance)).toBeGreaterThan(0);
    // Each instance's /metrics counts what it sent; together, every push once.
    expect(result.scraped.map((s) => s.health)).toEqual([200, 200]);
    expect(result.scraped.reduce((sum, s) => sum + s.sent, 0)).toBe(500);
    expect(result.exitCodes).toEqual([0, 0]);
  }, 150_000);

  it('GIVEN one process SIGKILLed mid-fan-out THEN the other sends the rest, re-sending at most the rows the dead one had in flight', async () => {
    const result = await fanOut({ instances: 2, subscribers: 500, rate: RATE, strict: true, killAfter: 200, leaseMs: 4000 });
    report('one of two SIGKILLed', result);
    expect(result.killed, result.output).toBeDefined();
    expect(result.killed!.sentBeforeKill).toBeLessThan(500);
    expect(result.distinct).toBe(500);
    expect(result.duplicates).toBeLessThanOrEqual(result.killed!.inFlight);
    expect(result.maxPerSecond).toBeLessThanOrEqual(RATE);
    expect(result.outbox).toEqual({ sent: 500 });
    expect(result.exitCodes).toEqual([0]);
  }, 150_000);

  it('GIVEN two instances whose digest cron fires every 2 s THEN each digest subscriber gets one digest, however many times it fires', async () => {
    const result = await fanOut({ instances: 2, subscribers: 40, rate: RATE, strict: true, digestCron: '*/2 * * * * *' });
    report('digest on two instances', result);
    expect(result.distinct, result.output).toBe(40);
    expect(result.duplicates).toBe(0);
    // 40 held rows merged into 40 digests, all sent.
    expect(result.outbox).toEqual({ sent: 80 });
    expect(result.exitCodes).toEqual([0, 0]);
  }, 150_000);
});
