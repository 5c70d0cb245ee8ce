import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureCorpus } from '../helpers/corpus.js';
import { runCli, tempDataDir } from '../helpers/run.js';

const dataDir = tempDataDir();
const env = { FINRISK_CORPUS: fixtureCorpus, FINRISK_DATA_DIR: dataDir };
const scratch = mkdtempSync(path.join(os.tmpdir(), 'finrisk-cli-'));

describe('finrisk CLI', () => {
  beforeAll(async () => {
    const built = await runCli(['index', '--json'], { env });
    expect(built.code).toBe(0);
  }, 120_000);

  it('GIVEN index --json THEN it prints exactly one JSON document with counts', async () => {
    const result = await runCli(['index', '--json'], { env });
    const out = JSON.parse(result.stdout) as { documents: number; passages: number; ms: number };
    // The four fixture reports plus the built-in notes.
    expect(out.documents).toBeGreaterThanOrEqual(4 + 7);
    expect(out.passages).toBeGreaterThan(20);
    expect(typeof out.ms).toBe('number');
  });

  it('GIVEN search --json THEN results carry doc, title, section, passage, text, highlights and score', async () => {
    const result = await runCli(['search', '金交所 关停', '--k', '3', '--json'], { env });
    const out = JSON.parse(result.stdout) as { query: string; results: Array<Record<string, unknown>> };
    expect(out.query).toBe('金交所 关停');
    expect(out.results).toHaveLength(3);
    for (const r of out.results) {
      expect(Object.keys(r).sort()).toEqual(['doc', 'highlights', 'passage', 'score', 'section', 'text', 'title']);
      for (const [start, end] of r.highlights as Array<[number, number]>) expect(end).toBeGreaterThan(start);
    }
  });

  it('GIVEN search --batch with a malformed line THEN that line gets an error and the rest still run', async () => {
    const file = path.join(scratch, 'queries.jsonl');
    writeFileSync(file, '{"id":"a","query":"P2P 网贷"}\nnot json\n{"id":"c"}\n{"id":"d","query":"监管沙箱"}\n');
    const result = await runCli(['search', '--batch', file, '--k', '2', '--json'], { env });
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.id, 'error' in l])).toEqual([
      ['a', false],
      [null, true],
      ['c', true],
      ['d', false],
    ]);
    expect(lines[1]?.error).toBe('line 2: not valid JSON');
    expect(lines[2]?.error).toBe('line 3: query Required');
  });

  it('GIVEN ask --json THEN the answer has sentences and a source for each', async () => {
    const result = await runCli(['ask', '伪金交所被整治后出现了哪些新变种？', '--json'], { env });
    const out = JSON.parse(result.stdout) as { answer: string[]; sources: Array<{ title: string }> };
    expect(out.answer.length).toBeGreaterThanOrEqual(1);
    expect(out.answer.length).toBeLessThanOrEqual(3);
    expect(out.sources.length).toBeGreaterThanOrEqual(1);
  });

  it('GIVEN check --json of a pitched offer THEN level high with flags, evidence and yield', async () => {
    const text = '某资产登记备案中心的定融，年化11%，保本保息';
    const result = await runCli(['check', text, '--json'], { env });
    const out = JSON.parse(result.stdout) as {
      level: string;
      flags: Array<{ id: string; evidence: Array<{ text: string; start: number; end: number }> }>;
      yield: { annualPercent: number };
    };
    expect(out.level).toBe('high');
    expect(out.yield.annualPercent).toBe(11);
    const ids = out.flags.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['guaranteed_return', 'pseudo_exchange', 'nonstandard_debt', 'high_yield']));
    for (const flag of out.flags) for (const e of flag.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('GIVEN status --json of a deregistered exchange THEN it reports the status and date', async () => {
    const result = await runCli(['status', '西安百金金融资产交易中心', '--json'], { env });
    const out = JSON.parse(result.stdout) as { matches: Array<{ status: string; date: string }> };
    expect(out.matches[0]).toMatchObject({ status: 'deregistered', date: '2023-12-22' });
  });

  it('GIVEN an unreadable corpus folder THEN a plain warning on stderr and the JSON on stdout stays clean', async () => {
    const result = await runCli(['index', '--corpus', '/no/such/corpus', '--json'], {
      env: { FINRISK_DATA_DIR: tempDataDir(), LOG_LEVEL: 'info' },
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('finrisk: warning: corpus folder /no/such/corpus does not exist: check --corpus / FINRISK_CORPUS');
    expect(JSON.parse(result.stdout)).toMatchObject({ documents: expect.any(Number) });
  });

  it('GIVEN bad input THEN a one-line message on stderr and a non-zero exit', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['frobnicate'], /^unknown command "frobnicate"/],
      [['search'], /^missing query/],
      [['check', '--batch', path.join(scratch, 'missing.jsonl')], /^cannot read .*missing\.jsonl: no such file/],
      [['search', 'x', '--k', 'ten'], /^--k must be a whole number/],
      [['search', 'x', '--bogus'], /Unknown option '--bogus'/],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(args, { env });
      expect(result.code, args.join(' ')).not.toBe(0);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr.trim()).toMatch(message);
      expect(result.stdout).toBe('');
    }
  }, 120_000);
});
