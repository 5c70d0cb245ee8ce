/**
 * Guards around the SQLite file: one process per data directory (a lock file holding the owner's
 * pid), and a database that is empty or damaged stops start-up with one line saying how to restore
 * or start fresh. SQLite itself would treat a zero-byte file as a new, empty database, and the
 * subscriptions it held would be gone without a word.
 */
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

export const LOCK_FILE = 'finrisk.lock';

/** A store that cannot be opened as it is; the message is the whole story, for one line. */
export class StoreOpenError extends Error {
  override name = 'StoreOpenError';
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the data directory's lock; the returned function releases it. A dead owner's lock is taken over. */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(owner) && owner > 0 && alive(owner)) {
        throw new StoreOpenError(
          `another finrisk process (pid ${owner}) is using FINRISK_DATA_DIR ${dataDir}: stop it, or give this one its own FINRISK_DATA_DIR (two would push twice)`,
        );
      }
      // Left behind by a process that is gone (a crash or SIGKILL): take it over.
      rmSync(file, { force: true });
    }
  }
  throw new StoreOpenError(`cannot take the lock ${file}: another process keeps creating it`);
}

const fresh = (file: string): string =>
  `restore it from a backup (stop finrisk and copy the backup over ${file}), or move it away to start fresh with no subscriptions`;

/** Refuses a database file that exists but is empty: a truncated file must not become a new database. */
export function refuseEmptyFile(file: string): void {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return; // No file yet: a first start creates it.
  }
  if (size === 0) throw new StoreOpenError(`the database ${file} is empty (0 bytes): ${fresh(file)}`);
}

/** PRAGMA quick_check, and SQLite's own refusals (not a database, malformed), as one line. */
export function checkIntegrity(open: () => Database.Database, file: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = open();
    const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
    const problem = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
    if (problem.length > 0) throw new Error(problem.slice(0, 2).join('; '));
    return db;
  } catch (error) {
    if (db?.open) db.close();
    if (error instanceof StoreOpenError) throw error;
    throw new StoreOpenError(`the database ${file} is damaged (${(error as Error).message}): ${fresh(file)}`);
  }
}
