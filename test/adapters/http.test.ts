import { afterEach, describe, expect, it } from 'vitest';
import { startHealthServer, type HealthServer } from '../../adapters/http.js';
import { silentLogger } from '../../bot/log.js';
import { createMetrics, type Metrics } from '../../bot/metrics.js';

const running: HealthServer[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.stop()));
});

/** Starts the endpoint on an ephemeral port of 127.0.0.1; overrides replace the healthy defaults. */
async function serve(
  overrides: { metrics?: Metrics; ping?: () => Promise<void>; port?: number } = {},
): Promise<{ server: HealthServer; url: (path: string) => string }> {
  const server = await startHealthServer({
    port: overrides.port ?? 0,
    host: '127.0.0.1',
    metrics: overrides.metrics ?? createMetrics({}),
    ping: overrides.ping ?? (async () => undefined),
    log: silentLogger,
  });
  running.push(server);
  return { server, url: (path) => `http://127.0.0.1:${server.port}${path}` };
}

describe('GET /healthz', () => {
  it('GIVEN a ping that resolves THEN 200 {"status":"ok"} as JSON', async () => {
    const { url } = await serve();
    const res = await fetch(url('/healthz'));
    expect({ status: res.status, type: res.headers.get('content-type'), body: await res.json() }).toEqual({
      status: 200,
      type: 'application/json',
      body: { status: 'ok' },
    });
  });

  it('GIVEN a ping that rejects THEN 503 with the error message in the body', async () => {
    const { url } = await serve({ ping: async () => Promise.reject(new Error('database is locked')) });
    const res = await fetch(url('/healthz'));
    expect({ status: res.status, body: await res.json() }).toEqual({
      status: 503,
      body: { status: 'unavailable', error: 'database is locked' },
    });
  });

  it('GIVEN a ping that never answers THEN 503 after the 2 s timeout', async () => {
    const { url } = await serve({ ping: () => new Promise(() => undefined) });
    const res = await fetch(url('/healthz'));
    expect({ status: res.status, body: await res.json() }).toEqual({
      status: 503,
      body: { status: 'unavailable', error: 'ping timed out after 2000 ms' },
    });
  }, 5_000);

  it('GIVEN HEAD THEN the GET status and headers come without a body', async () => {
    const { url } = await serve();
    const res = await fetch(url('/healthz'), { method: 'HEAD' });
    expect({ status: res.status, length: res.headers.get('content-length'), body: await res.text() }).toEqual({
      status: 200,
      length: '15',
      body: '',
    });
  });
});

describe('GET /metrics', () => {
  it('GIVEN recorded messages, pushes and durations THEN the exposition holds their exact lines', async () => {
    const metrics = createMetrics({ outboxDepth: async () => ({ pending: 3, sending: 0, sent: 12, failed: 1, held: 2 }) });
    metrics.messageHandled('telegram');
    metrics.messageHandled('discord');
    metrics.messageHandled('discord');
    metrics.push('telegram', 'sent');
    metrics.push('telegram', 'sent');
    metrics.push('discord', 'failed');
    metrics.pollDuration(1_500);
    metrics.searchDuration(0.3);
    const { url } = await serve({ metrics });
    const res = await fetch(url('/metrics'));
    const lines = (await res.text()).split('\n');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(metrics.contentType);
    expect(lines).toEqual(
      expect.arrayContaining([
        'finrisk_messages_handled_total{platform="telegram"} 1',
        'finrisk_messages_handled_total{platform="discord"} 2',
        'finrisk_pushes_total{platform="telegram",outcome="sent"} 2',
        'finrisk_pushes_total{platform="discord",outcome="failed"} 1',
        'finrisk_outbox_rows{status="pending"} 3',
        'finrisk_outbox_rows{status="held"} 2',
        'finrisk_poll_duration_seconds_bucket{le="1"} 0',
        'finrisk_poll_duration_seconds_bucket{le="2.5"} 1',
        'finrisk_poll_duration_seconds_sum 1.5',
        'finrisk_search_duration_seconds_bucket{le="0.00025"} 0',
        'finrisk_search_duration_seconds_bucket{le="0.0005"} 1',
        'finrisk_search_duration_seconds_count 1',
      ]),
    );
    expect(lines.some((line) => line.startsWith('finrisk_process_cpu_user_seconds_total '))).toBe(true);
  });

  it('GIVEN an outbox depth that throws THEN the scrape still answers 200 without outbox rows', async () => {
    const metrics = createMetrics({ outboxDepth: async () => Promise.reject(new Error('store closed')) });
    metrics.messageHandled('cli');
    const { url } = await serve({ metrics });
    const res = await fetch(url('/metrics'));
    const body = await res.text();
    expect(res.status).toBe(200);
    expect(body).toContain('finrisk_messages_handled_total{platform="cli"} 1');
    expect(body).not.toMatch(/^finrisk_outbox_rows\{/m);
  });

  it('GIVEN two metric sets in one process THEN each counts on its own registry', async () => {
    const first = createMetrics({});
    const second = createMetrics({});
    first.messageHandled('console');
    expect(await second.render()).not.toContain('finrisk_messages_handled_total{platform="console"}');
    expect(await first.render()).toContain('finrisk_messages_handled_total{platform="console"} 1');
  });
});

describe('other requests', () => {
  it('GIVEN an unknown path THEN 404', async () => {
    const { url } = await serve();
    const res = await fetch(url('/admin'));
    expect(res.status).toBe(404);
  });

  it('GIVEN POST to a known path THEN 405 with Allow: GET, HEAD', async () => {
    const { url } = await serve();
    const res = await fetch(url('/metrics'), { method: 'POST', body: 'x' });
    expect({ status: res.status, allow: res.headers.get('allow') }).toEqual({ status: 405, allow: 'GET, HEAD' });
  });

  it('GIVEN a query string THEN the path still matches', async () => {
    const { url } = await serve();
    expect((await fetch(url('/healthz?probe=liveness'))).status).toBe(200);
  });
});

describe('listening', () => {
  it('GIVEN the port is taken THEN start-up rejects with one line naming the port', async () => {
    const { server } = await serve();
    await expect(serve({ port: server.port })).rejects.toThrow(`cannot listen on FINRISK_HTTP_PORT ${server.port}: address in use`);
  });

  it('GIVEN stop() while a keep-alive connection is open THEN it resolves and the port refuses', async () => {
    const { url } = await serve();
    await (await fetch(url('/healthz'))).text();
    await running.splice(0)[0]?.stop();
    await expect(fetch(url('/healthz'))).rejects.toThrow();
  });
});
