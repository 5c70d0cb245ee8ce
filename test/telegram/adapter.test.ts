import { afterEach, describe, expect, it } from 'vitest';
import { Telegraf } from 'telegraf';
import { startTelegram, type TelegramAdapter } from '../../adapters/telegram/index.js';
import { createTelegramSender } from '../../adapters/telegram/sender.js';
import { createAlerts } from '../../bot/alerts/pipeline.js';
import { silentLogger } from '../../bot/log.js';
import { systemClock } from '../../bot/ports.js';
import { openSqliteStore } from '../../bot/store/sqlite.js';
import type { IncomingMessage, Reply } from '../../bot/types.js';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';
import { rss, startFeedServer } from '../fakes/feed-server.js';
import { startFakeTelegram, textUpdate, type FakeTelegram } from '../fakes/telegram-api.js';
import { makeKnowledge } from '../helpers/services.js';

const reply: Reply = { kind: 'notice', blocks: [{ type: 'text', text: '收到' }], citations: [] };
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function fake(): Promise<FakeTelegram> {
  const api = await startFakeTelegram();
  cleanups.push(() => api.stop());
  return api;
}

async function adapter(api: FakeTelegram, options: Partial<Parameters<typeof startTelegram>[0]> = {}): Promise<TelegramAdapter> {
  const started = await startTelegram({
    token: api.token,
    apiRoot: api.url,
    admins: [],
    handle: async () => [reply],
    log: silentLogger,
    ...options,
  });
  cleanups.push(() => started.stop());
  return started;
}

describe('webhook mode', () => {
  it('GIVEN a POSTed update with the secret THEN it is handled; a wrong secret THEN 403', async () => {
    const api = await fake();
    const seen: IncomingMessage[] = [];
    const tg = await adapter(api, {
      webhook: { url: 'https://bot.example/tg/hook', secret: 's3cret', port: 0 },
      handle: async (m) => (seen.push(m), [reply]),
    });
    expect(api.calls.find((c) => c.method === 'setWebhook')?.body).toMatchObject({
      url: 'https://bot.example/tg/hook',
      secret_token: 's3cret',
    });
    const post = (secret: string) =>
      fetch(`http://127.0.0.1:${tg.webhookPort}/tg/hook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
        body: JSON.stringify({ update_id: 1, ...textUpdate('你好呀', { chatId: 55 }) }),
      });
    expect((await post('wrong')).status).toBe(403);
    expect(seen).toEqual([]);
    expect((await post('s3cret')).status).toBe(200);
    await api.waitFor('sendMessage', (c) => String(c.body.chat_id) === '55');
    expect(seen.map((m) => m.text)).toEqual(['你好呀']);
  });
});

describe('typing indicator', () => {
  it('GIVEN a slow answer THEN "typing" is shown before the reply', async () => {
    const api = await fake();
    await adapter(api, { typingAfterMs: 10, handle: async () => (await new Promise((r) => setTimeout(r, 150)), [reply]) });
    api.pushUpdate(textUpdate('慢一点的问题', { chatId: 66 }));
    const typing = await api.waitFor('sendChatAction', (c) => String(c.body.chat_id) === '66');
    const sent = await api.waitFor('sendMessage', (c) => String(c.body.chat_id) === '66');
    expect(typing.body.action).toBe('typing');
    expect(typing.at).toBeLessThanOrEqual(sent.at);
  });
});

describe('the Telegram sender', () => {
  it('GIVEN a 429, a blocked bot and a missing chat THEN retry with the wait, and permanent outcomes', async () => {
    const api = await fake();
    const sender = createTelegramSender(new Telegraf(api.token, { telegram: { apiRoot: api.url } }).telegram);
    api.inject('sendMessage', {
      ok: false,
      error_code: 429,
      description: 'Too Many Requests: retry after 3',
      parameters: { retry_after: 3 },
    });
    expect(await sender.send({ platform: 'telegram', chatId: '1' }, reply)).toEqual({
      status: 'retry',
      reason: 'Too Many Requests: retry after 3',
      retryAfterMs: 3000,
    });
    api.inject('sendMessage', { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    expect(await sender.send({ platform: 'telegram', chatId: '1' }, reply)).toEqual({
      status: 'permanent',
      code: 'blocked',
      reason: 'Forbidden: bot was blocked by the user',
    });
    api.inject('sendMessage', { ok: false, error_code: 400, description: 'Bad Request: chat not found' });
    expect(await sender.send({ platform: 'telegram', chatId: '1' }, reply)).toMatchObject({ status: 'permanent', code: 'chat-not-found' });
    expect(await sender.send({ platform: 'telegram', chatId: '1' }, reply)).toEqual({ status: 'sent' });
  });

  it('GIVEN a 10 000-character reply THEN the real client sends it as several messages under 4096 characters', async () => {
    const api = await fake();
    const sender = createTelegramSender(new Telegraf(api.token, { telegram: { apiRoot: api.url } }).telegram);
    const long: Reply = {
      kind: 'answer',
      blocks: Array.from({ length: 10 }, (_, i) => ({ type: 'text' as const, text: `${i}${'长'.repeat(999)}` })),
      citations: [],
    };
    expect(await sender.send({ platform: 'telegram', chatId: '77' }, long)).toEqual({ status: 'sent' });
    const texts = api.sent('77').map((c) => String(c.body.text));
    expect(texts.length).toBe(3);
    expect(texts.every((t) => t.length <= 4096)).toBe(true);
    expect(
      texts
        .join('\n')
        .split('\n')
        .map((line) => line[0]),
    ).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('GIVEN a push met by a 429 THEN it is waited out and sent once; a 403 THEN the subscription is deactivated', async () => {
    const api = await fake();
    const feeds = await startFeedServer();
    cleanups.push(() => feeds.stop());
    feeds.register('/n.xml', {
      body: rss([{ title: '湖南取消辖内金交所业务资质', description: '湖南公告取消辖内金融资产交易中心的业务资质。', guid: 'x1' }]),
    });
    const store = openSqliteStore(':memory:');
    cleanups.push(() => store.close());
    await store.upsertSubscription('telegram', '10', [], false);
    await store.upsertSubscription('telegram', '20', [], false);
    const sender = createTelegramSender(new Telegraf(api.token, { telegram: { apiRoot: api.url } }).telegram);
    const alerts = createAlerts({
      store,
      registry: loadDefaultRegistry(),
      knowledge: makeKnowledge(),
      senders: [sender],
      feeds: [feeds.url('/n.xml')],
      clock: systemClock,
      log: silentLogger,
    });
    await alerts.pollOnce();
    api.inject('sendMessage', {
      ok: false,
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
    });
    api.inject('sendMessage', { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' });
    // The 429's retry_after pauses the platform; the same run waits it out and then sends the row.
    const started = Date.now();
    expect(await alerts.deliverOnce()).toEqual({ sent: 1, retried: 1, failed: 1, skipped: 0 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    // Calls: chat 10 → 429, chat 20 → 403, chat 10 again → accepted. Nothing else was sent.
    expect(api.sent().map((c) => String(c.body.chat_id))).toEqual(['10', '20', '10']);
    expect((await store.subscriptions()).length).toBe(1);
  });
});
