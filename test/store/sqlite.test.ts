import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../bot/store/sqlite.js';
import { storeContract } from './contract.js';

storeContract('SQLite (in memory)', async () => openSqliteStore(':memory:'));
storeContract('SQLite (file)', async () => openSqliteStore(mkdtempSync(path.join(os.tmpdir(), 'finrisk-store-'))));

describe('SQLite specifics', () => {
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
