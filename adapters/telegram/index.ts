/**
 * The Telegram adapter: telegraf with long polling (or a webhook when a URL is configured), mapping
 * updates to the core's neutral message and rendering replies as HTML. No business logic here.
 */
import type http from 'node:http';
import { Telegraf, TelegramError } from 'telegraf';
import { langOfLocale, type IncomingMessage, type Lang, type Logger, type Pacer, type Reply, type Sender } from '../../bot/index.js';
import { passageKeys, renderTelegram } from './render.js';
import { createTelegramSender, pacedCall, sendRendered, sendReplies } from './sender.js';
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
  /** A cited passage as a reply (bot.passage), for the buttons under an answer. */
  passage?: (id: string, lang?: Lang) => Reply | undefined;
  log: Logger;
  /** Show "typing…" when a reply takes longer than this. */
  typingAfterMs?: number;
  /** The pacer pushes use: replies share the platform's budget with them. */
  pacer?: Pacer;
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

const GONE: Record<Lang, string> = { zh: '这段原文已不在资料库中', en: 'This passage is no longer in the library' };

/** Hashed button keys (passage ids over 64 bytes) seen lately; the oldest go first. */
const KEY_MEMORY = 5000;
function remember(keys: Map<string, string>, key: string, id: string): void {
  if (keys.size >= KEY_MEMORY) keys.delete(keys.keys().next().value as string);
  keys.set(key, id);
}

/** One clear line for a token Telegram refused, never the token itself. */
function startError(error: unknown): Error {
  if (error instanceof TelegramError && (error.code === 401 || error.code === 404)) {
    return new Error(
      `Telegram rejected TELEGRAM_BOT_TOKEN (${error.code} ${error.response.description ?? 'Unauthorized'}): check the token from @BotFather`,
    );
  }
  return new Error(
    `cannot reach the Telegram Bot API (${(error as Error).message.replace(/bot\d+:[\w-]+/g, 'bot<token>')}): check TELEGRAM_API_ROOT and the network`,
  );
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

async function respond(
  telegram: Telegraf['telegram'],
  msg: IncomingMessage,
  options: TelegramOptions,
  hashed: Map<string, string>,
  replyTo?: number,
): Promise<void> {
  const chatId = msg.chatId;
  // "typing…" only when the answer is slow, so quick replies do not flicker.
  const typing = setTimeout(() => void telegram.sendChatAction(chatId, 'typing').catch(() => undefined), options.typingAfterMs ?? 300);
  try {
    const replies = await options.handle(msg);
    clearTimeout(typing);
    for (const reply of replies) for (const [key, id] of passageKeys(reply)) remember(hashed, key, id);
    await sendReplies(telegram, options.pacer, chatId, replies, replyTo);
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
  const hashed = new Map<string, string>();

  bot.catch((error, ctx) => options.log.error({ err: error, update: ctx.update.update_id }, 'telegram update failed'));

  // Not awaited: telegraf fetches the next batch of updates only when a whole batch is handled, so
  // awaiting here would let one user's slow messages hold back everyone's. The core keeps each
  // user's messages in order.
  bot.on('message', (ctx) => {
    const msg = toIncoming(ctx.message, identity, admins);
    // In a group the answer quotes the message it answers, so the asker sees it is theirs.
    const replyTo = msg?.chatType === 'group' ? ctx.message.message_id : undefined;
    if (msg) {
      void withModerator(ctx.telegram, msg)
        .then((m) => respond(ctx.telegram, m, options, hashed, replyTo))
        .catch((error: unknown) => options.log.error({ err: error, update: ctx.update.update_id }, 'telegram update failed'));
    }
  });

  bot.on('callback_query', async (ctx) => {
    const data = 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : '';
    const lang = langOfLocale(ctx.callbackQuery.from.language_code) ?? 'zh';
    const id = data.startsWith('p:') ? data.slice(2) : hashed.get(data);
    const passage = id ? options.passage?.(id, lang) : undefined;
    await ctx.answerCbQuery(passage ? undefined : GONE[lang]);
    const chatId = ctx.callbackQuery.message?.chat.id;
    if (passage && chatId !== undefined) {
      for (const message of renderTelegram(passage))
        await pacedCall(options.pacer, String(chatId), (signal) => sendRendered(ctx.telegram, String(chatId), message, signal));
    }
  });

  await Promise.all([
    bot.telegram.setMyCommands(COMMANDS.map((c) => ({ command: c.command, description: c.en }))),
    bot.telegram.setMyCommands(
      COMMANDS.map((c) => ({ command: c.command, description: c.zh })),
      { language_code: 'zh' },
    ),
  ]).catch((error: unknown) => options.log.warn({ err: startError(error).message }, 'setMyCommands failed'));

  let server: http.Server | undefined;
  let webhookPort: number | undefined;
  if (options.webhook) {
    if (!options.webhook.secret)
      throw new Error('webhook mode needs TELEGRAM_WEBHOOK_SECRET: without it anyone who reaches the port can post updates');
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
