import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../bot/store/migrations.js';
import { openPostgresStore } from '../../bot/store/postgres.js';
import { freshDatabase, postgresAvailable } from '../helpers/postgres.js';

/** A schema as both stores can describe it: per table its columns (with NOT NULL), keys, references and allowed values. */
interface Model {
  [table: string]: { columns: string[]; unique: string[]; references: string[]; checks: string[] };
}

/** Only PostgreSQL has these: several instances coordinate through them (claims, shared rate limits). */
const PG_ONLY = { tables: ['rate_limits'], columns: ['outbox.claimed_by'] };

const quoted = (text: string): string[] => [...text.matchAll(/'([^']+)'/g)].map((m) => m[1] as string).sort();

function sqliteModel(): Model {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE schema_version (version INTEGER NOT NULL)');
  for (const m of MIGRATIONS) db.exec(m.sql);
  const tables = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT IN ('schema_version', 'sqlite_sequence')")
    .all() as Array<{ name: string; sql: string }>;
  const model: Model = {};
  for (const { name, sql } of tables) {
    const columns = (db.pragma(`table_info(${name})`) as Array<{ name: string; notnull: number; pk: number }>).map(
      (c) => `${c.name}${c.notnull || c.pk ? ' not null' : ''}`,
    );
    const pk = (db.pragma(`table_info(${name})`) as Array<{ name: string; pk: number }>).filter((c) => c.pk).map((c) => c.name);
    const unique = (db.pragma(`index_list(${name})`) as Array<{ name: string; unique: number; origin: string }>)
      .filter((i) => i.unique && i.origin !== 'c')
      .map((i) => (db.pragma(`index_info(${i.name})`) as Array<{ name: string }>).map((c) => c.name).join(','));
    const references = (db.pragma(`foreign_key_list(${name})`) as Array<{ from: string; table: string; to: string }>).map(
      (f) => `${f.from} -> ${f.table}.${f.to}`,
    );
    const checks = [...sql.matchAll(/CHECK \(([^)]*\))\)/g)].map((m) => quoted(m[1] as string).join('|'));
    model[name] = {
      columns: columns.sort(),
      unique: [...new Set([pk.join(','), ...unique])].sort(),
      references: references.sort(),
      checks: checks.sort(),
    };
  }
  db.close();
  return model;
}

async function postgresModel(url: string): Promise<Model> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const q = async <T extends pg.QueryResultRow>(sql: string): Promise<T[]> => (await client.query<T>(sql)).rows;
    const columns = await q<{ table_name: string; column_name: string; is_nullable: string }>(
      "SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'schema_version'",
    );
    const constraints = await q<{ table: string; type: string; def: string; cols: string }>(
      `SELECT c.conrelid::regclass::text AS table, c.contype AS type, pg_get_constraintdef(c.oid) AS def,
              (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(att, ord) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.att) AS cols
         FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public'`,
    );
    const model: Model = {};
    for (const c of columns) {
      const t = (model[c.table_name] ??= { columns: [], unique: [], references: [], checks: [] });
      t.columns.push(`${c.column_name}${c.is_nullable === 'NO' ? ' not null' : ''}`);
    }
    for (const c of constraints) {
      const t = model[c.table];
      if (!t) continue;
      if (c.type === 'p' || c.type === 'u') t.unique.push(c.cols);
      if (c.type === 'f') t.references.push(`${c.cols} -> ${/REFERENCES (\w+)\((\w+)\)/.exec(c.def)?.slice(1).join('.')}`);
      if (c.type === 'c' && !/IS NOT NULL/.test(c.def)) t.checks.push(quoted(c.def).join('|'));
    }
    for (const t of Object.values(model)) for (const list of Object.values(t)) list.sort();
    for (const name of PG_ONLY.tables) delete model[name];
    for (const full of PG_ONLY.columns) {
      const [table, column] = full.split('.') as [string, string];
      model[table]!.columns = model[table]!.columns.filter((c) => c.split(' ')[0] !== column);
    }
    return model;
  } finally {
    await client.end();
  }
}

describe('SQLite constraints', () => {
  it('GIVEN the migrated SQLite schema THEN a duplicate title key, an unknown subscription and an unknown status are refused', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    db.exec('CREATE TABLE schema_version (version INTEGER NOT NULL)');
    for (const m of MIGRATIONS) db.exec(m.sql);
    const seen = db.prepare("INSERT INTO seen_items (key, title_key, feed, title, seen_at) VALUES (?, 'same title', 'f', 't', 0)");
    seen.run('a');
    expect(() => seen.run('b')).toThrow(/UNIQUE constraint failed: seen_items.title_key/);
    db.prepare("INSERT INTO subscriptions (platform, chat_id, filters, created_at) VALUES ('telegram', '1', '[]', 0)").run();
    const row = db.prepare(
      "INSERT INTO outbox (item_key, subscription_id, platform, chat_id, payload, status, next_attempt_at) VALUES ('i', ?, 'telegram', '1', '{}', ?, 0)",
    );
    expect(() => row.run(99, 'pending')).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => row.run(1, 'lost')).toThrow(/CHECK constraint failed/);
    expect(row.run(1, 'pending').changes).toBe(1);
    db.close();
  });
});

const run = postgresAvailable('test/hardening/schema.test.ts');

describe.skipIf(!run)('one schema for both stores', () => {
  it('GIVEN both migration sets applied THEN tables, columns, keys, references and checks are alike', async () => {
    const url = await freshDatabase();
    const store = await openPostgresStore(url);
    await store.close();
    const sqlite = sqliteModel();
    expect(Object.keys(sqlite).sort()).toEqual(['feed_state', 'outbox', 'registry_updates', 'seen_items', 'settings', 'subscriptions']);
    expect(sqlite).toEqual(await postgresModel(url));
  });
});
