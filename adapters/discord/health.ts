/**
 * The gateway connection as /healthz sees it: down while discord.js reconnects (logged once, and
 * the recovery logged), and fatal when Discord closes with a code discord.js will not retry.
 */
import { Events, type Client } from 'discord.js';
import type { Logger } from '../../bot/index.js';
import type { AdapterHealth } from '../http.js';

/** Why Discord closed the gateway for good, in words that name the fix. */
export function closeCause(code: number): string {
  const causes: Record<number, string> = {
    4004: 'Discord rejected DISCORD_TOKEN (gateway close 4004, authentication failed): check the bot token in the developer portal',
    4013: 'Discord refused the gateway intents (close 4013, invalid intents): this build asks for Guilds, Guild Messages and Message Content',
    4014: 'Discord refused the Message Content intent (gateway close 4014, disallowed intents): enable it under Bot → Privileged Gateway Intents in the developer portal',
  };
  return causes[code] ?? `Discord closed the gateway with code ${code}, which cannot be resumed`;
}

export interface GatewayWatch {
  health(): AdapterHealth;
}

export function watchGateway(client: Client, log: Logger, onFatal: (cause: string) => void): GatewayWatch {
  let downSince: number | undefined;
  let fatal: string | undefined;
  client.on(Events.ShardReconnecting, () => {
    if (downSince !== undefined) return;
    downSince = Date.now();
    log.warn('discord gateway disconnected; reconnecting');
  });
  const up = (): void => {
    if (downSince === undefined) return;
    log.info({ downSeconds: Math.round((Date.now() - downSince) / 1000) }, 'discord gateway connected again');
    downSince = undefined;
  };
  client.on(Events.ShardReady, up);
  client.on(Events.ShardResume, up);
  client.on(Events.ShardDisconnect, (event) => {
    fatal = closeCause(event.code);
    log.error({ code: event.code }, fatal);
    onFatal(fatal);
  });
  return {
    health: () => {
      if (fatal) return { name: 'discord', ok: false, error: fatal };
      if (downSince !== undefined) return { name: 'discord', ok: false, error: `gateway down since ${new Date(downSince).toISOString()}` };
      return { name: 'discord', ok: true };
    },
  };
}
