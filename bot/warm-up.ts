/**
 * Start-up warm-up: a few of the heaviest messages the core accepts run through it before any
 * adapter takes updates. The first offer check in a fresh process took three times as long as the
 * tenth (the JIT compiles the rules, the analyzer and the search on first use), and the first user
 * after a restart, and everyone queued behind them, paid for it. It took about eight rounds for the
 * check to settle at its warm cost; the deadline keeps a slow machine from starting much later.
 */
import type { Bot } from './index.js';
import type { IncomingMessage } from './types.js';

/** Our own sample texts, long enough to reach every stage of matching. */
const OFFER = '某资产登记中心备案的定向融资计划，年化收益12%，保本保息，到期一次性兑付，款项请转入项目负责人个人账户。';
const QUESTION = '地方金融资产交易场所关停以后，投资人的本金怎么登记兑付？为什么说定融产品不是存款？';
const SAMPLES = ['/help', `/check ${OFFER.repeat(100).slice(0, 4900)}`, QUESTION.repeat(120).slice(0, 4900), '/status 金融资产交易中心'];

/** Runs the samples `rounds` times (or until `deadlineMs`) through `bot`; returns the milliseconds it took, never throws. */
export async function warmUp(bot: Bot, rounds = 8, deadlineMs = 2000): Promise<number> {
  const started = performance.now();
  for (let round = 0; round < rounds && performance.now() - started < deadlineMs; round += 1) {
    for (const [i, text] of SAMPLES.entries()) {
      // A user id of its own per message, so a low FINRISK_RATE_PER_MINUTE does not cut the warm-up short.
      const msg: IncomingMessage = {
        platform: 'console',
        chatId: 'warm-up',
        userId: `warm-up-${round}-${i}`,
        text,
        chatType: 'private',
        addressed: true,
      };
      await bot.handle(msg).catch(() => undefined);
    }
  }
  return Math.round(performance.now() - started);
}
