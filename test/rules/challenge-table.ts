/** Runs the challenge set (./challenge-offers.ts) through the offer check and tabulates it. */
import { checkOffer, type CheckDeps } from '../../rules/check-offer.js';
import { challengePitches, LOOKALIKES, WARNINGS, type Pitch } from './challenge-offers.js';

export interface ChallengeRow {
  zh: { n: number; ok: number };
  en: { n: number; ok: number };
}

export interface ChallengeResult {
  rows: Map<string, ChallengeRow>;
  misses: Pitch[];
  /** Look-alikes and warnings that raised a flag, with the flags. */
  falseAlarms: Array<{ text: string; got: string[] }>;
  fired: number;
  total: number;
}

const flagsOf = (text: string, deps: CheckDeps): string[] => checkOffer(text, deps).flags.map((f) => f.id);

export function measureChallenge(deps: CheckDeps = {}): ChallengeResult {
  const rows = new Map<string, ChallengeRow>();
  const misses: Pitch[] = [];
  let fired = 0;
  const pitches = challengePitches();
  for (const p of pitches) {
    const row = rows.get(p.flag) ?? { zh: { n: 0, ok: 0 }, en: { n: 0, ok: 0 } };
    rows.set(p.flag, row);
    row[p.lang].n += 1;
    if (flagsOf(p.text, deps).includes(p.flag)) {
      row[p.lang].ok += 1;
      fired += 1;
    } else misses.push(p);
  }
  const falseAlarms = [...LOOKALIKES, ...WARNINGS].map((text) => ({ text, got: flagsOf(text, deps) })).filter((f) => f.got.length > 0);
  return { rows, misses, falseAlarms, fired, total: pitches.length };
}

/** The per-flag table as Markdown plus the totals line. */
export function formatChallenge(r: ChallengeResult): string {
  const lines = ['| flag | zh | en |', '|---|---|---|'];
  for (const [flag, row] of r.rows) lines.push(`| ${flag} | ${row.zh.ok}/${row.zh.n} | ${row.en.ok}/${row.en.n} |`);
  const clean = LOOKALIKES.length + WARNINGS.length - r.falseAlarms.length;
  lines.push(`| **all** | fired ${r.fired}/${r.total} (${(r.fired / r.total).toFixed(2)}) | look-alikes+warnings clean ${clean}/${LOOKALIKES.length + WARNINGS.length} |`);
  return lines.join('\n');
}
