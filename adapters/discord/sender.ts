/**
 * The outbox sender for Discord channels. discord.js's REST queue waits out 429s and retries 5xx
 * itself; what reaches us is classified by what Discord said: an unknown channel or guild means the
 * channel is gone (the subscription is deactivated); other 4xx (missing access or permissions, which
 * a moderator can fix, or a refused body) fail the row and keep the subscription.
 */
import { DiscordAPIError, HTTPError, RateLimitError, Routes, type REST } from 'discord.js';
import type { DeliveryOutcome, Sender } from '../../bot/index.js';
import { renderDiscord } from './render.js';

/** 10003 Unknown Channel, 10004 Unknown Guild. */
const GONE_CODES = new Set([10003, 10004]);

export function outcomeOf(error: unknown): DeliveryOutcome {
  if (error instanceof RateLimitError) return { status: 'retry', reason: `429: ${error.message}`, retryAfterMs: error.retryAfter };
  if (error instanceof DiscordAPIError) {
    if (GONE_CODES.has(Number(error.code))) return { status: 'permanent', code: `discord-${error.code}`, reason: error.message };
    if (error.status >= 500) return { status: 'retry', reason: `${error.status}: ${error.message}` };
    return { status: 'rejected', code: `discord-${error.code}`, reason: `${error.status}: ${error.message}` };
  }
  if (error instanceof HTTPError) return { status: 'retry', reason: `${error.status}: ${error.message}` };
  const e = error as Error;
  if (e.name === 'AbortError') return { status: 'retry', reason: 'no answer in time (request aborted)' };
  return { status: 'retry', reason: `network: ${e.message}` };
}

export function createDiscordSender(rest: REST): Sender {
  const post = (chatId: string, embeds: unknown, signal?: AbortSignal): Promise<unknown> => rest.post(Routes.channelMessages(chatId), { body: { embeds }, signal });
  return {
    platform: 'discord',
    parts: (reply) => renderDiscord(reply).length,
    async sendPart(target, reply, index, signal) {
      const embeds = renderDiscord(reply)[index];
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
        for (const embeds of renderDiscord(reply)) await post(target.chatId, embeds);
        return { status: 'sent' };
      } catch (error) {
        return outcomeOf(error);
      }
    },
  };
}
