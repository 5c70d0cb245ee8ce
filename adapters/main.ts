/** Composition root of `npm start`: config → core → store → adapters → alerts and scheduler → signals. */
import path from 'node:path';
import {
  ConfigError,
  createLogger,
  redactText,
  startRetention,
  createPacers,
  createPlainLogger,
  systemClock,
  teeLogger,
  createMetrics,
  describeDatabaseUrl,
  loadConfig,
  startScheduler,
  type Alerts,
  type Config,
  type Scheduler,
  warmUp,
} from '../bot/wiring.js';
import { createBot, type Bot, type Logger, type Sender } from '../bot/index.js';
import { startHealthServer, type AdapterHealth } from './http.js';
import { adminCommands, buildAlerts, deliveryLimits, openStore } from './alerts-wiring.js';
import { loadCore } from './bootstrap.js';
import { createConsoleSender, runConsole, startNotice } from './console.js';
import { startTelegram } from './telegram/index.js';
import { createStoredWatchStore, startDiscord } from './discord/index.js';

type Stopper = () => Promise<void>;

/** Past this, a stop that is still waiting (a hung request, a slow close) gives way to exit. */
const SHUTDOWN_DEADLINE_MS = 4500;

async function main(config: Config, log: Logger, logFile: string | undefined): Promise<void> {
  // Scraped only once the health endpoint is up, which is after the store is open.
  const metrics = createMetrics({ outboxDepth: () => store.counts() });
  // With the JSON logs in a file, problems with the corpus must still reach the person as plain lines.
  const coreLog = logFile ? teeLogger(log, createPlainLogger()) : log;
  const core = await loadCore({
    corpusDirs: config.FINRISK_CORPUS,
    dataDir: config.dataDir,
    log: coreLog,
    progress: process.stdin.isTTY,
    onSearch: metrics.searchDuration,
  });
  const stats = core.knowledge.stats();
  log.info({ documents: stats.documents, passages: stats.passages, ms: core.ms, fromCache: stats.fromCache }, 'knowledge ready');
  if (consoleMode(config)) {
    const corpusDirs = config.FINRISK_CORPUS.map((dir) => path.resolve(dir));
    process.stderr.write(`${startNotice({ documents: stats.documents, passages: stats.passages, corpusDirs, logFile })}\n`);
  }
  const store = await openStore(config);
  log.info(
    { store: config.DATABASE_URL ? `postgres ${describeDatabaseUrl(config.DATABASE_URL)}` : `sqlite ${config.dataDir}` },
    'store ready',
  );
  // One process owns a SQLite data directory: what a killed run had claimed is free at once, not after its lease.
  const released = await store.releaseStaleClaims();
  if (released > 0) log.info({ released }, 'pushes claimed by the previous run handed back');
  // Pushes and interactive replies share one budget per platform (and, on PostgreSQL, per deployment).
  const pacers = createPacers(store, systemClock, deliveryLimits(config));
  const stoppers: Stopper[] = [() => store.close(), startRetention(store, config.FINRISK_RETENTION_DAYS, log)];
  // Filled as the adapters start; a stopped poller or a lost gateway turns /healthz into a 503.
  const adapterHealth: Array<() => AdapterHealth> = [];
  if (config.FINRISK_HTTP_PORT !== undefined) {
    const adapters = (): AdapterHealth[] => adapterHealth.map((health) => health());
    const health = await startHealthServer({
      port: config.FINRISK_HTTP_PORT,
      host: config.FINRISK_HTTP_HOST,
      metrics,
      ping: () => store.ping(),
      adapters,
      log,
    });
    stoppers.push(() => health.stop());
  }
  let stopping: Promise<void> | undefined;
  const shutdown = (reason: string): Promise<void> => {
    stopping ??= (async () => {
      log.info({ reason }, 'shutting down');
      // Nothing is lost if this fires: claimed rows are handed back at the next start (SQLite) or when their lease ends.
      setTimeout(() => {
        log.error({ ms: SHUTDOWN_DEADLINE_MS }, 'shutdown took too long; exiting');
        process.exit(1);
      }, SHUTDOWN_DEADLINE_MS).unref();
      // Stop in reverse order of start: adapters, then the scheduler, then the store.
      for (const stop of [...stoppers].reverse()) await stop().catch((error: unknown) => log.error({ err: error }, 'stop failed'));
    })();
    return stopping;
  };
  process.once('SIGINT', () => void shutdown('SIGINT').then(() => process.exit(0)));
  process.once('SIGTERM', () => void shutdown('SIGTERM').then(() => process.exit(0)));
  // An adapter that cannot recover ends the process non-zero, so a supervisor restarts it or alerts.
  const fatal = (cause: string): void => {
    process.stderr.write(`finrisk: ${cause}\n`);
    void shutdown('adapter failed').then(() => process.exit(1));
  };

  // Adapters may deliver messages before the alerts pipeline is up; admin commands wait for it.
  let running: { alerts: Alerts; scheduler: Scheduler } | undefined;
  const services = { knowledge: core.knowledge, registry: core.registry, clock: core.clock, store };
  const coreBot = createBot(services, {
    log,
    perMinute: config.FINRISK_RATE_PER_MINUTE,
    adminCommands: adminCommands(() => running && { alerts: running.alerts, pollNow: running.scheduler.pollNow }),
  });
  const bot: Bot = {
    handle: (msg) => {
      metrics.messageHandled(msg.platform);
      return coreBot.handle(msg);
    },
    passage: (id, lang) => coreBot.passage?.(id, lang),
  };

  // Before any adapter takes updates: the first users after a start would otherwise pay for the JIT.
  log.info({ ms: await warmUp(coreBot) }, 'hot paths warmed');

  const senders: Sender[] = [];
  if (config.TELEGRAM_BOT_TOKEN) {
    const webhook = config.TELEGRAM_WEBHOOK_URL
      ? { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET ?? '', port: config.TELEGRAM_WEBHOOK_PORT }
      : undefined;
    const telegram = await startTelegram({
      token: config.TELEGRAM_BOT_TOKEN,
      apiRoot: config.TELEGRAM_API_ROOT,
      webhook,
      admins: config.FINRISK_ADMINS,
      handle: (msg) => bot.handle(msg),
      passage: (id, lang) => bot.passage?.(id, lang),
      log,
      pacer: pacers.telegram,
      onFatal: fatal,
    });
    adapterHealth.push(() => telegram.health());
    senders.push(telegram.sender);
    stoppers.push(() => telegram.stop());
  }
  if (config.DISCORD_TOKEN && config.DISCORD_APP_ID) {
    const discord = await startDiscord({
      token: config.DISCORD_TOKEN,
      appId: config.DISCORD_APP_ID,
      apiRoot: config.DISCORD_API_ROOT,
      guildId: config.DISCORD_GUILD_ID,
      handle: (msg) => bot.handle(msg),
      passage: (id, lang) => bot.passage?.(id, lang),
      watchStore: createStoredWatchStore(store),
      log,
      onFatal: fatal,
    });
    adapterHealth.push(() => discord.health());
    senders.push(discord.sender);
    stoppers.push(() => discord.stop());
  }
  const platforms = senders.length > 0;
  if (!platforms) senders.push(createConsoleSender(process.stdout));

  const alerts = await buildAlerts({ config, store, registry: core.registry, knowledge: core.knowledge, senders, log, metrics, pacers });
  const scheduler = startScheduler(
    alerts,
    { pollCron: config.FINRISK_POLL_CRON, digestCron: config.FINRISK_DIGEST_CRON, timezone: config.FINRISK_TZ },
    log,
  );
  // Stop order (reversed): adapters stop taking updates, the scheduler finishes its push in flight
  // (senders use the API client, not the polling loop), then the store closes.
  stoppers.splice(1, 0, () => scheduler.stop());
  running = { alerts, scheduler };

  if (!platforms) {
    await runConsole({
      bot,
      input: process.stdin,
      output: process.stdout,
      interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    });
    await shutdown('end of input');
  }
}

/** No platform token: the person chats in this terminal. */
function consoleMode(config: Config): boolean {
  return !config.TELEGRAM_BOT_TOKEN && !config.DISCORD_TOKEN;
}

/**
 * JSON logs on stderr, except at the console, where they would land in the chat: there they go to
 * FINRISK_DATA_DIR/finrisk.log unless LOG_LEVEL was set, which asks for them on stderr as before.
 */
const secretsOf = (config: Config): string[] => [
  config.TELEGRAM_BOT_TOKEN ?? '',
  config.DISCORD_TOKEN ?? '',
  config.DATABASE_URL ?? '',
  config.TELEGRAM_WEBHOOK_SECRET ?? '',
];

function openLog(config: Config): { log: Logger; file?: string } {
  const secrets = secretsOf(config);
  if (consoleMode(config) && !config.logLevelSet) {
    const file = path.join(config.dataDir, 'finrisk.log');
    try {
      return { log: createLogger(config.LOG_LEVEL, secrets, file), file };
    } catch (error) {
      process.stderr.write(`finrisk: warning: cannot write the log file ${file} (${(error as Error).message}); logs go to stderr\n`);
    }
  }
  return { log: createLogger(config.LOG_LEVEL, secrets) };
}

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  // One line per bad setting, each naming its fix.
  const lines = error instanceof ConfigError ? error.message.split('\n').map((line) => `configuration: ${line}`) : [String(error)];
  process.stderr.write(lines.map((line) => `finrisk: ${line}\n`).join(''));
  process.exit(2);
}
const { log, file: logFile } = openLog(config);
for (const notice of config.notices) log.warn(notice);
try {
  await main(config, log, logFile);
} catch (error) {
  // Expected start-up failures (a rejected token, an unreadable store) carry a one-line message.
  process.stderr.write(`finrisk: ${redactText((error as Error).message, secretsOf(config))}\n`);
  log.debug({ err: error }, 'start-up failed');
  process.exit(1);
}
