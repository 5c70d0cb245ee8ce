/**
 * The delivery loop: claims outbox rows, paces them under each platform's limits, hands them to the
 * platform's sender, and records the outcome. A row is marked sent only after the platform
 * acknowledged it; a crash leaves in-flight rows leased, and they are sent again once the lease ends.
 */
import { z } from 'zod';
import type { Logger } from '../log.js';
import type { Clock, DeliveryOutcome, Sender } from '../ports.js';
import type { OutboxRow, Store } from '../store/types.js';
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

export const DELIVERY = { batch: 50, leaseMs: 60_000, maxAttempts: 8, baseBackoffMs: 1000, maxBackoffMs: 10 * 60_000 };

/** A sliding one-second window over all chats plus a minimum gap per chat. */
export function createPacer(limits: RateLimits, clock: Clock) {
  const recent: number[] = [];
  const lastByChat = new Map<string, number>();
  let pausedUntil = 0;
  return {
    /** Waits until one more message to `chatId` is within the limits, then counts it. */
    async acquire(chatId: string): Promise<void> {
      for (;;) {
        const now = clock.now();
        while (recent.length > 0 && now - (recent[0] as number) >= 1000) recent.shift();
        const globalWait = recent.length >= limits.perSecond ? 1000 - (now - (recent[0] as number)) : 0;
        const chatWait = Math.max(0, (lastByChat.get(chatId) ?? -Infinity) + limits.perChatGapMs - now);
        const wait = Math.max(globalWait, chatWait, pausedUntil - now);
        if (wait <= 0) break;
        await clock.sleep(wait);
      }
      const now = clock.now();
      recent.push(now);
      lastByChat.set(chatId, now);
      if (lastByChat.size > 100_000) lastByChat.clear();
    },
    /** A platform-wide pause, after a 429 with retry_after. */
    pause(ms: number): void {
      pausedUntil = Math.max(pausedUntil, clock.now() + ms);
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
}

export function createDelivery(deps: { store: Store; senders: Sender[]; clock: Clock; log: Logger; limits?: Partial<Record<Platform, RateLimits>> }) {
  const senders = new Map(deps.senders.map((s) => [s.platform, s]));
  const pacers = new Map(deps.senders.map((s) => [s.platform, createPacer(deps.limits?.[s.platform] ?? PLATFORM_LIMITS[s.platform], deps.clock)]));
  let inFlight: Promise<void> = Promise.resolve();

  async function deliverRow(row: OutboxRow, result: DeliveryResult): Promise<void> {
    const sender = senders.get(row.platform);
    const pacer = pacers.get(row.platform);
    if (!sender || !pacer) return;
    const reply = ReplySchema.safeParse(JSON.parse(row.payload));
    if (!reply.success) {
      await deps.store.markFailed(row.id, 'payload is not a reply');
      result.failed += 1;
      return;
    }
    await pacer.acquire(row.chatId);
    const outcome: DeliveryOutcome = await sender
      .send({ platform: row.platform, chatId: row.chatId }, reply.data as unknown as Reply)
      .catch((error: unknown): DeliveryOutcome => ({ status: 'retry', reason: `sender threw: ${(error as Error).message}` }));
    if (outcome.status === 'sent') {
      await deps.store.markSent(row.id);
      result.sent += 1;
    } else if (outcome.status === 'permanent') {
      await deps.store.markFailed(row.id, `${outcome.code}: ${outcome.reason}`);
      await deps.store.deactivateSubscription(row.subscriptionId);
      deps.log.warn({ platform: row.platform, chatId: row.chatId, code: outcome.code }, 'push failed for good; subscription deactivated');
      result.failed += 1;
    } else if (row.attempts >= DELIVERY.maxAttempts) {
      await deps.store.markFailed(row.id, `gave up after ${row.attempts} attempts: ${outcome.reason}`);
      result.failed += 1;
    } else {
      if (outcome.retryAfterMs) pacer.pause(outcome.retryAfterMs);
      await deps.store.markRetry(row.id, deps.clock.now() + (outcome.retryAfterMs ?? backoffMs(row.attempts)), outcome.reason);
      result.retried += 1;
    }
  }

  /** Sends everything that is due now; returns what happened. */
  async function deliverOnce(): Promise<DeliveryResult> {
    const result: DeliveryResult = { sent: 0, retried: 0, failed: 0 };
    const run = async (): Promise<void> => {
      for (;;) {
        const rows = await deps.store.claim(DELIVERY.batch, deps.clock.now(), DELIVERY.leaseMs, [...senders.keys()]);
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
