/**
 * One real bot process (`adapters/main.ts`, as `npm start` runs it) on SQLite against a fake Telegram
 * Bot API that enforces the limits strictly (30/s in any sliding second, 1/s per chat, 429 past
 * either), fanning one closure out to many subscribers, stopped part-way (SIGKILL or SIGTERM) and
 * started again on the same data directory. Used by the crash and shutdown tests and by the bench.
 */
import { openSqliteStore } from '../../bot/store/sqlite.js';
import { rss, startFeedServer, type FakeFeedServer } from '../fakes/feed-server.js';
import { startFakeTelegram, type ApiCall, type FakeTelegram } from '../fakes/telegram-api.js';
import { maxInWindow } from './instances.js';
import { sharedCorpus, startEntry, tempDataDir, type StartedEntry } from './run.js';

export const PUSH_CHAT_BASE = 600_000;

export interface RestartOptions {
  subscribers: number;
  /** Stop the first process once this many pushes were accepted. */
  stopAfter: number;
  how: 'SIGKILL' | 'SIGTERM';
  timeoutMs?: number;
}

export interface RestartRun {
  subscribers: number;
  accepted: number;
  distinct: number;
  lost: number;
  duplicates: number;
  /** 429s the fake answered because a limit was passed (over both runs). */
  limited: number;
  maxPerSecond: number;
  /** Accepted pushes per second, first to last, in the first run and after the restart. */
  rateBefore: number;
  rateAfter: number;
  pushedBeforeStop: number;
  /** SIGTERM only: signal to exit, milliseconds, and the exit code. */
  exitMs?: number;
  exitCode?: number | null;
  /** Restart (spawn) to the last push, milliseconds. */
  allDeliveredMs: number;
  /** Feed polls the first process made while its fan-out ran. */
  pollsDuringFanOut: number;
  outbox: Record<string, number>;
  output: string;
}

const rate = (calls: ApiCall[]): number => (calls.length > 1 ? (calls.length - 1) / ((calls.at(-1)!.at - calls[0]!.at) / 1000) : 0);

async function until(condition: () => boolean, timeoutMs: number, what: string, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}\n${output()}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export function botEnv(api: FakeTelegram, dataDir: string, feeds: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    TELEGRAM_BOT_TOKEN: api.token,
    TELEGRAM_API_ROOT: api.url,
    FINRISK_CORPUS: sharedCorpus,
    FINRISK_DATA_DIR: dataDir,
    FINRISK_FEEDS: feeds,
    FINRISK_POLL_CRON: '*/2 * * * * *',
    FINRISK_TELEGRAM_RATE: '30',
    LOG_LEVEL: 'info',
    ...extra,
  };
}

export async function seedSubscribers(dataDir: string, count: number): Promise<void> {
  const store = openSqliteStore(dataDir);
  for (let i = 0; i < count; i += 1) await store.upsertSubscription('telegram', String(PUSH_CHAT_BASE + i), [], false);
  await store.close();
}

async function outboxCounts(dataDir: string): Promise<Record<string, number>> {
  const store = openSqliteStore(dataDir);
  const counts = Object.fromEntries(Object.entries(await store.counts()).filter(([, n]) => n > 0));
  await store.close();
  return counts;
}

function closureFeed(feeds: FakeFeedServer): string {
  feeds.register('/news.xml', {
    body: rss([
      {
        title: '湖南取消辖内金交所业务资质',
        description: '湖南地方金融监管部门公告，取消辖内金融资产交易中心的业务资质。',
        guid: 'restart-1',
        link: 'https://news.example/restart-1',
      },
    ]),
  });
  return feeds.url('/news.xml');
}

export async function fanOutWithRestart(options: RestartOptions): Promise<RestartRun> {
  const dataDir = tempDataDir();
  await seedSubscribers(dataDir, options.subscribers);
  const api = await startFakeTelegram({ limits: { perSecond: 30, perChatGapMs: 1000 } });
  const feeds = await startFeedServer();
  const env = botEnv(api, dataDir, closureFeed(feeds));
  const pushes = (): ApiCall[] => api.accepted().filter((c) => Number(c.body.chat_id) >= PUSH_CHAT_BASE);
  const timeoutMs = options.timeoutMs ?? 120_000;
  const started: StartedEntry[] = [];
  const output = (): string => started.map((p, i) => `--- run ${i + 1} (pid ${p.pid})\n${p.output()}`).join('\n');
  try {
    const first = startEntry('adapters/main.ts', env);
    started.push(first);
    await until(() => pushes().length >= 1, timeoutMs, 'the first push', output);
    const pollsAtFirstPush = feeds.requests.length;
    await until(() => pushes().length >= options.stopAfter, timeoutMs, `${options.stopAfter} pushes`, output);
    const pollsDuringFanOut = feeds.requests.length - pollsAtFirstPush;
    let exitMs: number | undefined;
    let exitCode: number | null | undefined;
    if (options.how === 'SIGKILL') await first.kill();
    else {
      const t = Date.now();
      exitCode = await first.stop();
      exitMs = Date.now() - t;
    }
    const before = pushes();
    const restartedAt = Date.now();
    const second = startEntry('adapters/main.ts', env);
    started.push(second);
    await until(
      () => new Set(pushes().map((c) => String(c.body.chat_id))).size >= options.subscribers,
      timeoutMs,
      'every subscriber pushed',
      output,
    );
    const allDeliveredMs = (pushes().at(-1)?.at ?? restartedAt) - restartedAt;
    // Anything sent twice would come soon after: give it the time of a few more sends.
    await new Promise((r) => setTimeout(r, 1500));
    await second.stop();
    const all = pushes();
    const distinct = new Set(all.map((c) => String(c.body.chat_id))).size;
    return {
      subscribers: options.subscribers,
      accepted: all.length,
      distinct,
      lost: options.subscribers - distinct,
      duplicates: all.length - distinct,
      limited: api.limited().length,
      // Attempts, refused ones included: the fake accepts at most 30 a second by construction.
      maxPerSecond: maxInWindow([...api.accepted(), ...api.limited()].map((c) => c.at)),
      rateBefore: rate(before),
      rateAfter: rate(all.slice(before.length)),
      pushedBeforeStop: before.length,
      exitMs,
      exitCode,
      allDeliveredMs,
      pollsDuringFanOut,
      outbox: await outboxCounts(dataDir),
      output: output(),
    };
  } finally {
    await Promise.all(started.map((p) => p.kill()));
    await feeds.stop();
    await api.stop();
  }
}
