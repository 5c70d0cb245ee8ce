/**
 * The Discord adapter: slash commands for everyone (/ask /check /status /help), moderator commands
 * (/alerts, /watch), and a watch over channels that flags high-risk promotions. It maps interactions
 * and messages to the core's neutral message and renders replies as embeds; it never deletes anything.
 */
import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Routes,
  type ChatInputCommandInteraction,
  type Message,
  type StringSelectMenuInteraction,
} from 'discord.js';
import { z } from 'zod';
import {
  flagName,
  MAX_INPUT_CHARS,
  pickLang,
  type IncomingMessage,
  type Lang,
  type Logger,
  type Reply,
  type Sender,
} from '../../bot/index.js';
import { COMMAND_DEFINITIONS } from './commands.js';
import { commandText, isModerator, toIncoming, type CommandInput } from './map.js';
import { discordHelp } from './help.js';
import { PASSAGE_MENU, passageMenu, passageValue, renderDiscord } from './render.js';
import { createDiscordSender } from './sender.js';
import { watchGateway } from './health.js';
import { escapeAll, NO_MENTIONS, safeReply } from './safe.js';
import type { AdapterHealth } from '../http.js';

export interface WatchState {
  on: boolean;
  logChannelId?: string;
}

/** Where /watch settings live; the composition root backs it with the store. */
export interface WatchStore {
  get(channelId: string): Promise<WatchState | undefined>;
  set(channelId: string, state: WatchState): Promise<void>;
}

const WatchStateSchema = z.object({ on: z.boolean(), logChannelId: z.string().optional() });

/** Watch settings kept in the store's settings table, so a restart keeps every channel's watch. */
export function createStoredWatchStore(settings: {
  getSetting(key: string): Promise<string | null>;
  setSetting(key: string, value: string): Promise<void>;
}): WatchStore {
  return {
    async get(id) {
      const raw = await settings.getSetting(`discord.watch.${id}`);
      const parsed = raw ? WatchStateSchema.safeParse(JSON.parse(raw)) : null;
      return parsed?.success ? parsed.data : undefined;
    },
    set: (id, state) => settings.setSetting(`discord.watch.${id}`, JSON.stringify(state)),
  };
}

export function createMemoryWatchStore(): WatchStore {
  const states = new Map<string, WatchState>();
  return { get: async (id) => states.get(id), set: async (id, s) => void states.set(id, s) };
}

export interface DiscordOptions {
  token: string;
  appId: string;
  apiRoot?: string;
  guildId?: string;
  handle: (msg: IncomingMessage) => Promise<Reply[]>;
  /** A cited passage as a reply (bot.passage), shown ephemerally from the menu under an answer. */
  passage?: (id: string, lang?: Lang) => Reply | undefined;
  watchStore?: WatchStore;
  log: Logger;
  /** The gateway was closed for good (4014, 4004 …) after start-up: end the process with this line. */
  onFatal?: (cause: string) => void;
}

export interface DiscordAdapter {
  sender: Sender;
  health(): AdapterHealth;
  stop(): Promise<void>;
}

const SAY = {
  zh: {
    needsModerator: '需要「管理服务器」(Manage Server) 或「管理消息」(Manage Messages) 权限才能使用这个命令。',
    logTo: (id: string) => `高风险推广的通知将发到 <#${id}>。`,
    watchOn: '已开始监测本频道：高风险推广会收到提示（不会删除任何消息）。',
    watchOff: '已停止监测本频道。',
    unknown: '未知命令',
    gone: '这段原文已不在资料库中。',
    warning: (flags: string) => `⚠️ 这条消息像是高风险理财推广（${flags}）。投资前请核实机构资质，切勿转账到个人账户。`,
  },
  en: {
    needsModerator: 'This command needs the Manage Server or Manage Messages permission.',
    logTo: (id: string) => `Notices about high-risk promotions will go to <#${id}>.`,
    watchOn: 'Watching this channel: high-risk promotions get a warning (no message is ever deleted).',
    watchOff: 'Stopped watching this channel.',
    unknown: 'Unknown command',
    gone: 'This passage is no longer in the library.',
    warning: (flags: string) =>
      `⚠️ This looks like a high-risk investment promotion (${flags}). Check the firm's licence before investing, and never pay to an individual account.`,
  },
};

/** Hashed menu values (passage ids over 100 characters) seen lately; the oldest go first. */
const hashed = new Map<string, string>();
function remember(reply: Reply): void {
  for (const id of reply.more?.passages ?? []) {
    const value = passageValue(id);
    if (value === id) continue;
    if (hashed.size >= 5000) hashed.delete(hashed.keys().next().value as string);
    hashed.set(value, id);
  }
}

function inputOf(i: ChatInputCommandInteraction): CommandInput {
  const options: Record<string, string | undefined> = {};
  for (const name of ['question', 'offer', 'name', 'filters']) options[name] = i.options.getString(name) ?? undefined;
  return {
    name: i.commandName,
    subcommand: i.options.getSubcommand(false),
    options,
    channelId: i.channelId,
    userId: i.user.id,
    inGuild: i.inGuild(),
    permissions: i.memberPermissions,
    locale: i.locale,
  };
}

async function answer(i: ChatInputCommandInteraction, replies: Reply[]): Promise<void> {
  // Each reply's last message carries the menu that opens its cited passages.
  const messages = replies.flatMap((reply) => {
    remember(reply);
    const rendered = renderDiscord(safeReply(reply)).map((embeds) => ({ embeds, components: [] as ReturnType<typeof passageMenu> }));
    const last = rendered[rendered.length - 1];
    if (last) last.components = passageMenu(reply);
    return rendered;
  });
  const [first, ...rest] = messages;
  await i.editReply({ ...(first ?? { embeds: [{ description: '—' }] }), allowedMentions: NO_MENTIONS });
  for (const message of rest)
    await i.followUp({ ...message, allowedMentions: NO_MENTIONS, ...(i.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
}

async function onPassageMenu(i: StringSelectMenuInteraction, options: DiscordOptions): Promise<void> {
  const lang = pickLang('', i.locale);
  const value = i.values[0] ?? '';
  const passage = options.passage?.(hashed.get(value) ?? value, lang);
  const embeds = passage ? (renderDiscord(safeReply(passage))[0] ?? []) : [];
  await i.reply(passage ? { embeds, flags: MessageFlags.Ephemeral } : { content: SAY[lang].gone, flags: MessageFlags.Ephemeral });
}

async function watchCommand(i: ChatInputCommandInteraction, store: WatchStore): Promise<string> {
  const say = SAY[pickLang('', i.locale)];
  const current = (await store.get(i.channelId)) ?? { on: false };
  const sub = i.options.getSubcommand();
  if (sub === 'log') {
    const channel = i.options.getChannel('channel', true);
    await store.set(i.channelId, { ...current, logChannelId: channel.id });
    return say.logTo(channel.id);
  }
  await store.set(i.channelId, { ...current, on: sub === 'on' });
  return sub === 'on' ? say.watchOn : say.watchOff;
}

async function onCommand(i: ChatInputCommandInteraction, options: DiscordOptions, watch: WatchStore): Promise<void> {
  const input = inputOf(i);
  const lang = pickLang('', input.locale);
  const moderatorOnly = input.name === 'alerts' || input.name === 'watch';
  if (moderatorOnly && !isModerator(input.permissions)) {
    await i.reply({ content: SAY[lang].needsModerator, flags: MessageFlags.Ephemeral });
    return;
  }
  // Answers may take longer than Discord's 3 seconds: defer first, then edit.
  const ephemeral = input.name === 'check' || input.name === 'watch';
  await i.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  if (input.name === 'watch') {
    await i.editReply({ content: await watchCommand(i, watch) });
    return;
  }
  // Help is Discord's own: its slash commands, not the text commands of the other platforms.
  if (input.name === 'help') return answer(i, [discordHelp(lang)]);
  const text = commandText(input);
  await answer(
    i,
    text
      ? await options.handle(toIncoming(input, text))
      : [{ kind: 'error', blocks: [{ type: 'warning', text: SAY[lang].unknown }], citations: [] }],
  );
}

async function onMessage(m: Message, options: DiscordOptions, watch: WatchStore, sender: Sender): Promise<void> {
  if (m.author.bot || !m.inGuild() || !m.content.trim()) return;
  const state = await watch.get(m.channelId);
  if (!state?.on) return;
  // Cut to the core's limit, so that a long post is still checked instead of refused as too long.
  const text = `/check ${m.content}`.slice(0, MAX_INPUT_CHARS);
  const [reply] = await options.handle({
    platform: 'discord',
    chatId: m.channelId,
    userId: m.author.id,
    text,
    chatType: 'group',
    addressed: true,
    watched: true,
  });
  const result = reply?.data as { level?: string; flags?: Array<{ id: string; name: string }> } | undefined;
  if (result?.level !== 'high') return;
  const lang = pickLang(m.content);
  const flags = (result.flags ?? [])
    .map((f) => (lang === 'en' ? (flagName(f.id, 'en') ?? f.name) : f.name))
    .join(lang === 'en' ? ', ' : '、');
  await m.reply({ content: SAY[lang].warning(escapeAll(flags)), allowedMentions: NO_MENTIONS });
  if (state.logChannelId && reply) {
    await sender.send(
      { platform: 'discord', chatId: state.logChannelId },
      {
        ...reply,
        blocks: [{ type: 'text', text: `<#${m.channelId}> 中 <@${m.author.id}> 的消息被标为高风险：${m.url}` }, ...reply.blocks],
      },
    );
  }
}

export async function startDiscord(options: DiscordOptions): Promise<DiscordAdapter> {
  // Message content is needed only for /watch, which reads new messages in watched channels.
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
    rest: options.apiRoot ? { api: options.apiRoot } : {},
    // The default for every message the client sends; each send below says so again.
    allowedMentions: NO_MENTIONS,
  });
  const watch = options.watchStore ?? createMemoryWatchStore();
  const sender = createDiscordSender(client.rest);
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isStringSelectMenu() && interaction.customId === PASSAGE_MENU) {
      onPassageMenu(interaction, options).catch((error: unknown) => options.log.error({ err: error }, 'discord passage menu failed'));
      return;
    }
    if (!interaction.isChatInputCommand()) return;
    onCommand(interaction, options, watch).catch(async (error: unknown) => {
      options.log.error({ err: error, command: interaction.commandName }, 'discord command failed');
      // Never leave the deferred reply on "thinking…": say that it failed.
      const content = '处理这个命令时出错了，请稍后再试。（错误已记录）';
      const done =
        interaction.deferred || interaction.replied
          ? interaction.editReply({ content, embeds: [] })
          : interaction.reply({ content, flags: MessageFlags.Ephemeral });
      await done.catch(() => undefined);
    });
  });
  client.on(Events.MessageCreate, (message) => {
    onMessage(message, options, watch, sender).catch((error: unknown) => options.log.error({ err: error }, 'discord watch failed'));
  });
  // A close Discord will not resume (4014: Message Content intent not enabled) fails start-up with
  // its cause; after start-up it ends the process through onFatal.
  let started = false;
  let closedFor: string | undefined;
  const gateway = watchGateway(client, options.log, (cause) => (started ? options.onFatal?.(cause) : (closedFor = cause)));
  const ready = new Promise<void>((resolve, reject) => {
    client.once(Events.ClientReady, () => resolve());
    client.once(Events.ShardDisconnect, () => reject(new Error(closedFor)));
  });
  try {
    // Either may fail first: login on a refused token, ready on a close such as 4014.
    await Promise.all([client.login(options.token), ready]);
  } catch (error) {
    await client.destroy();
    throw new Error(
      closedFor ?? `Discord rejected DISCORD_TOKEN (${(error as Error).message}): check the bot token in the developer portal`,
      { cause: error },
    );
  }
  started = true;
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.appId, options.guildId)
    : Routes.applicationCommands(options.appId);
  await client.rest.put(route, { body: COMMAND_DEFINITIONS });
  options.log.info({ scope: options.guildId ? 'guild' : 'global' }, 'discord adapter started');
  return { sender, health: () => gateway.health(), stop: () => client.destroy() };
}
