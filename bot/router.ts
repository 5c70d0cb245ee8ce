/** Routes a message to a command, or free text by intent (an offer is checked, the rest answered). */
import type { Middleware } from './middleware.js';
import type { CommandHandler } from './services.js';
import { runCheck } from './commands/core.js';
import { classifyIntent } from './intent.js';
import { langOf } from './lang.js';
import { SAY } from './help.js';
import { errorReply, textReply } from './reply.js';

export interface ParsedCommand {
  name: string;
  args: string;
}

/** `/ask@finrisk_bot 问题` → { name: 'ask', args: '问题' }; full-width slash accepted too. */
export function parseCommand(text: string): ParsedCommand | null {
  const match = /^[/／]([A-Za-z_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/.exec(text.trim());
  if (!match) return null;
  return { name: (match[1] as string).toLowerCase(), args: (match[2] ?? '').trim() };
}

export interface RouterOptions {
  commands: Record<string, CommandHandler>;
  /** Commands that only `msg.isAdmin` users may run. */
  adminCommands?: Record<string, CommandHandler>;
}

export function createRouter({ commands, adminCommands = {} }: RouterOptions): Middleware {
  return async (ctx) => {
    const parsed = parseCommand(ctx.msg.text);
    const base = { msg: ctx.msg, services: ctx.services };
    const say = SAY[langOf({ msg: ctx.msg, args: parsed?.args ?? ctx.msg.text })];
    if (parsed) {
      const admin = adminCommands[parsed.name];
      if (admin) {
        ctx.replies = ctx.msg.isAdmin ? await admin({ ...base, args: parsed.args }) : [errorReply(say.adminOnly(parsed.name))];
        return;
      }
      const handler = commands[parsed.name];
      ctx.replies = handler ? await handler({ ...base, args: parsed.args }) : [errorReply(say.unknown(parsed.name))];
      return;
    }
    const text = ctx.msg.text.trim();
    // One check serves the intent and, for an offer, the reply: a long paste is read once, not twice.
    const checked = runCheck(text, ctx.services);
    const { intent } = classifyIntent(text, checked);
    if (intent === 'chitchat') {
      ctx.replies = [{ ...textReply('help', say.chitchat), ...(say === SAY.en ? { lang: 'en' as const } : {}) }];
      return;
    }
    // CPU work cannot be interrupted: between the intent and the answer, other users' messages go first.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const handler = intent === 'offer' ? commands.check : commands.ask;
    ctx.replies = handler ? await handler({ ...base, args: text, ...(intent === 'offer' ? { checked } : {}) }) : [];
  };
}
