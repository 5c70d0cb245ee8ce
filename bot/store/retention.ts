/**
 * Retention (FINRISK_RETENTION_DAYS): sent pushes older than the window, and seen news items no feed
 * has listed for the window, are deleted at start-up and then once a day, so the store does not grow
 * forever. Several instances on one PostgreSQL may all run it: the deletes are idempotent.
 */
import type { Logger } from '../log.js';
import type { Store } from './types.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Seen items no poll has listed since `before` (both stores). A feed whose last poll failed keeps
 * its items: it may still list them, and one that comes back after the window would push them again.
 */
export function pruneSeenSql(before: string): string {
  return `DELETE FROM seen_items WHERE listed_at < ${before}
    AND feed NOT IN (SELECT url FROM feed_state WHERE last_status LIKE 'error%')`;
}

export async function pruneOnce(store: Store, days: number, now: number, log: Logger): Promise<{ outbox: number; seen: number }> {
  const deleted = await store.prune(now - days * DAY_MS);
  if (deleted.outbox + deleted.seen > 0) log.info({ ...deleted, days }, 'retention: deleted sent pushes and seen items past the window');
  return deleted;
}

/** Prunes now and every day; the returned function stops the timer. Failures are logged, not thrown. */
export function startRetention(store: Store, days: number, log: Logger, now: () => number = Date.now): () => Promise<void> {
  const run = (): Promise<void> =>
    pruneOnce(store, days, now(), log).then(
      () => undefined,
      (error: unknown) => log.warn({ err: error }, 'retention run failed; it is tried again tomorrow'),
    );
  let running = run();
  const timer = setInterval(() => void (running = run()), DAY_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
