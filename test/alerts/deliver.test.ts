import { describe, expect, it } from 'vitest';
import { backoffMs, createDelivery, createPacer } from '../../bot/alerts/deliver.js';
import { silentLogger } from '../../bot/log.js';
import type { Sender } from '../../bot/ports.js';
import type { Reply } from '../../bot/types.js';
import { renderDiscord } from '../../adapters/discord/render.js';
import { renderTelegram } from '../../adapters/telegram/render.js';
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

describe('delivery outcomes', () => {
  const payload = JSON.stringify({ kind: 'alert', blocks: [{ type: 'text', text: '关停消息' }], citations: [] });
  async function queued(chats: string[]) {
    const store = openSqliteStore(':memory:');
    const subs = [];
    for (const c of chats) subs.push(await store.upsertSubscription('telegram', c, [], false));
    await store.enqueue(
      subs.map((s) => ({ itemKey: 'i', subscriptionId: s.id, platform: 'telegram' as const, chatId: s.chatId, payload })),
    );
    return store;
  }

  it('GIVEN twelve 429s in a row THEN the push is still sent: a 429 is not an attempt', async () => {
    const store = await queued(['a']);
    const clock = createManualClock(1_000_000);
    let calls = 0;
    const sender: Sender = {
      platform: 'telegram',
      send: async () => (++calls <= 12 ? { status: 'retry', reason: '429', retryAfterMs: 1000 } : { status: 'sent' }),
    };
    const delivery = createDelivery({ store, senders: [sender], clock, log: silentLogger });
    for (let i = 0; i < 20 && (await store.counts()).sent === 0; i += 1) {
      await delivery.deliverOnce();
      clock.advance(1000);
    }
    expect(calls).toBe(13);
    expect(await store.counts()).toMatchObject({ sent: 1, failed: 0 });
    await store.close();
  });

  it('GIVEN a refused message and a gone chat THEN both rows fail and only the gone chat is unsubscribed', async () => {
    const store = await queued(['refused', 'gone', 'fine']);
    const sender: Sender = {
      platform: 'telegram',
      send: async (t) =>
        t.chatId === 'refused'
          ? { status: 'rejected', code: 'http-400', reason: "Bad Request: can't parse entities" }
          : t.chatId === 'gone'
            ? { status: 'permanent', code: 'blocked', reason: 'Forbidden: bot was blocked by the user' }
            : { status: 'sent' },
    };
    const delivery = createDelivery({ store, senders: [sender], clock: createManualClock(0), log: silentLogger });
    expect(await delivery.deliverOnce()).toEqual({ sent: 1, retried: 0, failed: 2, skipped: 0 });
    expect((await store.subscriptions()).map((s) => s.chatId)).toEqual(['refused', 'fine']);
    await store.close();
  });

  it('GIVEN a stop while the batch waits for its slots THEN the message in flight is recorded and the rest is due again at once', async () => {
    const store = await queued(Array.from({ length: 20 }, (_, i) => `c${i}`));
    const sender: Sender = { platform: 'telegram', send: async () => ({ status: 'sent' }) };
    const delivery = createDelivery({
      store,
      senders: [sender],
      clock: systemClock,
      log: silentLogger,
      limits: { telegram: { perSecond: 5, perChatGapMs: 0 } },
    });
    const run = delivery.deliverOnce();
    await new Promise((r) => setTimeout(r, 500));
    await delivery.stop();
    const { sent } = await run;
    expect(sent).toBeGreaterThan(0);
    expect(sent).toBeLessThan(20);
    expect(await store.counts()).toMatchObject({ sent, pending: 20 - sent, sending: 0 });
    const again = await store.claim(50, Date.now(), 60_000, ['telegram']);
    expect(again.map((r) => r.attempts)).toEqual(Array.from({ length: 20 - sent }, () => 1));
    await store.close();
  });
});

describe('splitting long replies', () => {
  const emoji: Reply = { kind: 'alert', blocks: [{ type: 'text', text: `a${'😀'.repeat(6000)}` }], citations: [] };
  const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

  it('GIVEN 12 000 code units of emoji THEN Telegram and Discord parts cut between code points, never inside a pair', () => {
    const telegram = renderTelegram(emoji).map((m) => m.html);
    const discord = renderDiscord(emoji).flatMap((m) => m.map((e) => e.description));
    expect(telegram.length).toBeGreaterThan(1);
    expect(discord.length).toBeGreaterThan(1);
    expect([...telegram, ...discord].filter((p) => lone.test(p))).toEqual([]);
    const text = (emoji.blocks[0] as { text: string }).text;
    expect(telegram.join('')).toBe(text);
    expect(discord.join('')).toBe(text);
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
