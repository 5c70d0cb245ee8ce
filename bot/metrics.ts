/**
 * The bot's Prometheus metrics on a private prom-client registry, so that tests and several bots in
 * one process never collide on the global default registry. Durations come in as ms, leave as seconds.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** What the core reports, e.g. `metrics.push('telegram', 'sent')`. */
export interface Metrics {
  /** A chat message or command handled, by platform (telegram|discord|console|cli). */
  messageHandled(platform: string): void;
  /** One push outcome: 'sent' | 'failed' | 'retried', by platform. */
  push(platform: string, outcome: 'sent' | 'failed' | 'retried'): void;
  /** How long one feed poll (all feeds) took, in milliseconds. */
  pollDuration(ms: number): void;
  /** How long one search took, in milliseconds. */
  searchDuration(ms: number): void;
  /** Prometheus text exposition of every metric (collects the outbox depth first). */
  render(): Promise<string>;
  contentType: string;
}

export interface MetricsOptions {
  /** Outbox row counts by status (pending, sending, sent, failed, held), read at each scrape. */
  outboxDepth?: () => Promise<Record<string, number>>;
}

// A poll fetches every feed, so it spans tens of milliseconds to a minute of slow servers.
const POLL_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60];
// A search is in-memory: a tenth of a millisecond when warm, half a second is already pathological.
const SEARCH_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5];

export function createMetrics(options: MetricsOptions): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'finrisk_' });
  const messages = new Counter({
    name: 'finrisk_messages_handled_total',
    help: 'Chat messages and commands handled, by platform.',
    labelNames: ['platform'] as const,
    registers: [registry],
  });
  const pushes = new Counter({
    name: 'finrisk_pushes_total',
    help: 'Alert push outcomes (sent, failed, retried), by platform.',
    labelNames: ['platform', 'outcome'] as const,
    registers: [registry],
  });
  const poll = new Histogram({
    name: 'finrisk_poll_duration_seconds',
    help: 'Duration of one poll of all feeds.',
    buckets: POLL_BUCKETS,
    registers: [registry],
  });
  const search = new Histogram({
    name: 'finrisk_search_duration_seconds',
    help: 'Duration of one search.',
    buckets: SEARCH_BUCKETS,
    registers: [registry],
  });
  outboxGauge(registry, options.outboxDepth);
  return {
    messageHandled: (platform) => messages.inc({ platform }),
    push: (platform, outcome) => pushes.inc({ platform, outcome }),
    pollDuration: (ms) => poll.observe(ms / 1000),
    searchDuration: (ms) => search.observe(ms / 1000),
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}

/** The outbox gauge is read from the store at scrape time; a failing read leaves it empty, not the scrape failed. */
function outboxGauge(registry: Registry, outboxDepth: MetricsOptions['outboxDepth']): void {
  new Gauge({
    name: 'finrisk_outbox_rows',
    help: 'Outbox rows by status, read at scrape time.',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      // Reset first so that a status that emptied out, or a failed read, shows no stale number.
      this.reset();
      if (!outboxDepth) return;
      // `.then` also catches a function that throws before returning its promise.
      const depth = await Promise.resolve()
        .then(outboxDepth)
        .catch(() => null);
      if (!depth) return;
      for (const [status, rows] of Object.entries(depth)) this.set({ status }, rows);
    },
  });
}
