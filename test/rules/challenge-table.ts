/**
 * Runs the challenge batches through the offer check and tabulates them per flag and language.
 * Batches: `tuned` (./challenge-offers.ts, ./challenge-holdout.ts, ./challenge-third.ts — the lexicons
 * were extended after seeing their misses) and `blind` (./challenge-blind.ts — written last, never tuned for).
 */
import { checkOffer, type CheckDeps } from '../../rules/check-offer.js';
import { blindPitches, BLIND_LOOKALIKES } from './challenge-blind.js';
import { thirdPitches, THIRD_LOOKALIKES } from './challenge-third.js';
import { holdoutPitches, HOLDOUT_LOOKALIKES } from './challenge-holdout.js';
import { challengePitches, LOOKALIKES, WARNINGS, type Pitch } from './challenge-offers.js';

interface Cell {
  n: number;
  ok: number;
}

export interface BatchResult {
  rows: Map<string, { zh: Cell; en: Cell }>;
  misses: Pitch[];
  fired: number;
  total: number;
}

export interface ChallengeResult {
  tuned: BatchResult;
  blind: BatchResult;
  /** Legitimate look-alikes and warnings of every batch that raised a flag, with the flags. */
  falseAlarms: Array<{ text: string; got: string[] }>;
  cleanTexts: number;
}

export const CLEAN_TEXTS: readonly string[] = [...LOOKALIKES, ...WARNINGS, ...HOLDOUT_LOOKALIKES, ...THIRD_LOOKALIKES, ...BLIND_LOOKALIKES];

const flagsOf = (text: string, deps: CheckDeps): string[] => checkOffer(text, deps).flags.map((f) => f.id);

function measureBatch(pitches: readonly Pitch[], deps: CheckDeps): BatchResult {
  const rows: BatchResult['rows'] = new Map();
  const misses: Pitch[] = [];
  for (const p of pitches) {
    const row = rows.get(p.flag) ?? { zh: { n: 0, ok: 0 }, en: { n: 0, ok: 0 } };
    rows.set(p.flag, row);
    row[p.lang].n += 1;
    if (flagsOf(p.text, deps).includes(p.flag)) row[p.lang].ok += 1;
    else misses.push(p);
  }
  return { rows, misses, fired: pitches.length - misses.length, total: pitches.length };
}

export function measureChallenge(deps: CheckDeps = {}): ChallengeResult {
  const falseAlarms = CLEAN_TEXTS.map((text) => ({ text, got: flagsOf(text, deps) })).filter((f) => f.got.length > 0);
  return {
    tuned: measureBatch([...challengePitches(), ...holdoutPitches(), ...thirdPitches()], deps),
    blind: measureBatch(blindPitches(), deps),
    falseAlarms,
    cleanTexts: CLEAN_TEXTS.length - falseAlarms.length,
  };
}

const cell = ({ n, ok }: Cell): string => (n === 0 ? '—' : `${ok}/${n}`);
const rate = (b: BatchResult): string => `${b.fired}/${b.total} (${(b.fired / b.total).toFixed(2)})`;

/** The per-flag table as Markdown plus the totals. */
export function formatChallenge(r: ChallengeResult): string {
  const lines = ['| flag | tuned zh | tuned en | blind zh | blind en |', '|---|---|---|---|---|'];
  for (const [flag, row] of r.tuned.rows) {
    const blind = r.blind.rows.get(flag) ?? { zh: { n: 0, ok: 0 }, en: { n: 0, ok: 0 } };
    lines.push(`| ${flag} | ${cell(row.zh)} | ${cell(row.en)} | ${cell(blind.zh)} | ${cell(blind.en)} |`);
  }
  lines.push(`| **all** | ${rate(r.tuned)} | | ${rate(r.blind)} | |`);
  lines.push(`legitimate look-alikes and warnings with no flag: ${r.cleanTexts}/${CLEAN_TEXTS.length}`);
  return lines.join('\n');
}
