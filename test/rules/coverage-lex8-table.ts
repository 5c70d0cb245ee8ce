/** The round-8 (and later rounds') rows alone: each new concept's claims through the plain, reported and warned frames, and its look-alikes. */
import { checkOffer } from '../../rules/check-offer.js';
import { TEMPLATES, type Lang } from './coverage-cases.js';
import { LEX8_LOOKALIKES, LEX8_SLOTS, lex8Claims } from './coverage-lex8.js';

const COLUMNS = ['plain', 'reported', 'warned', 'lookalike'] as const;
type Column = (typeof COLUMNS)[number];
export type Lex8Row = Record<Column, { n: number; ok: number }>;

type ByFlag<T> = Record<string, Partial<Record<Lang, T>>>;

export const measureLex8 = (): Map<string, Lex8Row> => measureRows(LEX8_SLOTS, LEX8_LOOKALIKES, lex8Claims);

/** One round's rows: its claims through the plain, reported and warned frames, and its look-alikes. */
export function measureRows(
  slots: ByFlag<unknown>,
  lookalikes: ByFlag<string[]>,
  claimsOf: (flag: string, lang: Lang) => string[],
): Map<string, Lex8Row> {
  const rows = new Map<string, Lex8Row>();
  const flags = new Set([...Object.keys(slots), ...Object.keys(lookalikes)]);
  for (const flag of flags) {
    const row = Object.fromEntries(COLUMNS.map((c) => [c, { n: 0, ok: 0 }])) as Lex8Row;
    for (const lang of ['zh', 'en'] as Lang[]) {
      for (const frame of ['plain', 'reported', 'warned'] as const)
        for (const t of TEMPLATES[frame][lang])
          for (const c of claimsOf(flag, lang)) {
            const fired = checkOffer(t.replace('{c}', c)).flags.some((f) => f.id === flag);
            row[frame].n += 1;
            if (fired === (frame !== 'warned')) row[frame].ok += 1;
          }
      for (const text of lookalikes[flag]?.[lang] ?? []) {
        row.lookalike.n += 1;
        if (checkOffer(text).flags.length === 0) row.lookalike.ok += 1;
      }
    }
    rows.set(flag, row);
  }
  return rows;
}

export function formatLex8(rows: Map<string, Lex8Row>, round = 8): string {
  const cell = ({ n, ok }: { n: number; ok: number }): string => (n === 0 ? '—' : `${ok}/${n}`);
  const lines = [`| flag (round-${round} rows) | ${COLUMNS.join(' | ')} |`, `|---|${COLUMNS.map(() => '---').join('|')}|`];
  for (const [flag, row] of rows) lines.push(`| ${flag} | ${COLUMNS.map((c) => cell(row[c])).join(' | ')} |`);
  return lines.join('\n');
}
