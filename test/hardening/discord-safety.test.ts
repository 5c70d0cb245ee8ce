import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiscordAdapter } from '../../adapters/discord/index.js';
import { createDelivery } from '../../bot/alerts/deliver.js';
import { createBot } from '../../bot/index.js';
import { silentLogger } from '../../bot/log.js';
import { systemClock } from '../../bot/ports.js';
import { openSqliteStore } from '../../bot/store/sqlite.js';
import type { IncomingMessage, Reply } from '../../bot/types.js';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';
import { startDiscordHarness, type DiscordHarness } from '../fakes/discord-harness.js';
import type { FakeDiscordRest, RestCall } from '../fakes/discord-rest.js';
import { type FakeGateway, commandData, guildMember, interactionCreate } from '../fakes/discord-gateway.js';
import { makeServices } from '../helpers/services.js';

const APP = '100000000000000001';
const GUILD = '300000000000000003';
const CHANNEL = '400000000000000004';
const PHISH = '[点此登记兑付](https://phish.example/claim)';

let rest: FakeDiscordRest;
let gateway: FakeGateway;
let adapter: DiscordAdapter;
let discord: DiscordHarness;
let nextId = 2000;
const bot = createBot(makeServices({ registry: loadDefaultRegistry() }));
// "/ask 炸" makes the handler throw, as a bug would.
const handle = async (m: IncomingMessage): Promise<Reply[]> => {
  if (m.text === '/ask 炸') throw new Error('boom');
  return bot.handle(m);
};

const user = (id: string) => ({ id, username: `u${id}`, discriminator: '0', avatar: null, global_name: null });

function interaction(name: string, options: unknown[] = [], permissions = '0'): { id: string; token: string } {
  nextId += 1;
  const id = String(500000000000000000n + BigInt(nextId));
  const token = `tok-${nextId}`;
  const channel = { id: CHANNEL, type: 0, name: 'general', guild_id: GUILD };
  const at = { id, token, appId: APP, guildId: GUILD, channelId: CHANNEL, channel, member: guildMember('600000000000000006', permissions) };
  gateway.dispatch('INTERACTION_CREATE', interactionCreate(at, commandData(name, options)));
  return { id, token };
}

const edited = (token: string): Promise<RestCall> => rest.waitFor('PATCH', new RegExp(`/webhooks/${APP}/${token}/messages/@original`));
const body = (call: RestCall): Record<string, unknown> => call.body as Record<string, unknown>;

beforeAll(async () => {
  discord = await startDiscordHarness({ botUser: user('200000000000000002'), appId: APP, guildId: GUILD, handle });
  ({ rest, gateway, adapter } = discord);
}, 60_000);

afterAll(() => discord.stop());

describe('public Discord replies', () => {
  it('GIVEN /status with a masked link as the name THEN the echo is escaped, not clickable, and mentions nobody', async () => {
    const { token } = interaction('status', [{ name: 'name', type: 3, value: PHISH }]);
    const edit = body(await edited(token));
    const descriptions = (edit.embeds as Array<{ description: string }>).map((e) => e.description).join('\n');
    expect(descriptions).toContain('\\[点此登记兑付](https://phish.example/claim)');
    expect(descriptions).not.toMatch(/(^|[^\\])\[点此登记兑付\]\(/);
    expect(edit.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('GIVEN a handler that throws THEN the deferred reply is edited with a short error instead of "thinking…" forever', async () => {
    const { token } = interaction('ask', [{ name: 'question', type: 3, value: '炸' }]);
    expect(body(await edited(token))).toMatchObject({ content: '处理这个命令时出错了，请稍后再试。（错误已记录）', embeds: [] });
  });

  it('GIVEN a push refused with a 400 THEN it is sent once, the row fails and its subscription stays', async () => {
    const store = openSqliteStore(':memory:');
    const sub = await store.upsertSubscription('discord', CHANNEL, [], false);
    const payload: Reply = { kind: 'alert', blocks: [{ type: 'link', text: PHISH, url: 'https://news.example/a_b' }], citations: [] };
    await store.enqueue([
      { itemKey: 'i1', subscriptionId: sub.id, platform: 'discord', chatId: CHANNEL, payload: JSON.stringify(payload) },
    ]);
    rest.inject('POST', /\/channels\/\d+\/messages$/, { status: 400, body: { message: 'Invalid Form Body', code: 50035 } });
    const before = rest.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/messages')).length;
    const delivery = createDelivery({
      store,
      senders: [adapter.sender],
      clock: systemClock,
      log: silentLogger,
      limits: { discord: { perSecond: 1000, perChatGapMs: 0 } },
    });
    expect(await delivery.deliverOnce()).toMatchObject({ sent: 0, failed: 1, retried: 0 });
    expect(await delivery.deliverOnce()).toMatchObject({ sent: 0, failed: 0, retried: 0 });
    const posts = rest.calls.filter((c) => c.method === 'POST' && c.path.endsWith('/messages'));
    expect(posts.length - before).toBe(1);
    expect(body(posts.at(-1) as RestCall).allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(body(posts.at(-1) as RestCall).embeds)).toContain(
      '\\\\[点此登记兑付](https://phish.example/claim)：<https://news.example/a_b>',
    );
    expect((await store.subscriptions()).map((s) => s.active)).toEqual([true]);
    await store.close();
  });
});

describe('command registration and moderator gating', () => {
  it('GIVEN start-up THEN commands carry contexts, no dm_permission, and moderator commands need Manage Messages only', () => {
    const put = rest.calls.find((c) => c.method === 'PUT')?.body as Array<Record<string, unknown>>;
    expect(put.map((c) => [c.name, c.contexts, c.default_member_permissions ?? null, 'dm_permission' in c])).toEqual([
      ['ask', [0, 1], null, false],
      ['check', [0, 1], null, false],
      ['status', [0, 1], null, false],
      ['help', [0, 1], null, false],
      ['alerts', [0], String(PermissionFlagsBits.ManageMessages), false],
      ['watch', [0], String(PermissionFlagsBits.ManageMessages), false],
    ]);
  });

  it('GIVEN Manage Server alone, Manage Messages alone, or neither THEN the first two may list alerts and the third is refused', async () => {
    const outcome = async (permissions: bigint): Promise<string> => {
      const { id, token } = interaction('alerts', [{ name: 'list', type: 1 }], String(permissions));
      const callback = body(await rest.waitFor('POST', new RegExp(`/interactions/${id}/`)));
      if (callback.type === 4) return 'refused';
      return JSON.stringify(body(await edited(token)).embeds).includes('订阅') ? 'listed' : 'other';
    };
    expect([
      await outcome(PermissionFlagsBits.ManageGuild),
      await outcome(PermissionFlagsBits.ManageMessages),
      await outcome(PermissionFlagsBits.SendMessages),
    ]).toEqual(['listed', 'listed', 'refused']);
  });
});
