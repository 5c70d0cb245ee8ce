/** The platform-neutral core: a message in, replies out. Adapters need only this module and ./types. */
import { argumentLimits, errorBoundary, fairQueue, groupEtiquette, inputGuard, rateLimit, timeout } from './guards.js';
import { silentLogger, type Logger } from './log.js';
import { compose, type Context } from './middleware.js';
import { createRouter } from './router.js';
import { askCommand, checkCommand, helpCommand, startCommand, statusCommand } from './commands/core.js';
import { subscribeCommand, subscriptionsCommand, unsubscribeCommand } from './commands/subscriptions.js';
import type { BotServices, CommandHandler } from './services.js';
import type { IncomingMessage, Reply } from './types.js';

export type { IncomingMessage, Reply, Block, Target, Platform } from './types.js';
export type { Sender, DeliveryOutcome } from './ports.js';

export interface Bot {
  handle(msg: IncomingMessage): Promise<Reply[]>;
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
  };
}
