/**
 * Send pacing under a platform's limits, shared by pushes and interactive replies. Sends get slots
 * spaced evenly a few percent under the limit (a window-counting pacer at exactly the limit lets the
 * 31st send land at 997 ms: over Telegram's 30/s by the time it arrives). A send that starts a little
 * late keeps the schedule, so timer and event-loop delays do not eat the rate; one that starts later
 * than `maxCatchUpMs` starts a new schedule. Catching up never bunches past the limit: the last
 * `perSecond` sends are kept, and a send waits until the oldest of them is `windowMs` old, counted
 * from when the platform answered it (`settle`). The platform saw that send before it answered, so
 * however long our own delays between slot and request, it never sees 31 in a second.
 */
import type { Clock } from '../ports.js';
import type { Coordination } from '../store/types.js';

export interface RateLimits {
  /** Messages per second over all chats. */
  perSecond: number;
  /** Minimum milliseconds between two messages to one chat. */
  perChatGapMs: number;
}

export const PACING = {
  /** Sends are paced this share under the limit; `windowMs` leaves room for jitter between our clock and the platform's. */
  margin: 0.02,
  /**
   * Shared slots (several instances) have no answer-based guard, only their spacing: 5 % under the
   * limit, so 31 slots span 1052 ms.
   */
  sharedMargin: 0.05,
  /**
   * A sender that wakes this late for its shared slot takes a new one instead of bunching with the
   * next (a send this late still leaves 31 shared sends ≥ 1027 ms apart: 27 ms for the way there).
   */
  maxSlotLatenessMs: 25,
  /** A local send this late for its slot still counts from the slot; later, from its own start. */
  maxCatchUpMs: 40,
  /**
   * The platform's one-second window, from our receipt of its answer to the oldest of the last
   * `perSecond` sends (it counted that send before answering, so 2 ms over a second is enough).
   */
  windowMs: 1002,
  /** Per-chat gaps remembered at most (one per recent chat); older ones have long passed. */
  maxChats: 100_000,
};

/** Paces sends: `acquire` before each platform message, `pause` after a 429. */
export interface Pacer {
  /** Waits until one more message to `chatId` is within the limits; false when `signal` aborted the wait. */
  acquire(chatId: string, signal?: AbortSignal): Promise<boolean>;
  /** Moves the next send slot (of every instance, when they share) at least `ms` into the future. */
  pause(ms: number): Promise<void>;
  /** The platform answered the oldest unanswered send to `chatId` (whatever it said). */
  settle(chatId: string): void;
}

/** Sleeps `ms`, or less when `signal` aborts; true when the full time passed. */
export async function sleepUnless(clock: Clock, ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return false;
  if (!signal) {
    await clock.sleep(ms);
    return true;
  }
  let onAbort: () => void = () => undefined;
  const aborted = new Promise<false>((resolve) => {
    onAbort = () => resolve(false);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  const done = await Promise.race([clock.sleep(ms).then(() => true as const), aborted]);
  signal.removeEventListener('abort', onAbort);
  return done;
}

/**
 * A pacer for one platform: in this process alone, or, when instances share the store, through
 * send slots reserved in the store so all of them together keep the limit.
 */
export function createPacer(limits: RateLimits, clock: Clock, shared?: { coordination: Coordination; bucket: string }): Pacer {
  const interval = 1000 / (limits.perSecond * (1 - (shared ? PACING.sharedMargin : PACING.margin)));
  const chatGap = limits.perChatGapMs * (1 + PACING.margin);
  const lastByChat = new Map<string, number>();
  let nextFree = -Infinity;
  /** The last `perSecond` sends: slot time, then answer time once settled. */
  const recent: Array<{ at: number; chatId: string; open: boolean }> = [];
  let pausedUntil = -Infinity;
  // One caller at a time takes the global slot, first come first served (replies and pushes alike).
  let turn: Promise<unknown> = Promise.resolve();

  async function waitUntil(at: () => number, signal?: AbortSignal): Promise<boolean> {
    for (;;) {
      const wait = at() - clock.now();
      if (wait <= 0) return true;
      if (!(await sleepUnless(clock, wait, signal))) return false;
    }
  }

  async function sharedSlot(coordination: Coordination, bucket: string, signal?: AbortSignal): Promise<boolean> {
    for (;;) {
      const wait = await coordination.reserveSlot(bucket, interval);
      const due = clock.now() + wait;
      if (wait > 0 && !(await sleepUnless(clock, wait, signal))) return false;
      if (clock.now() - due <= PACING.maxSlotLatenessMs) return true;
    }
  }

  async function globalSlot(chatId: string, signal?: AbortSignal): Promise<boolean> {
    if (!(await waitUntil(() => pausedUntil, signal))) return false;
    // Shared: the store's slots space every instance's sends, this one's included.
    if (shared) return sharedSlot(shared.coordination, shared.bucket, signal);
    const limit = Math.max(1, Math.floor(limits.perSecond));
    const windowFree = (): number => (recent.length >= limit ? (recent[recent.length - limit]?.at ?? 0) + PACING.windowMs : -Infinity);
    if (!(await waitUntil(() => Math.max(nextFree, windowFree()), signal))) return false;
    const now = clock.now();
    nextFree = (now - nextFree <= PACING.maxCatchUpMs ? nextFree : now) + interval;
    recent.push({ at: now, chatId, open: true });
    if (recent.length > limit) recent.shift();
    return true;
  }

  async function acquireOne(chatId: string, signal?: AbortSignal): Promise<boolean> {
    const chatFree = (): number => (lastByChat.get(chatId) ?? -Infinity) + chatGap;
    for (;;) {
      // The chat's own gap first, outside the turn, so a multi-part push does not hold up other chats.
      if (!(await waitUntil(chatFree, signal))) return false;
      const mine = turn.then(() => globalSlot(chatId, signal));
      turn = mine.catch(() => undefined);
      if (!(await mine)) return false;
      // The answer to the chat's previous send came while this one waited for its slot: it goes again.
      if (chatFree() > clock.now()) continue;
      if (lastByChat.size >= PACING.maxChats) lastByChat.clear();
      lastByChat.set(chatId, clock.now());
      return true;
    }
  }

  // Sends to one chat wait in line for that chat, so only its first is ever in the global turn.
  // Without it, every waiter of a flooded chat woke when the chat's gap passed, each took a global
  // slot only to find the gap taken by the first, and a reply to a quiet chat waited behind them all.
  const chatTails = new Map<string, Promise<boolean>>();

  return {
    acquire(chatId, signal) {
      const mine = (chatTails.get(chatId) ?? Promise.resolve(true)).then(() => acquireOne(chatId, signal));
      const tail = mine.catch(() => false);
      chatTails.set(chatId, tail);
      void tail.then(() => {
        if (chatTails.get(chatId) === tail) chatTails.delete(chatId);
      });
      return mine;
    },
    settle(chatId) {
      const now = clock.now();
      const entry = recent.find((e) => e.open && e.chatId === chatId);
      if (entry) Object.assign(entry, { at: now, open: false });
      // The chat's gap, too, counts from the answer.
      if (lastByChat.has(chatId)) lastByChat.set(chatId, now);
    },
    async pause(ms) {
      pausedUntil = Math.max(pausedUntil, clock.now() + ms);
      if (shared) await shared.coordination.pauseBucket(shared.bucket, ms);
    },
  };
}
