/**
 * The outbox sender for Discord channels. discord.js's REST queue waits out 429s itself; a deleted
 * channel or lost access is permanent, so the subscription is deactivated.
 */
import { DiscordAPIError, Routes, type REST } from 'discord.js';
import type { DeliveryOutcome, Sender } from '../../bot/ports.js';
import { renderDiscord } from './render.js';
import { NO_MENTIONS_BODY, safeReply } from './safe.js';

const PERMANENT_CODES = new Set([10003, 50001, 50013, 10004]);

export function outcomeOf(error: unknown): DeliveryOutcome {
  if (error instanceof DiscordAPIError) {
    if (PERMANENT_CODES.has(Number(error.code)) || error.status === 403 || error.status === 404) {
      return { status: 'permanent', code: `discord-${error.code}`, reason: error.message };
    }
    // Any other 4xx but 429 (rate limit) and 401 (the token, not this message) would be refused
    // again: retrying it eight times only delays the rows behind it.
    if (error.status >= 400 && error.status < 500 && error.status !== 429 && error.status !== 401) {
      return { status: 'rejected', code: `discord-${error.code}`, reason: `${error.status}: ${error.message}` };
    }
    return { status: 'retry', reason: `${error.status}: ${error.message}` };
  }
  return { status: 'retry', reason: `network: ${(error as Error).message}` };
}

export function createDiscordSender(rest: REST): Sender {
  return {
    platform: 'discord',
    async send(target, reply) {
      try {
        for (const embeds of renderDiscord(safeReply(reply))) await rest.post(Routes.channelMessages(target.chatId), { body: { embeds, allowed_mentions: NO_MENTIONS_BODY } });
        return { status: 'sent' };
      } catch (error) {
        return outcomeOf(error);
      }
    },
  };
}
