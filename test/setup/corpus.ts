/**
 * Global setup: the tests read the reports from `../shared/corpus` beside the project (or from
 * FINRISK_CORPUS). Without them a run would end in a handful of unrelated-looking ENOENT failures;
 * one clear line says what is missing instead.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { sharedCorpus } from '../helpers/run.js';

export default function checkCorpus(): void {
  if (!existsSync(path.join(sharedCorpus, 'manifest.json'))) {
    throw new Error(`the reports are not at ${sharedCorpus}: clone the project beside ../shared, or set FINRISK_CORPUS to the corpus folder`);
  }
}
