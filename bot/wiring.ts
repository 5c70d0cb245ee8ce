/**
 * What the composition root and the CLI need beyond the chat surface (./index.ts): configuration,
 * stores, the alert pipeline, metrics, and the knowledge core's loaders. Chat adapters never import
 * this module (test/architecture-table.ts); only adapters/*.ts outside telegram/ and discord/ do.
 */
export { ConfigError, loadConfig, type Config } from './config.js';
export { createLogger, createPlainLogger, teeLogger } from './log.js';
export { systemClock, type Clock } from './ports.js';
export { createMetrics, type Metrics } from './metrics.js';
export { describeBadInput } from './guards.js';
export { runCheck } from './commands/core.js';
export { answerReply, checkReply, textReply } from './reply.js';
export { statusAnswerReply } from './commands/status.js';
export { answerStatus } from '../knowledge/registry/status.js';
export type { CommandHandler } from './services.js';
export { createAlerts, type Alerts } from './alerts/pipeline.js';
export { startScheduler, type Scheduler } from './alerts/scheduler.js';
export { createPacers, PLATFORM_LIMITS, type RateLimits } from './alerts/deliver.js';
export type { Pacer } from './alerts/pacer.js';
export { classifyNews } from './alerts/classify.js';
export { describeDatabaseUrl, openPostgresStore } from './store/postgres.js';
export { openSqliteStore } from './store/sqlite.js';
export type { Store } from './store/types.js';
export { createKnowledge } from '../knowledge/index.js';
export { describeIssue } from '../knowledge/json-file.js';
export { loadDefaultRegistry } from '../knowledge/registry/registry.js';
export type { Answer, Knowledge, SearchResult } from '../knowledge/types.js';
export type { Registry, RegistryMatch } from '../knowledge/registry/types.js';
export type { CheckResult } from '../rules/types.js';
export { redactText } from './log.js';
export { startRetention } from './store/retention.js';
export { warmUp } from './warm-up.js';
export { StoreOpenError } from './store/sqlite-file.js';
