import { afterEach, describe, expect, it } from 'vitest';
import { startDiscord } from '../../adapters/discord/index.js';
import { startHealthServer } from '../../adapters/http.js';
import type { Logger } from '../../bot/log.js';
import { createMetrics } from '../../bot/metrics.js';
import { startFakeDiscordRest } from '../fakes/discord-rest.js';
import { startFakeGateway, type FakeGatewayOptions } from '../fakes/discord-gateway.js';

const APP = '100000000000000001';
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function recordingLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const at =
    (level: string) =>
    (obj: object | string, msg?: string): void =>
      void lines.push(`${level} ${typeof obj === 'string' ? obj : (msg ?? '')}`);
  return { lines, debug: () => undefined, info: at('info'), warn: at('warn'), error: at('error') };
}

async function platform(options: FakeGatewayOptions = {}) {
  const gateway = await startFakeGateway({ id: '200000000000000002', username: 'finrisk' }, APP, options);
  const rest = await startFakeDiscordRest(() => gateway.url);
  cleanups.push(
    () => gateway.stop(),
    () => rest.stop(),
  );
  return { gateway, rest };
}

const until = async (check: () => boolean, ms = 20_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('Discord gateway closes', () => {
  it('GIVEN close 4014 at IDENTIFY THEN start-up fails with one line about the Message Content intent, not the token', async () => {
    const { rest } = await platform({ closeOnIdentify: 4014 });
    const start = startDiscord({ token: 'fake.discord.token', appId: APP, apiRoot: rest.api, handle: async () => [], log: recordingLog() });
    await expect(start).rejects.toThrow(
      new Error(
        'Discord refused the Message Content intent (gateway close 4014, disallowed intents): enable it under Bot → Privileged Gateway Intents in the developer portal',
      ),
    );
  });

  it('GIVEN close 4014 mid-run THEN onFatal gets the cause and health is not ok', async () => {
    const { gateway, rest } = await platform();
    const fatal: string[] = [];
    const discord = await startDiscord({
      token: 'fake.discord.token',
      appId: APP,
      apiRoot: rest.api,
      handle: async () => [],
      log: recordingLog(),
      onFatal: (cause) => fatal.push(cause),
    });
    cleanups.push(() => discord.stop());
    expect(discord.health()).toEqual({ name: 'discord', ok: true });
    gateway.close(4014);
    await until(() => fatal.length > 0);
    expect(fatal).toEqual([
      'Discord refused the Message Content intent (gateway close 4014, disallowed intents): enable it under Bot → Privileged Gateway Intents in the developer portal',
    ]);
    expect(discord.health()).toMatchObject({ name: 'discord', ok: false });
  });

  it('GIVEN the gateway drops and refuses for a while THEN /healthz is 503, logged once; when it is back THEN 200 and the recovery logged', async () => {
    const { gateway, rest } = await platform();
    const log = recordingLog();
    const discord = await startDiscord({ token: 'fake.discord.token', appId: APP, apiRoot: rest.api, handle: async () => [], log });
    cleanups.push(() => discord.stop());
    const health = await startHealthServer({
      port: 0,
      host: '127.0.0.1',
      metrics: createMetrics({}),
      ping: async () => undefined,
      adapters: () => [discord.health()],
      log,
    });
    cleanups.push(() => health.stop());
    const status = async (): Promise<number> => (await fetch(`http://127.0.0.1:${health.port}/healthz`)).status;
    expect(await status()).toBe(200);
    gateway.accept(false);
    gateway.close(4000);
    await until(() => !discord.health().ok);
    expect(await status()).toBe(503);
    const connections = gateway.connections();
    gateway.accept(true);
    await until(() => discord.health().ok, 30_000);
    expect(gateway.connections()).toBeGreaterThan(connections);
    expect(await status()).toBe(200);
    expect(log.lines.filter((l) => l.includes('gateway'))).toEqual([
      'warn discord gateway disconnected; reconnecting',
      'info discord gateway connected again',
    ]);
  }, 40_000);
});
