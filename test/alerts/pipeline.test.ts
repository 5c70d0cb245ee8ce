import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAlerts, type Alerts } from '../../bot/alerts/pipeline.js';
import { silentLogger } from '../../bot/log.js';
import { createRecordingSender, systemClock, type Sender } from '../../bot/ports.js';
import { openSqliteStore } from '../../bot/store/sqlite.js';
import type { Store } from '../../bot/store/types.js';
import { createKnowledge } from '../../knowledge/index.js';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';
import type { Knowledge } from '../../knowledge/types.js';
import { rss, startFeedServer, type FakeFeedServer } from '../fakes/feed-server.js';

const CLOSURE = {
  title: '某省取消辖内金交所业务资质',
  description: '湖南地方金融监管部门公告，取消辖内金融资产交易中心的业务资质。',
  link: 'https://news.example/1',
  guid: 'n1',
  pubDate: 'Mon, 25 Mar 2024 08:00:00 GMT',
};
const P2P = {
  title: '某市最后一家P2P网贷平台退出',
  description: '辖内网贷机构好运贷已完成业务退出。',
  link: 'https://news.example/2',
  guid: 'n2',
};
const DISTRACTORS = [
  { title: '传言不实：某金交所称业务正常', description: '某金融资产交易中心回应称并未关停。', link: 'https://news.example/3', guid: 'n3' },
  {
    title: '某产权交易所举办国有资产转让推介会',
    description: '推介会发布多宗国有产权转让项目。',
    link: 'https://news.example/4',
    guid: 'n4',
  },
];

let server: FakeFeedServer;
let knowledge: Knowledge;

beforeAll(async () => {
  server = await startFeedServer();
  knowledge = (await createKnowledge({ corpusDirs: [], dataDir: mkdtempSync(path.join(os.tmpdir(), 'finrisk-al-')) })).knowledge;
});
afterAll(() => server.stop());

function setup(feeds: string[], dir = mkdtempSync(path.join(os.tmpdir(), 'finrisk-al-'))) {
  const store = openSqliteStore(dir);
  const sender = createRecordingSender('telegram');
  const alerts = createAlerts({
    store,
    registry: loadDefaultRegistry(),
    knowledge,
    senders: [sender],
    feeds,
    clock: systemClock,
    log: silentLogger,
  });
  return { store, sender, alerts, dir };
}

async function subscribeAll(store: Store): Promise<void> {
  await store.upsertSubscription('telegram', 'all', [], false);
  await store.upsertSubscription('telegram', 'hunan', ['湖南'], false);
  await store.upsertSubscription('telegram', 'p2p', ['P2P'], false);
  await store.upsertSubscription('telegram', 'chongqing', ['重庆金融资产交易所'], false);
}

const pushedTo = (sender: ReturnType<typeof createRecordingSender>): string[] =>
  sender.sent.map((s) => `${s.target.chatId}:${(s.reply.blocks[0] as { text: string }).text}`).sort();

describe('alerts pipeline', () => {
  it('GIVEN subscribers and a feed with closures and distractors THEN exactly one push per matching subscriber, distractors never', async () => {
    server.register('/a.xml', { body: rss([CLOSURE, P2P, ...DISTRACTORS]) });
    const { store, sender, alerts } = setup([server.url('/a.xml')]);
    await subscribeAll(store);
    expect(await alerts.pollOnce()).toEqual({ fetched: 4, new: 4, closures: 2, queued: 4 });
    expect(await alerts.deliverOnce()).toEqual({ sent: 4, retried: 0, failed: 0, skipped: 0 });
    expect(pushedTo(sender)).toEqual([
      'all:关停消息：某市最后一家P2P网贷平台退出',
      'all:关停消息：某省取消辖内金交所业务资质',
      'hunan:关停消息：某省取消辖内金交所业务资质',
      'p2p:关停消息：某市最后一家P2P网贷平台退出',
    ]);
    const push = sender.sent.find((s) => s.target.chatId === 'hunan')?.reply;
    expect(push?.blocks).toEqual(expect.arrayContaining([{ type: 'link', text: '原文', url: 'https://news.example/1' }]));
    expect(push?.citations.length).toBe(1);
    // Polling again, and a mirror of the same item under another guid, push nothing more.
    server.register('/a.xml', { body: rss([CLOSURE, P2P, { ...CLOSURE, guid: 'mirror-1', link: 'https://mirror.example/1' }]) });
    expect(await alerts.pollOnce()).toMatchObject({ new: 0, queued: 0 });
    expect(await alerts.deliverOnce()).toEqual({ sent: 0, retried: 0, failed: 0, skipped: 0 });
    expect(sender.sent).toHaveLength(4);
    await store.close();
  });

  it('GIVEN a closure THEN the registry learns the new status and keeps it across a restart', async () => {
    const item = {
      title: '天津金融资产交易所完成注销',
      description: '天津金融资产交易所已完成工商注销。',
      guid: 'tj',
      pubDate: 'Tue, 02 Jul 2024 08:00:00 GMT',
    };
    server.register('/tj.xml', { body: rss([item]) });
    const first = setup([server.url('/tj.xml')]);
    await first.alerts.pollOnce();
    await first.store.close();
    const store = openSqliteStore(first.dir);
    const registry = loadDefaultRegistry();
    const alerts = createAlerts({ store, registry, knowledge, senders: [], feeds: [], clock: systemClock, log: silentLogger });
    expect(await alerts.restoreRegistry()).toBe(1);
    expect(registry.lookup('天津金融资产交易所')[0]?.entry).toMatchObject({ status: 'deregistered', date: '2024-07-02' });
    await store.close();
  });

  it('GIVEN a feed with an ETag THEN the next poll sends If-None-Match and a 304 changes nothing', async () => {
    server.register('/etag.xml', { body: rss([CLOSURE]), etag: '"v1"' });
    const { store, alerts } = setup([server.url('/etag.xml')]);
    await alerts.pollOnce();
    expect(await alerts.pollOnce()).toEqual({ fetched: 0, new: 0, closures: 0, queued: 0 });
    const conditional = server.requests.filter((r) => r.path === '/etag.xml').map((r) => r.headers['if-none-match']);
    expect(conditional).toEqual([undefined, '"v1"']);
    expect((await store.feedState(server.url('/etag.xml')))?.lastStatus).toBe('not modified');
    await store.close();
  });

  it('GIVEN a broken, an HTML, a malformed and a huge feed beside a good one THEN the good one is still polled', async () => {
    server.register('/good.xml', { body: rss([CLOSURE]) });
    server.register('/html', { body: '<html><body>not a feed</body></html>', contentType: 'text/html' });
    server.register('/broken.xml', { body: '<rss><channel><item><title>unclosed', status: 200 });
    server.register('/huge.xml', { body: '', hugeBytes: 50 * 1024 * 1024 });
    const feeds = ['/missing.xml', '/html', '/broken.xml', '/huge.xml', '/good.xml'].map((p) => server.url(p));
    const { store, alerts } = setup(feeds);
    await store.upsertSubscription('telegram', 'all', [], false);
    expect(await alerts.pollOnce()).toMatchObject({ closures: 1, queued: 1 });
    const status = Object.fromEntries((await alerts.feedStatus()).map((s) => [new URL(s.url).pathname, s.status]));
    expect(status['/missing.xml']).toBe('error: HTTP 404');
    expect(status['/html']).toMatch(/^error: not a feed/);
    expect(status['/huge.xml']).toMatch(/^error: feed is over the 5242880-byte limit/);
    expect(status['/good.xml']).toBe('ok');
    await store.close();
  });

  it('GIVEN items without a title or a link THEN titled ones are kept by title and empty ones skipped', async () => {
    server.register('/odd.xml', {
      body: rss([{ title: '某网贷平台好运贷宣布清退', description: '好运贷停止运营。' }, { description: '' }]),
    });
    const { store, alerts } = setup([server.url('/odd.xml')]);
    await store.upsertSubscription('telegram', 'all', [], false);
    expect(await alerts.pollOnce()).toEqual({ fetched: 1, new: 1, closures: 1, queued: 1 });
    await store.close();
  });

  it('GIVEN a restart between poll and delivery THEN nothing is lost and nothing doubled', async () => {
    server.register('/r.xml', { body: rss([CLOSURE, P2P]) });
    const first = setup([server.url('/r.xml')]);
    await subscribeAll(first.store);
    expect(await first.alerts.pollOnce()).toMatchObject({ queued: 4 });
    await first.store.close();
    const second = setup([server.url('/r.xml')], first.dir);
    expect(await second.alerts.pollOnce()).toMatchObject({ queued: 0 });
    expect(await second.alerts.deliverOnce()).toEqual({ sent: 4, retried: 0, failed: 0, skipped: 0 });
    await second.store.close();
  });

  it('GIVEN a digest subscriber THEN nothing is pushed at once, and the digest brings every item in one push', async () => {
    server.register('/d.xml', { body: rss([CLOSURE, P2P]) });
    const { store, sender, alerts } = setup([server.url('/d.xml')]);
    await store.upsertSubscription('telegram', 'daily', [], true);
    expect(await alerts.pollOnce()).toMatchObject({ closures: 2, queued: 2 });
    expect(await alerts.deliverOnce()).toEqual({ sent: 0, retried: 0, failed: 0, skipped: 0 });
    expect(await alerts.queueDigests()).toBe(1);
    expect(await alerts.queueDigests()).toBe(0);
    expect(await alerts.deliverOnce()).toEqual({ sent: 1, retried: 0, failed: 0, skipped: 0 });
    const digest = sender.sent[0]?.reply;
    expect((digest?.blocks[0] as { text: string }).text).toBe('今日关停消息汇总（2 条）');
    expect(JSON.stringify(digest?.blocks)).toContain('某市最后一家P2P网贷平台退出');
    await store.close();
  });

  it('GIVEN a 429 with retry_after and a blocked user THEN the first is retried later and the second deactivated', async () => {
    server.register('/f.xml', { body: rss([CLOSURE]) });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'finrisk-al-'));
    const store = openSqliteStore(dir);
    let calls = 0;
    const sender: Sender = {
      platform: 'telegram',
      send: async (target) => {
        calls += 1;
        if (target.chatId === 'blocked') return { status: 'permanent', code: '403', reason: 'bot was blocked by the user' };
        return calls <= 2 ? { status: 'retry', reason: '429', retryAfterMs: 50 } : { status: 'sent' };
      },
    };
    const alerts: Alerts = createAlerts({
      store,
      registry: loadDefaultRegistry(),
      knowledge,
      senders: [sender],
      feeds: [server.url('/f.xml')],
      clock: systemClock,
      log: silentLogger,
    });
    await store.upsertSubscription('telegram', 'a', [], false);
    await store.upsertSubscription('telegram', 'blocked', [], false);
    await alerts.pollOnce();
    const first = await alerts.deliverOnce();
    expect(first.failed).toBe(1);
    await new Promise((r) => setTimeout(r, 120));
    const later = await alerts.deliverOnce();
    expect(first.sent + later.sent).toBe(1);
    expect((await store.subscriptions()).map((s) => s.chatId)).toEqual(['a']);
    await store.close();
  });
});
