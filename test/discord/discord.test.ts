import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PermissionFlagsBits } from 'discord.js';
import type { DiscordAdapter } from '../../adapters/discord/index.js';
import { commandText, isModerator } from '../../adapters/discord/map.js';
import { renderDiscord } from '../../adapters/discord/render.js';
import { createBot } from '../../bot/index.js';
import { openSqliteStore } from '../../bot/store/sqlite.js';
import type { Store } from '../../bot/store/types.js';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';
import { startDiscordHarness, type DiscordHarness } from '../fakes/discord-harness.js';
import type { FakeDiscordRest, RestCall } from '../fakes/discord-rest.js';
import { type FakeGateway, commandData, guildMember, interactionCreate, messageCreate } from '../fakes/discord-gateway.js';
import { makeServices } from '../helpers/services.js';

const APP = '100000000000000001';
const GUILD = '300000000000000003';
const CHANNEL = '400000000000000004';
const LOG_CHANNEL = '400000000000000005';
const MOD = String(PermissionFlagsBits.ManageMessages);

let rest: FakeDiscordRest;
let gateway: FakeGateway;
let store: Store;
let adapter: DiscordAdapter;
let discord: DiscordHarness;
let nextId = 1000;

const user = (id: string) => ({ id, username: `u${id}`, discriminator: '0', avatar: null, global_name: null });
const channel = (id: string, name: string) => ({
  id,
  type: 0,
  name,
  guild_id: GUILD,
  position: 0,
  permission_overwrites: [],
  nsfw: false,
  parent_id: null,
  topic: null,
  last_message_id: null,
  rate_limit_per_user: 0,
});

function interaction(name: string, options: unknown[] = [], permissions = '0', resolved?: unknown): { id: string; token: string } {
  nextId += 1;
  const id = String(500000000000000000n + BigInt(nextId));
  const token = `tok-${nextId}`;
  const member = guildMember('600000000000000006', permissions);
  const at = { id, token, appId: APP, guildId: GUILD, channelId: CHANNEL, channel: channel(CHANNEL, 'general'), member };
  gateway.dispatch('INTERACTION_CREATE', interactionCreate(at, commandData(name, options, resolved)));
  return { id, token };
}

function message(content: string): void {
  nextId += 1;
  const id = String(700000000000000000n + BigInt(nextId));
  gateway.dispatch(
    'MESSAGE_CREATE',
    messageCreate({ id, guildId: GUILD, channelId: CHANNEL, author: user('800000000000000008') }, content),
  );
}

const callback = (id: string) => rest.waitFor('POST', new RegExp(`/interactions/${id}/`));
const edited = (token: string) => rest.waitFor('PATCH', new RegExp(`/webhooks/${APP}/${token}/messages/@original`));
const embedText = (call: RestCall): string =>
  JSON.stringify((call.body as { embeds?: unknown; content?: unknown }).embeds ?? (call.body as { content?: unknown }).content);

beforeAll(async () => {
  store = openSqliteStore(':memory:');
  const bot = createBot(makeServices({ store, registry: loadDefaultRegistry() }));
  discord = await startDiscordHarness({
    botUser: user('200000000000000002'),
    appId: APP,
    guildId: GUILD,
    handle: (m) => bot.handle(m),
    channels: [channel(CHANNEL, 'general'), channel(LOG_CHANNEL, 'mod-log')],
  });
  ({ rest, gateway, adapter } = discord);
}, 60_000);

afterAll(async () => {
  await discord.stop();
  await store.close();
});

describe('Discord through the real discord.js client', () => {
  it('GIVEN start-up THEN guild commands are registered with Chinese localizations and moderator permissions', () => {
    const put = rest.calls.find((c) => c.method === 'PUT');
    expect(put?.path).toBe(`/api/v10/applications/${APP}/guilds/${GUILD}/commands`);
    const body = put?.body as Array<{
      name: string;
      default_member_permissions?: string;
      description_localizations?: Record<string, string>;
    }>;
    expect(body.map((c) => c.name)).toEqual(['ask', 'check', 'status', 'help', 'alerts', 'watch']);
    expect(body.find((c) => c.name === 'alerts')?.default_member_permissions).toBe(String(PermissionFlagsBits.ManageMessages));
    expect(body.every((c) => c.description_localizations?.['zh-CN'])).toBe(true);
  });

  it('GIVEN /ask THEN the reply is deferred, then edited with an embed that cites its source', async () => {
    const { id, token } = interaction('ask', [{ name: 'question', type: 3, value: '金交所是什么' }]);
    expect((await callback(id)).body).toEqual({ type: 5, data: { flags: 0 } });
    const edit = await edited(token);
    expect(embedText(edit)).toContain('测试笔记');
  });

  it('GIVEN /check THEN the deferral is ephemeral and the verdict arrives', async () => {
    const { id, token } = interaction('check', [{ name: 'offer', type: 3, value: '某资产登记备案中心定融，年化11%，保本保息' }]);
    expect((await callback(id)).body).toEqual({ type: 5, data: { flags: 64 } });
    expect(embedText(await edited(token))).toContain('高风险');
  });

  it('GIVEN a member without moderator permissions THEN /alerts subscribe is refused, naming the permission', async () => {
    const { id } = interaction('alerts', [{ name: 'subscribe', type: 1, options: [] }]);
    const refusal = await callback(id);
    expect(refusal.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(JSON.stringify(refusal.body)).toContain('Manage Messages');
    expect(await store.subscriptions()).toEqual([]);
  });

  it('GIVEN a moderator THEN /alerts subscribe subscribes this channel', async () => {
    const { token } = interaction('alerts', [{ name: 'subscribe', type: 1, options: [{ name: 'filters', type: 3, value: '湖南' }] }], MOD);
    expect(embedText(await edited(token))).toContain('已订阅');
    expect((await store.subscriptions()).map((s) => [s.platform, s.chatId, s.filters])).toEqual([['discord', CHANNEL, ['湖南']]]);
  });

  it('GIVEN /watch on and a log channel THEN a high-risk promotion gets a warning and the log is told; a harmless message is left alone', async () => {
    const on = interaction('watch', [{ name: 'on', type: 1 }], MOD);
    await edited(on.token);
    const log = interaction('watch', [{ name: 'log', type: 1, options: [{ name: 'channel', type: 7, value: LOG_CHANNEL }] }], MOD, {
      channels: { [LOG_CHANNEL]: { id: LOG_CHANNEL, type: 0, name: 'mod-log', permissions: '0' } },
    });
    await edited(log.token);
    const before = rest.calls.filter((c) => c.method === 'POST' && c.path.includes('/channels/')).length;
    message('今天的会议改到下午三点。');
    await new Promise((r) => setTimeout(r, 500));
    expect(rest.calls.filter((c) => c.method === 'POST' && c.path.includes('/channels/')).length).toBe(before);
    message('稳赚不赔！某资产登记备案中心定融，年化15%，保本保息，名额有限，加我微信。');
    const warning = await rest.waitFor('POST', new RegExp(`/channels/${CHANNEL}/messages`));
    expect(JSON.stringify(warning.body)).toContain('高风险');
    const logged = await rest.waitFor('POST', new RegExp(`/channels/${LOG_CHANNEL}/messages`));
    expect(embedText(logged)).toContain('高风险');
    expect(rest.calls.some((c) => c.method === 'DELETE')).toBe(false);
  });

  it("GIVEN /watch on THEN a moderator's warning that quotes a pitch gets no risky-promotion reply", async () => {
    const on = interaction('watch', [{ name: 'on', type: 1 }], MOD);
    await edited(on.token);
    const before = rest.calls.filter((c) => c.method === 'POST' && c.path.includes('/channels/')).length;
    message('【风险提示】警惕所谓“保本保息、年化15%”的资产登记备案中心定融产品，名额有限也别信，遇到请报警。');
    await new Promise((r) => setTimeout(r, 500));
    expect(rest.calls.filter((c) => c.method === 'POST' && c.path.includes('/channels/')).length).toBe(before);
  });

  it('GIVEN the sender THEN a push reaches the channel; a deleted channel is permanent; a 429 is waited out', async () => {
    const push = { kind: 'alert' as const, blocks: [{ type: 'heading' as const, text: '关停消息：测试' }], citations: [] };
    expect(await adapter.sender.send({ platform: 'discord', chatId: CHANNEL }, push)).toEqual({ status: 'sent' });
    rest.inject('POST', /\/channels\/\d+\/messages$/, { status: 404, body: { message: 'Unknown Channel', code: 10003 } });
    expect(await adapter.sender.send({ platform: 'discord', chatId: '999999999999999999' }, push)).toMatchObject({
      status: 'permanent',
      code: 'discord-10003',
    });
    rest.inject('POST', /\/channels\/\d+\/messages$/, {
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: 0.3, global: false },
      headers: { 'retry-after': '1', 'x-ratelimit-scope': 'user' },
    });
    const started = Date.now();
    expect(await adapter.sender.send({ platform: 'discord', chatId: CHANNEL }, push)).toEqual({ status: 'sent' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  }, 30_000);
});

describe('Discord mapping and rendering', () => {
  it('GIVEN commands THEN the neutral text the core routes', () => {
    expect(commandText({ name: 'alerts', subcommand: 'subscribe', options: { filters: '湖南 P2P' } })).toBe('/subscribe 湖南 P2P');
    expect(commandText({ name: 'alerts', subcommand: 'list', options: {} })).toBe('/subscriptions');
    expect(commandText({ name: 'check', subcommand: null, options: { offer: '年化20%' } })).toBe('/check 年化20%');
    expect(commandText({ name: 'watch', subcommand: 'on', options: {} })).toBeNull();
  });

  it('GIVEN permissions THEN Manage Server or Manage Messages make a moderator', () => {
    const perms = (bits: bigint) => ({ has: (p: bigint) => (bits & p) === p });
    expect(isModerator(perms(PermissionFlagsBits.ManageGuild) as never)).toBe(true);
    expect(isModerator(perms(PermissionFlagsBits.ManageMessages) as never)).toBe(true);
    expect(isModerator(perms(PermissionFlagsBits.SendMessages) as never)).toBe(false);
    expect(isModerator(null)).toBe(false);
  });

  it('GIVEN a long answer THEN embeds stay within Discord limits', () => {
    const reply = {
      kind: 'answer' as const,
      blocks: Array.from({ length: 30 }, () => ({ type: 'text' as const, text: '长'.repeat(900) })),
      citations: [{ doc: 'a', title: 'T', section: 'S', passage: 'a#1' }],
    };
    const messages = renderDiscord(reply);
    for (const embeds of messages) {
      expect(embeds.length).toBeLessThanOrEqual(10);
      expect(embeds.reduce((n, e) => n + e.description.length + (e.footer?.text.length ?? 0), 0)).toBeLessThanOrEqual(6000);
      for (const e of embeds) expect(e.description.length).toBeLessThanOrEqual(4096);
    }
    expect(
      messages
        .flat()
        .map((e) => e.description)
        .join('\n'),
    ).toContain('长');
  });
});
