/**
 * The shared store: PostgreSQL through `pg`, for several bot instances against one database.
 * Outbox rows are claimed with FOR UPDATE SKIP LOCKED under a lease; the feed poll runs under a
 * session advisory lock; send limits are slots in a table row that every instance advances.
 */
import os from 'node:os';
import pg from 'pg';
import type { StatusUpdate } from '../../knowledge/registry/types.js';
import { StatusUpdateSchema, toRow, toSubscription, type OutboxRecord, type SubscriptionRecord } from './schemas.js';
import { PG_MIGRATIONS } from './pg-migrations.js';
import { pruneSeenSql } from './retention.js';
import type { Coordination, FeedState, NewRow, OutboxStatus, Store } from './types.js';

/** Advisory lock key for migrations: any constant shared by every instance. */
const MIGRATION_LOCK = 7_310_420_001;

/** BIGINT columns come back as numbers: epoch milliseconds and ids stay far below 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

/** `postgres://user@host:port/db` without the password, for messages. */
export function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.username ? `${decodeURIComponent(u.username)}@` : ''}${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return 'an unparsable DATABASE_URL';
  }
}

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // Held until COMMIT: a second instance starting now waits here, then finds nothing to do.
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    );
    const current = (await client.query<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_version')).rows[0]?.v ?? 0;
    for (const m of PG_MIGRATIONS.filter((x) => x.version > current)) {
      await client.query(m.sql);
      await client.query('INSERT INTO schema_version (version) VALUES ($1)', [m.version]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export interface PostgresOptions {
  /** Recorded on claimed outbox rows, so operators can see which instance holds a lease. */
  instance?: string;
  /** Pool size; each instance needs few connections (one more while it holds the poll lock). */
  max?: number;
  now?: () => number;
}

/** Connects, applies pending migrations and returns the store; throws a one-line error when it cannot. */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<Store> {
  const now = options.now ?? Date.now;
  const instance = options.instance ?? `${os.hostname()}:${process.pid}`;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 5,
    types,
    connectionTimeoutMillis: 10_000,
    application_name: 'finrisk',
  });
  // An idle client losing its connection (database restart) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`cannot open PostgreSQL at ${describeDatabaseUrl(url)}: ${(error as Error).message}`, { cause: error });
  }

  const q = async <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> =>
    (await pool.query<R>(sql, params)).rows;

  const coordination: Coordination = {
    async exclusive(name, task) {
      const client = await pool.connect();
      try {
        // A session lock: released by unlock, or by the server when this instance dies.
        const got = (await client.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(hashtext('finrisk:' || $1)) AS ok`, [name])).rows[0]
          ?.ok;
        if (!got) return false;
        try {
          await task();
        } finally {
          await client.query(`SELECT pg_advisory_unlock(hashtext('finrisk:' || $1))`, [name]);
        }
        return true;
      } finally {
        client.release();
      }
    },
    async reserveSlot(bucket, intervalMs) {
      // The database's clock, so that instances on machines with skewed clocks share one timeline.
      const rows = await q<{ wait: number }>(
        `WITH t AS (SELECT extract(epoch FROM statement_timestamp())::float8 * 1000 AS now)
         INSERT INTO rate_limits AS r (name, tat) SELECT $1, t.now + $2 FROM t
         ON CONFLICT (name) DO UPDATE SET tat = GREATEST(r.tat, EXCLUDED.tat - $2) + $2
         RETURNING r.tat - $2 - (SELECT now FROM t) AS wait`,
        [bucket, intervalMs],
      );
      return Math.max(0, rows[0]?.wait ?? 0);
    },
    async pauseBucket(bucket, ms) {
      await q(
        `WITH t AS (SELECT extract(epoch FROM statement_timestamp())::float8 * 1000 AS now)
         INSERT INTO rate_limits AS r (name, tat) SELECT $1, t.now + $2 FROM t
         ON CONFLICT (name) DO UPDATE SET tat = GREATEST(r.tat, EXCLUDED.tat)`,
        [bucket, ms],
      );
    },
  };

  return {
    coordination,
    async upsertSubscription(platform, chatId, filters, digest) {
      const rows = await q<SubscriptionRecord>(
        `INSERT INTO subscriptions (platform, chat_id, filters, digest, active, created_at) VALUES ($1, $2, $3, $4, TRUE, $5)
         ON CONFLICT (platform, chat_id) DO UPDATE SET filters = EXCLUDED.filters, digest = EXCLUDED.digest, active = TRUE
         RETURNING *`,
        [platform, chatId, JSON.stringify(filters), digest, now()],
      );
      return toSubscription(rows[0] as SubscriptionRecord);
    },
    async subscriptions(filter = {}) {
      const rows = await q<SubscriptionRecord>(
        `SELECT * FROM subscriptions WHERE active AND ($1::text IS NULL OR platform = $1) AND ($2::text IS NULL OR chat_id = $2) ORDER BY id`,
        [filter.platform ?? null, filter.chatId ?? null],
      );
      return rows.map(toSubscription);
    },
    async removeSubscriptions(platform, chatId) {
      return (
        (await pool.query('UPDATE subscriptions SET active = FALSE WHERE platform = $1 AND chat_id = $2 AND active', [platform, chatId]))
          .rowCount ?? 0
      );
    },
    async deactivateSubscription(id) {
      await q(
        `WITH s AS (UPDATE subscriptions SET active = FALSE WHERE id = $1)
         UPDATE outbox SET status = 'failed', last_error = 'subscription deactivated' WHERE subscription_id = $1 AND status IN ('pending', 'held')`,
        [id],
      );
    },
    async feedState(url) {
      const r = (
        await q<{
          url: string;
          etag: string | null;
          last_modified: string | null;
          last_status: string | null;
          last_polled_at: number | null;
        }>('SELECT * FROM feed_state WHERE url = $1', [url])
      )[0];
      return r
        ? { url: r.url, etag: r.etag, lastModified: r.last_modified, lastStatus: r.last_status, lastPolledAt: r.last_polled_at }
        : null;
    },
    async saveFeedState(s: FeedState) {
      await q(
        `INSERT INTO feed_state (url, etag, last_modified, last_status, last_polled_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (url) DO UPDATE SET etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified, last_status = EXCLUDED.last_status, last_polled_at = EXCLUDED.last_polled_at`,
        [s.url, s.etag, s.lastModified, s.lastStatus, s.lastPolledAt],
      );
    },
    async hasSeen(key, titleKey) {
      return (await q('SELECT 1 FROM seen_items WHERE key = $1 OR title_key = $2 LIMIT 1', [key, titleKey])).length > 0;
    },
    async recordItem(item) {
      // Both the key and the normalised title are unique: a mirror of a seen item conflicts and is not new.
      const result = await pool.query(
        `INSERT INTO seen_items (key, title_key, feed, title, link, date, seen_at, listed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) ON CONFLICT DO NOTHING`,
        [item.key, item.titleKey, item.feed, item.title, item.link, item.date, now()],
      );
      return result.rowCount === 1;
    },
    async recordListing(key, titleKey) {
      const result = await pool.query('UPDATE seen_items SET listed_at = $1 WHERE key = $2 OR title_key = $3', [now(), key, titleKey]);
      return (result.rowCount ?? 0) > 0;
    },
    async recordFeedUnchanged(feed) {
      await q('UPDATE seen_items SET listed_at = $1 WHERE feed = $2', [now(), feed]);
    },
    async enqueue(rows: NewRow[]) {
      if (rows.length === 0) return 0;
      // New rows are due at once (next attempt 0); a repeated (item, subscription) pair is ignored.
      const result = await pool.query(
        `INSERT INTO outbox (item_key, subscription_id, platform, chat_id, payload, status, next_attempt_at)
         SELECT i, s, p, c, d, t, 0 FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[]) AS u (i, s, p, c, d, t)
         ON CONFLICT (item_key, subscription_id) DO NOTHING`,
        [
          rows.map((r) => r.itemKey),
          rows.map((r) => r.subscriptionId),
          rows.map((r) => r.platform),
          rows.map((r) => r.chatId),
          rows.map((r) => r.payload),
          rows.map((r) => (r.held ? 'held' : 'pending')),
        ],
      );
      return result.rowCount ?? 0;
    },
    async claim(limit, at, leaseMs, platforms) {
      if (platforms.length === 0) return [];
      // Rows another instance is claiming right now are skipped, not waited for.
      const rows = await q<OutboxRecord>(
        `UPDATE outbox o SET status = 'sending', lease_until = $2::bigint + $3::bigint, attempts = o.attempts + 1, claimed_by = $5
         FROM (SELECT id FROM outbox
               WHERE platform = ANY($4::text[]) AND ((status = 'pending' AND next_attempt_at <= $2) OR (status = 'sending' AND lease_until < $2))
               ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED) due
         WHERE o.id = due.id
         RETURNING o.*`,
        [limit, at, leaseMs, platforms, instance],
      );
      return rows.map(toRow).sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || a.id - b.id);
    },
    async markSent(id) {
      await q(`UPDATE outbox SET status = 'sent', sent_at = $2, lease_until = NULL WHERE id = $1`, [id, now()]);
    },
    async markRetry(id, nextAttemptAt, error) {
      await q(`UPDATE outbox SET status = 'pending', next_attempt_at = $2, lease_until = NULL, last_error = $3 WHERE id = $1`, [
        id,
        nextAttemptAt,
        error,
      ]);
    },
    async markFailed(id, error) {
      await q(`UPDATE outbox SET status = 'failed', lease_until = NULL, last_error = $2 WHERE id = $1`, [id, error]);
    },
    async markPartSent(id, partsSent) {
      await q(`UPDATE outbox SET parts_sent = $2 WHERE id = $1`, [id, partsSent]);
    },
    async markThrottled(id, nextAttemptAt, error) {
      await q(
        `UPDATE outbox SET status = 'pending', next_attempt_at = $2, lease_until = NULL, last_error = $3, attempts = GREATEST(0, attempts - 1) WHERE id = $1`,
        [id, nextAttemptAt, error],
      );
    },
    async unclaim(ids) {
      if (ids.length === 0) return;
      // Only this instance's claims: a row whose lease ran out may belong to another instance now.
      await q(
        `UPDATE outbox SET status = 'pending', lease_until = NULL, attempts = GREATEST(0, attempts - 1) WHERE id = ANY($1::bigint[]) AND status = 'sending' AND claimed_by = $2`,
        [ids, instance],
      );
    },
    async releaseStaleClaims() {
      return 0;
    },
    async held() {
      return (await q<OutboxRecord>(`SELECT * FROM outbox WHERE status = 'held' ORDER BY id`)).map(toRow);
    },
    async release(ids) {
      if (ids.length === 0) return;
      await q(
        `UPDATE outbox SET status = 'sent', sent_at = $2, last_error = 'merged into digest' WHERE id = ANY($1::bigint[]) AND status = 'held'`,
        [ids, now()],
      );
    },
    async counts() {
      const out: Record<OutboxStatus, number> = { pending: 0, sending: 0, sent: 0, failed: 0, held: 0 };
      for (const r of await q<{ status: OutboxStatus; n: number }>('SELECT status, COUNT(*)::int AS n FROM outbox GROUP BY status'))
        out[r.status] = r.n;
      return out;
    },
    async getSetting(key) {
      return (await q<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]))[0]?.value ?? null;
    },
    async setSetting(key, value) {
      await q('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value', [key, value]);
    },
    async recordRegistryUpdate(update: StatusUpdate) {
      await q('INSERT INTO registry_updates (body, created_at) VALUES ($1, $2)', [JSON.stringify(update), now()]);
    },
    async prune(before) {
      const outbox = await pool.query(`DELETE FROM outbox WHERE status = 'sent' AND sent_at < $1`, [before]);
      const seen = await pool.query(pruneSeenSql('$1'), [before]);
      return { outbox: outbox.rowCount ?? 0, seen: seen.rowCount ?? 0 };
    },
    async registryUpdates() {
      const rows = await q<{ body: string }>('SELECT body FROM registry_updates ORDER BY id');
      return rows.flatMap((r) => {
        const parsed = StatusUpdateSchema.safeParse(JSON.parse(r.body));
        return parsed.success ? [parsed.data] : [];
      });
    },
    async ping() {
      await q('SELECT 1');
    },
    async close() {
      await pool.end().catch(() => undefined);
    },
  };
}
