import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAlerts, type Alerts } from '../../bot/alerts/pipeline.js';
import { silentLogger } from '../../bot/log.js';
import { createRecordingSender, type Clock } from '../../bot/ports.js';
import { openPostgresStore } from '../../bot/store/postgres.js';
import { pruneOnce } from '../../bot/store/retention.js';
import { openSqliteStore } from '../../bot/store/sqlite.js';
import type { Store } from '../../bot/store/types.js';
import { createKnowledge } from '../../knowledge/index.js';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';
import type { Knowledge } from '../../knowledge/types.js';
import { rss, startFeedServer, type FakeFeedServer } from '../fakes/feed-server.js';
import { freshDatabase, postgresAvailable } from '../helpers/postgres.js';

const DAY = 24 * 60 * 60 * 1000;
const OLD = {
  title: '某市金融资产交易中心被取消交易场所资质',
  description: '地方金融管理部门公告：辖内某金融资产交易中心停止全部业务，取消其交易场所资质。',
  link: 'https://news.example/old',
  guid: 'old-1',
};
const NEW = {
  title: '某省最后一家网贷平台完成业务退出',
  description: '省地方金融管理部门通报，辖内最后一家P2P网贷机构已完成业务退出。',
  link: 'https://news.example/new',
  guid: 'new-1',
};

let server: FakeFeedServer;
let knowledge: Knowledge;
beforeAll(async () => {
  server = await startFeedServer();
  knowledge = (await createKnowledge({ corpusDirs: [], dataDir: mkdtempSync(path.join(os.tmpdir(), 'finrisk-rf-')) })).knowledge;
});
afterAll(() => server.stop());

type OpenStore = (now: () => number) => Promise<Store>;
const stores: Array<[string, OpenStore, boolean]> = [
  ['SQLite', async (now) => openSqliteStore(mkdtempSync(path.join(os.tmpdir(), 'finrisk-rf-')), now), false],
  [
    'PostgreSQL',
    async (now) => openPostgresStore(await freshDatabase(), { now }),
    !postgresAvailable('test/hardening/retention-feed.test.ts'),
  ],
];

/** A subscriber, the pipeline over one local feed, and a clock the test moves by days. */
async function setup(open: OpenStore, feedPath: string) {
  let now = Date.UTC(2026, 0, 1);
  const clock: Clock & { days(n: number): void } = {
    now: () => now,
    sleep: async (ms) => void (now += Math.max(0, ms)),
    days: (n) => void (now += n * DAY),
  };
  const store = await open(() => now);
  await store.upsertSubscription('telegram', '42', [], false);
  const sender = createRecordingSender('telegram');
  const alerts: Alerts = createAlerts({
    store,
    registry: loadDefaultRegistry(),
    knowledge,
    senders: [sender],
    feeds: [server.url(feedPath)],
    clock,
    log: silentLogger,
  });
  /** One poll, its pushes delivered, then the daily retention run; returns the titles pushed so far. */
  const day = async (): Promise<string[]> => {
    await alerts.pollOnce();
    await alerts.deliverOnce();
    await pruneOnce(store, 90, clock.now(), silentLogger);
    return sender.sent.map((s) => (JSON.stringify(s.reply).includes('网贷') ? 'new' : 'old'));
  };
  return { store, clock, day, close: () => store.close() };
}

describe.each(stores)('retention never re-pushes what a feed still lists (%s)', (_name, open, skip) => {
  it.skipIf(skip)(
    'GIVEN a feed that lists the same closure for 200 days THEN it is pushed once, and dropped only 90 days after it leaves the feed',
    async () => {
      server.register('/listed', { body: rss([OLD]) });
      const { store, clock, day, close } = await setup(open, '/listed');
      expect(await day()).toEqual(['old']);
      for (let d = 0; d < 20; d += 1) {
        clock.days(10);
        expect(await day()).toEqual(['old']);
      }
      // It leaves the feed: it is kept for the window, then deleted.
      server.register('/listed', { body: rss([NEW]) });
      clock.days(1);
      expect(await day()).toEqual(['old', 'new']);
      clock.days(89);
      await day();
      expect(await store.hasSeen(OLD.guid, OLD.title)).toBe(true);
      clock.days(2);
      await day();
      expect(await store.hasSeen(OLD.guid, OLD.title)).toBe(false);
      expect(await store.hasSeen(NEW.guid, NEW.title)).toBe(true);
      await close();
    },
  );

  it.skipIf(skip)('GIVEN a feed that answers "not modified" for 120 days, then adds an item THEN only the new item is pushed', async () => {
    server.register('/etag', { body: rss([OLD]), etag: '"v1"' });
    const { clock, day, close } = await setup(open, '/etag');
    expect(await day()).toEqual(['old']);
    for (let d = 0; d < 12; d += 1) {
      clock.days(10);
      expect(await day()).toEqual(['old']);
    }
    server.register('/etag', { body: rss([NEW, OLD]), etag: '"v2"' });
    clock.days(1);
    expect(await day()).toEqual(['old', 'new']);
    await close();
  });

  it.skipIf(skip)('GIVEN a feed that fails for 100 days and comes back listing the old item THEN it is not pushed again', async () => {
    server.register('/down', { body: rss([OLD]) });
    const { clock, day, close } = await setup(open, '/down');
    expect(await day()).toEqual(['old']);
    server.register('/down', { body: 'unavailable', status: 503 });
    for (let d = 0; d < 10; d += 1) {
      clock.days(10);
      await day();
    }
    server.register('/down', { body: rss([OLD]) });
    clock.days(1);
    expect(await day()).toEqual(['old']);
    await close();
  });
});
