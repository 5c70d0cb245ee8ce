/** The embedded store: SQLite through better-sqlite3, in WAL mode, with versioned migrations. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { StatusUpdate } from '../../knowledge/registry/types.js';
import type { Platform } from '../types.js';
import { StatusUpdateSchema, toRow, toSubscription, type OutboxRecord, type SubscriptionRecord } from './schemas.js';
import { MIGRATIONS } from './migrations.js';
import { pruneSeenSql } from './retention.js';
import { checkIntegrity, lockDataDir, refuseEmptyFile } from './sqlite-file.js';
import type { FeedState, NewRow, OutboxRow, OutboxStatus, Store } from './types.js';

export const SQLITE_FILE = 'finrisk.sqlite';

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const current = (db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null }).v ?? 0;
  for (const m of MIGRATIONS.filter((x) => x.version > current)) {
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(m.version);
    })();
  }
}

/** Opens (creating when needed) `<dataDir>/finrisk.sqlite`, or `:memory:` for tests. */
export function openSqliteStore(dataDir: string | ':memory:', now: () => number = Date.now): Store {
  let file: string = dataDir;
  let unlock = (): void => undefined;
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    file = path.join(dataDir, SQLITE_FILE);
    unlock = lockDataDir(dataDir);
  }
  let db: Database.Database;
  try {
    if (file !== ':memory:') refuseEmptyFile(file);
    db = checkIntegrity(() => new Database(file), file);
  } catch (error) {
    unlock();
    throw error;
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // SQLite checks foreign keys only when asked, per connection.
  db.pragma('foreign_keys = ON');
  migrate(db);

  const claimTx = db.transaction((limit: number, at: number, leaseMs: number, platforms: Platform[]): OutboxRow[] => {
    if (platforms.length === 0) return [];
    const marks = platforms.map(() => '?').join(', ');
    const due = db
      .prepare(
        `SELECT * FROM outbox WHERE platform IN (${marks}) AND ((status = 'pending' AND next_attempt_at <= ?) OR (status = 'sending' AND lease_until < ?))
         ORDER BY next_attempt_at, id LIMIT ?`,
      )
      .all(...platforms, at, at, limit) as OutboxRecord[];
    const lease = db.prepare(`UPDATE outbox SET status = 'sending', lease_until = ?, attempts = attempts + 1 WHERE id = ?`);
    for (const r of due) lease.run(at + leaseMs, r.id);
    return due.map((r) => ({ ...toRow(r), status: 'sending', attempts: r.attempts + 1, leaseUntil: at + leaseMs }));
  });

  const enqueueTx = db.transaction((rows: NewRow[]): number => {
    const insert = db.prepare(
      `INSERT OR IGNORE INTO outbox (item_key, subscription_id, platform, chat_id, payload, status, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    let added = 0;
    // New rows are due at once (next attempt 0), whatever the caller's clock says.
    for (const r of rows)
      added += insert.run(r.itemKey, r.subscriptionId, r.platform, r.chatId, r.payload, r.held ? 'held' : 'pending', 0).changes;
    return added;
  });

  const recordItemTx = db.transaction(
    (item: { key: string; titleKey: string; feed: string; title: string; link: string | null; date: string | null }): boolean => {
      const seen = db.prepare('SELECT 1 FROM seen_items WHERE key = ? OR title_key = ? LIMIT 1').get(item.key, item.titleKey);
      if (seen) return false;
      const at = now();
      db.prepare(
        'INSERT INTO seen_items (key, title_key, feed, title, link, date, seen_at, listed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(item.key, item.titleKey, item.feed, item.title, item.link, item.date, at, at);
      return true;
    },
  );

  return {
    async upsertSubscription(platform, chatId, filters, digest) {
      db.prepare(
        `INSERT INTO subscriptions (platform, chat_id, filters, digest, active, created_at) VALUES (?, ?, ?, ?, 1, ?)
         ON CONFLICT (platform, chat_id) DO UPDATE SET filters = excluded.filters, digest = excluded.digest, active = 1`,
      ).run(platform, chatId, JSON.stringify(filters), digest ? 1 : 0, now());
      return toSubscription(
        db.prepare('SELECT * FROM subscriptions WHERE platform = ? AND chat_id = ?').get(platform, chatId) as SubscriptionRecord,
      );
    },
    async subscriptions(filter = {}) {
      const rows = db.prepare('SELECT * FROM subscriptions WHERE active = 1 ORDER BY id').all() as SubscriptionRecord[];
      return rows
        .map(toSubscription)
        .filter((s) => (!filter.platform || s.platform === filter.platform) && (!filter.chatId || s.chatId === filter.chatId));
    },
    async removeSubscriptions(platform, chatId) {
      return db.prepare('UPDATE subscriptions SET active = 0 WHERE platform = ? AND chat_id = ? AND active = 1').run(platform, chatId)
        .changes;
    },
    async deactivateSubscription(id) {
      db.prepare('UPDATE subscriptions SET active = 0 WHERE id = ?').run(id);
      db.prepare(
        `UPDATE outbox SET status = 'failed', last_error = 'subscription deactivated' WHERE subscription_id = ? AND status IN ('pending', 'held')`,
      ).run(id);
    },
    async feedState(url) {
      const r = db.prepare('SELECT * FROM feed_state WHERE url = ?').get(url) as
        | { url: string; etag: string | null; last_modified: string | null; last_status: string | null; last_polled_at: number | null }
        | undefined;
      return r
        ? { url: r.url, etag: r.etag, lastModified: r.last_modified, lastStatus: r.last_status, lastPolledAt: r.last_polled_at }
        : null;
    },
    async saveFeedState(s: FeedState) {
      db.prepare(
        `INSERT INTO feed_state (url, etag, last_modified, last_status, last_polled_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, last_status = excluded.last_status, last_polled_at = excluded.last_polled_at`,
      ).run(s.url, s.etag, s.lastModified, s.lastStatus, s.lastPolledAt);
    },
    async hasSeen(key, titleKey) {
      return db.prepare('SELECT 1 FROM seen_items WHERE key = ? OR title_key = ? LIMIT 1').get(key, titleKey) !== undefined;
    },
    async recordItem(item) {
      return recordItemTx(item);
    },
    async recordListing(key, titleKey) {
      return db.prepare('UPDATE seen_items SET listed_at = ? WHERE key = ? OR title_key = ?').run(now(), key, titleKey).changes > 0;
    },
    async recordFeedUnchanged(feed) {
      db.prepare('UPDATE seen_items SET listed_at = ? WHERE feed = ?').run(now(), feed);
    },
    async enqueue(rows) {
      return enqueueTx(rows);
    },
    async claim(limit, at, leaseMs, platforms) {
      return claimTx(limit, at, leaseMs, platforms);
    },
    async markSent(id) {
      db.prepare(`UPDATE outbox SET status = 'sent', sent_at = ?, lease_until = NULL WHERE id = ?`).run(now(), id);
    },
    async markRetry(id, nextAttemptAt, error) {
      db.prepare(`UPDATE outbox SET status = 'pending', next_attempt_at = ?, lease_until = NULL, last_error = ? WHERE id = ?`).run(
        nextAttemptAt,
        error,
        id,
      );
    },
    async markFailed(id, error) {
      db.prepare(`UPDATE outbox SET status = 'failed', lease_until = NULL, last_error = ? WHERE id = ?`).run(error, id);
    },
    async markPartSent(id, partsSent) {
      db.prepare(`UPDATE outbox SET parts_sent = ? WHERE id = ?`).run(partsSent, id);
    },
    async markThrottled(id, nextAttemptAt, error) {
      db.prepare(
        `UPDATE outbox SET status = 'pending', next_attempt_at = ?, lease_until = NULL, last_error = ?, attempts = MAX(0, attempts - 1) WHERE id = ?`,
      ).run(nextAttemptAt, error, id);
    },
    async unclaim(ids) {
      const back = db.prepare(
        `UPDATE outbox SET status = 'pending', lease_until = NULL, attempts = MAX(0, attempts - 1) WHERE id = ? AND status = 'sending'`,
      );
      db.transaction(() => ids.forEach((id) => back.run(id)))();
    },
    async releaseStaleClaims() {
      // The attempt stays counted: the dead process may have sent the row before it died.
      return db.prepare(`UPDATE outbox SET status = 'pending', lease_until = NULL WHERE status = 'sending'`).run().changes;
    },
    async held() {
      return (db.prepare(`SELECT * FROM outbox WHERE status = 'held' ORDER BY id`).all() as OutboxRecord[]).map(toRow);
    },
    async release(ids) {
      const done = db.prepare(
        `UPDATE outbox SET status = 'sent', sent_at = ?, last_error = 'merged into digest' WHERE id = ? AND status = 'held'`,
      );
      db.transaction(() => ids.forEach((id) => done.run(now(), id)))();
    },
    async counts() {
      const out: Record<OutboxStatus, number> = { pending: 0, sending: 0, sent: 0, failed: 0, held: 0 };
      for (const r of db.prepare('SELECT status, COUNT(*) AS n FROM outbox GROUP BY status').all() as Array<{
        status: OutboxStatus;
        n: number;
      }>)
        out[r.status] = r.n;
      return out;
    },
    async getSetting(key) {
      const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
      return row?.value ?? null;
    },
    async setSetting(key, value) {
      db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
    },
    async recordRegistryUpdate(update: StatusUpdate) {
      db.prepare('INSERT INTO registry_updates (body, created_at) VALUES (?, ?)').run(JSON.stringify(update), now());
    },
    async registryUpdates() {
      const rows = db.prepare('SELECT body FROM registry_updates ORDER BY id').all() as Array<{ body: string }>;
      return rows.flatMap((r) => {
        const parsed = StatusUpdateSchema.safeParse(JSON.parse(r.body));
        return parsed.success ? [parsed.data] : [];
      });
    },
    async prune(before) {
      return db.transaction(() => ({
        outbox: db.prepare(`DELETE FROM outbox WHERE status = 'sent' AND sent_at < ?`).run(before).changes,
        seen: db.prepare(pruneSeenSql('?')).run(before).changes,
      }))();
    },
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {
      if (db.open) db.close();
      unlock();
    },
  };
}
