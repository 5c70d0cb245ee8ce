/**
 * The schedule: poll feeds on FINRISK_POLL_CRON, queue digests on FINRISK_DIGEST_CRON (node-cron v4,
 * with the time zone and no overlapping runs), and a delivery loop that sends what is due.
 * Stopping finishes the message in flight before it resolves.
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

export function startScheduler(alerts: Alerts, options: SchedulerOptions, log: Logger): Scheduler {
  // node-cron logs to the console by default; the console is the chat, so route it to our logs.
  setLogger({
    info: (m) => log.debug({ source: 'node-cron' }, m),
    warn: (m) => log.warn({ source: 'node-cron' }, m),
    error: (m, e) => log.error({ source: 'node-cron', err: e }, String(m)),
    debug: (m) => log.debug({ source: 'node-cron' }, String(m)),
  });
  let stopping = false;
  let delivering = false;
  const deliver = async (): Promise<void> => {
    // A tick that finds a delivery running leaves it to that one instead of queueing behind it.
    if (delivering) return;
    delivering = true;
    try {
      const result = await alerts.deliverOnce();
      if (result.sent + result.retried + result.failed > 0) log.info({ ...result }, 'pushes delivered');
    } finally {
      delivering = false;
    }
  };
  const poll = async (): Promise<void> => {
    if (stopping) return;
    const started = Date.now();
    const result = await alerts.pollOnce();
    log.info({ ...result, ms: Date.now() - started }, 'feeds polled');
    await deliver();
  };
  const guard = (name: string, fn: () => Promise<void>) => async (): Promise<void> => {
    try {
      await fn();
    } catch (error) {
      log.error({ err: error, task: name }, 'scheduled task failed');
    }
  };
  const tasks: ScheduledTask[] = [
    schedule(options.pollCron, guard('poll', poll), { timezone: options.timezone, noOverlap: true, name: 'finrisk-poll' }),
    schedule(options.digestCron, guard('digest', async () => {
      await alerts.queueDigests();
      await deliver();
    }), { timezone: options.timezone, noOverlap: true, name: 'finrisk-digest' }),
  ];
  const timer = setInterval(guard('deliver', deliver), options.deliverEveryMs ?? 1000);
  timer.unref();
  return {
    pollNow: guard('poll', poll),
    async stop() {
      stopping = true;
      clearInterval(timer);
      await Promise.all(tasks.map((t) => t.stop()));
      // Let the send in flight finish and be recorded before the store closes.
      await alerts.idle();
    },
  };
}
