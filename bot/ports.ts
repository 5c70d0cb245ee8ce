/** Small ports the core depends on, each with an in-memory version for tests. */
import type { Reply, Target } from './types.js';

/** Outcome of handing one reply (or one part of it) to a platform. Delivery failures are values, not exceptions. */
export type DeliveryOutcome =
  | { status: 'sent'; messageId?: string }
  /** Transient (5xx, network, timeout): try again with backoff; after a 429, `retryAfterMs` is the platform's wait. */
  | { status: 'retry'; reason: string; retryAfterMs?: number }
  /** The chat is gone: blocked by the user, chat not found, user deactivated, unknown channel. The subscription is deactivated. */
  | { status: 'permanent'; code: string; reason: string }
  /** The platform refused this message (another 4xx, e.g. unparsable markup): the row fails, the subscription stays. */
  | { status: 'rejected'; code: string; reason: string };

/** A platform's sender, e.g. `createTelegramSender(telegram)`. */
export interface Sender {
  readonly platform: Target['platform'];
  /** Sends the whole reply (every part, unpaced): replies outside the outbox, tests. */
  send(target: Target, reply: Reply): Promise<DeliveryOutcome>;
  /**
   * How many platform messages the reply becomes. With `sendPart`, the outbox sends and records one
   * part at a time, so a failure at part n resumes at part n; without, the reply is one part.
   */
  parts?(reply: Reply): number;
  /** Sends part `index` (from 0) of the reply; `signal` aborts a request that takes too long. */
  sendPart?(target: Target, reply: Reply, index: number, signal: AbortSignal): Promise<DeliveryOutcome>;
}

/** Time, injectable so schedules and backoff run on fake clocks in tests. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** A clock that moves only when told to; `sleep` advances it at once. */
export function createManualClock(start = 0): Clock & { advance(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    sleep: async (ms) => {
      now += Math.max(0, ms);
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

/** A sender that records what it was given, for tests and the console. */
export function createRecordingSender(platform: Target['platform'] = 'console'): Sender & {
  sent: Array<{ target: Target; reply: Reply }>;
} {
  const sent: Array<{ target: Target; reply: Reply }> = [];
  return {
    platform,
    sent,
    send: async (target, reply) => {
      sent.push({ target, reply });
      return { status: 'sent', messageId: String(sent.length) };
    },
  };
}
