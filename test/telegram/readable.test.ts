import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegram, type TelegramAdapter } from '../../adapters/telegram/index.js';
import { createBot } from '../../bot/index.js';
import { silentLogger } from '../../bot/log.js';
import { startFakeTelegram, textUpdate, type ApiCall, type FakeTelegram } from '../fakes/telegram-api.js';
import { EN_OFFER, EN_QUESTION, INTERNAL, PASSAGES, readableKnowledge, ZH_OFFER } from '../helpers/readable.js';
import { makeServices } from '../helpers/services.js';

let api: FakeTelegram;
let adapter: TelegramAdapter;
let chat = 7100;
let callbackId = 0;

type Keyboard = { inline_keyboard: Array<Array<{ text: string; callback_data: string }>> };
const buttonsOf = (call: ApiCall) => ((call.body.reply_markup as Keyboard | undefined)?.inline_keyboard ?? []).flat();

/** Sends a text and returns the bot's sendMessage calls for it. */
async function say(text: string, options: Parameters<typeof textUpdate>[1] = {}): Promise<ApiCall[]> {
  const chatId = options.chatId ?? (chat += 1);
  const before = api.sent(chatId).length;
  api.pushUpdate(textUpdate(text, { ...options, chatId }));
  await api.waitFor('sendMessage', () => api.sent(chatId).length > before);
  await new Promise((r) => setTimeout(r, 100));
  return api.sent(chatId).slice(before);
}

/** Presses a button and returns the message the bot sends back. */
async function press(chatId: number, data: string, language = 'zh-hans'): Promise<ApiCall> {
  const id = `cb${(callbackId += 1)}`;
  const before = api.sent(chatId).length;
  api.pushUpdate({
    callback_query: {
      id,
      from: { id: 1001, is_bot: false, first_name: 'u', language_code: language },
      chat_instance: 'x',
      data,
      message: { message_id: 5, date: 0, chat: { id: chatId, type: 'private' } },
    },
  });
  await api.waitFor('answerCallbackQuery', (c) => c.body.callback_query_id === id);
  await api.waitFor('sendMessage', () => api.sent(chatId).length > before);
  return api.sent(chatId)[before] as ApiCall;
}

beforeAll(async () => {
  api = await startFakeTelegram();
  const bot = createBot(makeServices({ knowledge: readableKnowledge() }));
  adapter = await startTelegram({
    token: api.token,
    apiRoot: api.url,
    admins: [],
    handle: (m) => bot.handle(m),
    passage: (id, lang) => bot.passage?.(id, lang),
    log: silentLogger,
  });
});

afterAll(async () => {
  await adapter.stop();
  await api.stop();
});

describe('Telegram replies a person can read (real telegraf, fake Bot API)', () => {
  it('GIVEN questions, offers and help in both languages THEN no file name, passage id, flag id or inline remark is sent', async () => {
    for (const text of ['交易场所为什么清理？', ZH_OFFER, EN_OFFER, EN_QUESTION, '/help', '/status 不存在的机构']) {
      for (const call of await say(text)) {
        expect(String(call.body.text)).not.toMatch(INTERNAL);
        for (const b of buttonsOf(call)) expect(b.text).not.toMatch(INTERNAL);
      }
    }
  });

  it('GIVEN an answer with four citations THEN four buttons, and each opens its passage without remarks', async () => {
    const chatId = (chat += 1);
    const [answer] = await say('交易场所为什么清理？', { chatId });
    const buttons = buttonsOf(answer as ApiCall);
    expect(buttons.map((b) => b.text)).toEqual(['原文段落 [1]', '原文段落 [2]', '原文段落 [3]', '原文段落 [4]']);
    const opened = [];
    for (const b of buttons) opened.push(String((await press(chatId, b.callback_data)).body.text));
    expect(opened[0]).toBe(
      '<b>《地方交易场所清理研究》 · 第二章 清理过程 · 二、分批退出</b>\n清理分批进行，先退出没有存量业务的场所，再处置其余场所。',
    );
    expect(opened[3]).toBe(
      '<b>finrisk 整理「测试笔记：交易场所清理」，据《地方交易场所清理研究》 · 识别要点</b>\n个人投资者不应购买在这类公司备案的产品。',
    );
    expect(opened.map((t) => t.split('\n')[1])).toEqual(PASSAGES.map((p) => p.text.replace(/（来源：[^）]*）/, '')));
  });

  it('GIVEN an English offer THEN the verdict is framed in English and its source opens in English', async () => {
    const chatId = (chat += 1);
    const [verdict] = await say(EN_OFFER, { chatId, language: 'en' });
    const text = String(verdict?.body.text);
    expect(text).toMatch(/^<b>Risk level: High risk<\/b>/);
    expect(text).toContain('• Sham exchange: ');
    expect(text).toContain('<b>Sources</b>');
    const [button] = buttonsOf(verdict as ApiCall);
    expect(button?.text).toBe('Passage [1]');
    expect(String((await press(chatId, button!.callback_data, 'en')).body.text)).toMatch(
      /^<b>finrisk summary &quot;测试笔记：交易场所清理&quot;, based on 《地方交易场所清理研究》/,
    );
  });

  it('GIVEN /help from an English client THEN English help; from a Chinese client THEN Chinese help with the admin commands marked', async () => {
    expect(String((await say('/help', { language: 'en' }))[0]?.body.text)).toContain(
      '/ask &lt;question&gt; — an answer quoted from the reports',
    );
    const zh = String((await say('/help'))[0]?.body.text);
    expect(zh).toContain('/subscribe [地区或关键词]');
    expect(zh).toContain('/feeds · /poll — 新闻源状态、立即轮询（仅 FINRISK_ADMINS 中的管理员）');
  });

  it('GIVEN a question in a group THEN the answer replies to the asker’s message; in a private chat THEN it does not', async () => {
    const group = -7200;
    const update = textUpdate(`@${api.username} 交易场所为什么清理？`, { chatId: group, group: true }) as {
      message: { message_id: number };
    };
    api.pushUpdate(update);
    const answer = await api.waitFor('sendMessage', (c) => String(c.body.chat_id) === String(group));
    expect(answer.body.reply_parameters).toEqual({ message_id: update.message.message_id, allow_sending_without_reply: true });
    expect((await say('交易场所为什么清理？'))[0]?.body.reply_parameters).toBeUndefined();
  });
});
