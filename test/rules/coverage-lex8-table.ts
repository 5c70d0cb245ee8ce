/** A round's rows alone (round 8 and later, ./coverage-round.ts): each concept's claims through the frames, and its look-alikes. */
import { checkOffer } from '../../rules/check-offer.js';
import { TEMPLATES, type Lang } from './coverage-cases.js';
import { LEX8 } from './coverage-lex8.js';
import { claimsFrom, listOf, type ByFlag, type Round } from './coverage-round.js';

const COLUMNS = ['plain', 'reported', 'negated', 'warned', 'asked', 'lookalike'] as const;
type Column = (typeof COLUMNS)[number];
export type Lex8Row = Record<Column, { n: number; ok: number }>;

export const measureLex8 = (): Map<string, Lex8Row> => measureRound(LEX8);

/** The older signature: a round given as its slots, look-alikes and claim reader. */
export const measureRows = (
  slots: Round['slots'],
  lookalikes: ByFlag<string[]>,
  claimsOf: (flag: string, lang: Lang) => string[],
): Map<string, Lex8Row> => measureRound({ slots, lookalikes }, claimsOf);

const fires = (text: string, flag: string): boolean => checkOffer(text).flags.some((f) => f.id === flag);

/**
 * One round's rows: its claims through the plain and reported frames (must fire) and the warned frame (must not),
 * its own denials through the negated frame and its terms through the asked frame (must not fire), and its
 * look-alikes (no flag at all). A column the round has no sentences for stays empty.
 */
export function measureRound(round: Round, claimsOf = claimsFrom(round.slots)): Map<string, Lex8Row> {
  const rows = new Map<string, Lex8Row>();
  const flags = new Set([...Object.keys(round.slots), ...Object.keys(round.lookalikes), ...Object.keys(round.negated ?? {})]);
  for (const flag of flags) {
    const row = Object.fromEntries(COLUMNS.map((c) => [c, { n: 0, ok: 0 }])) as Lex8Row;
    const count = (column: Column, ok: boolean): void => {
      row[column].n += 1;
      if (ok) row[column].ok += 1;
    };
    for (const lang of ['zh', 'en'] as Lang[]) {
      for (const frame of ['plain', 'reported', 'warned'] as const)
        for (const t of TEMPLATES[frame][lang])
          for (const c of claimsOf(flag, lang)) count(frame, fires(t.replace('{c}', c), flag) === (frame !== 'warned'));
      for (const t of TEMPLATES.negated[lang])
        for (const c of listOf(round.negated, flag, lang)) count('negated', !fires(t.replace('{c}', c), flag));
      for (const t of TEMPLATES.asked[lang])
        for (const term of listOf(round.terms, flag, lang)) count('asked', !fires(t.replace('{t}', term), flag));
      for (const text of listOf(round.lookalikes, flag, lang)) count('lookalike', checkOffer(text).flags.length === 0);
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

/** The cells of a round's rows that fell short, as `flag/column ok/n`: a round's test expects none. */
export const missesOf = (rows: Map<string, Lex8Row>): string[] =>
  [...rows].flatMap(([flag, row]) =>
    Object.entries(row)
      .filter(([, c]) => c.ok < c.n)
      .map(([col, c]) => `${flag}/${col} ${c.ok}/${c.n}`),
  );
