/**
 * Discord's /help, written from the slash commands this adapter registers, so it lists exactly
 * Discord's commands (no text commands, no /subscribe) and says which need a moderator.
 */
import { helpReply, type HelpCommand, type Lang, type Reply } from '../../bot/index.js';
import { COMMAND_DEFINITIONS } from './commands.js';

interface Definition {
  name: string;
  type?: number;
  description: string;
  description_localizations?: Partial<Record<string, string | null>> | null;
  name_localizations?: Partial<Record<string, string | null>> | null;
  default_member_permissions?: string | null;
  required?: boolean;
  options?: readonly Definition[];
}

const SUB = 1;
const MODERATORS: Record<Lang, string> = {
  zh: '管理员：需要「管理服务器」或「管理消息」权限',
  en: 'moderators: Manage Server or Manage Messages',
};

const describe = (d: Definition, lang: Lang): string =>
  lang === 'zh' ? (d.description_localizations?.['zh-CN'] ?? d.description) : d.description;

function usage(path: string, options: readonly Definition[] | undefined, lang: Lang): string {
  const args = (options ?? []).map((o) => {
    const name = lang === 'zh' ? (o.name_localizations?.['zh-CN'] ?? o.name) : o.name;
    return o.required === false ? `[${name}]` : `<${name}>`;
  });
  return [path, ...args].join(' ');
}

/** One help line per command, or per subcommand of /alerts and /watch. */
export function discordHelpCommands(lang: Lang, definitions: readonly Definition[] = COMMAND_DEFINITIONS): HelpCommand[] {
  return definitions.flatMap((d) => {
    const who = d.default_member_permissions ? MODERATORS[lang] : undefined;
    const subs = (d.options ?? []).filter((o) => o.type === SUB);
    if (subs.length === 0) return [{ usage: usage(`/${d.name}`, d.options, lang), text: describe(d, lang), who }];
    return subs.map((s) => ({ usage: usage(`/${d.name} ${s.name}`, s.options, lang), text: describe(s, lang), who }));
  });
}

export function discordHelp(lang: Lang): Reply {
  return helpReply({ lang, platform: 'discord', commands: discordHelpCommands(lang) });
}
