import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCorpus, itWithReports, realCorpus } from '../helpers/corpus.js';
import { runEntry, tempDataDir } from '../helpers/run.js';

const titles = (dir: string): string[] =>
  (JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { documents: Array<{ title: string }> }).documents.map(
    (d) => d.title,
  );
/** The report titles cited in a reply (《…》 in its 来源 list). */
const cited = (stdout: string): string[] => [...stdout.matchAll(/\[\d+\] 《([^》]+)》/g)].map((m) => m[1] as string);

describe('npm start with piped input (console adapter)', () => {
  it('GIVEN a question on stdin and the fixture corpus THEN it prints an answer that cites one of its reports and exits 0', async () => {
    const result = await runEntry('adapters/main.ts', [], {
      env: { FINRISK_CORPUS: fixtureCorpus, FINRISK_DATA_DIR: tempDataDir() },
      input: '为什么要关停金交所？\n',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('来源：');
    expect(cited(result.stdout).filter((t) => titles(fixtureCorpus).includes(t)).length).toBeGreaterThan(0);
  }, 120_000);

  itWithReports(
    'GIVEN a question on stdin and the real reports THEN the answer cites a report about the closures',
    async () => {
      const result = await runEntry('adapters/main.ts', [], {
        env: { FINRISK_CORPUS: realCorpus, FINRISK_DATA_DIR: tempDataDir() },
        input: '为什么要关停金交所？\n',
      });
      expect(result.code).toBe(0);
      expect(cited(result.stdout).filter((t) => titles(realCorpus).includes(t) && t.includes('金交所')).length).toBeGreaterThan(0);
    },
    120_000,
  );

  it('GIVEN no LOG_LEVEL THEN no JSON reaches the terminal: one start line says what was indexed and where the logs are', async () => {
    const dataDir = tempDataDir();
    const result = await runEntry('adapters/main.ts', [], {
      env: { FINRISK_CORPUS: fixtureCorpus, FINRISK_DATA_DIR: dataDir, LOG_LEVEL: '' },
      input: '/help\n',
    });
    expect(result.code).toBe(0);
    const terminal = `${result.stdout}\n${result.stderr}`.split('\n');
    expect(terminal.filter((line) => line.trim().startsWith('{'))).toEqual([]);
    const logFile = path.join(dataDir, 'finrisk.log');
    const counts = /^已索引 (\d+) 份文档、(\d+) 段/.exec(result.stderr) ?? [];
    // Four fixture reports plus the built-in notes.
    expect(Number(counts[1])).toBeGreaterThanOrEqual(4 + 7);
    expect(result.stderr.trim().split('\n')).toEqual([
      `已索引 ${counts[1]} 份文档、${counts[2]} 段（含内置笔记）；报告目录：${fixtureCorpus}。运行日志（JSON）写入 ${logFile}`,
    ]);
    expect(existsSync(logFile)).toBe(true);
    const logged = readFileSync(logFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { msg: string });
    expect(logged.map((l) => l.msg)).toEqual(expect.arrayContaining(['knowledge ready', 'store ready']));
  }, 120_000);

  it('GIVEN no corpus configured THEN the start line says only the notes are loaded and how to add reports', async () => {
    const result = await runEntry('adapters/main.ts', [], { env: { FINRISK_DATA_DIR: tempDataDir(), LOG_LEVEL: '' }, input: '' });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^只载入了内置笔记（\d+ 份文档、\d+ 段）。要加入自己的报告：把 \.pdf\/\.txt\/\.md 放进一个文件夹，用 FINRISK_CORPUS=\/该\/文件夹 npm start 启动。运行日志（JSON）写入 \S+finrisk\.log\n$/,
    );
  }, 120_000);

  it('GIVEN a corpus folder that does not exist THEN a plain warning, not JSON, names it and the fix', async () => {
    const result = await runEntry('adapters/main.ts', [], {
      env: { FINRISK_CORPUS: '/no/such/reports', FINRISK_DATA_DIR: tempDataDir(), LOG_LEVEL: '' },
      input: '',
    });
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n')[0]).toBe(
      'finrisk: warning: corpus folder /no/such/reports does not exist: check --corpus / FINRISK_CORPUS',
    );
  }, 120_000);

  it('GIVEN LOG_LEVEL set explicitly THEN the JSON logs stay on stderr as before', async () => {
    const result = await runEntry('adapters/main.ts', [], { env: { FINRISK_DATA_DIR: tempDataDir(), LOG_LEVEL: 'info' }, input: '' });
    expect(result.code).toBe(0);
    const json = result.stderr
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((l) => (JSON.parse(l) as { msg: string }).msg);
    expect(json).toEqual(expect.arrayContaining(['knowledge ready', 'store ready']));
  }, 120_000);

  it('GIVEN several lines including an offer THEN each is answered in order', async () => {
    const result = await runEntry('adapters/main.ts', [], {
      env: { FINRISK_DATA_DIR: tempDataDir() },
      input: '/help\n某资产登记备案中心的定融，年化11%，保本保息，靠谱吗？\n',
    });
    expect(result.code).toBe(0);
    const help = result.stdout.indexOf('/check');
    const check = result.stdout.indexOf('风险等级：高风险');
    expect(help).toBeGreaterThanOrEqual(0);
    expect(check).toBeGreaterThan(help);
  }, 120_000);

  it('GIVEN two bad settings THEN start-up stops with one line for each, naming the variable, the fix and the value', async () => {
    const result = await runEntry('adapters/main.ts', [], { env: { FINRISK_POLL_CRON: 'every minute', FINRISK_RATE_PER_MINUTE: 'abc' } });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      'finrisk: configuration: FINRISK_POLL_CRON must be a cron expression of 5 or 6 fields, e.g. "*/10 * * * *" for every ten minutes (got "every minute")',
      'finrisk: configuration: FINRISK_RATE_PER_MINUTE must be a whole number of requests per minute, e.g. 20 (got "abc")',
    ]);
  });
});
