/** Discord interactions and messages to the core's neutral message. */
import { PermissionFlagsBits, type PermissionsBitField } from 'discord.js';
import type { IncomingMessage } from '../../bot/index.js';

export interface CommandInput {
  name: string;
  subcommand: string | null;
  options: Record<string, string | undefined>;
  channelId: string;
  userId: string;
  inGuild: boolean;
  permissions: Pick<PermissionsBitField, 'has'> | null;
  locale?: string;
}

/** Manage Server or Manage Messages. Checked at run time: nothing enforces the declared permissions locally. */
export function isModerator(permissions: CommandInput['permissions']): boolean {
  return Boolean(permissions && (permissions.has(PermissionFlagsBits.ManageGuild) || permissions.has(PermissionFlagsBits.ManageMessages)));
}

/** The neutral text of a slash command; null for commands the adapter answers itself (/watch). */
export function commandText(input: Pick<CommandInput, 'name' | 'subcommand' | 'options'>): string | null {
  const o = input.options;
  switch (input.name) {
    case 'ask':
      return `/ask ${o.question ?? ''}`.trim();
    case 'check':
      return `/check ${o.offer ?? ''}`.trim();
    case 'status':
      return `/status ${o.name ?? ''}`.trim();
    case 'help':
      return '/help';
    case 'alerts':
      if (input.subcommand === 'subscribe') return `/subscribe ${o.filters ?? ''}`.trim();
      if (input.subcommand === 'list') return '/subscriptions';
      if (input.subcommand === 'unsubscribe') return '/unsubscribe';
      return null;
    default:
      return null;
  }
}

export function toIncoming(input: CommandInput, text: string): IncomingMessage {
  return {
    platform: 'discord',
    chatId: input.channelId,
    userId: input.userId,
    text,
    chatType: input.inGuild ? 'group' : 'private',
    addressed: true,
    locale: input.locale,
    isModerator: isModerator(input.permissions),
  };
}
