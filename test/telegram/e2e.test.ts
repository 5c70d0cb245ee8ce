import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rss, startFeedServer, type FakeFeedServer } from '../fakes/feed-server.js';
import { startFakeTelegram, textUpdate, type FakeTelegram } from '../fakes/telegram-api.js';
import { startEntry, tempDataDir } from '../helpers/run.js';
import { fixtureCorpus } from '../helpers/corpus.js';

let api: FakeTelegram;
let feeds: FakeFeedServer;
let app: ReturnType<typeof startEntry>;
let chat = 100;

const html = (call: { body: Record<string, unknown> }): string => String(call.body.text);

/** Sends a text as a new chat and returns the bot's replies to it. */
async function say(text: string, options: Parameters<typeof textUpdate>[1] = {}): Promise<string[]> {
  const chatId = options.chatId ?? (chat += 1);
  const before = api.sent(chatId).length;
  const pushedAt = Date.now();
  api.pushUpdate(textUpdate(text, { ...options, chatId }));
  await api.waitFor('sendMessage', (c) => String(c.body.chat_id) === String(chatId) && c.at >= pushedAt, 30_000);
  await new Promise((r) => setTimeout(r, 200));
  return api.sent(chatId).slice(before).map(html);
}

beforeAll(async () => {
  api = await startFakeTelegram();
  feeds = await startFeedServer();
  feeds.register('/news.xml', { body: rss([]) });
  app = startEntry('adapters/main.ts', {
    TELEGRAM_BOT_TOKEN: api.token,
    TELEGRAM_API_ROOT: api.url,
    FINRISK_CORPUS: fixtureCorpus,
    FINRISK_DATA_DIR: tempDataDir(),
    FINRISK_FEEDS: feeds.url('/news.xml'),
    FINRISK_POLL_CRON: '* * * * * *',
    FINRISK_ADMINS: '4242',
  });
  await api.waitFor('getUpdates', () => true, 60_000);
}, 90_000);

afterAll(async () => {
  const code = await app.stop();
  expect(code).toBe(0);
  await feeds.stop();
  await api.stop();
});

describe('Telegram through npm start and the real telegraf client', () => {
  it('GIVEN start-up THEN commands are registered in English and Chinese', () => {
    const commands = api.calls.filter((c) => c.method === 'setMyCommands');
    expect(commands.map((c) => c.body.language_code ?? 'default').sort()).toEqual(['default', 'zh']);
    expect((commands[0]?.body.commands as Array<{ command: string }>).map((c) => c.command)).toContain('subscribe');
  });

  it('GIVEN /start and /help THEN a greeting and the command list', async () => {
    expect((await say('/start'))[0]).toContain('finrisk');
    expect((await say('/help'))[0]).toContain('/check');
  });

  it('GIVEN a question as plain text THEN an answer with numbered sources in HTML', async () => {
    const [answer] = await say('伪金交所被整治后出现了哪些新变种？');
    expect(answer).toMatch(/\[1\]/);
    expect(answer).toContain('<b>来源</b>');
    const reply = api.sent(chat).at(-1);
    expect(reply?.body.parse_mode).toBe('HTML');
  });

  it('GIVEN an offer as plain text and as /check THEN a high-risk verdict with flags', async () => {
    for (const text of ['某资产登记备案中心的定融，年化11%，保本保息，靠谱吗？', '/check 月息2分，钱打到财务个人卡上']) {
      const [verdict] = await say(text);
      expect(verdict).toContain('风险等级：高风险');
    }
  });

  it('GIVEN /status and /ask THEN the registry and the knowledge answer', async () => {
    expect((await say('/status 西安百金金融资产交易中心'))[0]).toContain('已注销');
    expect((await say('/ask 第一批有多少个试点项目'))[0]).toContain('16');
  });

  it('GIVEN markup in the input THEN it comes back escaped', async () => {
    const replies = await say('/status <script>alert(1)</script> & co');
    expect(replies[0]).toContain('&lt;script&gt;');
    expect(replies[0]).not.toContain('<script>');
  });

  it('GIVEN a group message that does not mention the bot THEN no reply; a mention THEN a reply', async () => {
    const group = -5001;
    api.pushUpdate(textUpdate('大家好，今天天气不错', { chatId: group, group: true }));
    await new Promise((r) => setTimeout(r, 1500));
    expect(api.sent(group)).toEqual([]);
    const replies = await say(`@${api.username} 为什么关停金交所？`, { chatId: group, group: true });
    expect(replies.length).toBeGreaterThan(0);
  });

  it('GIVEN the "original passage" button THEN the callback is answered and the passage sent', async () => {
    await say('伪金交所被整治后出现了哪些新变种？', { chatId: 9001 });
    const withButton = api.sent(9001).find((c) => c.body.reply_markup);
    const data = (withButton?.body.reply_markup as { inline_keyboard: Array<Array<{ callback_data: string }>> }).inline_keyboard[0]?.[0]
      ?.callback_data;
    api.pushUpdate({
      callback_query: {
        id: 'cb1',
        from: { id: 1001, is_bot: false, first_name: 'u' },
        chat_instance: 'x',
        data,
        message: { message_id: 5, date: 0, chat: { id: 9001, type: 'private' } },
      },
    });
    await api.waitFor('answerCallbackQuery', (c) => c.body.callback_query_id === 'cb1');
    // The passage comes under its citation's label: a report's 《title》, or a note's "finrisk 整理「…」，据《…》".
    await api.waitFor('sendMessage', (c) => String(c.body.chat_id) === '9001' && /^<b>(《|finrisk 整理「)/.test(html(c)));
  });

  it('GIVEN admin commands THEN only FINRISK_ADMINS may run them', async () => {
    expect((await say('/feeds', { userId: 1 }))[0]).toContain('只限管理员');
    expect((await say('/feeds', { userId: 4242 }))[0]).toContain('news.xml');
  });

  it('GIVEN a subscriber and a closure in the feed THEN exactly one push arrives', async () => {
    const subscriber = 7007;
    expect((await say('/subscribe 湖南', { chatId: subscriber }))[0]).toContain('已订阅');
    feeds.register('/news.xml', {
      body: rss([
        {
          title: '湖南取消辖内金交所业务资质',
          description: '湖南地方金融监管部门公告，取消辖内金融资产交易中心的业务资质。',
          guid: 'tg-1',
          link: 'https://news.example/tg-1',
        },
        { title: '某产权交易所举办推介会', description: '发布国有产权转让项目。', guid: 'tg-2' },
      ]),
    });
    await api.waitFor('sendMessage', (c) => String(c.body.chat_id) === String(subscriber) && html(c).startsWith('<b>关停消息'), 30_000);
    await new Promise((r) => setTimeout(r, 3000));
    const pushes = api.sent(subscriber).filter((c) => html(c).startsWith('<b>关停消息'));
    expect(pushes).toHaveLength(1);
    expect(html(pushes[0]!)).toContain('涉及：湖南金融资产交易中心有限公司\n');
    expect(html(pushes[0]!)).toContain('href="https://news.example/tg-1"');
    expect((await say('/subscriptions', { chatId: subscriber })).at(-1)).toContain('当前订阅：匹配「湖南」的关停消息（即时推送）');
    expect((await say('/unsubscribe', { chatId: subscriber })).at(-1)).toContain('已退订');
  }, 60_000);
});

describe('start-up with a bad token', () => {
  it('GIVEN a token Telegram rejects THEN one clear line and no token in the output', async () => {
    const bad = startEntry('adapters/main.ts', {
      TELEGRAM_BOT_TOKEN: '999:WRONG-token-value',
      TELEGRAM_API_ROOT: api.url,
      FINRISK_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'finrisk-tg-')),
    });
    expect(await bad.exited).toBe(1);
    expect(bad.output().trim()).toBe('finrisk: Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized): check the token from @BotFather');
  }, 60_000);
});
