import { afterEach, describe, expect, it } from 'vitest';
import { startTelegram } from '../../adapters/telegram/index.js';
import { createBot } from '../../bot/index.js';
import { silentLogger } from '../../bot/log.js';
import { systemClock } from '../../bot/ports.js';
import { openSqliteStore } from '../../bot/store/sqlite.js';
import { startFakeTelegram, textUpdate } from '../fakes/telegram-api.js';
import { makeServices } from '../helpers/services.js';

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const GROUP = -7001;

describe('group subscriptions on Telegram', () => {
  it('GIVEN a plain member THEN /subscribe and /unsubscribe of the group are refused; an administrator or the creator THEN they work', async () => {
    const api = await startFakeTelegram();
    cleanups.push(() => api.stop());
    const store = openSqliteStore(':memory:');
    cleanups.push(() => store.close());
    const bot = createBot(makeServices({ store, clock: systemClock }));
    const tg = await startTelegram({ token: api.token, apiRoot: api.url, admins: [], handle: (m) => bot.handle(m), log: silentLogger });
    cleanups.push(() => tg.stop());
    await api.waitFor('getUpdates');
    api.setMember(GROUP, 2, 'administrator');
    api.setMember(GROUP, 3, 'creator');

    const say = async (text: string, userId: number): Promise<string> => {
      const before = api.sent(GROUP).length;
      api.pushUpdate(textUpdate(text, { chatId: GROUP, userId, group: true }));
      await api.waitFor('sendMessage', () => api.sent(GROUP).length > before);
      return String(api.sent(GROUP).at(-1)?.body.text);
    };
    const subscribed = async (): Promise<string[]> => (await store.subscriptions()).map((s) => `${s.platform}:${s.chatId}`);

    expect(await say('/subscribe 湖南', 1)).toContain('只有群管理员可以订阅或退订');
    expect(await subscribed()).toEqual([]);
    expect(await say(`/subscribe@${api.username} 湖南`, 2)).toContain('已订阅');
    expect(await subscribed()).toEqual([`telegram:${GROUP}`]);
    expect(await say('/unsubscribe', 1)).toContain('只有群管理员可以订阅或退订');
    expect(await subscribed()).toEqual([`telegram:${GROUP}`]);
    expect(await say('/unsubscribe', 3)).toContain('已退订');
    expect(await subscribed()).toEqual([]);
    expect(api.calls.filter((c) => c.method === 'getChatMember').map((c) => [Number(c.body.chat_id), Number(c.body.user_id)])).toEqual([
      [GROUP, 1],
      [GROUP, 2],
      [GROUP, 1],
      [GROUP, 3],
    ]);
  });

  it('GIVEN a private chat THEN /subscribe needs no administrator and asks Telegram nothing', async () => {
    const store = openSqliteStore(':memory:');
    cleanups.push(() => store.close());
    const bot = createBot(makeServices({ store }));
    const [reply] = await bot.handle({
      platform: 'telegram',
      chatId: '55',
      userId: '55',
      text: '/subscribe',
      chatType: 'private',
      addressed: true,
    });
    expect(reply?.kind).toBe('subscription');
  });
});
