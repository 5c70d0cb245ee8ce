import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../bot/index.js';
import { startDiscordHarness, type DiscordHarness } from '../fakes/discord-harness.js';
import type { FakeDiscordRest, RestCall } from '../fakes/discord-rest.js';
import { type FakeGateway, guildMember, interactionCreate, commandData, messageCreate } from '../fakes/discord-gateway.js';
import { EN_OFFER, EN_QUESTION, INTERNAL, PASSAGES, readableKnowledge, ZH_OFFER } from '../helpers/readable.js';
import { makeServices } from '../helpers/services.js';

const APP = '100000000000000011';
const GUILD = '300000000000000013';
const CHANNEL = '400000000000000014';

let rest: FakeDiscordRest;
let gateway: FakeGateway;
let discord: DiscordHarness;
let nextId = 5000;

const user = (id: string) => ({ id, username: `u${id}`, discriminator: '0', avatar: null, global_name: null });
const channel = {
  id: CHANNEL,
  type: 0,
  name: 'general',
  guild_id: GUILD,
  position: 0,
  permission_overwrites: [],
  nsfw: false,
  parent_id: null,
};
const member = guildMember('600000000000000016');

function dispatch(type: number, data: unknown, locale: string, extra: Record<string, unknown> = {}): { id: string; token: string } {
  nextId += 1;
  const id = String(510000000000000000n + BigInt(nextId));
  const token = `rtok-${nextId}`;
  const at = { id, token, appId: APP, guildId: GUILD, channelId: CHANNEL, channel, member };
  gateway.dispatch('INTERACTION_CREATE', interactionCreate(at, data, { type, locale, extra }));
  return { id, token };
}

const command = (name: string, options: unknown[] = [], locale = 'zh-CN') => dispatch(2, commandData(name, options), locale);
const choose = (values: string[], locale = 'zh-CN') =>
  dispatch(3, { custom_id: 'finrisk:passage', component_type: 3, values }, locale, {
    // The bot's answer the menu hangs under (no guild_id on a message inside an interaction).
    message: {
      ...messageCreate({ id: '720000000000000001', guildId: GUILD, channelId: CHANNEL, author: user('200000000000000012') }, ''),
      guild_id: undefined,
      flags: 0,
      components: [],
    },
  });

const edited = (token: string) => rest.waitFor('PATCH', new RegExp(`/webhooks/${APP}/${token}/messages/@original`));
const callback = (id: string) => rest.waitFor('POST', new RegExp(`/interactions/${id}/`));
const shown = (call: RestCall): string => JSON.stringify(call.body);
type Menu = Array<{ components: Array<{ options: Array<{ label: string; value: string }> }> }>;
const menuOf = (call: RestCall) => ((call.body as { components?: Menu }).components ?? [])[0]?.components[0]?.options ?? [];

beforeAll(async () => {
  const bot = createBot(makeServices({ knowledge: readableKnowledge() }));
  discord = await startDiscordHarness({
    botUser: user('200000000000000012'),
    appId: APP,
    guildId: GUILD,
    handle: (m) => bot.handle(m),
    passage: (id, lang) => bot.passage?.(id, lang),
    channels: [channel],
  });
  ({ rest, gateway } = discord);
}, 60_000);

afterAll(() => discord.stop());

describe('Discord replies a person can read (real discord.js, fake gateway)', () => {
  it('GIVEN /ask, /check and /help in both languages THEN no file name, passage id, flag id or inline remark is shown', async () => {
    const asks = [
      command('ask', [{ name: 'question', type: 3, value: '交易场所为什么清理？' }]),
      command('check', [{ name: 'offer', type: 3, value: ZH_OFFER }]),
      command('check', [{ name: 'offer', type: 3, value: EN_OFFER }], 'en-US'),
      command('ask', [{ name: 'question', type: 3, value: EN_QUESTION }], 'en-US'),
      command('help'),
    ];
    for (const { token } of asks) {
      const call = await edited(token);
      expect(JSON.stringify((call.body as { embeds: unknown }).embeds)).not.toMatch(INTERNAL);
      for (const option of menuOf(call)) expect(option.label).not.toMatch(INTERNAL);
    }
  });

  it('GIVEN an answer with four citations THEN a menu lists all four, and each choice shows its passage to the chooser only', async () => {
    const { token } = command('ask', [{ name: 'question', type: 3, value: '交易场所为什么清理？' }]);
    const options = menuOf(await edited(token));
    expect(options.map((o) => o.label)).toEqual([
      '[1] 《地方交易场所清理研究》 · 第二章 清理过程 · 二、分批退出',
      '[2] 《地方交易场所清理研究》 · 「研究者认为，名称带有登记备案字样…」',
      '[3] finrisk 整理「测试笔记：交易场所清理」，据《地方交易场所清理研究》 · 背景',
      '[4] finrisk 整理「测试笔记：交易场所清理」，据《地方交易场所清理研究》 · 识别要点',
    ]);
    for (const [i, option] of options.entries()) {
      const reply = await callback(choose([option.value]).id);
      expect(reply.body).toMatchObject({ type: 4, data: { flags: 64 } });
      expect(shown(reply)).toContain(PASSAGES[i]!.text.replace(/（来源：[^）]*）/, ''));
      expect(shown(reply)).not.toMatch(/来源：/);
    }
  });

  it('GIVEN an English /check THEN English framing; the flag names are English and carry no ids', async () => {
    const { token } = command('check', [{ name: 'offer', type: 3, value: EN_OFFER }], 'en-US');
    const text = shown(await edited(token));
    expect(text).toContain('**Risk level: High risk**');
    expect(text).toContain('• Sham exchange: \\"registration centre\\"');
    expect(text).not.toMatch(/风险等级|伪金交所：/);
  });

  it('GIVEN /help THEN only Discord’s commands, with the moderator ones marked, in the user’s language', async () => {
    const zh = shown(await edited(command('help').token));
    for (const c of [
      '/ask <问题>',
      '/check <产品描述>',
      '/status <名称>',
      '/help',
      '/alerts subscribe [条件]',
      '/alerts list',
      '/alerts unsubscribe',
      '/watch on',
      '/watch off',
      '/watch log <channel>',
    ])
      expect(zh).toContain(c);
    expect(zh).toContain('管理员：需要「管理服务器」或「管理消息」权限');
    for (const absent of ['/subscribe', '/subscriptions', '/unsubscribe ', '直接发送文字', '/feeds', '/start'])
      expect(zh).not.toContain(absent);
    const en = shown(await edited(command('help', [], 'en-US').token));
    expect(en).toContain('/watch on — Start watching this channel (moderators: Manage Server or Manage Messages)');
    expect(en).toContain('/ask <question> — Ask a financial-risk question; answers cite the reports');
  });
});
