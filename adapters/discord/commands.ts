/**
 * Slash command definitions with Chinese localizations, built with discord.js's SlashCommandBuilder
 * (which validates names, lengths and option order when the module loads).
 */
import { MAX_ARGS_CHARS, MAX_NAME_CHARS } from '../../bot/index.js';
import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder, type SlashCommandStringOption } from 'discord.js';

/**
 * Discord shows a command only to members holding *every* bit of default_member_permissions, so
 * registering Manage Server | Manage Messages hid /alerts from a Manage-Messages-only moderator.
 * Commands are registered as needing Manage Messages (which Manage Server holders can be granted in the
 * server's integration settings) and the adapter checks either permission at run time (isModerator).
 */
export const MODERATOR_REGISTRATION = PermissionFlagsBits.ManageMessages;

/** A string option; the longest input Discord will accept is the core's own limit for it. */
const text =
  (name: string, zh: string, description: string, descriptionZh: string, maxLength: number, required = true) =>
  (option: SlashCommandStringOption): SlashCommandStringOption =>
    option
      .setName(name)
      .setNameLocalizations({ 'zh-CN': zh })
      .setDescription(description)
      .setDescriptionLocalizations({ 'zh-CN': descriptionZh })
      .setRequired(required)
      .setMaxLength(maxLength);

const command = (name: string, description: string, zh: string): SlashCommandBuilder =>
  new SlashCommandBuilder().setName(name).setDescription(description).setDescriptionLocalizations({ 'zh-CN': zh });

const everywhere = [InteractionContextType.Guild, InteractionContextType.BotDM];

const moderator = (name: string, description: string, zh: string): SlashCommandBuilder =>
  command(name, description, zh).setDefaultMemberPermissions(MODERATOR_REGISTRATION).setContexts(InteractionContextType.Guild);

export const COMMAND_DEFINITIONS = [
  command('ask', 'Ask a financial-risk question; answers cite the reports', '提问，答案注明出处')
    .setContexts(everywhere)
    .addStringOption(text('question', '问题', 'Your question', '你的问题', 4000)),
  command('check', 'Check an offer for red flags (only you see the result)', '检查理财产品的风险红旗（仅你可见）')
    .setContexts(everywhere)
    .addStringOption(text('offer', '产品描述', 'The offer as you were told it', '产品描述原文', 4000)),
  command('status', 'Is an exchange or platform closed?', '查询机构关停状态')
    .setContexts(everywhere)
    .addStringOption(text('name', '名称', 'Name of the exchange or platform', '机构名称', MAX_NAME_CHARS)),
  command('help', 'What finrisk does', '使用说明').setContexts(everywhere),
  moderator('alerts', 'Closure news in this channel (moderators)', '在本频道推送关停消息（管理员）')
    .addSubcommand((s) =>
      s
        .setName('subscribe')
        .setDescription('Post closure news here')
        .setDescriptionLocalizations({ 'zh-CN': '在本频道订阅' })
        .addStringOption(
          text('filters', '条件', 'Regions, keywords or names (optional)', '地区、关键词或机构名（可选）', MAX_ARGS_CHARS, false),
        ),
    )
    .addSubcommand((s) =>
      s.setName('list').setDescription('What this channel receives').setDescriptionLocalizations({ 'zh-CN': '查看本频道订阅' }),
    )
    .addSubcommand((s) =>
      s.setName('unsubscribe').setDescription('Stop closure news here').setDescriptionLocalizations({ 'zh-CN': '退订' }),
    ),
  moderator('watch', 'Flag high-risk promotions posted in this channel (moderators)', '提示本频道的高风险推广（管理员）')
    .addSubcommand((s) =>
      s.setName('on').setDescription('Start watching this channel').setDescriptionLocalizations({ 'zh-CN': '开始监测本频道' }),
    )
    .addSubcommand((s) =>
      s.setName('off').setDescription('Stop watching this channel').setDescriptionLocalizations({ 'zh-CN': '停止监测本频道' }),
    )
    .addSubcommand((s) =>
      s
        .setName('log')
        .setDescription('Where moderators are notified')
        .setDescriptionLocalizations({ 'zh-CN': '设置管理员通知频道' })
        .addChannelOption((o) =>
          o
            .setName('channel')
            .setDescription('Moderator log channel')
            .setDescriptionLocalizations({ 'zh-CN': '通知频道' })
            .setRequired(true),
        ),
    ),
].map((builder) => builder.toJSON());
