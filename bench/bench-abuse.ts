/**
 * Abuse: 10,000 fuzzed messages (a fifth of them 5,000-character commands) through the whole core,
 * and another user's /help while one user floods `npm start` through the real telegraf client.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBot, type Bot } from '../bot/index.js';
import { systemClock } from '../bot/ports.js';
import { openSqliteStore } from '../bot/store/sqlite.js';
import type { Store } from '../bot/store/types.js';
import type { Reply } from '../bot/types.js';
import { createKnowledge } from '../knowledge/index.js';
import { loadDefaultRegistry } from '../knowledge/registry/registry.js';
import { startFakeTelegram, textUpdate, type FakeTelegram } from '../test/fakes/telegram-api.js';
import { startEntry } from '../test/helpers/run.js';
import { fuzzedMessages } from '../test/helpers/fuzz.js';
import { median, percentile } from './stats.js';

export { fuzzedMessages };

export interface AbuseBenchResult {
  messages: number;
  long: number;
  crashes: number;
  p50: number;
  p99: number;
  max: number;
  /** Another user's /help round trip (update in → reply out) under a 20-message flood, one per run. */
  helpUnderFlood: number[];
}

/**
 * Every message through the core, one at a time: wall ms, and this process's CPU ms (user + system), which other
 * processes' load on a shared machine does not inflate the way it inflates the wall clock (bench/abuse-only.ts).
 */
export async function fuzz(bot: Bot, messages: string[]): Promise<{ samples: number[]; cpu: number[]; crashes: number }> {
  const samples: number[] = [];
  const cpu: number[] = [];
  let crashes = 0;
  for (const [i, text] of messages.entries()) {
    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    const replies: Reply[] = await bot
      .handle({ platform: 'telegram', chatId: String(i), userId: String(i), text, chatType: 'private', addressed: true })
      .catch(() => {
        crashes += 1;
        return [];
      });
    samples.push(performance.now() - started);
    const used = process.cpuUsage(cpuStarted);
    cpu.push((used.user + used.system) / 1000);
    if (replies.some((r) => r.blocks.some((b) => 'text' in b && b.text.includes('内部错误已记录')))) crashes += 1;
  }
  return { samples, cpu, crashes };
}

/** The core as the abuse bench drives it: the reports' index in a private data dir, an in-memory store, no rate limit. */
export async function fuzzBot(corpusDir: string): Promise<{ bot: Bot; store: Store; dataDir: string }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'finrisk-abuse-'));
  const { knowledge } = await createKnowledge({ corpusDirs: [corpusDir], dataDir });
  const store = openSqliteStore(':memory:');
  const bot = createBot({ knowledge, registry: loadDefaultRegistry(), clock: systemClock, store }, { perMinute: 1e9 });
  return { bot, store, dataDir };
}

/** The heaviest messages the core accepts: 5,000-character offers and questions, and long names. */
function floodMessages(): string[] {
  const offer = '某资产登记备案中心定融，年化11%，保本保息，钱打到个人卡上。'.repeat(200).slice(0, 4990);
  const question = '金交所和产权交易中心有什么区别？'.repeat(400).slice(0, 4990);
  return Array.from(
    { length: 20 },
    (_, i) => [`/check ${offer}`, question, `/status ${'湖南金融资产交易中心'.repeat(600).slice(0, 4900)}`][i % 3] as string,
  );
}

/**
 * Waits until the flood is answered: its chat got nothing for 1.5 s (its own gap is 1 s). Counting
 * 20 replies was not enough: the 20 messages get 27 (long answers come in parts), and the next run
 * started while the last one was still being sent.
 */
async function drained(api: FakeTelegram, chatId: number): Promise<void> {
  for (let count = -1; api.sent(chatId).length !== count;) {
    count = api.sent(chatId).length;
    await new Promise((resolve) => setTimeout(resolve, 1500));
  }
}

/**
 * The bot runs as `npm start` in a process of its own: measured in this process, a blocked event
 * loop would delay the clock that measures it, and the stall would not show.
 */
async function helpUnderFlood(corpusDir: string, dataDir: string, runs: number): Promise<number[]> {
  const api = await startFakeTelegram();
  const app = startEntry('adapters/main.ts', {
    TELEGRAM_BOT_TOKEN: api.token,
    TELEGRAM_API_ROOT: api.url,
    FINRISK_CORPUS: corpusDir,
    FINRISK_DATA_DIR: dataDir,
  });
  const out: number[] = [];
  try {
    await api.waitFor('getUpdates', () => true, 120_000);
    for (let run = 0; run < runs; run += 1) {
      const flooder = 50_000 + run;
      for (const text of floodMessages()) api.pushUpdate(textUpdate(text, { chatId: flooder, userId: flooder }));
      // The other user writes a moment later, when the flood is already being worked on.
      await new Promise((resolve) => setTimeout(resolve, 20));
      const other = 60_000 + run;
      const started = performance.now();
      api.pushUpdate(textUpdate('/help', { chatId: other, userId: other }));
      await api.waitFor('sendMessage', (c) => String(c.body.chat_id) === String(other), 120_000);
      out.push(performance.now() - started);
      await drained(api, flooder);
    }
  } finally {
    await app.stop();
    await api.stop();
  }
  return out;
}

export async function runAbuseBench(opts: { corpusDir: string; count?: number; floodRuns?: number }): Promise<AbuseBenchResult> {
  const { bot, store, dataDir } = await fuzzBot(opts.corpusDir);
  const messages = fuzzedMessages(opts.count ?? 10_000);
  await fuzz(bot, messages.slice(0, 200)); // warm the JIT
  const { samples, crashes } = await fuzz(bot, messages);
  await store.close();
  const helpUnder = await helpUnderFlood(opts.corpusDir, dataDir, opts.floodRuns ?? 5);
  return {
    messages: samples.length,
    long: messages.filter((m) => m.length >= 5000).length,
    crashes,
    p50: median(samples),
    p99: percentile(samples, 99),
    max: Math.max(...samples),
    helpUnderFlood: helpUnder,
  };
}
