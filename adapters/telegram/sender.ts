/**
 * The outbox sender for Telegram. telegraf does not retry: a 429 throws a TelegramError with
 * `parameters.retry_after`, which becomes a retry outcome; a blocked bot or a missing chat is permanent.
 */
import { TelegramError, type Telegram } from 'telegraf';
import type { DeliveryOutcome, Sender, Reply } from '../../bot/index.js';
import { BUTTONS_PER_ROW, renderTelegram, type TelegramMessage } from './render.js';

const keyboard = (buttons: NonNullable<TelegramMessage['buttons']>) => {
  const rows: Array<Array<{ text: string; callback_data: string }>> = [];
  buttons.forEach((b, i) => {
    if (i % BUTTONS_PER_ROW === 0) rows.push([]);
    rows[rows.length - 1]?.push({ text: b.text, callback_data: b.data });
  });
  return { inline_keyboard: rows };
};

/** Sends one rendered message with its inline buttons; in groups it replies to the asker's message. */
export async function sendRendered(telegram: Telegram, chatId: string, message: TelegramMessage, replyTo?: number): Promise<void> {
  await telegram.sendMessage(chatId, message.html, {
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
    ...(message.buttons ? { reply_markup: keyboard(message.buttons) } : {}),
    ...(replyTo !== undefined ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
  });
}

export function outcomeOf(error: unknown): DeliveryOutcome {
  if (error instanceof TelegramError) {
    const description = error.response.description ?? error.message;
    if (error.code === 429) return { status: 'retry', reason: description, retryAfterMs: (error.parameters?.retry_after ?? 1) * 1000 };
    if (error.code === 403) return { status: 'permanent', code: 'blocked', reason: description };
    if (error.code === 400 && /chat not found|user not found|chat_id is empty|PEER_ID_INVALID/i.test(description)) {
      return { status: 'permanent', code: 'chat-not-found', reason: description };
    }
    if (error.code >= 500) return { status: 'retry', reason: description };
    return { status: 'permanent', code: `http-${error.code}`, reason: description };
  }
  return { status: 'retry', reason: `network: ${(error as Error).message}` };
}

export function createTelegramSender(telegram: Telegram): Sender {
  return {
    platform: 'telegram',
    async send(target, reply: Reply) {
      try {
        for (const message of renderTelegram(reply)) await sendRendered(telegram, target.chatId, message);
        return { status: 'sent' };
      } catch (error) {
        return outcomeOf(error);
      }
    },
  };
}
