/** Small ports the core depends on, each with an in-memory version for tests. */
import type { Reply, Target } from './types.js';

/** Outcome of handing one reply to a platform. Delivery failures are values, not exceptions. */
export type DeliveryOutcome =
  | { status: 'sent'; messageId?: string }
  /** Transient: try again (after `retryAfterMs` when the platform said so, e.g. a 429). */
  | { status: 'retry'; reason: string; retryAfterMs?: number }
  /** Permanent: blocked by the user, chat not found, access lost. The subscription is deactivated. */
  | { status: 'permanent'; code: string; reason: string }
  /** The platform refused this message itself (a 4xx other than 429): the row fails, its subscription stays. */
  | { status: 'rejected'; code: string; reason: string };

/** A platform's sender, e.g. `createTelegramSender(telegram)`. */
export interface Sender {
  readonly platform: Target['platform'];
  send(target: Target, reply: Reply): Promise<DeliveryOutcome>;
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
