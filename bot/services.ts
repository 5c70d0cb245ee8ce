/** What command handlers may use. Built once by the composition root (adapters/main.ts). */
import type { Knowledge } from '../knowledge/types.js';
import type { Registry } from '../knowledge/registry/types.js';
import type { Clock } from './ports.js';
import type { Store } from './store/types.js';
import type { CheckResult } from '../rules/types.js';
import type { IncomingMessage, Reply } from './types.js';

export interface BotServices {
  knowledge: Knowledge;
  registry: Registry;
  clock: Clock;
  /** Absent when the bot runs without persistence (unit tests, one-shot CLI commands). */
  store?: Store;
}

export interface CommandContext {
  msg: IncomingMessage;
  /** Text after the command word, trimmed (the whole text for free text). */
  args: string;
  services: BotServices;
  /** The offer check the router already ran on `args` (free text judged an offer), so /check need not run it again. */
  checked?: CheckResult;
}

export type CommandHandler = (ctx: CommandContext) => Promise<Reply[]>;
