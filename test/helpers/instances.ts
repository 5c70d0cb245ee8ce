/**
 * Several real bot processes (`adapters/main.ts`, as `npm start` runs it) sharing one PostgreSQL
 * database and one fake Telegram Bot API, fanning one closure item out to many subscribers.
 * Used by the multi-instance test and by the bench.
 */
import pg from 'pg';
import { openPostgresStore } from '../../bot/store/postgres.js';
import { rss, startFeedServer } from '../fakes/feed-server.js';
import { startFakeTelegram, type ApiCall } from '../fakes/telegram-api.js';
import { freshDatabase } from './postgres.js';
import { fixtureCorpus, startEntry, tempDataDir, type StartedEntry } from './run.js';

export interface FanOutOptions {
  instances: number;
  subscribers: number;
  /** FINRISK_TELEGRAM_RATE: the global limit every instance keeps together, messages per second. */
  rate: number;
  /** SIGKILL the first instance once this many pushes have arrived. */
  killAfter?: number;
  leaseMs?: number;
  timeoutMs?: number;
  /** The fake Bot API enforces `rate`/s in any sliding second and 1/s per chat, answering 429 past it. */
  strict?: boolean;
  /** Subscribers take the daily digest; the digest cron runs this often (every instance has it). */
  digestCron?: string;
}

export interface FanOutRun {
  pushes: number;
  distinct: number;
  duplicates: number;
  /** Most pushes that arrived within any one-second window (attempts: a refused one counts too). */
  maxPerSecond: number;
  /** First push to last push, milliseconds. */
  spanMs: number;
  /** Sent rows per instance (the `claimed_by` recorded on each row). */
  perInstance: number[];
  outbox: Record<string, number>;
  killed?: { sentBeforeKill: number; inFlight: number };
  /** What each surviving instance's /metrics said it sent, and its /healthz status. */
  scraped: Array<{ sent: number; health: number }>;
  /** Exit codes of the instances stopped with SIGTERM at the end. */
  exitCodes: Array<number | null>;
  /** 429s the strict fake answered. */
  limited: number;
  output: string;
}

const CHAT_BASE = 500_000;

/** The most timestamps within any window of `windowMs` (sorted input not required). */
export function maxInWindow(times: number[], windowMs = 1000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; j < sorted.length; j += 1) {
    while ((sorted[j] as number) - (sorted[i] as number) >= windowMs) i += 1;
    best = Math.max(best, j - i + 1);
  }
  return best;
}

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Reads an instance's health endpoint (its port is in its start-up log). */
async function scrape(instance: StartedEntry): Promise<{ sent: number; health: number }> {
  const port = /"port":(\d+),"host":"127\.0\.0\.1","msg":"health and metrics endpoint listening"/.exec(instance.output())?.[1];
  if (!port) throw new Error(`instance ${instance.pid} did not report its health endpoint:\n${instance.output()}`);
  const health = (await fetch(`http://127.0.0.1:${port}/healthz`)).status;
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const sent = Number(/^finrisk_pushes_total\{platform="telegram",outcome="sent"\} (\d+)$/m.exec(text)?.[1] ?? 0);
  return { sent, health };
}

export async function fanOut(options: FanOutOptions): Promise<FanOutRun> {
  const url = await freshDatabase();
  const seed = await openPostgresStore(url);
  for (let i = 0; i < options.subscribers; i += 1)
    await seed.upsertSubscription('telegram', String(CHAT_BASE + i), [], options.digestCron !== undefined);
  await seed.close();

  const api = await startFakeTelegram(options.strict ? { limits: { perSecond: options.rate, perChatGapMs: 1000 } } : {});
  const feeds = await startFeedServer();
  feeds.register('/news.xml', {
    body: rss([
      {
        title: '湖南取消辖内金交所业务资质',
        description: '湖南地方金融监管部门公告，取消辖内金融资产交易中心的业务资质。',
        guid: 'scale-1',
        link: 'https://news.example/scale-1',
      },
    ]),
  });
  const isPush = (c: ApiCall): boolean => Number(c.body.chat_id) >= CHAT_BASE;
  // What the platform accepted: a call it refused with a 429 is not a push.
  const pushes = (): ApiCall[] => api.accepted().filter(isPush);

  const instances: StartedEntry[] = [];
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    for (let i = 0; i < options.instances; i += 1) {
      instances.push(
        startEntry('adapters/main.ts', {
          TELEGRAM_BOT_TOKEN: api.token,
          TELEGRAM_API_ROOT: api.url,
          // Several instances take updates by webhook (behind a load balancer), never by competing long polls.
          TELEGRAM_WEBHOOK_URL: `http://127.0.0.1/telegram/${i}`,
          TELEGRAM_WEBHOOK_PORT: '0',
          TELEGRAM_WEBHOOK_SECRET: 'instance-secret',
          DATABASE_URL: url,
          FINRISK_CORPUS: fixtureCorpus,
          FINRISK_DATA_DIR: tempDataDir(),
          FINRISK_FEEDS: feeds.url('/news.xml'),
          FINRISK_POLL_CRON: '*/2 * * * * *',
          ...(options.digestCron ? { FINRISK_DIGEST_CRON: options.digestCron } : {}),
          FINRISK_TELEGRAM_RATE: String(options.rate),
          FINRISK_OUTBOX_LEASE_MS: String(options.leaseMs ?? 5000),
          FINRISK_HTTP_PORT: '0',
          FINRISK_HTTP_HOST: '127.0.0.1',
          LOG_LEVEL: 'info',
        }),
      );
    }
    const timeoutMs = options.timeoutMs ?? 120_000;
    let killed: FanOutRun['killed'];
    if (options.killAfter !== undefined) {
      await until(() => pushes().length >= (options.killAfter as number), timeoutMs, `${options.killAfter} pushes`);
      const victim = instances[0] as StartedEntry;
      await victim.kill();
      const sentBeforeKill = pushes().length;
      const inFlight =
        (
          await db.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM outbox WHERE status = 'sending' AND claimed_by LIKE $1`, [
            `%:${victim.pid}`,
          ])
        ).rows[0]?.n ?? 0;
      killed = { sentBeforeKill, inFlight };
    }
    await until(
      () => new Set(pushes().map((c) => String(c.body.chat_id))).size >= options.subscribers,
      timeoutMs,
      `${options.subscribers} subscribers pushed`,
    );
    // Anything sent twice would arrive soon after: give it the time of a few more sends.
    await new Promise((r) => setTimeout(r, 1500));
    const outbox = Object.fromEntries(
      (await db.query<{ status: string; n: number }>('SELECT status, COUNT(*)::int AS n FROM outbox GROUP BY status')).rows.map((r) => [
        r.status,
        r.n,
      ]),
    );
    const perInstance = (
      await db.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM outbox WHERE status = 'sent' GROUP BY claimed_by ORDER BY claimed_by`)
    ).rows.map((r) => r.n);
    const all = pushes();
    const times = [...all, ...api.limited().filter(isPush)].map((c) => c.at);
    const distinct = new Set(all.map((c) => String(c.body.chat_id))).size;
    const survivors = instances.slice(options.killAfter !== undefined ? 1 : 0);
    const scraped = await Promise.all(survivors.map((p) => scrape(p)));
    const exitCodes = await Promise.all(survivors.map((p) => p.stop()));
    return {
      pushes: all.length,
      distinct,
      duplicates: all.length - distinct,
      maxPerSecond: maxInWindow(times),
      spanMs: times.length > 1 ? Math.max(...times) - Math.min(...times) : 0,
      perInstance,
      outbox,
      killed,
      scraped,
      exitCodes,
      limited: api.limited().length,
      output: instances.map((p, i) => `--- instance ${i} (pid ${p.pid})\n${p.output()}`).join('\n'),
    };
  } finally {
    await Promise.all(instances.map((p) => p.kill()));
    await db.end();
    await feeds.stop();
    await api.stop();
  }
}
