/**
 * A fake Discord gateway: HELLO, heartbeat ACKs, READY on IDENTIFY, RESUMED on RESUME, then
 * dispatches on demand. It can close with a code (4014 …), and refuse connections for a while.
 */
import { WebSocketServer, type WebSocket } from 'ws';
import type { AddressInfo } from 'node:net';

export interface FakeGateway {
  url: string;
  identified: Promise<Record<string, unknown>>;
  dispatch(event: string, data: unknown): void;
  /** Closes the current connection with this code (4000 and 1001 are resumable, 4014 is not). */
  close(code: number): void;
  /** false: new connections are dropped at once, as by a network outage. */
  accept(on: boolean): void;
  connections(): number;
  stop(): Promise<void>;
}

export interface FakeGatewayOptions {
  /** Answer IDENTIFY by closing with this code instead of READY (e.g. 4014, 4004). */
  closeOnIdentify?: number;
}

export async function startFakeGateway(
  user: { id: string; username: string },
  appId: string,
  options: FakeGatewayOptions = {},
): Promise<FakeGateway> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const { port } = wss.address() as AddressInfo;
  const url = `ws://127.0.0.1:${port}`;
  let socket: WebSocket | undefined;
  let seq = 0;
  let identify: (d: Record<string, unknown>) => void = () => undefined;
  const identified = new Promise<Record<string, unknown>>((resolve) => (identify = resolve));
  const send = (payload: unknown): void => socket?.send(JSON.stringify(payload));
  let accepting = true;
  let connections = 0;
  wss.on('connection', (ws) => {
    if (!accepting) return void ws.terminate();
    connections += 1;
    socket = ws;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> };
      if (msg.op === 1) send({ op: 11 });
      if (msg.op === 6) {
        seq += 1;
        send({ op: 0, t: 'RESUMED', s: seq, d: {} });
      }
      if (msg.op === 2 && options.closeOnIdentify) return void ws.close(options.closeOnIdentify);
      if (msg.op === 2) {
        identify(msg.d);
        seq += 1;
        send({
          op: 0,
          t: 'READY',
          s: seq,
          d: {
            v: 10,
            user: { ...user, discriminator: '0', bot: true, avatar: null },
            guilds: [],
            session_id: 'fake-session',
            resume_gateway_url: url,
            application: { id: appId, flags: 0 },
          },
        });
      }
    });
  });
  return {
    url,
    identified,
    dispatch(event, data) {
      seq += 1;
      send({ op: 0, t: event, s: seq, d: data });
    },
    close: (code) => socket?.close(code),
    accept: (on) => void (accepting = on),
    connections: () => connections,
    stop: () =>
      new Promise((resolve) => {
        for (const c of wss.clients) c.terminate();
        wss.close(() => resolve());
      }),
  };
}

/** A GUILD_CREATE payload with @everyone and the given channels, as discord.js needs to cache them. */
export function guildCreate(guildId: string, channels: unknown[]): Record<string, unknown> {
  return {
    id: guildId,
    name: 'g',
    icon: null,
    owner_id: '1',
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id: guildId,
        name: '@everyone',
        permissions: '0',
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_flags: 0,
    premium_tier: 0,
    preferred_locale: 'zh-CN',
    nsfw_level: 0,
    member_count: 2,
    members: [],
    channels,
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    joined_at: new Date(0).toISOString(),
    large: false,
    unavailable: false,
    premium_progress_bar_enabled: false,
  };
}

/** A Discord user object. */
export const discordUser = (id: string, username = `u${id}`): Record<string, unknown> => ({
  id,
  username,
  discriminator: '0',
  avatar: null,
  global_name: null,
});

/** A guild member holding `permissions` (a decimal bit string). */
export const guildMember = (userId: string, permissions = '0', username?: string): Record<string, unknown> => ({
  user: discordUser(userId, username),
  roles: [],
  permissions,
  joined_at: new Date(0).toISOString(),
  deaf: false,
  mute: false,
  flags: 0,
});

/** A slash command's interaction data: `/name` with its options. */
export const commandData = (name: string, options: unknown[] = [], resolved?: unknown): Record<string, unknown> => ({
  id: '9',
  name,
  type: 1,
  options,
  ...(resolved ? { resolved } : {}),
});

/** An INTERACTION_CREATE payload in a guild text channel (type 2: a command, 3: a component); `extra` adds or overrides fields. */
export function interactionCreate(
  at: { id: string; token: string; appId: string; guildId: string; channelId: string; channel: unknown; member: unknown },
  data: unknown,
  options: { type?: number; locale?: string; extra?: Record<string, unknown> } = {},
): Record<string, unknown> {
  return {
    id: at.id,
    application_id: at.appId,
    type: options.type ?? 2,
    token: at.token,
    version: 1,
    data,
    guild_id: at.guildId,
    channel_id: at.channelId,
    channel: at.channel,
    member: at.member,
    locale: options.locale ?? 'zh-CN',
    guild_locale: 'zh-CN',
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: {},
    context: 0,
    ...options.extra,
  };
}

/** A MESSAGE_CREATE payload: `author` posts `content` in a guild channel. */
export function messageCreate(
  at: { id: string; guildId: string; channelId: string; author: unknown },
  content: string,
): Record<string, unknown> {
  return {
    id: at.id,
    channel_id: at.channelId,
    guild_id: at.guildId,
    author: at.author,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
  };
}
