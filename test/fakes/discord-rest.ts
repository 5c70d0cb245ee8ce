/** A fake Discord REST API under /api/v10: the gateway URL, command registration, interactions, messages. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RestCall {
  method: string;
  path: string;
  body: Record<string, unknown> | Array<Record<string, unknown>> | null;
  at: number;
}

interface Injected {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface FakeDiscordRest {
  api: string;
  calls: RestCall[];
  register(method: string, pattern: RegExp, respond: (call: RestCall) => Injected): void;
  /** The next request matching gets this answer. */
  inject(method: string, pattern: RegExp, answer: Injected): void;
  waitFor(method: string, pattern: RegExp, timeoutMs?: number): Promise<RestCall>;
  stop(): Promise<void>;
}

export async function startFakeDiscordRest(gatewayUrl: () => string): Promise<FakeDiscordRest> {
  const calls: RestCall[] = [];
  const routes: Array<{ method: string; pattern: RegExp; respond: (call: RestCall) => Injected }> = [];
  const injected: Array<{ method: string; pattern: RegExp; answer: Injected }> = [];
  const waiters = new Set<() => void>();
  let nextId = 900_000_000_000_000_000n;
  const message = (call: RestCall): Injected => {
    nextId += 1n;
    const body = (call.body ?? {}) as Record<string, unknown>;
    return {
      status: 200,
      body: {
        id: String(nextId),
        channel_id: call.path.split('/')[3] ?? '0',
        content: body.content ?? '',
        embeds: body.embeds ?? [],
        author: { id: '1', username: 'finrisk', discriminator: '0', bot: true, avatar: null },
        timestamp: new Date().toISOString(),
        type: 0,
        attachments: [],
        mentions: [],
        mention_roles: [],
        pinned: false,
        tts: false,
        mention_everyone: false,
      },
    };
  };
  routes.push(
    {
      method: 'GET',
      pattern: /\/gateway\/bot$/,
      respond: () => ({
        status: 200,
        body: { url: gatewayUrl(), shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } },
      }),
    },
    {
      method: 'PUT',
      pattern: /\/applications\/\d+(\/guilds\/\d+)?\/commands$/,
      respond: (c) => ({ status: 200, body: (c.body as unknown[]).map((cmd, i) => ({ id: String(i + 1), ...(cmd as object) })) }),
    },
    { method: 'POST', pattern: /\/interactions\/\d+\/[^/]+\/callback/, respond: () => ({ status: 204, body: null }) },
    { method: 'PATCH', pattern: /\/webhooks\/\d+\/[^/]+\/messages\/@original$/, respond: message },
    { method: 'POST', pattern: /\/webhooks\/\d+\/[^/]+$/, respond: message },
    { method: 'POST', pattern: /\/channels\/\d+\/messages$/, respond: message },
  );
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
      let body: RestCall['body'];
      try {
        body = raw ? (JSON.parse(raw) as RestCall['body']) : null;
      } catch {
        body = null;
      }
      const call = { method: req.method ?? 'GET', path, body, at: Date.now() };
      calls.push(call);
      for (const w of waiters) w();
      const i = injected.findIndex((x) => x.method === call.method && x.pattern.test(path));
      const route = routes.find((r) => r.method === call.method && r.pattern.test(path));
      const answer =
        i >= 0
          ? (injected.splice(i, 1)[0] as { answer: Injected }).answer
          : route
            ? route.respond(call)
            : { status: 404, body: { message: 'Unknown', code: 0 } };
      // A 204 must not carry a JSON content type.
      if (answer.status === 204) res.writeHead(204, answer.headers ?? {}).end();
      else res.writeHead(answer.status, { 'content-type': 'application/json', ...(answer.headers ?? {}) }).end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    api: `http://127.0.0.1:${port}/api`,
    calls,
    register: (method, pattern, respond) => void routes.unshift({ method, pattern, respond }),
    inject: (method, pattern, answer) => void injected.push({ method, pattern, answer }),
    waitFor(method, pattern, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          const found = calls.find((c) => c.method === method && pattern.test(c.path));
          if (found) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`no ${method} ${pattern} within ${timeoutMs} ms; calls: ${calls.map((c) => `${c.method} ${c.path}`).join(', ')}`),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
