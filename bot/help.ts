/**
 * Help and the fixed sentences around commands, per language. Help lists the commands of the
 * platform it is shown on: the console and Telegram take text commands; Discord's slash commands
 * are described by the Discord adapter from its own command definitions (it passes them in).
 */
import type { Lang } from './lang.js';
import type { Platform, Reply } from './types.js';

export interface HelpCommand {
  /** As the user types it, e.g. `/ask <question>` or `/alerts subscribe [filters]`. */
  usage: string;
  text: string;
  /** Who may use it, when not everyone. */
  who?: string;
}

const INTRO: Record<Lang, string> = {
  zh: 'finrisk 回答金融风险问题、检查理财产品的风险红旗、推送金交所/平台关停消息。',
  en: 'finrisk answers questions on financial risk in China from research reports, checks offers for red flags, and pushes closure news on exchanges and platforms.',
};

const TEXT_COMMANDS: Record<Lang, HelpCommand[]> = {
  zh: [
    { usage: '/ask <问题>', text: '从研究报告中找答案并注明出处' },
    { usage: '/check <产品描述>', text: '检查收益率、保本承诺、金交所/伪金交所通道等红旗' },
    { usage: '/status <机构名称>', text: '查询金交所、平台的关停/注销状态' },
    { usage: '/subscribe [地区或关键词]', text: '订阅关停消息；/subscriptions 查看；/unsubscribe 退订' },
  ],
  en: [
    { usage: '/ask <question>', text: 'an answer quoted from the reports, with its sources' },
    { usage: '/check <offer>', text: 'red flags: yield, promised returns, exchange or sham exchange channels and more' },
    { usage: '/status <name>', text: 'whether an exchange or platform has been closed or deregistered' },
    { usage: '/subscribe [regions or keywords]', text: 'closure news; /subscriptions shows them, /unsubscribe stops them' },
  ],
};

const ADMIN_COMMANDS: Record<Lang, HelpCommand[]> = {
  zh: [{ usage: '/feeds · /poll', text: '新闻源状态、立即轮询', who: '仅 FINRISK_ADMINS 中的管理员' }],
  en: [{ usage: '/feeds · /poll', text: 'feed status, poll now', who: 'admins listed in FINRISK_ADMINS only' }],
};

const FREE_TEXT: Record<Lang, string> = {
  zh: '直接发送文字也可以：产品描述会被检查，问题会被回答。',
  en: 'Or just write: an offer is checked, a question answered.',
};

const line = (c: HelpCommand, lang: Lang): string =>
  `${c.usage} — ${c.text}${c.who ? (lang === 'en' ? ` (${c.who})` : `（${c.who}）`) : ''}`;

/** Help for a platform; `commands` replaces the text-command list (Discord passes its slash commands). */
export function helpReply(options: { lang?: Lang; platform?: Platform; commands?: HelpCommand[] } = {}): Reply {
  const lang = options.lang ?? 'zh';
  const textCommands = options.platform !== 'discord';
  const commands = options.commands ?? (textCommands ? TEXT_COMMANDS[lang] : []);
  const admin = options.platform === 'telegram' ? ADMIN_COMMANDS[lang] : [];
  const texts = [INTRO[lang], ...[...commands, ...admin].map((c) => line(c, lang)), ...(textCommands ? [FREE_TEXT[lang]] : [])];
  return { kind: 'help', blocks: texts.map((text) => ({ type: 'text', text })), citations: [], ...(lang === 'en' ? { lang } : {}) };
}

/** Fixed sentences of the router and the commands. */
export const SAY = {
  zh: {
    greeting: [
      '你好！我是 finrisk：回答金交所、P2P、非法集资等金融风险问题（答案都注明出处），并检查别人推荐给你的理财产品有没有风险红旗。',
      '直接发来问题或产品描述即可；/help 查看全部命令，/subscribe 订阅关停消息。',
    ],
    chitchat: '你好！可以直接问我金融风险问题，或粘贴一段理财产品描述让我检查。输入 /help 查看全部命令。',
    askUsage: '请在 /ask 后面写上问题，例如：/ask 为什么要关停金交所？',
    checkUsage: '请在 /check 后面粘贴产品描述，例如：/check 某资产登记备案中心定融，年化11%，保本保息',
    statusUsage: '请在 /status 后面写上机构名称，例如：/status 西安百金金融资产交易中心',
    unknown: (name: string) => `没有 /${name} 这个命令。输入 /help 查看可用命令。`,
    adminOnly: (name: string) => `/${name} 只限管理员使用。`,
  },
  en: {
    greeting: [
      'Hello! I am finrisk: I answer questions on financial risk in China (exchanges, P2P, illegal fund-raising …) from research reports, always with sources, and check offers you were pitched for red flags.',
      'Just send a question or an offer; /help lists every command, /subscribe gets you closure news.',
    ],
    chitchat: 'Hello! Ask me a question on financial risk, or paste an offer for me to check. /help lists every command.',
    askUsage: 'Write your question after /ask, e.g. /ask Why are the local exchanges being closed?',
    checkUsage: 'Paste the offer after /check, e.g. /check 12% a year, principal guaranteed, filed with a registration centre',
    statusUsage: 'Write the name after /status, e.g. /status 西安百金金融资产交易中心',
    unknown: (name: string) => `There is no /${name} command. /help lists the commands.`,
    adminOnly: (name: string) => `/${name} is for admins only.`,
  },
} as const;
