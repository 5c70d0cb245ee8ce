/** Telegram updates to the core's neutral message: who, where, and whether the bot was addressed. */
import { z } from 'zod';
import type { IncomingMessage } from '../../bot/index.js';

const Entity = z.object({ type: z.string(), offset: z.number(), length: z.number() }).passthrough();
export const TelegramTextMessage = z
  .object({
    message_id: z.number(),
    text: z.string(),
    chat: z.object({ id: z.number(), type: z.enum(['private', 'group', 'supergroup', 'channel']) }).passthrough(),
    from: z.object({ id: z.number(), language_code: z.string().optional() }).passthrough().optional(),
    entities: z.array(Entity).optional(),
    reply_to_message: z
      .object({ from: z.object({ id: z.number() }).passthrough().optional() })
      .passthrough()
      .optional(),
  })
  .passthrough();
export type TelegramTextMessage = z.infer<typeof TelegramTextMessage>;

export interface BotIdentity {
  id: number;
  username: string;
}

/** Maps a text message; null when it is not one the core should see. */
export function toIncoming(raw: unknown, bot: BotIdentity, admins: ReadonlySet<string>): IncomingMessage | null {
  const parsed = TelegramTextMessage.safeParse(raw);
  if (!parsed.success) return null;
  const m = parsed.data;
  const mention = `@${bot.username}`.toLowerCase();
  const lower = m.text.toLowerCase();
  const isCommand = /^\/\w+/.test(m.text);
  const commandTarget = /^\/\w+@(\w+)/.exec(m.text)?.[1]?.toLowerCase();
  if (commandTarget && commandTarget !== bot.username.toLowerCase()) return null;
  const mentioned =
    (m.entities ?? []).some((e) => e.type === 'mention' && lower.slice(e.offset, e.offset + e.length) === mention) ||
    lower.includes(mention);
  const repliedToBot = m.reply_to_message?.from?.id === bot.id;
  const text = m.text.replace(new RegExp(`@${bot.username}\\b`, 'gi'), '').trim();
  return {
    platform: 'telegram',
    chatId: String(m.chat.id),
    userId: String(m.from?.id ?? m.chat.id),
    text,
    chatType: m.chat.type === 'private' ? 'private' : 'group',
    addressed: m.chat.type === 'private' || isCommand || mentioned || repliedToBot,
    locale: m.from?.language_code,
    isAdmin: m.from ? admins.has(String(m.from.id)) : false,
  };
}
