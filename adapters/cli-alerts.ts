/** CLI commands of the alerts pipeline: `news classify FILE`, `alerts poll`, `alerts deliver`. */
import { z } from 'zod';
import { classifyNews } from '../bot/alerts/classify.js';
import type { Config } from '../bot/config.js';
import { loadDefaultRegistry } from '../knowledge/registry/registry.js';
import { CliError, idSchema, parseJsonl, printJson, readInputFile } from './cli-io.js';

const NewsLine = z.object({ id: idSchema, title: z.string().min(1, 'must not be empty'), summary: z.string().default(''), date: z.string().optional() });

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

export async function runAlertsCommand(sub: string | undefined, config: Config, json: boolean): Promise<void> {
  if (sub !== 'poll' && sub !== 'deliver') throw new CliError('usage: finrisk alerts poll | finrisk alerts deliver');
  void config;
  void json;
  throw new CliError(`alerts ${sub}: the alerts pipeline is not built yet in this version`, 3);
}
