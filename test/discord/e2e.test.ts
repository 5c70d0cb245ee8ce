import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PermissionFlagsBits } from 'discord.js';
import { rss, startFeedServer, type FakeFeedServer } from '../fakes/feed-server.js';
import { startFakeDiscordRest, type FakeDiscordRest } from '../fakes/discord-rest.js';
import { startFakeGateway, type FakeGateway, commandData, guildMember, interactionCreate } from '../fakes/discord-gateway.js';
import { startEntry, tempDataDir } from '../helpers/run.js';
import { fixtureCorpus } from '../helpers/corpus.js';

const APP = '100000000000000011';
const GUILD = '300000000000000013';
const CHANNEL = '400000000000000014';

let rest: FakeDiscordRest;
let gateway: FakeGateway;
let feeds: FakeFeedServer;
let app: ReturnType<typeof startEntry>;

beforeAll(async () => {
  let gatewayUrl = '';
  rest = await startFakeDiscordRest(() => gatewayUrl);
  gateway = await startFakeGateway({ id: '200000000000000012', username: 'finrisk' }, APP);
  gatewayUrl = gateway.url;
  feeds = await startFeedServer();
  feeds.register('/news.xml', { body: rss([]) });
  app = startEntry('adapters/main.ts', {
    DISCORD_TOKEN: 'fake.discord.token',
    DISCORD_APP_ID: APP,
    DISCORD_API_ROOT: rest.api,
    DISCORD_GUILD_ID: GUILD,
    FINRISK_CORPUS: fixtureCorpus,
    FINRISK_DATA_DIR: tempDataDir(),
    FINRISK_FEEDS: feeds.url('/news.xml'),
    FINRISK_POLL_CRON: '* * * * * *',
  });
  await rest.waitFor('PUT', /\/commands$/, 60_000);
}, 90_000);

afterAll(async () => {
  expect(await app.stop()).toBe(0);
  await gateway.stop();
  await rest.stop();
  await feeds.stop();
});

describe('Discord through npm start', () => {
  it('GIVEN a moderator subscribes a channel and a closure is published THEN exactly one push reaches the channel', async () => {
    gateway.dispatch(
      'INTERACTION_CREATE',
      interactionCreate(
        {
          id: '500000000000000101',
          token: 'tok-e2e',
          appId: APP,
          guildId: GUILD,
          channelId: CHANNEL,
          channel: { id: CHANNEL, type: 0, guild_id: GUILD, name: 'general' },
          member: guildMember('600000000000000016', String(PermissionFlagsBits.ManageGuild), 'mod'),
        },
        commandData('alerts', [{ name: 'subscribe', type: 1, options: [] }]),
      ),
    );
    const edit = await rest.waitFor('PATCH', /\/webhooks\/\d+\/tok-e2e\/messages\/@original/, 30_000);
    expect(JSON.stringify(edit.body)).toContain('已订阅');
    feeds.register('/news.xml', {
      body: rss([
        {
          title: '重庆金融资产交易所被取消业务资质',
          description: '重庆地方金融监管部门公告取消辖内金融资产交易所的业务资质。',
          guid: 'dc-1',
        },
      ]),
    });
    await rest.waitFor('POST', new RegExp(`/channels/${CHANNEL}/messages`), 30_000);
    await new Promise((r) => setTimeout(r, 3000));
    const pushes = rest.calls.filter((c) => c.method === 'POST' && c.path.endsWith(`/channels/${CHANNEL}/messages`));
    expect(pushes).toHaveLength(1);
    expect(JSON.stringify(pushes[0]?.body)).toContain('重庆金融资产交易所有限责任公司');
  }, 60_000);
});
