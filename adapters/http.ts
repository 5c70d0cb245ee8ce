/**
 * The health and metrics endpoint on plain node:http: `GET /healthz` pings the store, `GET /metrics`
 * serves the Prometheus exposition. Nothing else is served, so nothing else can leak.
 */
import http from 'node:http';
import type { Logger } from '../bot/index.js';
import type { Metrics } from '../bot/wiring.js';

export interface HealthServerOptions {
  /** 0 picks an ephemeral port; `HealthServer.port` tells which. */
  port: number;
  /** Omitted: every interface, as a scraper in another container needs. */
  host?: string;
  metrics: Metrics;
  /** Resolves when the bot can do its work (e.g. the store answers); its rejection message is shown. */
  ping: () => Promise<void>;
  /** The platform adapters' state; one that is not ok turns /healthz into a 503. */
  adapters?: () => AdapterHealth[];
  log: Logger;
}

/** What /healthz shows for one adapter: healthy, or why not (polling stopped, gateway down). */
export interface AdapterHealth {
  name: string;
  ok: boolean;
  error?: string;
}

export interface HealthServer {
  port: number;
  stop(): Promise<void>;
}

interface Response {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const PING_TIMEOUT_MS = 2_000;
const ALLOW = 'GET, HEAD';

export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const server = http.createServer((req, res) => void serve(options, req, res));
  await listen(server, options.port, options.host);
  server.on('error', (error) => options.log.error({ err: error }, 'health endpoint server error'));
  const port = (server.address() as { port: number }).port;
  options.log.info({ port, host: options.host ?? '*' }, 'health and metrics endpoint listening');
  return { port, stop: () => close(server) };
}

async function serve(options: HealthServerOptions, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const response = await route(options, req.method ?? 'GET', (req.url ?? '/').split('?')[0] as string).catch((error: unknown) => {
    options.log.error({ err: error, url: req.url }, 'health endpoint failed');
    return text(500, 'internal error\n');
  });
  res.writeHead(response.status, {
    ...response.headers,
    'content-length': String(Buffer.byteLength(response.body)),
    'cache-control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : response.body);
}

async function route(options: HealthServerOptions, method: string, path: string): Promise<Response> {
  if (path !== '/healthz' && path !== '/metrics') return text(404, 'not found\n');
  if (method !== 'GET' && method !== 'HEAD')
    return { ...text(405, 'method not allowed\n'), headers: { 'content-type': 'text/plain; charset=utf-8', allow: ALLOW } };
  if (path === '/metrics')
    return { status: 200, headers: { 'content-type': options.metrics.contentType }, body: await options.metrics.render() };
  return health(options);
}

async function health(options: HealthServerOptions): Promise<Response> {
  try {
    await withTimeout(options.ping(), PING_TIMEOUT_MS);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    options.log.warn({ error: message }, 'health check failed');
    return json(503, { status: 'unavailable', error: message });
  }
  const down = (options.adapters?.() ?? []).filter((a) => !a.ok);
  if (down.length === 0) return json(200, { status: 'ok' });
  const error = down.map((a) => `${a.name}: ${a.error ?? 'down'}`).join('; ');
  return json(503, { status: 'unavailable', error });
}

/** A hung store must turn into a 503, not a probe that never answers. */
async function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`ping timed out after ${ms} ms`)), ms);
  });
  try {
    await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function json(status: number, value: object): Response {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) };
}

function text(status: number, body: string): Response {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body };
}

function listenError(error: NodeJS.ErrnoException, port: number, host: string | undefined): Error {
  const reasons: Record<string, string> = {
    EADDRINUSE: 'address in use',
    EACCES: 'permission denied (ports below 1024 need privileges)',
    EADDRNOTAVAIL: `address ${host ?? ''} not available on this host`,
  };
  return new Error(`cannot listen on FINRISK_HTTP_PORT ${port}: ${reasons[error.code ?? ''] ?? error.message}`, { cause: error });
}

function listen(server: http.Server, port: number, host: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException): void => reject(listenError(error, port, host));
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      resolve();
    });
  });
}

/** Closes the listener and every open keep-alive connection, so stop() does not wait for clients. */
function close(server: http.Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
