/**
 * The delivery loop: claims outbox rows, paces them under each platform's limits, hands them to the
 * platform's sender, and records the outcome. A row is marked sent only after the platform
 * acknowledged it; a crash leaves in-flight rows leased, and they are sent again once the lease ends.
 */
import { z } from 'zod';
import type { Logger } from '../log.js';
import type { Clock, DeliveryOutcome, Sender } from '../ports.js';
import type { Coordination, OutboxRow, Store } from '../store/types.js';
import type { Platform, Reply } from '../types.js';

export interface RateLimits {
  /** Messages per second over all chats. */
  perSecond: number;
  /** Minimum milliseconds between two messages to one chat. */
  perChatGapMs: number;
}

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
  maxAttempts: 8,
  baseBackoffMs: 1000,
  maxBackoffMs: 10 * 60_000,
  /** Shared slots are spaced this much wider than the limit, so timing jitter between instances and the platform cannot exceed it. */
  sharedHeadroom: 1.1,
  /** A sender that wakes this late for its shared slot takes a new one instead of bunching with the next. */
  maxSlotLatenessMs: 5,
};

/** Counts what delivery does (the metrics endpoint); every hook is optional. */
export interface DeliveryObserver {
  push(platform: Platform, outcome: 'sent' | 'failed' | 'retried'): void;
}

/**
 * A minimum gap per chat plus a global limit: a sliding one-second window in this process, or,
 * when instances share the store, send slots reserved in the store so all of them together keep it.
 */
export function createPacer(limits: RateLimits, clock: Clock, shared?: { coordination: Coordination; bucket: string }) {
  const recent: number[] = [];
  const lastByChat = new Map<string, number>();
  let pausedUntil = 0;
  const interval = (1000 / limits.perSecond) * DELIVERY.sharedHeadroom;

  async function sharedSlot(coordination: Coordination, bucket: string): Promise<void> {
    for (;;) {
      const wait = await coordination.reserveSlot(bucket, interval);
      const due = clock.now() + wait;
      if (wait > 0) await clock.sleep(wait);
      if (clock.now() - due <= DELIVERY.maxSlotLatenessMs) return;
    }
  }

  return {
    /** Waits until one more message to `chatId` is within the limits, then counts it. */
    async acquire(chatId: string): Promise<void> {
      for (;;) {
        const now = clock.now();
        while (recent.length > 0 && now - (recent[0] as number) >= 1000) recent.shift();
        const globalWait = !shared && recent.length >= limits.perSecond ? 1000 - (now - (recent[0] as number)) : 0;
        const chatWait = Math.max(0, (lastByChat.get(chatId) ?? -Infinity) + limits.perChatGapMs - now);
        const wait = Math.max(globalWait, chatWait, pausedUntil - now);
        if (wait <= 0) break;
        await clock.sleep(wait);
      }
      if (shared) await sharedSlot(shared.coordination, shared.bucket);
      const now = clock.now();
      if (!shared) recent.push(now);
      lastByChat.set(chatId, now);
      if (lastByChat.size > 100_000) lastByChat.clear();
    },
    /** A platform-wide pause, after a 429 with retry_after (shared with every instance when they share). */
    async pause(ms: number): Promise<void> {
      pausedUntil = Math.max(pausedUntil, clock.now() + ms);
      if (shared) await shared.coordination.pauseBucket(shared.bucket, ms);
    },
  };
}

export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(DELIVERY.maxBackoffMs, DELIVERY.baseBackoffMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(base / 2 + random() * (base / 2));
}

const ReplySchema = z.object({ kind: z.string(), blocks: z.array(z.record(z.unknown())), citations: z.array(z.record(z.unknown())) }).passthrough();

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
  leaseMs?: number;
  observer?: DeliveryObserver;
}

export function createDelivery(deps: DeliveryDeps) {
  const senders = new Map(deps.senders.map((s) => [s.platform, s]));
  const coordination = deps.store.coordination;
  const pacers = new Map(
    deps.senders.map((s) => [
      s.platform,
      createPacer(deps.limits?.[s.platform] ?? PLATFORM_LIMITS[s.platform], deps.clock, coordination && { coordination, bucket: `send:${s.platform}` }),
    ]),
  );
  const leaseMs = deps.leaseMs ?? DELIVERY.leaseMs;
  const batch = coordination ? DELIVERY.sharedBatch : DELIVERY.batch;
  const count = (row: OutboxRow, outcome: 'sent' | 'failed' | 'retried'): void => deps.observer?.push(row.platform, outcome);
  let inFlight: Promise<void> = Promise.resolve();

  async function deliverRow(row: OutboxRow, result: DeliveryResult): Promise<void> {
    const sender = senders.get(row.platform);
    const pacer = pacers.get(row.platform);
    if (!sender || !pacer) return;
    const reply = ReplySchema.safeParse(JSON.parse(row.payload));
    if (!reply.success) {
      await deps.store.markFailed(row.id, 'payload is not a reply');
      result.failed += 1;
      count(row, 'failed');
      return;
    }
    await pacer.acquire(row.chatId);
    // Sending after the lease ran out could race the instance that retook the row: leave it to that one.
    if (row.leaseUntil !== null && deps.clock.now() > row.leaseUntil - DELIVERY.leaseMarginMs) {
      result.skipped += 1;
      return;
    }
    const outcome: DeliveryOutcome = await sender
      .send({ platform: row.platform, chatId: row.chatId }, reply.data as unknown as Reply)
      .catch((error: unknown): DeliveryOutcome => ({ status: 'retry', reason: `sender threw: ${(error as Error).message}` }));
    if (outcome.status === 'sent') {
      await deps.store.markSent(row.id);
      result.sent += 1;
      count(row, 'sent');
    } else if (outcome.status === 'permanent') {
      await deps.store.markFailed(row.id, `${outcome.code}: ${outcome.reason}`);
      await deps.store.deactivateSubscription(row.subscriptionId);
      deps.log.warn({ platform: row.platform, chatId: row.chatId, code: outcome.code }, 'push failed for good; subscription deactivated');
      result.failed += 1;
      count(row, 'failed');
    } else if (outcome.status === 'rejected') {
      // Sending the same message again would be refused again: no retries.
      await deps.store.markFailed(row.id, `${outcome.code}: ${outcome.reason}`);
      result.failed += 1;
      count(row, 'failed');
    } else if (row.attempts >= DELIVERY.maxAttempts) {
      await deps.store.markFailed(row.id, `gave up after ${row.attempts} attempts: ${outcome.reason}`);
      result.failed += 1;
      count(row, 'failed');
    } else {
      if (outcome.retryAfterMs) await pacer.pause(outcome.retryAfterMs);
      await deps.store.markRetry(row.id, deps.clock.now() + (outcome.retryAfterMs ?? backoffMs(row.attempts)), outcome.reason);
      result.retried += 1;
      count(row, 'retried');
    }
  }

  /** Sends everything that is due now; returns what happened. */
  async function deliverOnce(): Promise<DeliveryResult> {
    const result: DeliveryResult = { sent: 0, retried: 0, failed: 0, skipped: 0 };
    const run = async (): Promise<void> => {
      for (;;) {
        const rows = await deps.store.claim(batch, deps.clock.now(), leaseMs, [...senders.keys()]);
        if (rows.length === 0) return;
        for (const row of rows) await deliverRow(row, result);
      }
    };
    // One loop at a time: a second caller waits for the first instead of racing it.
    inFlight = inFlight.then(run, run);
    await inFlight;
    return result;
  }

  return { deliverOnce, idle: () => inFlight };
}
