import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startHealthServer } from '../../adapters/http.js';
import { startTelegram } from '../../adapters/telegram/index.js';
import type { Logger } from '../../bot/log.js';
import { createMetrics } from '../../bot/metrics.js';
import type { Reply } from '../../bot/types.js';
import { startFakeTelegram, textUpdate, type FakeTelegram } from '../fakes/telegram-api.js';
import { startEntry, tempDataDir } from '../helpers/run.js';

const reply: Reply = { kind: 'notice', blocks: [{ type: 'text', text: '收到' }], citations: [] };
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function fake(): Promise<FakeTelegram> {
  const api = await startFakeTelegram();
  cleanups.push(() => api.stop());
  return api;
}

function recordingLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const at =
    (level: string) =>
    (obj: object | string, msg?: string): void =>
      void lines.push(`${level} ${typeof obj === 'string' ? obj : (msg ?? '')}`);
  return { lines, debug: () => undefined, info: at('info'), warn: at('warn'), error: at('error') };
}

/** npm start against the fake API, with an empty corpus so start-up is quick. */
function startBot(api: FakeTelegram): ReturnType<typeof startEntry> {
  const app = startEntry('adapters/main.ts', {
    TELEGRAM_BOT_TOKEN: api.token,
    TELEGRAM_API_ROOT: api.url,
    FINRISK_CORPUS: tempDataDir(),
    FINRISK_DATA_DIR: tempDataDir(),
  });
  cleanups.push(() => app.kill());
  return app;
}

describe('Telegram polling ended by Telegram', () => {
  it('GIVEN a 409 mid-run THEN npm start exits 1 with one line naming another consumer or a webhook', async () => {
    const api = await fake();
    const app = startBot(api);
    await api.waitFor('getUpdates', () => true, 60_000);
    api.inject('getUpdates', {
      ok: false,
      error_code: 409,
      description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
    });
    expect(await app.exited).toBe(1);
    const finrisk = app
      .output()
      .split('\n')
      .filter((l) => l.startsWith('finrisk:'));
    expect(finrisk).toEqual([
      'finrisk: Telegram refused getUpdates (409 Conflict): another process is polling with this TELEGRAM_BOT_TOKEN, or a webhook is set for it; stop the other consumer, or unset the webhook (deleteWebhook) or use webhook mode',
    ]);
    expect(app.output()).not.toContain('TELEGRAM_API_ROOT');
  }, 90_000);

  it('GIVEN a 401 mid-run THEN npm start exits 1 with one line saying the token was revoked', async () => {
    const api = await fake();
    const app = startBot(api);
    await api.waitFor('getUpdates', () => true, 60_000);
    api.inject('getUpdates', { ok: false, error_code: 401, description: 'Unauthorized' });
    expect(await app.exited).toBe(1);
    expect(
      app
        .output()
        .split('\n')
        .filter((l) => l.startsWith('finrisk:')),
    ).toEqual([
      'finrisk: Telegram rejected TELEGRAM_BOT_TOKEN mid-run (401 Unauthorized): the token was revoked or regenerated; put the new token from @BotFather in TELEGRAM_BOT_TOKEN',
    ]);
  }, 90_000);
});

describe('Telegram health in /healthz', () => {
  it('GIVEN an outage of getUpdates THEN 503 naming it, logged once; recovery THEN 200, logged once, and updates flow again', async () => {
    const api = await fake();
    const log = recordingLog();
    const tg = await startTelegram({ token: api.token, apiRoot: api.url, admins: [], handle: async () => [reply], log });
    cleanups.push(() => tg.stop());
    const health = await startHealthServer({
      port: 0,
      host: '127.0.0.1',
      metrics: createMetrics({}),
      ping: async () => undefined,
      adapters: () => [tg.health()],
      log,
    });
    cleanups.push(() => health.stop());
    const healthz = async (): Promise<{ status: number; body: { status: string; error?: string } }> => {
      const res = await fetch(`http://127.0.0.1:${health.port}/healthz`);
      return { status: res.status, body: (await res.json()) as { status: string; error?: string } };
    };
    await api.waitFor('getUpdates');
    expect(await healthz()).toEqual({ status: 200, body: { status: 'ok' } });
    const before = api.calls.length;
    api.inject('getUpdates', { ok: false, error_code: 502, description: 'Bad Gateway' });
    await api.waitFor('getUpdates', (c) => api.calls.indexOf(c) > before);
    await new Promise((r) => setTimeout(r, 100));
    const down = await healthz();
    expect(down.status).toBe(503);
    expect(down.body.error).toMatch(/^telegram: API unreachable since \S+: 502: Bad Gateway$/);
    api.pushUpdate(textUpdate('恢复了吗', { chatId: 31 }));
    await api.waitFor('sendMessage', (c) => String(c.body.chat_id) === '31', 10_000);
    expect(await healthz()).toEqual({ status: 200, body: { status: 'ok' } });
    expect(log.lines.filter((l) => l.includes('telegram'))).toEqual([
      'info telegram adapter started',
      'warn telegram API unreachable; polling retries until it answers',
      'info telegram API reachable again',
    ]);
  }, 20_000);

  it('GIVEN an API root that accepts connections and never answers THEN start-up fails after the timeout with one line', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => (sockets.forEach((s) => s.destroy()), silent.close(resolve))));
    const port = (silent.address() as net.AddressInfo).port;
    const log = recordingLog();
    const start = startTelegram({
      token: '123456:TEST-fake-token',
      apiRoot: `http://127.0.0.1:${port}`,
      admins: [],
      handle: async () => [reply],
      log,
      apiTimeoutMs: 300,
    });
    await expect(start).rejects.toThrow(
      new Error(
        'cannot reach the Telegram Bot API (Telegram Bot API did not answer getMe within 0.3 s): check TELEGRAM_API_ROOT and the network',
      ),
    );
  });
});
