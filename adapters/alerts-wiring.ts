/** Builds the store and the alerts pipeline from the config; shared by `npm start` and the CLI. */
import { createAlerts, type Alerts } from '../bot/alerts/pipeline.js';
import type { Config } from '../bot/config.js';
import type { Logger } from '../bot/log.js';
import { systemClock, type Sender } from '../bot/ports.js';
import { openSqliteStore } from '../bot/store/sqlite.js';
import type { Store } from '../bot/store/types.js';
import type { Registry } from '../knowledge/registry/types.js';
import type { Knowledge } from '../knowledge/types.js';
import { textReply } from '../bot/reply.js';
import type { CommandHandler } from '../bot/services.js';

export async function openStore(config: Config): Promise<Store> {
  try {
    return openSqliteStore(config.dataDir);
  } catch (error) {
    throw new Error(`cannot open the database in ${config.dataDir} (${(error as Error).message}): check FINRISK_DATA_DIR`);
  }
}

export async function buildAlerts(parts: { config: Config; store: Store; registry: Registry; knowledge: Knowledge; senders: Sender[]; log: Logger }): Promise<Alerts> {
  const alerts = createAlerts({ ...parts, feeds: parts.config.FINRISK_FEEDS, clock: systemClock });
  const restored = await alerts.restoreRegistry();
  if (restored > 0) parts.log.info({ restored }, 'registry updates from earlier news re-applied');
  return alerts;
}

/** Admin commands: feed status and a forced poll. */
export function adminCommands(alerts: Alerts, pollNow: () => Promise<void>): Record<string, CommandHandler> {
  return {
    feeds: async () => {
      const status = await alerts.feedStatus();
      if (status.length === 0) return [textReply('notice', '没有配置新闻源（FINRISK_FEEDS）。')];
      return [textReply('notice', ...status.map((s) => `${s.url}：${s.status}${s.polledAt ? `（${s.polledAt}）` : ''}`))];
    },
    poll: async () => {
      await pollNow();
      return [textReply('notice', '已轮询全部新闻源并发送待推送消息。')];
    },
  };
}
