/** The commands every platform has: /ask, /check, /status, /help, /start. */
import type { Citation, SearchResult } from '../../knowledge/types.js';
import { checkOffer } from '../../rules/check-offer.js';
import { answerReply, checkReply, errorReply, helpReply, textReply } from '../reply.js';
import type { BotServices, CommandHandler } from '../services.js';

export const askCommand: CommandHandler = async ({ args, services }) => {
  if (!args) return [errorReply('请在 /ask 后面写上问题，例如：/ask 为什么要关停金交所？')];
  return [answerReply(services.knowledge.ask(args))];
};

export const checkCommand: CommandHandler = async ({ args, services }) => {
  if (!args) return [errorReply('请在 /check 后面粘贴产品描述，例如：/check 某资产登记备案中心定融，年化11%，保本保息')];
  return [checkReply(runCheck(args, services))];
};

// /status lives in its own module (dated statuses, did-you-mean, the 伪金交所 warning).
export { statusCommand } from './status.js';

export const helpCommand: CommandHandler = async () => [helpReply()];

export const startCommand: CommandHandler = async () => [
  textReply(
    'help',
    '你好！我是 finrisk：回答金交所、P2P、非法集资等金融风险问题（答案都注明出处），并检查别人推荐给你的理财产品有没有风险红旗。',
    '直接发来问题或产品描述即可；/help 查看全部命令，/subscribe 订阅关停消息。',
  ),
];

/** Runs the offer check with the registry and a citation finder over the knowledge base. */
export function runCheck(text: string, services: BotServices): ReturnType<typeof checkOffer> {
  return checkOffer(text, { registry: services.registry, cite: (query) => services.knowledge.search(query, { k: 1 }).map(toCitation) });
}

export function toCitation(result: SearchResult): Citation {
  return { doc: result.doc, title: result.title, section: result.section, passage: result.passage, text: result.text };
}
