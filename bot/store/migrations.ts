/** Versioned schema migrations, applied in order inside one transaction each. */
export const MIGRATIONS: Array<{ version: number; sql: string }> = [
  {
    version: 1,
    sql: `
      CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        filters TEXT NOT NULL,
        digest INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1,
        created_at INTEGER NOT NULL,
        UNIQUE (platform, chat_id)
      );
      CREATE TABLE seen_items (
        key TEXT PRIMARY KEY,
        title_key TEXT NOT NULL,
        feed TEXT NOT NULL,
        title TEXT NOT NULL,
        link TEXT,
        date TEXT,
        seen_at INTEGER NOT NULL
      );
      CREATE INDEX seen_items_title ON seen_items (title_key);
      CREATE TABLE feed_state (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        last_status TEXT,
        last_polled_at INTEGER
      );
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        item_key TEXT NOT NULL,
        subscription_id INTEGER NOT NULL,
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        payload TEXT NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        lease_until INTEGER,
        last_error TEXT,
        sent_at INTEGER,
        UNIQUE (item_key, subscription_id)
      );
      CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
      CREATE TABLE registry_updates (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        body TEXT NOT NULL,
        created_at INTEGER NOT NULL
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
      -- Parts of a multi-part push already sent: a retry resumes at the next part.
      ALTER TABLE outbox ADD COLUMN parts_sent INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    version: 4,
    // The constraints PostgreSQL has had from the start (seen_items.title_key UNIQUE, the outbox's
    // foreign key and status CHECK). SQLite cannot add them to a table, so both tables are rebuilt;
    // a duplicate title keeps its first sighting, rows of an unknown subscription or status go.
    sql: `
      CREATE TABLE seen_items_v3 (
        key TEXT PRIMARY KEY,
        title_key TEXT NOT NULL UNIQUE,
        feed TEXT NOT NULL,
        title TEXT NOT NULL,
        link TEXT,
        date TEXT,
        seen_at INTEGER NOT NULL
      );
      INSERT OR IGNORE INTO seen_items_v3 SELECT key, title_key, feed, title, link, date, seen_at FROM seen_items ORDER BY seen_at, rowid;
      DROP TABLE seen_items;
      ALTER TABLE seen_items_v3 RENAME TO seen_items;
      CREATE TABLE outbox_v3 (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        item_key TEXT NOT NULL,
        subscription_id INTEGER NOT NULL REFERENCES subscriptions (id),
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        payload TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'held')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL,
        lease_until INTEGER,
        last_error TEXT,
        sent_at INTEGER,
        parts_sent INTEGER NOT NULL DEFAULT 0,
        UNIQUE (item_key, subscription_id)
      );
      INSERT INTO outbox_v3 SELECT id, item_key, subscription_id, platform, chat_id, payload, status, attempts, next_attempt_at, lease_until, last_error, sent_at, parts_sent FROM outbox
        WHERE subscription_id IN (SELECT id FROM subscriptions) AND status IN ('pending', 'sending', 'sent', 'failed', 'held');
      DROP TABLE outbox;
      ALTER TABLE outbox_v3 RENAME TO outbox;
      CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
      CREATE INDEX outbox_sent ON outbox (sent_at) WHERE status = 'sent';
      CREATE INDEX seen_items_seen_at ON seen_items (seen_at);
    `,
  },
  {
    version: 4,
    sql: `
      -- Retention counts from the last poll that listed an item, not from its first sighting: an item a
      -- feed still lists after the window would otherwise be deleted, look new and be pushed again.
      ALTER TABLE seen_items ADD COLUMN listed_at INTEGER NOT NULL DEFAULT 0;
      UPDATE seen_items SET listed_at = seen_at;
      DROP INDEX seen_items_seen_at;
      CREATE INDEX seen_items_listed_at ON seen_items (listed_at);
      CREATE INDEX seen_items_feed ON seen_items (feed);
    `,
  },
];
