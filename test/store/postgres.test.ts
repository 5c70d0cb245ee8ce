import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../bot/store/postgres.js';
import { PG_MIGRATIONS } from '../../bot/store/pg-migrations.js';
import { freshDatabase, postgresAvailable } from '../helpers/postgres.js';
import { storeContract } from './contract.js';

const run = postgresAvailable('test/store/postgres.test.ts');

if (run) {
  storeContract('PostgreSQL', async () => openPostgresStore(await freshDatabase()));
}

describe.skipIf(!run)('PostgreSQL specifics', () => {
  it('GIVEN five instances starting together on an empty database THEN each migration is applied once', async () => {
    const url = await freshDatabase();
    const stores = await Promise.all(Array.from({ length: 5 }, () => openPostgresStore(url)));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const versions = (await client.query<{ version: number }>('SELECT version FROM schema_version ORDER BY version')).rows.map(
      (r) => r.version,
    );
    await client.end();
    expect(versions).toEqual(PG_MIGRATIONS.map((m) => m.version));
    await Promise.all(stores.map((s) => s.close()));
  });

  it('GIVEN two instances claiming at once THEN no row is claimed twice and every row is claimed', async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([openPostgresStore(url, { instance: 'a' }), openPostgresStore(url, { instance: 'b' })]);
    const subs = await Promise.all(Array.from({ length: 200 }, (_, i) => a!.upsertSubscription('telegram', `c${i}`, [], false)));
    await a!.enqueue(
      subs.map((s) => ({ itemKey: 'i', subscriptionId: s.id, platform: 'telegram' as const, chatId: s.chatId, payload: '{}' })),
    );
    const claimed: number[] = [];
    const drain = async (store: typeof a): Promise<void> => {
      for (;;) {
        const rows = await store!.claim(7, 1000, 60_000, ['telegram']);
        if (rows.length === 0) return;
        claimed.push(...rows.map((r) => r.id));
      }
    };
    await Promise.all([drain(a), drain(b), drain(a), drain(b)]);
    expect(claimed).toHaveLength(200);
    expect(new Set(claimed).size).toBe(200);
    await Promise.all([a!.close(), b!.close()]);
  });

  it('GIVEN the poll lock held by one instance THEN another skips the task, and takes it once released', async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = a!.coordination!.exclusive('poll', () => held);
    await new Promise((r) => setTimeout(r, 100));
    expect(await b!.coordination!.exclusive('poll', async () => undefined)).toBe(false);
    release();
    expect(await first).toBe(true);
    expect(await b!.coordination!.exclusive('poll', async () => undefined)).toBe(true);
    await Promise.all([a!.close(), b!.close()]);
  });

  it('GIVEN two instances reserving send slots THEN the slots are spaced by the interval across both', async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    const started = Date.now();
    const waits: number[] = [];
    for (let i = 0; i < 40; i += 1) waits.push(await (i % 2 ? a! : b!).coordination!.reserveSlot('telegram', 25));
    const elapsed = Date.now() - started;
    // Reserved faster than the interval: slot k is k × 25 ms after the first, whichever instance asked.
    expect(elapsed).toBeLessThan(900);
    expect(waits[0]).toBeLessThanOrEqual(1);
    expect(waits[39]).toBeGreaterThanOrEqual(39 * 25 - elapsed - 1);
    expect(waits[39]).toBeLessThanOrEqual(39 * 25 + 1);
    await a!.coordination!.pauseBucket('telegram', 5000);
    expect(await b!.coordination!.reserveSlot('telegram', 25)).toBeGreaterThan(4000);
    await Promise.all([a!.close(), b!.close()]);
  });

  it('GIVEN a claim another instance holds THEN start-up releases nothing (its lease decides), and unclaim touches only its own rows', async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([openPostgresStore(url, { instance: 'a' }), openPostgresStore(url, { instance: 'b' })]);
    const s = await a!.upsertSubscription('telegram', '1', [], false);
    await a!.enqueue([{ itemKey: 'i', subscriptionId: s.id, platform: 'telegram', chatId: '1', payload: '{}' }]);
    const [row] = await a!.claim(10, 0, 60_000, ['telegram']);
    expect(await b!.releaseStaleClaims()).toBe(0);
    await b!.unclaim([row!.id]);
    expect(await b!.counts()).toMatchObject({ sending: 1 });
    await a!.unclaim([row!.id]);
    expect(await b!.counts()).toMatchObject({ sending: 0, pending: 1 });
    await Promise.all([a!.close(), b!.close()]);
  });

  it('GIVEN an unreachable server THEN opening fails with one line naming it, without the password', async () => {
    await expect(openPostgresStore('postgres://u:s3cret@127.0.0.1:1/db')).rejects.toThrow(
      /^cannot open PostgreSQL at u@127\.0\.0\.1:1\/db: .*ECONNREFUSED/,
    );
    await expect(openPostgresStore('postgres://u:s3cret@127.0.0.1:1/db')).rejects.not.toThrow(/s3cret/);
  });
});
