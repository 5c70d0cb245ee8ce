/** Slash command definitions with Chinese localizations; moderator commands declare their permissions. */
import { PermissionFlagsBits } from 'discord.js';

/** Manage Server or Manage Messages: either lets a moderator run /alerts and /watch. */
export const MODERATOR_PERMISSIONS = PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ManageMessages;

const STRING = 3;
const CHANNEL = 7;
const SUB = 1;

const text = (name: string, zh: string, description: string, descriptionZh: string, required = true) => ({
  type: STRING,
  name,
  name_localizations: { 'zh-CN': zh },
  description,
  description_localizations: { 'zh-CN': descriptionZh },
  required,
});

export const COMMAND_DEFINITIONS = [
  { name: 'ask', description: 'Ask a financial-risk question; answers cite the reports', description_localizations: { 'zh-CN': '提问，答案注明出处' }, options: [text('question', '问题', 'Your question', '你的问题')] },
  { name: 'check', description: 'Check an offer for red flags (only you see the result)', description_localizations: { 'zh-CN': '检查理财产品的风险红旗（仅你可见）' }, options: [text('offer', '产品描述', 'The offer as you were told it', '产品描述原文')] },
  { name: 'status', description: 'Is an exchange or platform closed?', description_localizations: { 'zh-CN': '查询机构关停状态' }, options: [text('name', '名称', 'Name of the exchange or platform', '机构名称')] },
  { name: 'help', description: 'What finrisk does', description_localizations: { 'zh-CN': '使用说明' } },
  {
    name: 'alerts',
    description: 'Closure news in this channel (moderators)',
    description_localizations: { 'zh-CN': '在本频道推送关停消息（管理员）' },
    default_member_permissions: String(MODERATOR_PERMISSIONS),
    dm_permission: false,
    options: [
      { type: SUB, name: 'subscribe', description: 'Post closure news here', description_localizations: { 'zh-CN': '在本频道订阅' }, options: [text('filters', '条件', 'Regions, keywords or names (optional)', '地区、关键词或机构名（可选）', false)] },
      { type: SUB, name: 'list', description: 'What this channel receives', description_localizations: { 'zh-CN': '查看本频道订阅' } },
      { type: SUB, name: 'unsubscribe', description: 'Stop closure news here', description_localizations: { 'zh-CN': '退订' } },
    ],
  },
  {
    name: 'watch',
    description: 'Flag high-risk promotions posted in this channel (moderators)',
    description_localizations: { 'zh-CN': '提示本频道的高风险推广（管理员）' },
    default_member_permissions: String(MODERATOR_PERMISSIONS),
    dm_permission: false,
    options: [
      { type: SUB, name: 'on', description: 'Start watching this channel', description_localizations: { 'zh-CN': '开始监测本频道' } },
      { type: SUB, name: 'off', description: 'Stop watching this channel', description_localizations: { 'zh-CN': '停止监测本频道' } },
      {
        type: SUB,
        name: 'log',
        description: 'Where moderators are notified',
        description_localizations: { 'zh-CN': '设置管理员通知频道' },
        options: [{ type: CHANNEL, name: 'channel', description: 'Moderator log channel', description_localizations: { 'zh-CN': '通知频道' }, required: true }],
      },
    ],
  },
];
