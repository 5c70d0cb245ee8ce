import { describe, expect, it } from 'vitest';
import { FRAMES, generateCases, LEXICON } from './coverage-cases.js';
import { measureCoverage } from './coverage-table.js';

// The table itself is a figure (npm run eval prints it); these are the floors it must not fall below.
const table = measureCoverage();

describe('generated coverage of every flag', () => {
  it('GIVEN the generator THEN every flag has claims in both languages and every frame is generated', () => {
    const cases = generateCases();
    for (const [flag, lex] of Object.entries(LEXICON))
      expect([flag, lex.claims.zh.length > 0, lex.claims.en.length > 0]).toEqual([flag, true, true]);
    expect(new Set(cases.map((c) => c.frame))).toEqual(new Set(FRAMES));
  });

  it.each(Object.keys(LEXICON))(
    "GIVEN %s claimed plainly or in a seller's quoted words THEN it fires in at least 90 % of phrasings",
    (flag) => {
      const row = table.rows.get(flag)!;
      for (const frame of ['plain', 'reported'] as const) expect([frame, row[frame].ok / row[frame].n >= 0.9]).toEqual([frame, true]);
    },
  );

  it.each(Object.keys(LEXICON))('GIVEN %s negated, warned about or asked about THEN it is blocked in at least 90 % of cases', (flag) => {
    const row = table.rows.get(flag)!;
    for (const frame of ['negated', 'warned', 'asked'] as const)
      if (row[frame].n > 0) expect([frame, row[frame].ok / row[frame].n >= 0.9]).toEqual([frame, true]);
  });

  it.each(Object.keys(LEXICON))(
    "GIVEN %s inside a notice, a news or court report or a victim's retold lesson THEN it is blocked in at least 90 % of cases",
    (flag) => {
      const row = table.rows.get(flag)!;
      for (const frame of ['notice', 'news', 'retold'] as const)
        expect([frame, row[frame].ok / row[frame].n >= 0.9]).toEqual([frame, true]);
    },
  );

  it.each(Object.keys(LEXICON))(
    'GIVEN %s in what a victim asks about their own case THEN it still fires in at least 90 % of cases',
    (flag) => {
      const row = table.rows.get(flag)!;
      expect(row.victim.ok / row.victim.n >= 0.9).toBe(true);
    },
  );

  it.each(Object.keys(LEXICON).filter((f) => f !== 'high_yield'))(
    'GIVEN %s named as the rival a pitch beats THEN it does not fire',
    (flag) => {
      const row = table.rows.get(flag)!;
      expect(row.foil.ok / row.foil.n >= 0.9).toBe(true);
    },
  );

  it.each(Object.keys(LEXICON))('GIVEN %s in a pitch that cites closure news THEN it still fires in at least 90 % of cases', (flag) => {
    const row = table.rows.get(flag)!;
    expect(row.cites.ok / row.cites.n >= 0.9).toBe(true);
  });

  it('GIVEN the terms of all flags in news of closures or legality questions THEN at least 90 % are blocked', () => {
    const cells = [...table.rows.values()].map((row) => row.closure);
    const ok = cells.reduce((sum, c) => sum + c.ok, 0);
    const n = cells.reduce((sum, c) => sum + c.n, 0);
    expect(ok / n).toBeGreaterThanOrEqual(0.9);
  });

  it('GIVEN the legitimate look-alikes THEN none raises any flag', () => {
    expect(table.failures.filter((f) => f.frame === 'lookalike').map((f) => [f.text, f.got])).toEqual([]);
  });
});
