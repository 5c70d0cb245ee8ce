/** A fake Discord gateway: HELLO, heartbeat ACKs, READY on IDENTIFY, then dispatches on demand. */
import { WebSocketServer, type WebSocket } from 'ws';
import type { AddressInfo } from 'node:net';

export interface FakeGateway {
  url: string;
  identified: Promise<Record<string, unknown>>;
  dispatch(event: string, data: unknown): void;
  stop(): Promise<void>;
}

export async function startFakeGateway(user: { id: string; username: string }, appId: string): Promise<FakeGateway> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const { port } = wss.address() as AddressInfo;
  const url = `ws://127.0.0.1:${port}`;
  let socket: WebSocket | undefined;
  let seq = 0;
  let identify: (d: Record<string, unknown>) => void = () => undefined;
  const identified = new Promise<Record<string, unknown>>((resolve) => (identify = resolve));
  const send = (payload: unknown): void => socket?.send(JSON.stringify(payload));
  wss.on('connection', (ws) => {
    socket = ws;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> };
      if (msg.op === 1) send({ op: 11 });
      if (msg.op === 2) {
        identify(msg.d);
        seq += 1;
        send({
          op: 0,
          t: 'READY',
          s: seq,
          d: { v: 10, user: { ...user, discriminator: '0', bot: true, avatar: null }, guilds: [], session_id: 'fake-session', resume_gateway_url: url, application: { id: appId, flags: 0 } },
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
    stop: () =>
      new Promise((resolve) => {
        for (const c of wss.clients) c.terminate();
        wss.close(() => resolve());
      }),
  };
}
