/** Builds the core's services from a config: knowledge index, registry and clock. Shared by main and CLI. */
import path from 'node:path';
import { createKnowledge, loadDefaultRegistry, systemClock, type Knowledge, type Registry } from '../bot/wiring.js';
import type { Logger } from '../bot/index.js';
import { createProgressBar } from './progress.js';

export interface CoreParts {
  knowledge: Knowledge;
  registry: Registry;
  clock: typeof systemClock;
  /** Milliseconds taken to build or load the index. */
  ms: number;
}

export async function loadCore(options: {
  corpusDirs: string[];
  dataDir: string;
  log: Logger;
  progress?: boolean;
  onSearch?: (ms: number) => void;
}): Promise<CoreParts> {
  const started = performance.now();
  const bar = options.progress ? createProgressBar() : undefined;
  const { knowledge, problems, rebuilt } = await createKnowledge({
    corpusDirs: options.corpusDirs.map((dir) => path.resolve(dir)),
    dataDir: options.dataDir,
    onProgress: bar ? (done, total, file) => bar.update(done, total, file) : undefined,
    onSearch: options.onSearch,
  });
  bar?.finish();
  if (rebuilt) options.log.info({ dataDir: options.dataDir }, `index rebuilt: ${rebuilt}`);
  for (const problem of problems) options.log.warn({ path: problem.path }, problem.message);
  const registry = loadDefaultRegistry((file) => knowledge.titleOf(file));
  return { knowledge, registry, clock: systemClock, ms: Math.round(performance.now() - started) };
}
