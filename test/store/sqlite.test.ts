import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../bot/store/sqlite.js';
import { storeContract } from './contract.js';

storeContract('SQLite (in memory)', async () => openSqliteStore(':memory:'));
storeContract('SQLite (file)', async () => openSqliteStore(mkdtempSync(path.join(os.tmpdir(), 'finrisk-store-'))));

describe('SQLite specifics', () => {
  it('GIVEN rows a killed run had claimed THEN the next run hands them back at start, attempts kept', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'finrisk-store-'));
    const first = openSqliteStore(dir);
    const s = await first.upsertSubscription('telegram', '1', [], false);
    await first.enqueue([{ itemKey: 'i', subscriptionId: s.id, platform: 'telegram', chatId: '1', payload: '{}' }]);
    expect(await first.claim(10, Date.now(), 60_000, ['telegram'])).toHaveLength(1);
    await first.close();
    const second = openSqliteStore(dir);
    expect(await second.releaseStaleClaims()).toBe(1);
    expect(await second.claim(10, Date.now(), 60_000, ['telegram'])).toMatchObject([{ chatId: '1', attempts: 2 }]);
    await second.close();
  });

  it('GIVEN a database reopened THEN migrations are not re-run and data survives', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'finrisk-store-'));
    const first = openSqliteStore(dir);
    await first.upsertSubscription('console', 'c', ['湖南'], false);
    await first.close();
    const second = openSqliteStore(dir);
    expect((await second.subscriptions()).map((s) => s.filters)).toEqual([['湖南']]);
    await second.close();
  });
});
