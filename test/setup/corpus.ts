/**
 * Global setup. The suite runs on a fresh clone: tests that need only report-like text use the
 * fixture corpus, and the few that are meaningful only on the real reports are skipped when those
 * are missing, with one notice at the end naming them. Under CI every test must run, so a missing
 * corpus fails the run at once; so does a FINRISK_CORPUS that points nowhere (a typo, not a choice).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { hasRealCorpus, realCorpus } from '../helpers/run.js';

const truthy = (value: string | undefined): boolean => value !== undefined && value !== '' && value !== 'false' && value !== '0';

export default function setup(project: TestProject): () => void {
  if (!hasRealCorpus && (truthy(process.env.CI) || process.env.FINRISK_CORPUS)) {
    const why = process.env.FINRISK_CORPUS
      ? `FINRISK_CORPUS is set but ${realCorpus} holds no manifest.json`
      : `CI is set and the reports are not at ${realCorpus}`;
    throw new Error(`${why}: set FINRISK_CORPUS to the folder of the reports (under CI every test runs, none is skipped)`);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'finrisk-skips-'));
  const log = path.join(dir, 'skipped.txt');
  project.provide('corpusSkipLog', log);
  return () => {
    let names: string[] = [];
    try {
      names = [...new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean))].sort();
    } catch {
      // Nothing was skipped: the file was never written.
    }
    rmSync(dir, { recursive: true, force: true });
    if (names.length === 0) return;
    process.stdout.write(
      `\n[notice] skipped ${names.length} test(s) or group(s) that need the real reports (no manifest.json at ${realCorpus});\n` +
        `set FINRISK_CORPUS=/path/to/reports, or put them at ../shared/corpus, to run them:\n${names.map((n) => `  - ${n}`).join('\n')}\n\n`,
    );
  };
}
