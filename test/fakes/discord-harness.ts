/**
 * The real discord.js adapter against the fake REST API and fake gateway on 127.0.0.1: started
 * together (the REST fake hands out the gateway's URL), stopped together in reverse order.
 */
import { startDiscord, type DiscordAdapter, type DiscordOptions } from '../../adapters/discord/index.js';
import { silentLogger } from '../../bot/log.js';
import { startFakeDiscordRest, type FakeDiscordRest } from './discord-rest.js';
import { guildCreate, startFakeGateway, type FakeGateway } from './discord-gateway.js';

export interface DiscordHarness {
  rest: FakeDiscordRest;
  gateway: FakeGateway;
  adapter: DiscordAdapter;
  stop(): Promise<void>;
}

export interface DiscordHarnessOptions extends Omit<DiscordOptions, 'token' | 'appId' | 'apiRoot' | 'log'> {
  botUser: { id: string; username: string };
  appId: string;
  log?: DiscordOptions['log'];
  /** Channels announced in a GUILD_CREATE after start-up (replies need them in discord.js's cache). */
  channels?: unknown[];
}

export async function startDiscordHarness(options: DiscordHarnessOptions): Promise<DiscordHarness> {
  const { botUser, appId, channels, log = silentLogger, ...adapterOptions } = options;
  let gatewayUrl = '';
  const rest = await startFakeDiscordRest(() => gatewayUrl);
  const gateway = await startFakeGateway(botUser, appId);
  gatewayUrl = gateway.url;
  const adapter = await startDiscord({ token: 'fake.discord.token', appId, apiRoot: rest.api, log, ...adapterOptions });
  if (channels && adapterOptions.guildId) {
    gateway.dispatch('GUILD_CREATE', guildCreate(adapterOptions.guildId, channels));
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    rest,
    gateway,
    adapter,
    async stop() {
      await adapter.stop();
      await gateway.stop();
      await rest.stop();
    },
  };
}
