/**
 * The outbox sender for Discord channels. discord.js's REST queue waits out 429s and retries 5xx
 * itself; what reaches us is classified by what Discord said: an unknown channel or guild means the
 * channel is gone (the subscription is deactivated); other 4xx (missing access or permissions, which
 * a moderator can fix, or a refused body) fail the row and keep the subscription.
 */
import { DiscordAPIError, HTTPError, RateLimitError, Routes, type REST } from 'discord.js';
import type { DeliveryOutcome, Sender } from '../../bot/index.js';
import { renderDiscord } from './render.js';
import { NO_MENTIONS_BODY, safeReply } from './safe.js';

/** 10003 Unknown Channel, 10004 Unknown Guild. */
const GONE_CODES = new Set([10003, 10004]);

export function outcomeOf(error: unknown): DeliveryOutcome {
  if (error instanceof RateLimitError) return { status: 'retry', reason: `429: ${error.message}`, retryAfterMs: error.retryAfter };
  if (error instanceof DiscordAPIError) {
    if (GONE_CODES.has(Number(error.code))) return { status: 'permanent', code: `discord-${error.code}`, reason: error.message };
    if (error.status >= 500) return { status: 'retry', reason: `${error.status}: ${error.message}` };
    // Any other 4xx but 429 (rate limit) and 401 (the token, not this message) would be refused
    // again: retrying it eight times only delays the rows behind it.
    if (error.status >= 400 && error.status < 500 && error.status !== 429 && error.status !== 401) {
      return { status: 'rejected', code: `discord-${error.code}`, reason: `${error.status}: ${error.message}` };
    }
    return { status: 'retry', reason: `${error.status}: ${error.message}` };
  }
  if (error instanceof HTTPError) return { status: 'retry', reason: `${error.status}: ${error.message}` };
  const e = error as Error;
  if (e.name === 'AbortError') return { status: 'retry', reason: 'no answer in time (request aborted)' };
  return { status: 'retry', reason: `network: ${e.message}` };
}

export function createDiscordSender(rest: REST): Sender {
  const post = (chatId: string, embeds: unknown, signal?: AbortSignal): Promise<unknown> =>
    rest.post(Routes.channelMessages(chatId), { body: { embeds, allowed_mentions: NO_MENTIONS_BODY }, signal });
  return {
    platform: 'discord',
    parts: (reply) => renderDiscord(safeReply(reply)).length,
    async sendPart(target, reply, index, signal) {
      const embeds = renderDiscord(safeReply(reply))[index];
      if (!embeds) return { status: 'sent' };
      try {
        await post(target.chatId, embeds, signal);
        return { status: 'sent' };
      } catch (error) {
        return outcomeOf(error);
      }
    },
    async send(target, reply) {
      try {
        for (const embeds of renderDiscord(safeReply(reply))) await post(target.chatId, embeds);
        return { status: 'sent' };
      } catch (error) {
        return outcomeOf(error);
      }
    },
  };
}
