/** The neutral message and reply every adapter translates to and from. No platform types here. */
import type { Citation } from '../knowledge/types.js';
import type { Lang } from './lang.js';

export type Platform = 'console' | 'telegram' | 'discord' | 'cli';

export interface IncomingMessage {
  platform: Platform;
  /** Chat, channel or DM id on that platform, as a string. */
  chatId: string;
  userId: string;
  text: string;
  chatType: 'private' | 'group';
  /** In groups: the message mentions the bot, replies to it, or is a command addressed to it. */
  addressed: boolean;
  /** BCP-47 language hint from the platform, e.g. `zh-hans`, `en`. */
  locale?: string;
  /** The platform says this user may run admin commands (Telegram: FINRISK_ADMINS). */
  isAdmin?: boolean;
  /** The platform says this user moderates the chat (Discord: Manage Server / Manage Messages). */
  isModerator?: boolean;
  /**
   * A message the bot read in a watched channel (Discord /watch) and checks on the channel's behalf.
   * It is not a request by its author, so it is exempt from the per-user rate limit; the fair queue
   * still orders it behind that user's own messages.
   */
  watched?: boolean;
}

/** A block of reply content; adapters decide how each kind looks. */
export type Block =
  | { type: 'heading'; text: string }
  | { type: 'text'; text: string; cites?: number[] }
  | { type: 'list'; items: Array<{ text: string; cites?: number[] }> }
  | { type: 'warning'; text: string }
  | { type: 'link'; text: string; url: string };

export type ReplyKind = 'answer' | 'check' | 'status' | 'alert' | 'subscription' | 'help' | 'error' | 'notice';

/** A citation as a reply carries it (see bot/sources.ts); `note` marks one of the project's own notes. */
export interface ReplyCitation extends Citation {
  note?: { basis?: string };
}

export interface Reply {
  kind: ReplyKind;
  blocks: Block[];
  /** Citations referenced by `cites` (1-based numbers into this array). */
  citations: ReplyCitation[];
  /** The language of the framing (quotes from the reports stay Chinese); absent means Chinese. */
  lang?: Lang;
  /** Adapters may offer "more sources / full passage" when true. */
  more?: { passages: string[] };
  /** Machine-readable result behind the reply (answer, check result …), for JSON renderings. */
  data?: unknown;
}

/** Where a push goes. */
export interface Target {
  platform: Platform;
  chatId: string;
}
