import { describe, expect, it } from 'vitest';
import { createPacer, PACING } from '../../bot/alerts/pacer.js';
import type { Clock } from '../../bot/ports.js';

/**
 * Virtual time for concurrent waiters: a sleep wakes at its own due time, and time moves only when
 * every caller is waiting (the manual clock adds sleeps up, which is right for one caller only).
 */
function createVirtualClock(): Clock & { settleAll(until: number): Promise<void> } {
  let now = 0;
  const timers: Array<{ at: number; wake: () => void }> = [];
  const idle = async (): Promise<void> => {
    for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
  };
  return {
    now: () => now,
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        timers.push({ at: now + Math.max(0, ms), wake: resolve });
      }),
    async settleAll(until) {
      for (;;) {
        await idle();
        timers.sort((a, b) => a.at - b.at);
        const next = timers[0];
        if (!next || next.at > until) return;
        timers.shift();
        now = Math.max(now, next.at);
        next.wake();
      }
    },
  };
}

const interval = 1000 / (30 * (1 - PACING.margin));

describe('pacing under a flood of one chat', () => {
  it('GIVEN 20 replies waiting on one chat’s gap THEN another chat’s reply gets the next free global slot, and the flooded chat keeps its order and its gap', async () => {
    const clock = createVirtualClock();
    const pacer = createPacer({ perSecond: 30, perChatGapMs: 1000 }, clock);
    const flood: Array<{ n: number; at: number }> = [];
    for (let n = 0; n < 20; n += 1) {
      void pacer.acquire('flooded').then(() => {
        flood.push({ n, at: clock.now() });
        pacer.settle('flooded');
      });
    }
    // The quiet chat writes just as the flooded chat's gap passes, when every waiter of it wakes.
    const waits: number[] = [];
    for (const at of [1025, 2040, 3050]) {
      void (async () => {
        await clock.sleep(at);
        const asked = clock.now();
        await pacer.acquire(`quiet-${at}`);
        waits.push(clock.now() - asked);
        pacer.settle(`quiet-${at}`);
      })();
    }
    await clock.settleAll(4000);

    expect(waits.length).toBe(3);
    expect(Math.max(...waits)).toBeLessThanOrEqual(interval + 1);
    expect(flood.map((f) => f.n)).toEqual([0, 1, 2, 3]);
    const gaps = flood.slice(1).map((f, i) => f.at - (flood[i]?.at ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1000);
  });

  it('GIVEN replies to 40 chats at once, each chat with a backlog THEN never 31 sends in any second', async () => {
    const clock = createVirtualClock();
    const pacer = createPacer({ perSecond: 30, perChatGapMs: 1000 }, clock);
    const times: number[] = [];
    for (let chat = 0; chat < 40; chat += 1) {
      for (let k = 0; k < 3; k += 1) {
        void pacer.acquire(`c${chat}`).then(() => {
          times.push(clock.now());
          pacer.settle(`c${chat}`);
        });
      }
    }
    await clock.settleAll(10_000);
    times.sort((a, b) => a - b);
    let most = 0;
    for (let a = 0, b = 0; b < times.length; b += 1) {
      while ((times[b] as number) - (times[a] as number) >= 1000) a += 1;
      most = Math.max(most, b - a + 1);
    }
    expect(times.length).toBe(120);
    expect(most).toBeLessThanOrEqual(30);
  });
});
