/** The platform-neutral core: a message in, replies out. Adapters need only this module and ./types. */
import { argumentLimits, errorBoundary, fairQueue, groupEtiquette, inputGuard, rateLimit, timeout } from './guards.js';
import { silentLogger, type Logger } from './log.js';
import { compose, type Context } from './middleware.js';
import { createRouter } from './router.js';
import { askCommand, checkCommand, helpCommand, startCommand, statusCommand } from './commands/core.js';
import { subscribeCommand, subscriptionsCommand, unsubscribeCommand } from './commands/subscriptions.js';
import type { BotServices, CommandHandler } from './services.js';
import type { IncomingMessage, Reply } from './types.js';
import type { Lang } from './lang.js';
import { passageReply } from './reply.js';

export type { IncomingMessage, Reply, ReplyCitation, Block, Target, Platform } from './types.js';
export type { Sender, DeliveryOutcome } from './ports.js';
export type { Pacer } from './alerts/pacer.js';
export type { Logger } from './log.js';
export type { Citation } from '../knowledge/types.js';
export { langOfLocale, pickLang, type Lang } from './lang.js';
export { helpReply, type HelpCommand } from './help.js';
export { flagName } from './english.js';
export { citationLabel, footnoteLines, OPEN_LABEL, SOURCES_HEADING } from './sources.js';

export interface Bot {
  handle(msg: IncomingMessage): Promise<Reply[]>;
  /** A cited passage in full (for "show the passage" buttons); undefined when it is no longer indexed. */
  passage?(id: string, lang?: Lang): Reply | undefined;
}

export interface BotOptions {
  log?: Logger;
  /** Requests one user may make per minute. */
  perMinute?: number;
  handlerTimeoutMs?: number;
  /** Extra commands (e.g. the alert subscriptions), merged over the core ones. */
  commands?: Record<string, CommandHandler>;
  /** Commands only admins may run (feed status, forced poll). */
  adminCommands?: Record<string, CommandHandler>;
}

export const CORE_COMMANDS: Record<string, CommandHandler> = {
  ask: askCommand,
  check: checkCommand,
  status: statusCommand,
  help: helpCommand,
  start: startCommand,
  subscribe: subscribeCommand,
  subscriptions: subscriptionsCommand,
  unsubscribe: unsubscribeCommand,
};

export function createBot(services: BotServices, options: BotOptions = {}): Bot {
  const log = options.log ?? silentLogger;
  const run = compose([
    errorBoundary(log),
    timeout(options.handlerTimeoutMs ?? 20_000),
    groupEtiquette,
    inputGuard,
    rateLimit(options.perMinute ?? 20, services.clock),
    fairQueue(),
    argumentLimits,
    createRouter({ commands: { ...CORE_COMMANDS, ...options.commands }, adminCommands: options.adminCommands }),
  ]);
  return {
    async handle(msg) {
      const ctx: Context = { msg, services, replies: [] };
      await run(ctx);
      return ctx.replies;
    },
    passage(id, lang) {
      const p = services.knowledge.passage(id);
      return (
        p &&
        passageReply(
          { doc: p.doc, title: p.title, section: p.section, passage: p.id, text: p.text },
          { lang, passage: services.knowledge.passage },
        )
      );
    },
  };
}
/** Input limits the adapters also declare to the platforms (Discord's option max_length). */
export { MAX_ARGS_CHARS } from './alerts/subscriptions.js';
export { MAX_INPUT_CHARS, MAX_NAME_CHARS } from './guards.js';
