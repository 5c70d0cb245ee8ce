import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startTelegram } from '../../adapters/telegram/index.js';
import { silentLogger } from '../../bot/log.js';
import type { IncomingMessage, Reply } from '../../bot/types.js';
import { startFakeTelegram, textUpdate } from '../fakes/telegram-api.js';
import { runEntry, tempDataDir } from '../helpers/run.js';

const reply: Reply = { kind: 'notice', blocks: [{ type: 'text', text: '收到' }], citations: [] };
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Posts raw bytes, optionally chunked (no content-length), and returns the status code. */
function post(port: number, body: Buffer, options: { chunked?: boolean; secret?: string } = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-telegram-bot-api-secret-token': options.secret ?? 'hook-secret',
    };
    if (!options.chunked) headers['content-length'] = String(body.length);
    const req = http.request({ host: '127.0.0.1', port, path: '/tg/hook', method: 'POST', headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    for (let at = 0; at < body.length; at += 64 * 1024) req.write(body.subarray(at, at + 64 * 1024));
    req.end();
  });
}

describe('webhook mode', () => {
  it('GIVEN TELEGRAM_WEBHOOK_URL without TELEGRAM_WEBHOOK_SECRET THEN npm start refuses with one line naming the variable', async () => {
    const result = await runEntry('adapters/main.ts', [], {
      env: {
        TELEGRAM_BOT_TOKEN: '123456:TEST-fake-token',
        TELEGRAM_WEBHOOK_URL: 'https://bot.example/tg/hook',
        FINRISK_DATA_DIR: tempDataDir(),
      },
    });
    expect({ code: result.code, stderr: result.stderr.trim() }).toEqual({
      code: 2,
      stderr:
        'finrisk: configuration: TELEGRAM_WEBHOOK_SECRET is required when TELEGRAM_WEBHOOK_URL is set (1–256 characters of A-Z, a-z, 0-9, _ and -; Telegram sends it with every update)',
    });
  });

  it('GIVEN the adapter asked for a webhook with an empty secret THEN it refuses to start', async () => {
    const api = await startFakeTelegram();
    cleanups.push(() => api.stop());
    const start = startTelegram({
      token: api.token,
      apiRoot: api.url,
      admins: [],
      handle: async () => [reply],
      log: silentLogger,
      webhook: { url: 'https://bot.example/tg/hook', secret: '', port: 0 },
    });
    await expect(start).rejects.toThrow('webhook mode needs TELEGRAM_WEBHOOK_SECRET');
    expect(api.calls.map((c) => c.method)).not.toContain('setWebhook');
  });

  it('GIVEN bodies over 1 MB, with and without content-length THEN 413 and nothing handled; a normal update THEN 200', async () => {
    const api = await startFakeTelegram();
    cleanups.push(() => api.stop());
    const seen: IncomingMessage[] = [];
    const tg = await startTelegram({
      token: api.token,
      apiRoot: api.url,
      admins: [],
      handle: async (m) => (seen.push(m), [reply]),
      log: silentLogger,
      webhook: { url: 'https://bot.example/tg/hook', secret: 'hook-secret', port: 0 },
    });
    cleanups.push(() => tg.stop());
    const padded = (bytes: number): Buffer =>
      Buffer.from(JSON.stringify({ update_id: 7, ...textUpdate('大', { chatId: 70 }), pad: 'x'.repeat(bytes) }));
    const port = tg.webhookPort as number;
    expect(await post(port, padded(2 * 1024 * 1024))).toBe(413);
    expect(await post(port, padded(1024 * 1024 + 10), { chunked: true })).toBe(413);
    expect(seen).toEqual([]);
    expect(await post(port, Buffer.from(JSON.stringify({ update_id: 8, ...textUpdate('你好', { chatId: 71 }) })))).toBe(200);
    await api.waitFor('sendMessage', (c) => String(c.body.chat_id) === '71');
    expect(seen.map((m) => m.text)).toEqual(['你好']);
  });
});
