/**
 * The outbox sender for Discord channels. discord.js's REST queue waits out 429s itself; a deleted
 * channel or lost access is permanent, so the subscription is deactivated.
 */
import { DiscordAPIError, Routes, type REST } from 'discord.js';
import type { DeliveryOutcome, Sender } from '../../bot/index.js';
import { renderDiscord } from './render.js';

const PERMANENT_CODES = new Set([10003, 50001, 50013, 10004]);

export function outcomeOf(error: unknown): DeliveryOutcome {
  if (error instanceof DiscordAPIError) {
    if (PERMANENT_CODES.has(Number(error.code)) || error.status === 403 || error.status === 404) {
      return { status: 'permanent', code: `discord-${error.code}`, reason: error.message };
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
        for (const embeds of renderDiscord(reply)) await rest.post(Routes.channelMessages(target.chatId), { body: { embeds } });
        return { status: 'sent' };
      } catch (error) {
        return outcomeOf(error);
      }
    },
  };
}
