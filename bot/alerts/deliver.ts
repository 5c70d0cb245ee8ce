/**
 * The delivery loop: claims outbox rows, paces every platform message under the platform's limits,
 * hands it to the platform's sender, and records the outcome. A row is marked sent only after the
 * platform acknowledged it; a multi-part row records each acknowledged part, so a retry resumes at
 * the next part. A crash leaves in-flight rows claimed: SQLite releases them at the next start-up,
 * PostgreSQL when their lease ends.
 */
import { z } from 'zod';
import type { Logger } from '../log.js';
import type { Clock, DeliveryOutcome, Sender } from '../ports.js';
import type { OutboxRow, Store } from '../store/types.js';
import type { Platform, Reply } from '../types.js';
import { createPacer, type Pacer, type RateLimits } from './pacer.js';

export { createPacer, type Pacer, type RateLimits } from './pacer.js';

/** Telegram: ≤ 30 messages/s overall and ≤ 1/s per chat. Discord: per-channel limits, ~5 per 5 s. */
export const PLATFORM_LIMITS: Record<Platform, RateLimits> = {
  telegram: { perSecond: 30, perChatGapMs: 1000 },
  discord: { perSecond: 40, perChatGapMs: 1000 },
  console: { perSecond: 1000, perChatGapMs: 0 },
  cli: { perSecond: 1000, perChatGapMs: 0 },
};

export const DELIVERY = {
  batch: 50,
  /** Rows claimed at a time when instances share the outbox: few, so each is sent well within its lease. */
  sharedBatch: 10,
  leaseMs: 60_000,
  /** A row whose lease ends sooner than this is not sent; its lease runs out and any instance retakes it. */
  leaseMarginMs: 1000,
  /** Attempts that failed (5xx, network, timeout); a 429 is not one. */
  maxAttempts: 8,
  baseBackoffMs: 1000,
  maxBackoffMs: 10 * 60_000,
  /** One platform request that has not answered by then is abandoned and retried. */
  sendTimeoutMs: 10_000,
};

/** Counts what delivery does (the metrics endpoint); every hook is optional. */
export interface DeliveryObserver {
  push(platform: Platform, outcome: 'sent' | 'failed' | 'retried'): void;
}

export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(DELIVERY.maxBackoffMs, DELIVERY.baseBackoffMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(base / 2 + random() * (base / 2));
}

const ReplySchema = z
  .object({ kind: z.string(), blocks: z.array(z.record(z.unknown())), citations: z.array(z.record(z.unknown())) })
  .passthrough();

export interface DeliveryResult {
  sent: number;
  retried: number;
  failed: number;
  /** Claimed but not sent because the lease was about to run out (another instance retakes them). */
  skipped: number;
}

export interface DeliveryDeps {
  store: Store;
  senders: Sender[];
  clock: Clock;
  log: Logger;
  limits?: Partial<Record<Platform, RateLimits>>;
  /** Pacers shared with interactive replies (the composition root makes one per platform). */
  pacers?: Partial<Record<Platform, Pacer>>;
  leaseMs?: number;
  observer?: DeliveryObserver;
}

/** One pacer per platform, through the store's shared slots when instances share the store. */
export function createPacers(store: Store, clock: Clock, limits: Partial<Record<Platform, RateLimits>> = {}): Record<Platform, Pacer> {
  const coordination = store.coordination;
  const make = (p: Platform): Pacer =>
    createPacer(limits[p] ?? PLATFORM_LIMITS[p], clock, coordination && { coordination, bucket: `send:${p}` });
  return { telegram: make('telegram'), discord: make('discord'), console: make('console'), cli: make('cli') };
}

/** Sends one part with a timeout; a throw or a timeout is a transient failure. */
async function sendPart(sender: Sender, row: OutboxRow, reply: Reply, part: number): Promise<DeliveryOutcome> {
  const target = { platform: row.platform, chatId: row.chatId };
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<DeliveryOutcome>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ status: 'retry', reason: `no answer within ${DELIVERY.sendTimeoutMs} ms` });
    }, DELIVERY.sendTimeoutMs);
  });
  const sending = (sender.sendPart ? sender.sendPart(target, reply, part, controller.signal) : sender.send(target, reply)).catch(
    (error: unknown): DeliveryOutcome => ({ status: 'retry', reason: `sender threw: ${(error as Error).message}` }),
  );
  try {
    return await Promise.race([sending, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

type RowEnd = 'done' | 'stopped';

export function createDelivery(deps: DeliveryDeps) {
  const senders = new Map(deps.senders.map((s) => [s.platform, s]));
  const own = createPacers(deps.store, deps.clock, deps.limits);
  const pacerOf = (p: Platform): Pacer => deps.pacers?.[p] ?? own[p];
  const leaseMs = deps.leaseMs ?? DELIVERY.leaseMs;
  const batch = deps.store.coordination ? DELIVERY.sharedBatch : DELIVERY.batch;
  const count = (row: OutboxRow, outcome: 'sent' | 'failed' | 'retried'): void => deps.observer?.push(row.platform, outcome);
  const stopper = new AbortController();
  let inFlight: Promise<void> = Promise.resolve();

  async function failed(row: OutboxRow, outcome: Exclude<DeliveryOutcome, { status: 'sent' }>, result: DeliveryResult): Promise<void> {
    const { store, clock, log } = deps;
    const where = { platform: row.platform, chatId: row.chatId, outbox: row.id };
    if (outcome.status === 'permanent') {
      await store.markFailed(row.id, `${outcome.code}: ${outcome.reason}`);
      await store.deactivateSubscription(row.subscriptionId);
      log.warn({ ...where, code: outcome.code, description: outcome.reason }, 'chat is gone; subscription deactivated');
    } else if (outcome.status === 'rejected') {
      // A refused message (bad markup, too long) is our bug, not the subscriber's wish: keep the subscription.
      await store.markFailed(row.id, `${outcome.code}: ${outcome.reason}`);
      log.warn(
        { ...where, code: outcome.code, description: outcome.reason },
        'platform refused the push; row kept as failed, subscription untouched',
      );
    } else if (outcome.retryAfterMs !== undefined) {
      await pacerOf(row.platform).pause(outcome.retryAfterMs);
      await store.markThrottled(row.id, clock.now() + outcome.retryAfterMs, outcome.reason);
      result.retried += 1;
      count(row, 'retried');
      return;
    } else if (row.attempts >= DELIVERY.maxAttempts) {
      await store.markFailed(row.id, `gave up after ${row.attempts} attempts: ${outcome.reason}`);
      log.warn({ ...where, description: outcome.reason }, 'push given up');
    } else {
      await store.markRetry(row.id, clock.now() + backoffMs(row.attempts), outcome.reason);
      result.retried += 1;
      count(row, 'retried');
      return;
    }
    result.failed += 1;
    count(row, 'failed');
  }

  async function deliverRow(row: OutboxRow, result: DeliveryResult): Promise<RowEnd> {
    const sender = senders.get(row.platform);
    if (!sender) return 'done';
    const reply = ReplySchema.safeParse(JSON.parse(row.payload));
    if (!reply.success) {
      await deps.store.markFailed(row.id, 'payload is not a reply');
      result.failed += 1;
      count(row, 'failed');
      return 'done';
    }
    const payload = reply.data as unknown as Reply;
    const total = sender.sendPart ? (sender.parts?.(payload) ?? 1) : 1;
    for (let part = Math.min(row.partsSent, total - 1); part < total; part += 1) {
      if (!(await pacerOf(row.platform).acquire(row.chatId, stopper.signal))) return 'stopped';
      // Sending after the lease ran out could race the instance that retook the row: leave it to that one.
      if (row.leaseUntil !== null && deps.clock.now() > row.leaseUntil - DELIVERY.leaseMarginMs) {
        result.skipped += 1;
        return 'done';
      }
      const outcome = await sendPart(sender, row, payload, part);
      pacerOf(row.platform).settle(row.chatId);
      if (outcome.status !== 'sent') {
        await failed(row, outcome, result);
        return 'done';
      }
      if (part + 1 < total) await deps.store.markPartSent(row.id, part + 1);
    }
    await deps.store.markSent(row.id);
    result.sent += 1;
    count(row, 'sent');
    return 'done';
  }

  async function run(result: DeliveryResult): Promise<void> {
    while (!stopper.signal.aborted) {
      const rows = await deps.store.claim(batch, deps.clock.now(), leaseMs, [...senders.keys()]);
      if (rows.length === 0) return;
      for (const [i, row] of rows.entries()) {
        if (stopper.signal.aborted || (await deliverRow(row, result)) === 'stopped') {
          // Shutdown: the rest of the batch goes back at once, not after its lease.
          await deps.store.unclaim(rows.slice(i).map((r) => r.id));
          return;
        }
      }
    }
  }

  return {
    /** Sends everything that is due now; returns what happened. */
    async deliverOnce(): Promise<DeliveryResult> {
      const result: DeliveryResult = { sent: 0, retried: 0, failed: 0, skipped: 0 };
      const go = (): Promise<void> => run(result);
      // One loop at a time: a second caller waits for the first instead of racing it.
      inFlight = inFlight.then(go, go);
      await inFlight;
      return result;
    },
    idle: () => inFlight,
    /** Stops claiming, lets the message in flight finish and be recorded, and hands the claimed rest back. */
    async stop(): Promise<void> {
      stopper.abort();
      await inFlight.catch(() => undefined);
    },
  };
}
