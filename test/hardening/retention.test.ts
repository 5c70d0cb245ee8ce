import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/config.js';
import { silentLogger } from '../../bot/log.js';
import { openPostgresStore } from '../../bot/store/postgres.js';
import { pruneOnce } from '../../bot/store/retention.js';
import { openSqliteStore } from '../../bot/store/sqlite.js';
import type { Store } from '../../bot/store/types.js';
import { freshDatabase, postgresAvailable } from '../helpers/postgres.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = 400 * DAY;

/** 100 days ago: two pushes sent, one failed, one item seen; today: one push sent, one item seen. */
async function history(open: (now: () => number) => Promise<Store>): Promise<Store> {
  let clock = NOW - 100 * DAY;
  const store = await open(() => clock);
  const subs = await Promise.all(['1', '2', '3', '4'].map((chat) => store.upsertSubscription('telegram', chat, [], false)));
  await store.enqueue(
    subs.map((s) => ({ itemKey: 'old', subscriptionId: s.id, platform: 'telegram' as const, chatId: s.chatId, payload: '{}' })),
  );
  await store.recordItem({ key: 'old', titleKey: 'old title', feed: 'f', title: 'old', link: null, date: null });
  const rows = await store.claim(10, clock, 60_000, ['telegram']);
  await store.markSent(rows[0]!.id);
  await store.markSent(rows[1]!.id);
  await store.markFailed(rows[2]!.id, 'blocked');
  clock = NOW;
  await store.recordItem({ key: 'new', titleKey: 'new title', feed: 'f', title: 'new', link: null, date: null });
  await store.markSent(rows[3]!.id);
  return store;
}

async function expectPruned(store: Store): Promise<void> {
  expect(await pruneOnce(store, 90, NOW, silentLogger)).toEqual({ outbox: 2, seen: 1 });
  expect(await store.counts()).toMatchObject({ sent: 1, failed: 1 });
  expect([await store.hasSeen('old', 'old title'), await store.hasSeen('new', 'new title')]).toEqual([false, true]);
  expect((await store.subscriptions()).length).toBe(4);
  expect(await pruneOnce(store, 90, NOW, silentLogger)).toEqual({ outbox: 0, seen: 0 });
  await store.close();
}

describe('retention', () => {
  it('GIVEN no setting THEN FINRISK_RETENTION_DAYS is 90; a bad value THEN it is named', () => {
    expect(loadConfig({}).FINRISK_RETENTION_DAYS).toBe(90);
    expect(() => loadConfig({ FINRISK_RETENTION_DAYS: '0' })).toThrow(/^FINRISK_RETENTION_DAYS /);
  });

  it('GIVEN SQLite with pushes and items older and newer than 90 days THEN only sent rows and seen items past the window go', async () => {
    await expectPruned(await history(async (now) => openSqliteStore(':memory:', now)));
  });

  it.skipIf(!postgresAvailable('test/hardening/retention.test.ts'))(
    'GIVEN PostgreSQL with the same history THEN the same rows go',
    async () => {
      const url = await freshDatabase();
      await expectPruned(await history((now) => openPostgresStore(url, { now })));
    },
  );
});
