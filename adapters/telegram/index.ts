/**
 * The Telegram adapter: telegraf with long polling (or a webhook when a URL is configured), mapping
 * updates to the core's neutral message and rendering replies as HTML. No business logic here.
 */
import type http from 'node:http';
import { Telegraf, TelegramError } from 'telegraf';
import type { Logger } from '../../bot/log.js';
import type { Sender } from '../../bot/ports.js';
import type { IncomingMessage, Reply } from '../../bot/types.js';
import { escapeHtml, renderTelegram } from './render.js';
import { createTelegramSender, sendRendered } from './sender.js';
import { toIncoming } from './map.js';
import { listenWebhook } from './webhook.js';
import { fatalCause, watchTelegramApi } from './health.js';
import type { AdapterHealth } from '../http.js';

export interface TelegramOptions {
  token: string;
  apiRoot: string;
  /** The secret is required: without it anyone who reaches the port could post updates. */
  webhook?: { url: string; secret: string; port: number };
  admins: string[];
  handle: (msg: IncomingMessage) => Promise<Reply[]>;
  passage?: (id: string) => { title: string; section: string; text: string } | undefined;
  log: Logger;
  /** Show "typing…" when a reply takes longer than this. */
  typingAfterMs?: number;
  /** Longest wait for an API call (getUpdates: this on top of its long poll). Default 10 s. */
  apiTimeoutMs?: number;
  /** Polling cannot go on (409, 401): the composition root ends the process with this one line. */
  onFatal?: (cause: string) => void;
}

export interface TelegramAdapter {
  sender: Sender;
  botUsername: string;
  /** Where the webhook server listens (webhook mode only). */
  webhookPort?: number;
  health(): AdapterHealth;
  stop(reason?: string): Promise<void>;
}

export const COMMANDS = [
  { command: 'ask', zh: '提问（答案注明出处）', en: 'Ask a question (answers cite their sources)' },
  { command: 'check', zh: '检查理财产品的风险红旗', en: 'Check an offer for red flags' },
  { command: 'status', zh: '查询机构关停状态', en: 'Status of an exchange or platform' },
  { command: 'subscribe', zh: '订阅关停消息', en: 'Subscribe to closure news' },
  { command: 'subscriptions', zh: '查看订阅', en: 'Show subscriptions' },
  { command: 'unsubscribe', zh: '退订', en: 'Unsubscribe' },
  { command: 'help', zh: '使用说明', en: 'Help' },
];

/** One clear line for a token Telegram refused, never the token itself. */
function startError(error: unknown): Error {
  if (error instanceof TelegramError && (error.code === 401 || error.code === 404)) {
    return new Error(`Telegram rejected TELEGRAM_BOT_TOKEN (${error.code} ${error.response.description ?? 'Unauthorized'}): check the token from @BotFather`);
  }
  return new Error(`cannot reach the Telegram Bot API (${(error as Error).message.replace(/bot\d+:[\w-]+/g, 'bot<token>')}): check TELEGRAM_API_ROOT and the network`);
}

/**
 * In a group, changing its subscription is for its administrators: Telegram says who they are
 * (getChatMember), asked only for the commands that need it. A failed call counts as "no".
 */
async function withModerator(telegram: Telegraf['telegram'], msg: IncomingMessage): Promise<IncomingMessage> {
  if (msg.chatType !== 'group' || !/^\/(subscribe|unsubscribe)(@\w+)?(\s|$)/i.test(msg.text)) return msg;
  const member = await telegram.getChatMember(msg.chatId, Number(msg.userId)).catch(() => undefined);
  return { ...msg, isModerator: member?.status === 'creator' || member?.status === 'administrator' };
}

async function respond(telegram: Telegraf['telegram'], msg: IncomingMessage, options: TelegramOptions): Promise<void> {
  const chatId = msg.chatId;
  // "typing…" only when the answer is slow, so quick replies do not flicker.
  const typing = setTimeout(() => void telegram.sendChatAction(chatId, 'typing').catch(() => undefined), options.typingAfterMs ?? 300);
  try {
    const replies = await options.handle(msg);
    clearTimeout(typing);
    for (const reply of replies) for (const message of renderTelegram(reply)) await sendRendered(telegram, chatId, message);
  } finally {
    clearTimeout(typing);
  }
}

export async function startTelegram(options: TelegramOptions): Promise<TelegramAdapter> {
  const bot = new Telegraf(options.token, { telegram: { apiRoot: options.apiRoot, webhookReply: false }, handlerTimeout: 60_000 });
  const watch = watchTelegramApi(bot.telegram, options.log, options.apiTimeoutMs ?? 10_000);
  const me = await bot.telegram.getMe().catch((error: unknown) => {
    throw startError(error);
  });
  bot.botInfo = me;
  const identity = { id: me.id, username: me.username };
  const admins = new Set(options.admins);

  bot.catch((error, ctx) => options.log.error({ err: error, update: ctx.update.update_id }, 'telegram update failed'));

  // Not awaited: telegraf fetches the next batch of updates only when a whole batch is handled, so
  // awaiting here would let one user's slow messages hold back everyone's. The core keeps each
  // user's messages in order.
  bot.on('message', (ctx) => {
    const msg = toIncoming(ctx.message, identity, admins);
    if (msg) void withModerator(ctx.telegram, msg).then((m) => respond(ctx.telegram, m, options)).catch((error: unknown) => options.log.error({ err: error, update: ctx.update.update_id }, 'telegram update failed'));
  });

  bot.on('callback_query', async (ctx) => {
    const data = 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : '';
    const passage = data.startsWith('p:') ? options.passage?.(data.slice(2)) : undefined;
    await ctx.answerCbQuery(passage ? undefined : '这段原文已不在资料库中');
    const chatId = ctx.callbackQuery.message?.chat.id;
    if (passage && chatId !== undefined) {
      const html = `<b>《${escapeHtml(passage.title)}》${passage.section ? ` · ${escapeHtml(passage.section)}` : ''}</b>\n${escapeHtml(passage.text)}`;
      await ctx.telegram.sendMessage(chatId, html.slice(0, 4000), { parse_mode: 'HTML' });
    }
  });

  await Promise.all([
    bot.telegram.setMyCommands(COMMANDS.map((c) => ({ command: c.command, description: c.en }))),
    bot.telegram.setMyCommands(COMMANDS.map((c) => ({ command: c.command, description: c.zh })), { language_code: 'zh' }),
  ]).catch((error: unknown) => options.log.warn({ err: startError(error).message }, 'setMyCommands failed'));

  let server: http.Server | undefined;
  let webhookPort: number | undefined;
  if (options.webhook) {
    if (!options.webhook.secret) throw new Error('webhook mode needs TELEGRAM_WEBHOOK_SECRET: without it anyone who reaches the port can post updates');
    const path = new URL(options.webhook.url).pathname;
    // telegraf answers 403 itself when the path or the secret token does not match.
    server = await listenWebhook(bot.webhookCallback(path, { secretToken: options.webhook.secret }), options.webhook.port);
    webhookPort = (server.address() as { port: number }).port;
    await bot.telegram.setWebhook(options.webhook.url, { secret_token: options.webhook.secret });
  } else {
    // launch() resolves when we stop polling, and rejects when Telegram ends it (409, 401).
    void bot.launch({ dropPendingUpdates: false }).catch((error: unknown) => {
      const cause = fatalCause(error);
      watch.stopped(cause);
      options.log.error({ error: cause }, 'telegram polling stopped');
      options.onFatal?.(cause);
    });
  }
  options.log.info({ bot: me.username, mode: options.webhook ? 'webhook' : 'polling' }, 'telegram adapter started');

  return {
    sender: createTelegramSender(bot.telegram),
    botUsername: me.username,
    webhookPort,
    health: () => watch.health(),
    async stop(reason = 'shutdown') {
      if (server) await new Promise<void>((resolve) => server?.close(() => resolve()));
      else {
        try {
          bot.stop(reason);
        } catch {
          // Not running (yet): nothing to stop.
        }
      }
    },
  };
}
