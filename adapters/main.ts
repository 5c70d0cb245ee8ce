/** Composition root of `npm start`: config → core → adapters → scheduler → signals. */
import { ConfigError, loadConfig, type Config } from '../bot/config.js';
import { createBot } from '../bot/index.js';
import { createLogger, type Logger } from '../bot/log.js';
import { loadCore } from './bootstrap.js';
import { runConsole } from './console.js';

type Stopper = () => Promise<void>;

async function main(config: Config, log: Logger): Promise<void> {
  const core = await loadCore({ corpusDirs: config.FINRISK_CORPUS, dataDir: config.dataDir, log, progress: process.stdin.isTTY });
  const stats = core.knowledge.stats();
  log.info({ documents: stats.documents, passages: stats.passages, ms: core.ms, fromCache: stats.fromCache }, 'knowledge ready');
  const services = { knowledge: core.knowledge, registry: core.registry, clock: core.clock };
  const bot = createBot(services, { log, perMinute: config.FINRISK_RATE_PER_MINUTE });
  const stoppers: Stopper[] = [];

  let stopping: Promise<void> | undefined;
  const shutdown = (reason: string): Promise<void> => {
    stopping ??= (async () => {
      log.info({ reason }, 'shutting down');
      // Stop in reverse order of start: adapters first, then the scheduler, then the store.
      for (const stop of stoppers.reverse()) await stop().catch((error: unknown) => log.error({ err: error }, 'stop failed'));
    })();
    return stopping;
  };
  process.once('SIGINT', () => void shutdown('SIGINT').then(() => process.exit(0)));
  process.once('SIGTERM', () => void shutdown('SIGTERM').then(() => process.exit(0)));

  const platforms = Boolean(config.TELEGRAM_BOT_TOKEN) || Boolean(config.DISCORD_TOKEN);
  if (!platforms) {
    await runConsole({ bot, input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY) });
    await shutdown('end of input');
  }
}

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  process.stderr.write(`finrisk: ${error instanceof ConfigError ? `configuration: ${error.message}` : String(error)}\n`);
  process.exit(2);
}
const log = createLogger(config.LOG_LEVEL, [config.TELEGRAM_BOT_TOKEN ?? '', config.DISCORD_TOKEN ?? '', config.DATABASE_URL ?? '']);
try {
  await main(config, log);
} catch (error) {
  // Expected start-up failures (a rejected token, an unreadable store) carry a one-line message.
  process.stderr.write(`finrisk: ${(error as Error).message}\n`);
  log.debug({ err: error }, 'start-up failed');
  process.exit(1);
}
