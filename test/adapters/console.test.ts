import { describe, expect, it } from 'vitest';
import { runEntry, sharedCorpus, tempDataDir } from '../helpers/run.js';

describe('npm start with piped input (console adapter)', () => {
  it('GIVEN a question on stdin THEN it prints an answer that cites a report title and exits 0', async () => {
    const result = await runEntry('adapters/main.ts', [], {
      env: { FINRISK_CORPUS: sharedCorpus, FINRISK_DATA_DIR: tempDataDir() },
      input: '为什么要关停金交所？\n',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('来源：');
    expect(result.stdout).toMatch(/《[^》]*金交所[^》]*》/);
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

  it('GIVEN a bad setting THEN start-up stops with one line naming the variable', async () => {
    const result = await runEntry('adapters/main.ts', [], { env: { FINRISK_POLL_CRON: 'every minute' } });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('finrisk: configuration: FINRISK_POLL_CRON is not a valid cron expression (e.g. "*/10 * * * *")');
  });
});
