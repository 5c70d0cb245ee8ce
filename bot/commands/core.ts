/** The commands every platform has: /ask, /check, /status, /help, /start. */
import type { Citation, SearchResult } from '../../knowledge/types.js';
import { checkOffer } from '../../rules/check-offer.js';
import { helpReply, SAY } from '../help.js';
import { langOf } from '../lang.js';
import { answerReply, checkReply, errorReply, textReply } from '../reply.js';
import type { BotServices, CommandHandler } from '../services.js';

export const askCommand: CommandHandler = async (ctx) => {
  const lang = langOf(ctx);
  if (!ctx.args) return [errorReply(SAY[lang].askUsage, lang)];
  return [answerReply(ctx.services.knowledge.ask(ctx.args), { lang, passage: ctx.services.knowledge.passage })];
};

export const checkCommand: CommandHandler = async (ctx) => {
  const lang = langOf(ctx);
  if (!ctx.args) return [errorReply(SAY[lang].checkUsage, lang)];
  return [checkReply(ctx.checked ?? runCheck(ctx.args, ctx.services), { lang, passage: ctx.services.knowledge.passage })];
};

// /status lives in its own module (dated statuses, did-you-mean, the 伪金交所 warning).
export { statusCommand } from './status.js';

export const helpCommand: CommandHandler = async (ctx) => [helpReply({ lang: langOf(ctx), platform: ctx.msg.platform })];

export const startCommand: CommandHandler = async (ctx) => {
  const lang = langOf(ctx);
  return [{ ...textReply('help', ...SAY[lang].greeting), ...(lang === 'en' ? { lang } : {}) }];
};

// A flag's backing query is fixed, so its citation is too while the same knowledge base serves:
// remembered per knowledge base (a reloaded one starts afresh), a flag-heavy text is not a dozen searches.
const citationsByKnowledge = new WeakMap<BotServices['knowledge'], Map<string, Citation[]>>();

function citeFrom(knowledge: BotServices['knowledge']): (query: string) => Citation[] {
  let cache = citationsByKnowledge.get(knowledge);
  if (!cache) citationsByKnowledge.set(knowledge, (cache = new Map()));
  const known = cache;
  return (query) => {
    let found = known.get(query);
    if (!found) known.set(query, (found = knowledge.search(query, { k: 1 }).map(toCitation)));
    return found;
  };
}

/** Runs the offer check with the registry and a citation finder over the knowledge base. */
export function runCheck(text: string, services: BotServices): ReturnType<typeof checkOffer> {
  return checkOffer(text, { registry: services.registry, cite: citeFrom(services.knowledge) });
}

export function toCitation(result: SearchResult): Citation {
  return { doc: result.doc, title: result.title, section: result.section, passage: result.passage, text: result.text };
}
