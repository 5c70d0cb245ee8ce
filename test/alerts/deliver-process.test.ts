/**
 * npm start's process delivering queued pushes to the strict fake Bot API, which answers some chats
 * with what Telegram says when things go wrong: each outcome is judged by what the platform said.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../bot/store/sqlite.js';
import { rss, startFeedServer, type FakeFeedServer } from '../fakes/feed-server.js';
import { startFakeTelegram, textUpdate, type FakeTelegram } from '../fakes/telegram-api.js';
import { maxInWindow } from '../helpers/instances.js';
import { startEntry, tempDataDir, type StartedEntry } from '../helpers/run.js';
import { botEnv } from '../helpers/sqlite-fanout.js';

const CHATS = {
  badMarkup: '700001',
  blocked: '700002',
  notFound: '700003',
  deactivated: '700004',
  serverError: '700005',
  hangs: '700006',
  long: '700007',
};
const ORDINARY = Array.from({ length: 40 }, (_, i) => String(710_000 + i));
const USER_CHAT = 4242;
/** Odd length before the emoji, so a cut at an even count of code units falls inside a pair. */
const LONG_TEXT = `a${'😀'.repeat(6000)}`;
const short = { kind: 'alert', blocks: [{ type: 'text', text: '关停消息：某交易中心业务资质被取消' }], citations: [] };
const long = { kind: 'alert', blocks: [{ type: 'text', text: LONG_TEXT }], citations: [] };
const telegramError = (code: number, description: string) => ({ ok: false as const, error_code: code, description });
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

let api: FakeTelegram;
let feeds: FakeFeedServer;
let bot: StartedEntry;
let dataDir: string;

async function seed(): Promise<void> {
  const store = openSqliteStore(dataDir);
  const rows = [];
  for (const chatId of [...Object.values(CHATS), ...ORDINARY]) {
    const s = await store.upsertSubscription('telegram', chatId, [], false);
    rows.push({
      itemKey: 'seeded-1',
      subscriptionId: s.id,
      platform: 'telegram' as const,
      chatId,
      payload: JSON.stringify(chatId === CHATS.long ? long : short),
    });
  }
  await store.enqueue(rows);
  await store.close();
}

function injectFailures(): void {
  const to = (chat: string) => (body: Record<string, unknown>) => String(body.chat_id) === chat;
  api.injectWhen(
    'sendMessage',
    to(CHATS.badMarkup),
    telegramError(400, 'Bad Request: can\'t parse entities: unsupported start tag "x" at byte offset 3'),
    20,
  );
  api.injectWhen('sendMessage', to(CHATS.blocked), telegramError(403, 'Forbidden: bot was blocked by the user'), 20);
  api.injectWhen('sendMessage', to(CHATS.notFound), telegramError(400, 'Bad Request: chat not found'), 20);
  api.injectWhen('sendMessage', to(CHATS.deactivated), telegramError(403, 'Forbidden: user is deactivated'), 20);
  api.injectWhen('sendMessage', to(CHATS.serverError), telegramError(502, 'Bad Gateway'), 1);
  api.injectWhen('sendMessage', to(CHATS.hangs), 'hang', 1);
  let longCalls = 0;
  api.injectWhen(
    'sendMessage',
    (b) => to(CHATS.long)(b) && ++longCalls === 3,
    { ...telegramError(429, 'Too Many Requests: retry after 1'), parameters: { retry_after: 1 } },
    1,
  );
  api.injectWhen(
    'sendMessage',
    to(String(USER_CHAT)),
    { ...telegramError(429, 'Too Many Requests: retry after 1'), parameters: { retry_after: 1 } },
    1,
  );
}

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${bot.output()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  dataDir = tempDataDir();
  await seed();
  api = await startFakeTelegram({ limits: { perSecond: 30, perChatGapMs: 1000 } });
  feeds = await startFeedServer();
  feeds.register('/empty.xml', { body: rss([]) });
  injectFailures();
  bot = startEntry('adapters/main.ts', botEnv(api, dataDir, feeds.url('/empty.xml')));
  await until(() => api.accepted().length >= 1, 60_000, 'the first push');
  api.pushUpdate(textUpdate('/help', { chatId: USER_CHAT, userId: USER_CHAT }));
  const parts = Math.ceil(LONG_TEXT.length / 3360);
  const done = (): boolean =>
    [...ORDINARY, CHATS.serverError, CHATS.hangs, String(USER_CHAT)].every((c) => api.accepted(c).length >= 1) &&
    api.accepted(CHATS.long).length >= parts;
  // The hung request is abandoned after the 10 s send timeout, then retried with backoff.
  await until(done, 60_000, 'every deliverable push and the reply');
  await new Promise((r) => setTimeout(r, 1500));
  await bot.stop();
}, 120_000);

afterAll(async () => {
  await bot?.kill();
  await feeds?.stop();
  await api?.stop();
});

describe('npm start delivering to a Bot API that refuses some chats', () => {
  it('GIVEN a 400 on one chat THEN its row fails with the description logged and every subscription but the gone chats stays active', async () => {
    const store = openSqliteStore(dataDir);
    const active = new Set((await store.subscriptions()).map((s) => s.chatId));
    const gone = [CHATS.blocked, CHATS.notFound, CHATS.deactivated];
    expect([...Object.values(CHATS), ...ORDINARY].filter((c) => !active.has(c))).toEqual(gone);
    expect(await store.counts()).toMatchObject({ sent: ORDINARY.length + 3, failed: 4, pending: 0, sending: 0 });
    await store.close();
    expect(bot.output()).toMatch(/"description":"Bad Request: can't parse entities[^"]*".*subscription untouched/);
    expect(bot.output()).toMatch(/"description":"Forbidden: bot was blocked by the user".*subscription deactivated/);
    // Refused for good: each was tried once.
    for (const chat of [CHATS.badMarkup, ...gone]) expect(api.sent(chat)).toHaveLength(1);
  });

  it('GIVEN a 502 and a request that never answers THEN each is retried and arrives once', () => {
    expect(api.accepted(CHATS.serverError)).toHaveLength(1);
    expect(api.sent(CHATS.serverError)).toHaveLength(2);
    expect(api.accepted(CHATS.hangs)).toHaveLength(1);
    expect(api.sent(CHATS.hangs)).toHaveLength(2);
  });

  it('GIVEN a four-part push met by a 429 at part 3 THEN it resumes at part 3: every part once, in order, a second apart, no lone surrogate', () => {
    const parts = api.accepted(CHATS.long).map((c) => String(c.body.text));
    expect(parts).toHaveLength(4);
    expect(parts.join('')).toBe(LONG_TEXT);
    expect(parts.filter((p) => loneSurrogate.test(p))).toEqual([]);
    expect(api.sent(CHATS.long)).toHaveLength(5);
    const at = api.accepted(CHATS.long).map((c) => c.at);
    expect(at.slice(1).every((t, i) => t - (at[i] as number) >= 1000)).toBe(true);
  });

  it('GIVEN an interactive reply met by a 429 THEN it is retried and arrives, inside the same budget as the pushes', () => {
    expect(api.accepted(String(USER_CHAT)).length).toBeGreaterThanOrEqual(1);
    expect(api.limited()).toEqual([]);
    expect(maxInWindow(api.accepted().map((c) => c.at))).toBeLessThanOrEqual(30);
  });
});
