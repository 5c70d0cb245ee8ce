import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryWatchStore } from '../../adapters/discord/index.js';
import { createBot } from '../../bot/index.js';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';
import { startDiscordHarness, type DiscordHarness } from '../fakes/discord-harness.js';
import type { FakeDiscordRest, RestCall } from '../fakes/discord-rest.js';
import { type FakeGateway, commandData, guildMember, interactionCreate, messageCreate } from '../fakes/discord-gateway.js';
import { makeServices } from '../helpers/services.js';

const APP = '100000000000000001';
const GUILD = '300000000000000003';
const CHANNEL = '400000000000000004';
const PROMOTER = '800000000000000008';
// The core's default: 20 requests per user per minute.
const LIMIT = 20;

let rest: FakeDiscordRest;
let gateway: FakeGateway;
let discord: DiscordHarness;
let nextId = 3000;

const user = (id: string) => ({ id, username: `u${id}`, discriminator: '0', avatar: null, global_name: null });
const textChannel = { id: CHANNEL, type: 0, name: 'general', guild_id: GUILD, position: 0, permission_overwrites: [], parent_id: null };

function post(content: string): void {
  nextId += 1;
  const id = String(700000000000000000n + BigInt(nextId));
  gateway.dispatch('MESSAGE_CREATE', messageCreate({ id, guildId: GUILD, channelId: CHANNEL, author: user(PROMOTER) }, content));
}

function check(offer: string): string {
  nextId += 1;
  const token = `tok-${nextId}`;
  const id = String(500000000000000000n + BigInt(nextId));
  const at = { id, token, appId: APP, guildId: GUILD, channelId: CHANNEL, channel: textChannel, member: guildMember(PROMOTER) };
  gateway.dispatch('INTERACTION_CREATE', interactionCreate(at, commandData('check', [{ name: 'offer', type: 3, value: offer }])));
  return token;
}

const warnings = (): RestCall[] => rest.calls.filter((c) => c.method === 'POST' && c.path.endsWith(`/channels/${CHANNEL}/messages`));
const edited = (token: string): Promise<RestCall> => rest.waitFor('PATCH', new RegExp(`/webhooks/${APP}/${token}/messages/@original`));

async function until(done: () => boolean, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!done() && Date.now() - start < timeoutMs) await new Promise((r) => setTimeout(r, 50));
}

beforeAll(async () => {
  const bot = createBot(makeServices({ registry: loadDefaultRegistry() }));
  const watchStore = createMemoryWatchStore();
  await watchStore.set(CHANNEL, { on: true });
  // m.reply needs the channel in discord.js's cache: the harness announces it.
  discord = await startDiscordHarness({
    botUser: user('200000000000000002'),
    appId: APP,
    guildId: GUILD,
    handle: (m) => bot.handle(m),
    watchStore,
    channels: [textChannel],
  });
  ({ rest, gateway } = discord);
}, 60_000);

afterAll(() => discord.stop());

describe('/watch past the per-user rate limit', () => {
  it("GIVEN one user posts 25 promotions in a watched channel THEN the 25th still gets its warning, while that user's own /check past the limit is refused", async () => {
    for (let i = 1; i <= 25; i += 1) post(`第${i}期：某资产登记备案中心定融，年化1${i % 10}%，保本保息，稳赚不赔，名额有限，加我微信。`);
    await until(() => warnings().length >= 25);
    expect(warnings()).toHaveLength(25);
    expect(JSON.stringify(warnings().at(-1)?.body)).toContain('高风险');

    // The posts were not the user's requests: all of the user's own quota is still there, and no more.
    const tokens = Array.from({ length: LIMIT + 1 }, () => check('某资产登记备案中心定融，年化12%，保本保息'));
    const edits = await Promise.all(tokens.map(edited));
    const texts = edits.map((e) => JSON.stringify(e.body));
    // Deferrals may finish out of order, so count: LIMIT verdicts and one refusal.
    expect(texts.filter((t) => t.includes('高风险'))).toHaveLength(LIMIT);
    expect(texts.filter((t) => t.includes('请求有点多') && t.includes(`每分钟最多 ${LIMIT} 次`))).toHaveLength(1);
  }, 60_000);
});

describe('the watch exemption in the core', () => {
  it('GIVEN a message marked as watched that is not a /check THEN it is rate-limited like any request', async () => {
    const bot = createBot(makeServices({ registry: loadDefaultRegistry() }), { perMinute: 2 });
    const msg = {
      platform: 'discord' as const,
      chatId: CHANNEL,
      userId: PROMOTER,
      chatType: 'group' as const,
      addressed: true,
      watched: true,
    };
    const kinds: string[] = [];
    for (let i = 0; i < 3; i += 1) kinds.push((await bot.handle({ ...msg, text: '/help' }))[0]?.kind ?? 'none');
    const checked = await bot.handle({ ...msg, text: '/check 保本保息，年化15%' });
    expect(kinds).toEqual(['help', 'help', 'error']);
    expect(checked[0]?.kind).toBe('check');
  });
});
