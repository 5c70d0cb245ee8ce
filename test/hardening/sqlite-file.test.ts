import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../bot/store/sqlite-file.js';
import { openSqliteStore, SQLITE_FILE } from '../../bot/store/sqlite.js';
import { startFakeTelegram } from '../fakes/telegram-api.js';
import { runCli, runEntry, startEntry } from '../helpers/run.js';

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const dir = (): string => mkdtempSync(path.join(os.tmpdir(), 'finrisk-sqlite-file-'));

/** A data directory with a database of 300 subscriptions, closed. */
async function withSubscriptions(): Promise<string> {
  const dataDir = dir();
  const store = openSqliteStore(dataDir);
  for (let i = 0; i < 300; i += 1) await store.upsertSubscription('telegram', String(10_000 + i), ['湖南'], false);
  await store.close();
  return dataDir;
}

const restoreHint = (file: string): string =>
  `restore it from a backup (stop finrisk and copy the backup over ${file}), or move it away to start fresh with no subscriptions`;

describe('an empty or damaged database', () => {
  it('GIVEN a zero-byte finrisk.sqlite THEN npm start stops with one line and the file is left as it was', async () => {
    const dataDir = dir();
    const file = path.join(dataDir, SQLITE_FILE);
    writeFileSync(file, '');
    const result = await runEntry('adapters/main.ts', [], { env: { FINRISK_DATA_DIR: dataDir, FINRISK_CORPUS: dir() } });
    // The last line is the error (the start notice of what was indexed may come before it).
    expect({ code: result.code, last: result.stderr.trim().split('\n').at(-1) }).toEqual({
      code: 1,
      last: `finrisk: the database ${file} is empty (0 bytes): ${restoreHint(file)}`,
    });
    expect(result.stderr).not.toMatch(/^\s*at /m);
    expect(statSync(file).size).toBe(0);
  });

  it('GIVEN pages overwritten in the middle of the database THEN open refuses with one line naming the damage', async () => {
    const dataDir = await withSubscriptions();
    const file = path.join(dataDir, SQLITE_FILE);
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 4096, Math.min(bytes.length, 4096 * 3));
    writeFileSync(file, bytes);
    expect(() => openSqliteStore(dataDir)).toThrow(
      new RegExp(`^the database ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is damaged \\(.+\\): restore it from a backup`),
    );
    // The refusal released the lock: a repaired directory opens again.
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  });

  it('GIVEN a damaged database THEN `finrisk alerts poll` and `alerts deliver` print one line, no stack', async () => {
    const dataDir = dir();
    writeFileSync(path.join(dataDir, SQLITE_FILE), Buffer.alloc(8192, 0x41));
    for (const sub of ['poll', 'deliver']) {
      const result = await runCli(['alerts', sub], {
        env: { FINRISK_DATA_DIR: dataDir, FINRISK_CORPUS: dir(), FINRISK_FEEDS: 'http://127.0.0.1:9/feed.xml' },
      });
      const lines = result.stderr.trim().split('\n');
      expect({ sub, code: result.code, lines: lines.length }).toEqual({ sub, code: 1, lines: 1 });
      expect(lines[0]).toMatch(/^finrisk: the database .* is damaged \(.+\): restore it from a backup/);
    }
  }, 60_000);
});

describe('one process per data directory', () => {
  it('GIVEN a running bot THEN a second npm start on its data directory is refused with one line naming the first', async () => {
    const api = await startFakeTelegram();
    cleanups.push(() => api.stop());
    const dataDir = dir();
    const env = { TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.url, FINRISK_CORPUS: dir(), FINRISK_DATA_DIR: dataDir };
    const first = startEntry('adapters/main.ts', env);
    cleanups.push(() => first.kill());
    await api.waitFor('getUpdates', () => true, 60_000);
    const second = await runEntry('adapters/main.ts', [], { env });
    expect({ code: second.code, stderr: second.stderr.trim() }).toEqual({
      code: 1,
      stderr: `finrisk: another finrisk process (pid ${first.pid}) is using FINRISK_DATA_DIR ${dataDir}: stop it, or give this one its own FINRISK_DATA_DIR (two would push twice)`,
    });
    expect(await first.stop()).toBe(0);
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  }, 90_000);

  it('GIVEN a lock left by a process that is gone THEN the store opens and takes it over', async () => {
    const dataDir = await withSubscriptions();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(path.join(dataDir, LOCK_FILE), `${gone.stdout}\n`);
    const store = openSqliteStore(dataDir);
    expect(readFileSync(path.join(dataDir, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
    expect((await store.subscriptions()).length).toBe(300);
    await store.close();
  });
});
