import { describe, expect, it } from 'vitest';
import { backoffMs, createPacer } from '../../bot/alerts/deliver.js';
import { PACING } from '../../bot/alerts/pacer.js';
import { parseSubscribeArgs } from '../../bot/alerts/subscriptions.js';
import { createManualClock, systemClock } from '../../bot/ports.js';
import { createBot } from '../../bot/index.js';
import { openSqliteStore } from '../../bot/store/sqlite.js';
import { makeMessage, makeServices } from '../helpers/services.js';

const window1s = (times: number[]): number => {
  let best = 0;
  for (let a = 0, b = 0; b < times.length; b += 1) {
    while ((times[b] as number) - (times[a] as number) >= 1000) a += 1;
    best = Math.max(best, b - a + 1);
  }
  return best;
};

describe('pacing', () => {
  it('GIVEN 30 messages a second allowed THEN sends are spaced a few percent under it, never 31 in a second, and one chat gets one a second', async () => {
    const clock = createManualClock(0);
    const pacer = createPacer({ perSecond: 30, perChatGapMs: 1000 }, clock);
    const times: number[] = [];
    for (let i = 0; i < 300; i += 1) {
      await pacer.acquire(`c${i}`);
      times.push(clock.now());
    }
    expect(window1s(times)).toBe(30);
    const rate = (times.length - 1) / ((times.at(-1)! - times[0]!) / 1000);
    expect(rate).toBeCloseTo(30 * (1 - PACING.margin), 5);
    const before = clock.now();
    await pacer.acquire('c299');
    expect(clock.now() - before).toBeCloseTo(1000 * (1 + PACING.margin) - (before - times.at(-1)!), 5);
  });

  it('GIVEN sends that start up to 30 ms late THEN the schedule catches up, yet never 31 in any second', async () => {
    const clock = createManualClock(0);
    const pacer = createPacer({ perSecond: 30, perChatGapMs: 0 }, clock);
    const times: number[] = [];
    let seed = 7;
    for (let i = 0; i < 600; i += 1) {
      await pacer.acquire('c');
      times.push(clock.now());
      seed = (seed * 48271) % 2147483647;
      clock.advance(seed % 31);
    }
    expect(window1s(times)).toBeLessThanOrEqual(30);
    expect((times.length - 1) / ((times.at(-1)! - times[0]!) / 1000)).toBeGreaterThan(28.5);
  });

  it('GIVEN a 429 pause THEN the next message waits it out', async () => {
    const clock = createManualClock(0);
    const pacer = createPacer({ perSecond: 30, perChatGapMs: 0 }, clock);
    await pacer.pause(5000);
    await pacer.acquire('x');
    expect(clock.now()).toBe(5000);
  });

  it('GIVEN a stop signal during a wait THEN acquire gives up at once', async () => {
    const pacer = createPacer({ perSecond: 1, perChatGapMs: 0 }, systemClock);
    await pacer.acquire('a');
    const stop = new AbortController();
    const started = Date.now();
    setTimeout(() => stop.abort(), 50);
    expect(await pacer.acquire('b', stop.signal)).toBe(false);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('GIVEN attempts THEN backoff doubles with jitter, capped', () => {
    expect([1, 2, 3].map((a) => backoffMs(a, () => 1))).toEqual([1000, 2000, 4000]);
    expect(backoffMs(30, () => 0)).toBe(300_000);
  });
});

describe('subscription commands', () => {
  it('GIVEN /subscribe with filters and --digest THEN they are saved and listed; /unsubscribe removes them', async () => {
    const store = openSqliteStore(':memory:');
    const bot = createBot(makeServices({ store }));
    const [saved] = await bot.handle(makeMessage({ text: '/subscribe 湖南 P2P --digest' }));
    expect(saved?.blocks[0]).toEqual({ type: 'text', text: '已订阅：匹配「湖南」「P2P」的关停消息（每日汇总）。' });
    const [listed] = await bot.handle(makeMessage({ text: '/subscriptions' }));
    expect(listed?.blocks[0]).toEqual({ type: 'text', text: '当前订阅：匹配「湖南」「P2P」的关停消息（每日汇总）' });
    const [gone] = await bot.handle(makeMessage({ text: '/unsubscribe' }));
    expect(gone?.blocks[0]).toEqual({ type: 'text', text: '已退订，不会再收到关停消息。' });
    expect(await store.subscriptions()).toEqual([]);
    await store.close();
  });

  it('GIVEN a 10 000-character filter THEN a clear refusal and the old subscription is kept', async () => {
    const store = openSqliteStore(':memory:');
    await store.upsertSubscription('console', 'c1', ['湖南'], false);
    expect(parseSubscribeArgs('x'.repeat(10_000))).toMatchObject({ ok: false });
    const bot = createBot(makeServices({ store }));
    const [refused] = await bot.handle(makeMessage({ text: `/subscribe ${'湖'.repeat(4000)}` }));
    expect(refused?.kind).toBe('error');
    expect((await store.subscriptions()).map((s) => s.filters)).toEqual([['湖南']]);
    await store.close();
  });
});
