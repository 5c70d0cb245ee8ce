/**
 * PostgreSQL schema migrations, versioned like the SQLite ones and applied at start-up inside one
 * transaction that holds an advisory lock, so instances starting together apply each version once.
 * Times are epoch milliseconds (BIGINT), as in the SQLite store.
 */
export const PG_MIGRATIONS: Array<{ version: number; sql: string }> = [
  {
    version: 1,
    sql: `
      CREATE TABLE subscriptions (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        filters TEXT NOT NULL,
        digest BOOLEAN NOT NULL DEFAULT FALSE,
        active BOOLEAN NOT NULL DEFAULT TRUE,
        created_at BIGINT NOT NULL,
        UNIQUE (platform, chat_id)
      );
      CREATE TABLE seen_items (
        key TEXT PRIMARY KEY,
        title_key TEXT NOT NULL UNIQUE,
        feed TEXT NOT NULL,
        title TEXT NOT NULL,
        link TEXT,
        date TEXT,
        seen_at BIGINT NOT NULL
      );
      CREATE TABLE feed_state (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        last_status TEXT,
        last_polled_at BIGINT
      );
      CREATE TABLE outbox (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        item_key TEXT NOT NULL,
        subscription_id BIGINT NOT NULL REFERENCES subscriptions (id),
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        payload TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'held')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at BIGINT NOT NULL,
        lease_until BIGINT,
        claimed_by TEXT,
        last_error TEXT,
        sent_at BIGINT,
        UNIQUE (item_key, subscription_id)
      );
      CREATE INDEX outbox_pending ON outbox (next_attempt_at, id) WHERE status = 'pending';
      CREATE INDEX outbox_leased ON outbox (lease_until) WHERE status = 'sending';
      CREATE INDEX outbox_held ON outbox (id) WHERE status = 'held';
      CREATE TABLE registry_updates (
        id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        body TEXT NOT NULL,
        created_at BIGINT NOT NULL
      );
    `,
  },
  {
    version: 2,
    sql: `
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
  {
    version: 3,
    sql: `
      -- Shared send limits: the next free send slot ("theoretical arrival time") of each bucket.
      CREATE TABLE rate_limits (
        name TEXT PRIMARY KEY,
        tat DOUBLE PRECISION NOT NULL
      );
    `,
  },
  {
    version: 4,
    sql: `
      -- Parts of a multi-part push already sent: a retry resumes at the next part.
      ALTER TABLE outbox ADD COLUMN parts_sent INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    version: 5,
    sql: `
      -- Retention deletes sent rows and old sightings by time.
      CREATE INDEX outbox_sent ON outbox (sent_at) WHERE status = 'sent';
      CREATE INDEX seen_items_seen_at ON seen_items (seen_at);
    `,
  },
  {
    version: 6,
    sql: `
      -- Retention counts from the last poll that listed an item (see the SQLite migration 4).
      ALTER TABLE seen_items ADD COLUMN listed_at BIGINT NOT NULL DEFAULT 0;
      UPDATE seen_items SET listed_at = seen_at;
      DROP INDEX seen_items_seen_at;
      CREATE INDEX seen_items_listed_at ON seen_items (listed_at);
      CREATE INDEX seen_items_feed ON seen_items (feed);
    `,
  },
];
