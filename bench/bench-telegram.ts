/**
 * Telegram round trip: an update in → sendMessage out, through the real telegraf client and the core,
 * against the local fake Bot API (which answers a waiting getUpdates at once, so no long-poll wait).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTelegram } from '../adapters/telegram/index.js';
import { createBot } from '../bot/index.js';
import { silentLogger } from '../bot/log.js';
import { systemClock } from '../bot/ports.js';
import { createKnowledge } from '../knowledge/index.js';
import { loadDefaultRegistry } from '../knowledge/registry/registry.js';
import { startFakeTelegram, textUpdate } from '../test/fakes/telegram-api.js';
import { percentile } from './stats.js';

export async function runTelegramBench(opts: {
  corpusDir: string;
  questions: string[];
  count?: number;
}): Promise<{ n: number; p50: number; p99: number }> {
  const api = await startFakeTelegram();
  const { knowledge } = await createKnowledge({
    corpusDirs: [opts.corpusDir],
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'finrisk-tgb-')),
  });
  const bot = createBot({ knowledge, registry: loadDefaultRegistry(), clock: systemClock }, { perMinute: 1e9 });
  const adapter = await startTelegram({
    token: api.token,
    apiRoot: api.url,
    admins: [],
    handle: (m) => bot.handle(m),
    log: silentLogger,
    typingAfterMs: 10_000,
  });
  await api.waitFor('getUpdates');
  const samples: number[] = [];
  const count = opts.count ?? 500;
  for (let i = 0; i < count + 20; i += 1) {
    const chatId = 10_000 + i;
    const started = performance.now();
    api.pushUpdate(textUpdate(opts.questions[i % opts.questions.length] as string, { chatId, userId: chatId }));
    await api.waitFor('sendMessage', (c) => String(c.body.chat_id) === String(chatId), 10_000);
    if (i >= 20) samples.push(performance.now() - started); // the first 20 warm the JIT
  }
  await adapter.stop();
  await api.stop();
  return { n: samples.length, p50: percentile(samples, 50), p99: percentile(samples, 99) };
}
