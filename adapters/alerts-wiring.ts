/** Builds the store and the alerts pipeline from the config; shared by `npm start` and the CLI. */
import {
  createAlerts,
  openPostgresStore,
  openSqliteStore,
  PLATFORM_LIMITS,
  systemClock,
  textReply,
  type Alerts,
  type CommandHandler,
  type Config,
  type Knowledge,
  type Metrics,
  type Pacer,
  type RateLimits,
  type Registry,
  type Store,
  StoreOpenError,
} from '../bot/wiring.js';
import type { Logger, Platform, Sender } from '../bot/index.js';

/** PostgreSQL when DATABASE_URL is set (several instances may share it), else SQLite in FINRISK_DATA_DIR. */
export async function openStore(config: Config): Promise<Store> {
  if (config.DATABASE_URL) {
    try {
      return await openPostgresStore(config.DATABASE_URL);
    } catch (error) {
      throw new Error(`${(error as Error).message}: check DATABASE_URL`, { cause: error });
    }
  }
  try {
    return openSqliteStore(config.dataDir);
  } catch (error) {
    // Its message already says what to do (restore, start fresh, stop the other process).
    if (error instanceof StoreOpenError) throw error;
    throw new Error(`cannot open the database in ${config.dataDir} (${(error as Error).message}): check FINRISK_DATA_DIR`, {
      cause: error,
    });
  }
}

export function deliveryLimits(config: Config): Partial<Record<Platform, RateLimits>> {
  return {
    telegram: { ...PLATFORM_LIMITS.telegram, perSecond: config.FINRISK_TELEGRAM_RATE },
    discord: { ...PLATFORM_LIMITS.discord, perSecond: config.FINRISK_DISCORD_RATE },
  };
}

export async function buildAlerts(parts: {
  config: Config;
  store: Store;
  registry: Registry;
  knowledge: Knowledge;
  senders: Sender[];
  log: Logger;
  metrics?: Metrics;
  pacers?: Partial<Record<Platform, Pacer>>;
}): Promise<Alerts> {
  const alerts = createAlerts({
    ...parts,
    feeds: parts.config.FINRISK_FEEDS,
    clock: systemClock,
    limits: deliveryLimits(parts.config),
    leaseMs: parts.config.FINRISK_OUTBOX_LEASE_MS,
    observer: parts.metrics,
  });
  const restored = await alerts.restoreRegistry();
  if (restored > 0) parts.log.info({ restored }, 'registry updates from earlier news re-applied');
  return alerts;
}

/** Admin commands: feed status and a forced poll. The pipeline may still be starting when one arrives. */
export function adminCommands(ready: () => { alerts: Alerts; pollNow: () => Promise<void> } | undefined): Record<string, CommandHandler> {
  const starting = [textReply('notice', '告警模块还在启动，请稍后再试。')];
  return {
    feeds: async () => {
      const parts = ready();
      if (!parts) return starting;
      const status = await parts.alerts.feedStatus();
      if (status.length === 0) return [textReply('notice', '没有配置新闻源（FINRISK_FEEDS）。')];
      return [textReply('notice', ...status.map((s) => `${s.url}：${s.status}${s.polledAt ? `（${s.polledAt}）` : ''}`))];
    },
    poll: async () => {
      const parts = ready();
      if (!parts) return starting;
      await parts.pollNow();
      return [textReply('notice', '已轮询全部新闻源并发送待推送消息。')];
    },
  };
}
