/**
 * The outbox sender for Telegram, and paced, retried interactive replies. telegraf does not retry
 * and waits 500 s for an answer, so every call here carries an abort signal (a timeout). Outcomes
 * follow what the Bot API said: a 429 waits `retry_after`; a blocked bot, a missing chat or a
 * deactivated user mean the chat is gone; any other 4xx is a refused message, not a lost subscriber.
 */
import { TelegramError, type Telegram } from 'telegraf';
import type { DeliveryOutcome, Sender, Reply, Pacer } from '../../bot/index.js';
import { BUTTONS_PER_ROW, renderTelegram, type TelegramMessage } from './render.js';

export const REPLY_RETRY = {
  /** One call not answered by then is abandoned (and retried). */
  timeoutMs: 10_000,
  attempts: 4,
  /** A 429 asking for longer than this is not waited out for an interactive reply. */
  maxRetryAfterMs: 60_000,
  baseBackoffMs: 500,
};

/** 400 descriptions that mean the chat cannot be reached any more (403 always does). */
const CHAT_GONE =
  /chat not found|user not found|user is deactivated|chat_id is empty|PEER_ID_INVALID|group chat was deleted|bot was kicked/i;

type CallOptions = NonNullable<Parameters<Telegram['callApi']>[2]>;

const keyboard = (buttons: NonNullable<TelegramMessage['buttons']>) => {
  const rows: Array<Array<{ text: string; callback_data: string }>> = [];
  buttons.forEach((b, i) => {
    if (i % BUTTONS_PER_ROW === 0) rows.push([]);
    rows[rows.length - 1]?.push({ text: b.text, callback_data: b.data });
  });
  return { inline_keyboard: rows };
};

/** Sends one rendered message with its inline buttons; in groups it replies to the asker's message. */
export async function sendRendered(
  telegram: Telegram,
  chatId: string,
  message: TelegramMessage,
  signal?: AbortSignal,
  replyTo?: number,
): Promise<void> {
  const payload = {
    chat_id: chatId,
    text: message.html,
    parse_mode: 'HTML' as const,
    link_preview_options: { is_disabled: true },
    ...(message.buttons ? { reply_markup: keyboard(message.buttons) } : {}),
    ...(replyTo !== undefined ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
  };
  // telegraf types the signal with the abort-controller polyfill; its node-fetch takes Node's own.
  await telegram.callApi('sendMessage', payload, { signal } as unknown as CallOptions);
}

export function outcomeOf(error: unknown): DeliveryOutcome {
  if (error instanceof TelegramError) {
    const description = error.response.description ?? error.message;
    if (error.code === 429) return { status: 'retry', reason: description, retryAfterMs: (error.parameters?.retry_after ?? 1) * 1000 };
    if (error.code >= 500) return { status: 'retry', reason: `${error.code}: ${description}` };
    if (error.code === 403) return { status: 'permanent', code: 'blocked', reason: description };
    if (error.code === 400 && CHAT_GONE.test(description)) return { status: 'permanent', code: 'chat-not-found', reason: description };
    return { status: 'rejected', code: `http-${error.code}`, reason: description };
  }
  const e = error as Error;
  if (e.name === 'AbortError') return { status: 'retry', reason: 'no answer in time (request aborted)' };
  return { status: 'retry', reason: `network: ${e.message}` };
}

export function createTelegramSender(telegram: Telegram): Sender {
  return {
    platform: 'telegram',
    parts: (reply) => renderTelegram(reply).length,
    async sendPart(target, reply, index, signal) {
      const message = renderTelegram(reply)[index];
      if (!message) return { status: 'sent' };
      try {
        await sendRendered(telegram, target.chatId, message, signal);
        return { status: 'sent' };
      } catch (error) {
        return outcomeOf(error);
      }
    },
    async send(target, reply: Reply) {
      try {
        for (const message of renderTelegram(reply))
          await sendRendered(telegram, target.chatId, message, AbortSignal.timeout(REPLY_RETRY.timeoutMs));
        return { status: 'sent' };
      } catch (error) {
        return outcomeOf(error);
      }
    },
  };
}

/**
 * One interactive call inside the platform's budget: paced with the pushes, a 429 waited out (and
 * the shared pacer paused, so pushes wait too), a 5xx, a timeout or a network error tried again.
 * Like grammY's auto-retry; anything else is thrown to the caller.
 */
export async function pacedCall(pacer: Pacer | undefined, chatId: string, call: (signal: AbortSignal) => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    await pacer?.acquire(chatId);
    try {
      await call(AbortSignal.timeout(REPLY_RETRY.timeoutMs));
      pacer?.settle(chatId);
      return;
    } catch (error) {
      pacer?.settle(chatId);
      const outcome = outcomeOf(error);
      if (outcome.status !== 'retry' || attempt >= REPLY_RETRY.attempts) throw error;
      if (outcome.retryAfterMs !== undefined) {
        if (outcome.retryAfterMs > REPLY_RETRY.maxRetryAfterMs) throw error;
        if (pacer) await pacer.pause(outcome.retryAfterMs);
        else await new Promise((r) => setTimeout(r, outcome.retryAfterMs));
      } else await new Promise((r) => setTimeout(r, REPLY_RETRY.baseBackoffMs * 2 ** (attempt - 1)));
    }
  }
}

/** Sends replies to a chat message by message, each through `pacedCall`; the first one replies to `replyTo`. */
export async function sendReplies(
  telegram: Telegram,
  pacer: Pacer | undefined,
  chatId: string,
  replies: Reply[],
  replyTo?: number,
): Promise<void> {
  let to = replyTo;
  for (const reply of replies) {
    for (const message of renderTelegram(reply)) {
      const target = to;
      await pacedCall(pacer, chatId, (signal) => sendRendered(telegram, chatId, message, signal, target));
      to = undefined;
    }
  }
}
