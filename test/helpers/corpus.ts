/**
 * Where the tests find reports. The project's own fixture corpus is always there; the real reports
 * (`FINRISK_CORPUS`, or `../shared/corpus` beside the checkout) may not be. Tests that only make
 * sense on the real reports use `describeWithReports` / `itWithReports`: without the reports they
 * are skipped, and test/setup/corpus.ts prints one notice naming them at the end of the run.
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { describe, inject, it, TestRunner } from 'vitest';
import { hasRealCorpus, projectRoot } from './run.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** File the workers append skipped real-corpus test names to; printed once by the global setup. */
    corpusSkipLog: string;
  }
}

export { fixtureCorpus, hasRealCorpus, realCorpus } from './run.js';

function noteSkipped(name: string): void {
  const log = inject('corpusSkipLog');
  const file = TestRunner.getCurrentSuite().file?.filepath;
  if (log) appendFileSync(log, `${file ? path.relative(projectRoot, file) : 'a test file'} › ${name}\n`);
}

/** A `describe` that runs only when the real reports are present. */
export function describeWithReports(name: string, body: () => void | Promise<void>): void {
  if (!hasRealCorpus) noteSkipped(name);
  // vitest runs a skipped describe's body to list its tests; without the reports it would read them.
  describe.runIf(hasRealCorpus)(name, hasRealCorpus ? body : () => {});
}

/** An `it` that runs only when the real reports are present. */
export function itWithReports(name: string, body: () => void | Promise<void>, timeout?: number): void {
  if (!hasRealCorpus) noteSkipped(name);
  it.runIf(hasRealCorpus)(name, body, timeout);
}
