/** Runs the real entry points (npm start's main.ts, the CLI) as child processes. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '..', '..');

// Where reports are. Plain paths, free of vitest, because bench/ imports these helpers too;
// the describe/it guards for real-report tests are in ./corpus.ts.
/** Reports written for the tests (test/fixtures/corpus): PDF-extraction damage included, always present. */
export const fixtureCorpus = path.join(projectRoot, 'test', 'fixtures', 'corpus');
/** The real reports: the first folder of FINRISK_CORPUS, else ../shared/corpus beside the checkout. */
export const realCorpus = process.env.FINRISK_CORPUS?.split(':')[0] || path.resolve(projectRoot, '..', 'shared', 'corpus');
export const hasRealCorpus = existsSync(path.join(realCorpus, 'manifest.json'));
/** The old name of `realCorpus`, kept for branches written before the fixture corpus; guard its tests with ./corpus.ts. */
export const sharedCorpus = realCorpus;
const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function tempDataDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'finrisk-test-'));
}

/** Runs `tsx <entry> …args` with a clean environment plus `env`, feeding `input` on stdin. */
export function runEntry(
  entry: string,
  args: string[],
  options: { env?: Record<string, string>; input?: string; timeoutMs?: number } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [path.join(projectRoot, entry), ...args], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

export const runCli = (args: string[], options: Parameters<typeof runEntry>[2] = {}): Promise<RunResult> =>
  runEntry('adapters/cli.ts', args, options);

/** Starts a long-running entry point (node itself, so signals reach it); `stop` sends SIGTERM and waits. */
export interface StartedEntry {
  pid: number;
  output: () => string;
  exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL after 10 s; resolves with the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL at once (a crash); resolves when the process is gone. */
  kill(): Promise<void>;
}

export function startEntry(entry: string, env: Record<string, string>): StartedEntry {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, entry)], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (out += c.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    pid: child.pid ?? -1,
    output: () => out,
    exited,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
