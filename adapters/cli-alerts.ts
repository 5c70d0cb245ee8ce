/** CLI commands of the alerts pipeline: `news classify FILE`, `alerts poll`, `alerts deliver`. */
import { z } from 'zod';
import { classifyNews, createLogger, createPlainLogger, loadDefaultRegistry, type Config } from '../bot/wiring.js';
import { CliError, idSchema, parseJsonl, printJson, readInputFile } from './cli-io.js';
import { buildAlerts, openStore } from './alerts-wiring.js';
import { loadCore } from './bootstrap.js';
import { createConsoleSender } from './console.js';
import { StoreOpenError } from '../bot/wiring.js';

const NewsLine = z.object({
  id: idSchema,
  title: z.string().min(1, 'must not be empty'),
  summary: z.string().default(''),
  date: z.string().optional(),
});

export async function runNewsClassify(file: string): Promise<void> {
  const registry = loadDefaultRegistry();
  for (const line of parseJsonl(await readInputFile(file), NewsLine)) {
    if (!line.ok) printJson({ id: line.id, error: line.error });
    else {
      const { closure, entities, regions } = classifyNews(line.value, registry);
      printJson({ id: line.value.id, closure, entities, regions });
    }
  }
}

/** `alerts poll` / `alerts deliver`; console pushes go to stderr so stdout stays one JSON document. */
export async function runAlertsCommand(sub: string | undefined, config: Config, json: boolean): Promise<void> {
  if (sub !== 'poll' && sub !== 'deliver') throw new CliError('usage: finrisk alerts poll | finrisk alerts deliver');
  if (sub === 'poll' && config.FINRISK_FEEDS.length === 0)
    throw new CliError('no feeds configured: set FINRISK_FEEDS to comma-separated http(s) feed URLs');
  // A person reads the CLI's stderr: plain lines, unless LOG_LEVEL asks for the JSON logs.
  const log = config.LOG_LEVEL === 'info' ? createPlainLogger() : createLogger(config.LOG_LEVEL);
  const core = await loadCore({ corpusDirs: config.FINRISK_CORPUS, dataDir: config.dataDir, log });
  const store = await openStore(config).catch((error: unknown) => {
    throw oneLine(error, 'cannot open the store');
  });
  try {
    const alerts = await buildAlerts({
      config,
      store,
      registry: core.registry,
      knowledge: core.knowledge,
      senders: [createConsoleSender(process.stderr)],
      log,
    });
    const result = await (sub === 'poll' ? alerts.pollOnce() : alerts.deliverOnce()).catch((error: unknown) => {
      log.debug({ err: error }, `alerts ${sub} failed`);
      throw oneLine(error, `alerts ${sub} failed`);
    });
    if (json) printJson(result);
    else
      console.log(
        Object.entries(result)
          .map(([k, v]) => `${k}: ${v}`)
          .join(', '),
      );
  } finally {
    await store.close();
  }
}

/** A store or database failure is an operator's problem, not a bug: one line, exit code 1. */
function oneLine(error: unknown, context: string): CliError {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new CliError(`finrisk: ${error instanceof StoreOpenError ? message : `${context}: ${message}`}`, 1);
}
