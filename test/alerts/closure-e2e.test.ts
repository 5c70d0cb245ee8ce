/**
 * The closure headline that used to be missed (a full company name between 取消 and 资质), end to
 * end: npm start's entry with both the real telegraf and discord.js clients against the local fakes,
 * a feed served from 127.0.0.1, subscribers on both platforms, a distractor in the same feed.
 */
import { PermissionFlagsBits } from 'discord.js';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGateway, type FakeGateway, commandData, guildMember, interactionCreate } from '../fakes/discord-gateway.js';
import { startFakeDiscordRest, type FakeDiscordRest } from '../fakes/discord-rest.js';
import { rss, startFeedServer, type FakeFeedServer } from '../fakes/feed-server.js';
import { startFakeTelegram, textUpdate, type FakeTelegram } from '../fakes/telegram-api.js';
import { startEntry, tempDataDir } from '../helpers/run.js';

const APP = '100000000000000021';
const GUILD = '300000000000000023';
const CHANNEL = '400000000000000024';
const TG_CHAT = 8181;

const CLOSURE = '某省地方金融管理局公告：取消星河金融资产交易中心有限公司业务资质';
const DISTRACTOR = '关于拟取消云岭金融资产交易中心有限公司业务资质的公示';
const GBK_CLOSURE = '远山小额贷款有限公司被依法取缔';

let api: FakeTelegram;
let rest: FakeDiscordRest;
let gateway: FakeGateway;
let feeds: FakeFeedServer;
let app: ReturnType<typeof startEntry>;

beforeAll(async () => {
  api = await startFakeTelegram();
  let gatewayUrl = '';
  rest = await startFakeDiscordRest(() => gatewayUrl);
  gateway = await startFakeGateway({ id: '200000000000000022', username: 'finrisk' }, APP);
  gatewayUrl = gateway.url;
  feeds = await startFeedServer();
  feeds.register('/news.xml', { body: rss([]) });
  feeds.register('/gbk.xml', { body: rss([]) });
  // Notes only (no FINRISK_CORPUS): this test is about judgement and delivery, not answers.
  app = startEntry('adapters/main.ts', {
    TELEGRAM_BOT_TOKEN: api.token,
    TELEGRAM_API_ROOT: api.url,
    DISCORD_TOKEN: 'fake.discord.token',
    DISCORD_APP_ID: APP,
    DISCORD_API_ROOT: rest.api,
    DISCORD_GUILD_ID: GUILD,
    FINRISK_DATA_DIR: tempDataDir(),
    FINRISK_FEEDS: `${feeds.url('/news.xml')},${feeds.url('/gbk.xml')}`,
    FINRISK_POLL_CRON: '* * * * * *',
  });
  await Promise.all([api.waitFor('getUpdates', () => true, 60_000), rest.waitFor('PUT', /\/commands$/, 60_000)]);
}, 90_000);

afterAll(async () => {
  expect(await app.stop()).toBe(0);
  await Promise.all([gateway.stop(), rest.stop(), feeds.stop(), api.stop()]);
});

function subscribeDiscordChannel(): void {
  gateway.dispatch(
    'INTERACTION_CREATE',
    interactionCreate(
      {
        id: '500000000000000201',
        token: 'tok-closure',
        appId: APP,
        guildId: GUILD,
        channelId: CHANNEL,
        channel: { id: CHANNEL, type: 0, guild_id: GUILD, name: 'alerts' },
        member: guildMember('600000000000000026', String(PermissionFlagsBits.ManageGuild), 'mod'),
      },
      commandData('alerts', [{ name: 'subscribe', type: 1, options: [] }]),
    ),
  );
}

const telegramPushes = (): string[] =>
  api
    .sent(TG_CHAT)
    .map((c) => String(c.body.text))
    .filter((t) => t.startsWith('<b>关停消息'));
const discordPushes = (): string[] =>
  rest.calls.filter((c) => c.method === 'POST' && c.path.endsWith(`/channels/${CHANNEL}/messages`)).map((c) => JSON.stringify(c.body));

describe('a closure headline with a full company name, end to end', () => {
  it('GIVEN subscribers on Telegram and Discord THEN the closure reaches each exactly once and the distractor never', async () => {
    const at = Date.now();
    api.pushUpdate(textUpdate('/subscribe', { chatId: TG_CHAT }));
    await api.waitFor(
      'sendMessage',
      (c) => String(c.body.chat_id) === String(TG_CHAT) && c.at >= at && String(c.body.text).includes('已订阅'),
      30_000,
    );
    subscribeDiscordChannel();
    await rest.waitFor('PATCH', /\/webhooks\/\d+\/tok-closure\/messages\/@original/, 30_000);

    feeds.register('/news.xml', {
      body: rss([
        { title: DISTRACTOR, description: '公示期为十个工作日。', guid: 'pub-1', link: 'https://news.example/pub-1' },
        {
          title: CLOSURE,
          description: '该公司自公告之日起不再具备金融资产交易业务资质。',
          guid: 'close-1',
          link: 'https://news.example/close-1',
        },
      ]),
    });
    await api.waitFor(
      'sendMessage',
      (c) => String(c.body.chat_id) === String(TG_CHAT) && String(c.body.text).startsWith('<b>关停消息'),
      30_000,
    );
    await rest.waitFor('POST', new RegExp(`/channels/${CHANNEL}/messages$`), 30_000);
    // Several more polls of the same feed: still one push each.
    await new Promise((r) => setTimeout(r, 3500));
    expect(telegramPushes()).toHaveLength(1);
    expect(telegramPushes()[0]).toContain('涉及：星河金融资产交易中心有限公司');
    expect(discordPushes()).toHaveLength(1);
    expect(discordPushes()[0]).toContain('星河金融资产交易中心有限公司');
    expect([...telegramPushes(), ...discordPushes()].join('')).not.toContain('云岭');
  }, 90_000);

  it('GIVEN a GBK feed with a closure THEN both subscribers get it once, in readable Chinese', async () => {
    const xml = `<?xml version="1.0" encoding="GBK"?><rss version="2.0"><channel><title>地方新闻</title><item><title>${GBK_CLOSURE}</title><description>该公司以高息理财为名吸收公众资金，涉嫌非法集资。</description><guid>gbk-1</guid></item></channel></rss>`;
    feeds.register('/gbk.xml', { body: iconv.encode(xml, 'gbk'), contentType: 'application/rss+xml' });
    await api.waitFor(
      'sendMessage',
      (c) => String(c.body.chat_id) === String(TG_CHAT) && String(c.body.text).includes('远山小额贷款'),
      30_000,
    );
    await new Promise((r) => setTimeout(r, 3500));
    expect(telegramPushes().filter((t) => t.includes('远山小额贷款有限公司'))).toHaveLength(1);
    expect(discordPushes().filter((t) => t.includes('远山小额贷款有限公司'))).toHaveLength(1);
  }, 90_000);
});
