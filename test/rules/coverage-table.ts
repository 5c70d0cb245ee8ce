/** Runs the generated coverage cases through the offer check and tabulates them per flag and frame. */
import { checkOffer, type CheckDeps } from '../../rules/check-offer.js';
import { FRAMES, generateCases, type Case, type Frame } from './coverage-cases.js';

export interface Cell {
  n: number;
  ok: number;
}

export interface CoverageTable {
  rows: Map<string, Record<Frame, Cell>>;
  failures: Array<Case & { got: string[] }>;
}

/** A case passes when the flag fires as expected; a look-alike passes only with no flag at all. */
function passes(c: Case, ids: string[]): boolean {
  if (c.frame === 'lookalike') return ids.length === 0;
  return c.fires === ids.includes(c.flag);
}

export function measureCoverage(deps: CheckDeps = {}): CoverageTable {
  const rows = new Map<string, Record<Frame, Cell>>();
  const failures: CoverageTable['failures'] = [];
  for (const c of generateCases()) {
    const ids = checkOffer(c.text, deps).flags.map((f) => f.id);
    const row = rows.get(c.flag) ?? (Object.fromEntries(FRAMES.map((f) => [f, { n: 0, ok: 0 }])) as Record<Frame, Cell>);
    rows.set(c.flag, row);
    row[c.frame].n += 1;
    if (passes(c, ids)) row[c.frame].ok += 1;
    else failures.push({ ...c, got: ids });
  }
  return { rows, failures };
}

const cell = ({ n, ok }: Cell): string => (n === 0 ? '—' : `${ok}/${n}`);

/** The table as Markdown, one row per flag plus a total. */
export function formatCoverage({ rows }: CoverageTable): string {
  const total = Object.fromEntries(FRAMES.map((f) => [f, { n: 0, ok: 0 }])) as Record<Frame, Cell>;
  const lines = [`| flag | ${FRAMES.join(' | ')} |`, `|---|${FRAMES.map(() => '---').join('|')}|`];
  for (const [flag, row] of rows) {
    for (const f of FRAMES) {
      total[f].n += row[f].n;
      total[f].ok += row[f].ok;
    }
    lines.push(`| ${flag} | ${FRAMES.map((f) => cell(row[f])).join(' | ')} |`);
  }
  lines.push(`| **all** | ${FRAMES.map((f) => cell(total[f])).join(' | ')} |`);
  return lines.join('\n');
}
