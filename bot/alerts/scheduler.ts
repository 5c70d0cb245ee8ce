/**
 * The schedule: poll feeds on FINRISK_POLL_CRON, queue digests on FINRISK_DIGEST_CRON (node-cron v4,
 * with the time zone and no overlapping runs), and a delivery loop that sends what is due. Polls
 * and deliveries run side by side: a poll starts a delivery run and returns, so a long fan-out never
 * holds up the next poll. Stopping finishes the message in flight and hands the claimed rest back.
 */
import { schedule, setLogger, type ScheduledTask } from 'node-cron';
import type { Logger } from '../log.js';
import type { Alerts } from './pipeline.js';

export interface SchedulerOptions {
  pollCron: string;
  digestCron: string;
  timezone: string;
  /**
   * How often the delivery loop looks for due rows: retries, digests, rows another instance queued,
   * and rows whose claimer died. One cheap query each time.
   */
  deliverEveryMs?: number;
}

export interface Scheduler {
  /** Runs one poll now, then delivers (what `task.execute()` runs on schedule). */
  pollNow(): Promise<void>;
  stop(): Promise<void>;
}

/** The calendar day in `timezone`, e.g. 2026-12-01: one digest per subscriber per day. */
export function dayIn(timezone: string, at = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** How long stop() waits for a poll in flight before closing anyway (its rows are idempotent). */
const POLL_STOP_WAIT_MS = 2000;

export function startScheduler(alerts: Alerts, options: SchedulerOptions, log: Logger): Scheduler {
  // node-cron logs to the console by default; the console is the chat, so route it to our logs.
  setLogger({
    info: (m) => log.debug({ source: 'node-cron' }, m),
    warn: (m) => log.warn({ source: 'node-cron' }, m),
    error: (m, e) => log.error({ source: 'node-cron', err: e }, String(m)),
    debug: (m) => log.debug({ source: 'node-cron' }, String(m)),
  });
  let stopping = false;
  let delivering: Promise<void> | undefined;
  let again = false;
  let polling: Promise<unknown> | undefined;
  const runDeliveries = async (): Promise<void> => {
    do {
      again = false;
      const result = await alerts.deliverOnce();
      if (result.sent + result.retried + result.failed > 0) log.info({ ...result }, 'pushes delivered');
    } while (again && !stopping);
  };
  /** Starts a delivery run, or asks the running one to look again; never waits for it. */
  const kick = (): Promise<void> => {
    if (stopping) return Promise.resolve();
    if (delivering) {
      again = true;
      return delivering;
    }
    delivering = runDeliveries()
      .catch((error: unknown) => log.error({ err: error, task: 'deliver' }, 'scheduled task failed'))
      .finally(() => {
        delivering = undefined;
      });
    return delivering;
  };
  const poll = async (): Promise<void> => {
    if (stopping) return;
    const started = Date.now();
    const run = alerts.pollOnce();
    polling = run;
    const result = await run.finally(() => (polling = undefined));
    log.info({ ...result, ms: Date.now() - started }, 'feeds polled');
    // A fan-out runs beside the next polls, never in their way.
    void kick();
  };
  const guard = (name: string, fn: () => Promise<void>) => async (): Promise<void> => {
    try {
      await fn();
    } catch (error) {
      log.error({ err: error, task: name }, 'scheduled task failed');
    }
  };
  const digest = async (): Promise<void> => {
    if (stopping) return;
    const queued = await alerts.queueDigests(dayIn(options.timezone));
    if (queued > 0) log.info({ queued }, 'digests queued');
    void kick();
  };
  const tasks: ScheduledTask[] = [
    schedule(options.pollCron, guard('poll', poll), { timezone: options.timezone, noOverlap: true, name: 'finrisk-poll' }),
    schedule(options.digestCron, guard('digest', digest), { timezone: options.timezone, noOverlap: true, name: 'finrisk-digest' }),
  ];
  const timer = setInterval(() => void kick(), options.deliverEveryMs ?? 1000);
  timer.unref();
  return {
    // The admin's /poll answers once what it found is sent.
    pollNow: guard('poll', async () => {
      await poll();
      await kick();
    }),
    async stop() {
      stopping = true;
      clearInterval(timer);
      await Promise.all(tasks.map((t) => t.stop()));
      // The push in flight finishes and is recorded; the claimed rest goes back to the outbox.
      await alerts.stopDelivery();
      const pollDone = polling?.catch(() => undefined);
      if (pollDone) await Promise.race([pollDone, new Promise((r) => setTimeout(r, POLL_STOP_WAIT_MS).unref())]);
    },
  };
}
