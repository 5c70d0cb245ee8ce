/**
 * Runs the challenge batches through the offer check and tabulates them per flag and language.
 * Batches: `tuned` (./challenge-offers.ts, ./challenge-holdout.ts, ./challenge-third.ts, ./challenge-sixth.ts (batches 6 and 7), ./challenge-eighth.ts (round 5) —
 * the lexicons were extended after seeing their misses), `batch4` (./challenge-blind.ts — blind until round 3, its
 * misses were worked on in round 4, so it is tuned now) and `heldOut` (./challenge-fifth.ts — written at
 * the start of round 4 before any change, never tuned for).
 */
import { checkOffer, type CheckDeps } from '../../rules/check-offer.js';
import { blindPitches, BLIND_LOOKALIKES } from './challenge-blind.js';
import { fifthPitches, FIFTH_LOOKALIKES } from './challenge-fifth.js';
import { EIGHTH_LOOKALIKES, eighthPitches, NINTH_LOOKALIKES, TENTH_LOOKALIKES } from './challenge-eighth.js';
import { SEVENTH_LOOKALIKES, sixthPitches } from './challenge-sixth.js';
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
  /** Batch 4: reported as blind in round 3, tuned on in round 4. */
  batch4: BatchResult;
  /** Batch 5: the held-out batch of round 4. */
  heldOut: BatchResult;
  /** Legitimate look-alikes and warnings of every batch that raised a flag, with the flags. */
  falseAlarms: Array<{ text: string; got: string[] }>;
  cleanTexts: number;
}

export const CLEAN_TEXTS: readonly string[] = [
  ...LOOKALIKES,
  ...WARNINGS,
  ...HOLDOUT_LOOKALIKES,
  ...THIRD_LOOKALIKES,
  ...BLIND_LOOKALIKES,
  ...FIFTH_LOOKALIKES,
  ...SEVENTH_LOOKALIKES,
  ...EIGHTH_LOOKALIKES,
  ...NINTH_LOOKALIKES,
  ...TENTH_LOOKALIKES,
];

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
    tuned: measureBatch([...challengePitches(), ...holdoutPitches(), ...thirdPitches(), ...sixthPitches(), ...eighthPitches()], deps),
    batch4: measureBatch(blindPitches(), deps),
    heldOut: measureBatch(fifthPitches(), deps),
    falseAlarms,
    cleanTexts: CLEAN_TEXTS.length - falseAlarms.length,
  };
}

const cell = ({ n, ok }: Cell): string => (n === 0 ? '—' : `${ok}/${n}`);
const rate = (b: BatchResult): string => `${b.fired}/${b.total} (${(b.fired / b.total).toFixed(2)})`;

/** The per-flag table as Markdown plus the totals. */
export function formatChallenge(r: ChallengeResult): string {
  const lines = [
    '| flag | tuned 1–3, 6–7 zh | tuned 1–3, 6–7 en | batch 4 zh (tuned r4) | batch 4 en (tuned r4) | held-out 5 zh | held-out 5 en |',
    '|---|---|---|---|---|---|---|',
  ];
  const empty = { zh: { n: 0, ok: 0 }, en: { n: 0, ok: 0 } };
  for (const [flag, row] of r.tuned.rows) {
    const b4 = r.batch4.rows.get(flag) ?? empty;
    const b5 = r.heldOut.rows.get(flag) ?? empty;
    lines.push(`| ${flag} | ${cell(row.zh)} | ${cell(row.en)} | ${cell(b4.zh)} | ${cell(b4.en)} | ${cell(b5.zh)} | ${cell(b5.en)} |`);
  }
  lines.push(`| **all** | ${rate(r.tuned)} | | ${rate(r.batch4)} | | ${rate(r.heldOut)} | |`);
  lines.push(`legitimate look-alikes and warnings with no flag: ${r.cleanTexts}/${CLEAN_TEXTS.length}`);
  return lines.join('\n');
}
