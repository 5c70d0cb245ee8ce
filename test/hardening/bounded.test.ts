import { afterEach, describe, expect, it } from 'vitest';
import { startTelegram } from '../../adapters/telegram/index.js';
import { MAX_NAME_CHARS } from '../../bot/guards.js';
import { createBot } from '../../bot/index.js';
import { silentLogger } from '../../bot/log.js';
import { systemClock } from '../../bot/ports.js';
import type { Reply } from '../../bot/types.js';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';
import type { Registry } from '../../knowledge/registry/types.js';
import { startFakeTelegram, textUpdate } from '../fakes/telegram-api.js';
import { makeKnowledge, makeMessage, makeServices } from '../helpers/services.js';

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const busy = (ms: number): void => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};
const textOf = (replies: Reply[]): string =>
  replies.flatMap((r) => r.blocks.map((b) => ('items' in b ? b.items.map((i) => i.text).join('\n') : b.text))).join('\n');

describe('bounded work per message', () => {
  it('GIVEN /status with a 4,990-character name THEN a refusal naming the limit, and the registry never sees the name', async () => {
    const registry = loadDefaultRegistry();
    const seen: string[] = [];
    const watched: Registry = { ...registry, lookup: (name) => (seen.push(name), registry.lookup(name)) };
    const bot = createBot(makeServices({ registry: watched }));
    const replies = await bot.handle(makeMessage({ text: `/status ${'湖南金融资产交易中心'.repeat(499)}` }));
    expect({ kind: replies[0]?.kind, text: textOf(replies) }).toEqual({
      kind: 'error',
      text: `机构名称太长（4990 个字符，上限 ${MAX_NAME_CHARS}）。请只写机构的名称或简称，例如：/status 西安百金金融资产交易中心`,
    });
    expect(seen).toEqual([]);
    expect(textOf(await bot.handle(makeMessage({ text: '/status 西安百金金融资产交易中心' })))).toContain('已注销');
  });

  it('GIVEN one user sends five CPU-heavy questions at once and another user /help THEN /help is answered after at most one of them', async () => {
    const finished: string[] = [];
    const knowledge = makeKnowledge({ ask: (question) => (busy(40), makeKnowledge().ask(question)) });
    const bot = createBot(makeServices({ knowledge, clock: systemClock }));
    const flood = Array.from({ length: 5 }, (_, i) =>
      bot.handle(makeMessage({ userId: 'flooder', text: `/ask 问题${i}` })).then(() => finished.push(`flood ${i}`)),
    );
    const help = bot.handle(makeMessage({ userId: 'other', chatId: 'c2', text: '/help' })).then(() => finished.push('help'));
    await Promise.all([...flood, help]);
    expect(finished.indexOf('help')).toBeLessThanOrEqual(1);
    // The flooder's own messages still come back in the order sent.
    expect(finished.filter((f) => f !== 'help')).toEqual(['flood 0', 'flood 1', 'flood 2', 'flood 3', 'flood 4']);
  });

  it('GIVEN a heavy message from one user and another user writing while it runs THEN the other is answered before the flooder’s next one', async () => {
    const finished: string[] = [];
    let other: Promise<unknown> = Promise.resolve();
    const bot = createBot(
      makeServices({
        clock: systemClock,
        knowledge: makeKnowledge({
          ask: (question) => {
            busy(40);
            // The other user's update arrives through the network, a turn of the event loop later.
            if (question === '问题0')
              setTimeout(() => {
                other = bot.handle(makeMessage({ userId: 'other', chatId: 'c2', text: '/help' })).then(() => finished.push('other'));
              }, 1);
            return makeKnowledge().ask(question);
          },
        }),
      }),
    );
    const flood = [0, 1].map((i) =>
      bot.handle(makeMessage({ userId: 'flooder', text: `/ask 问题${i}` })).then(() => finished.push(`flood ${i}`)),
    );
    await Promise.all(flood);
    await other;
    expect(finished).toEqual(['flood 0', 'other', 'flood 1']);
  });

  it('GIVEN one Telegram user whose message is still being answered THEN another user in a later update batch is answered first', async () => {
    const api = await startFakeTelegram();
    cleanups.push(() => api.stop());
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const reply: Reply = { kind: 'notice', blocks: [{ type: 'text', text: '好' }], citations: [] };
    const tg = await startTelegram({
      token: api.token,
      apiRoot: api.url,
      admins: [],
      log: silentLogger,
      handle: async (m) => (m.userId === '1' ? (await held, [reply]) : [reply]),
    });
    cleanups.push(() => tg.stop());
    cleanups.push(async () => release());
    await api.waitFor('getUpdates');
    api.pushUpdate(textUpdate('慢的问题', { chatId: 1, userId: 1 }));
    await api.waitFor('getUpdates', (c) => Number(c.body.offset) >= 2, 5_000);
    api.pushUpdate(textUpdate('你好', { chatId: 2, userId: 2 }));
    await api.waitFor('sendMessage', (c) => String(c.body.chat_id) === '2', 5_000);
    expect(api.sent(1)).toEqual([]);
    release();
    await api.waitFor('sendMessage', (c) => String(c.body.chat_id) === '1', 5_000);
  });
});
