/** Runs the round-6 cause batches (./challenge-causes.ts) and tabulates each cause: passed / written. */
import { checkOffer, type CheckDeps } from '../../rules/check-offer.js';
import { CAUSES, type Cause } from './challenge-causes.js';
import { CAUSES_B } from './challenge-r6b.js';
import { CAUSES_LEX } from './challenge-r6lex.js';
import { CAUSES_C } from './challenge-ctx6.js';
import { HELD_OUT_C, HELD_OUT_C2 } from './challenge-ctx6-heldout.js';
import { HELD_OUT_SLOT } from './challenge-w2slot.js';
import { CAUSES_R7 } from './challenge-r7.js';
import { HELD_OUT_R7 } from './challenge-r7-heldout.js';
import { CAUSES_R7B } from './challenge-r7b.js';
import { HELD_OUT_R7B } from './challenge-r7b-heldout.js';
import { CAUSES_R9P } from './challenge-r9p.js';
import { CAUSES_R10P, CAUSES_R10P2, HELD_OUT_R10P } from './challenge-r10p.js';
import { HELD_OUT_R11P, HELD_OUT_R11P2 } from './challenge-r11p.js';
import { CAUSES_R12P, HELD_OUT_R12P } from './challenge-r12prec.js';
import { CAUSES_R13P, HELD_OUT_R13P } from './challenge-r13prec.js';
import { CAUSES_R15P } from './challenge-r15prec.js';

export interface CauseResult {
  cause: Cause;
  ok: number;
  misses: Array<{ text: string; got: string[] }>;
}

/** A clean text passes when it raises no flag; a pitch when it raises its flag and none of `not`. */
export function passes(cause: Cause, got: readonly string[], flag = cause.flag ?? ''): boolean {
  if (cause.kind === 'clean') return got.length === 0;
  return got.includes(flag) && !(cause.not ?? []).some((f) => got.includes(f));
}

const textOf = (t: Cause['texts'][number]): string => (typeof t === 'string' ? t : t.text);
const flagOf = (cause: Cause, t: Cause['texts'][number]): string => (typeof t === 'string' ? (cause.flag ?? '') : t.flag);

export function measureCauses(deps: CheckDeps = {}): CauseResult[] {
  return [
    ...CAUSES,
    ...CAUSES_B,
    ...CAUSES_LEX,
    ...CAUSES_C,
    ...HELD_OUT_C,
    ...HELD_OUT_C2,
    ...HELD_OUT_SLOT,
    ...CAUSES_R7,
    ...HELD_OUT_R7,
    ...CAUSES_R7B,
    ...HELD_OUT_R7B,
    ...CAUSES_R9P,
    ...CAUSES_R10P,
    ...CAUSES_R10P2,
    ...HELD_OUT_R10P,
    ...HELD_OUT_R11P,
    ...HELD_OUT_R11P2,
    ...CAUSES_R12P,
    ...HELD_OUT_R12P,
    ...CAUSES_R13P,
    ...HELD_OUT_R13P,
    ...CAUSES_R15P,
  ].map((cause) => {
    const misses: CauseResult['misses'] = [];
    for (const t of cause.texts) {
      const got = checkOffer(textOf(t), deps).flags.map((f) => f.id);
      if (!passes(cause, got, flagOf(cause, t))) misses.push({ text: textOf(t), got });
    }
    return { cause, ok: cause.texts.length - misses.length, misses };
  });
}

export function formatCauses(results: readonly CauseResult[]): string {
  const lines = ['| cause | kind | first | now |', '|---|---|---|---|'];
  for (const r of results) {
    const kind = r.cause.kind === 'clean' ? 'no flag' : `fires ${r.cause.flag ?? 'its flag'}`;
    const id = r.cause.heldOut ? `${r.cause.id} (held out)` : r.cause.id;
    lines.push(`| ${id} | ${kind} | ${r.cause.first} | ${r.ok}/${r.cause.texts.length} |`);
  }
  const ok = results.reduce((s, r) => s + r.ok, 0);
  const n = results.reduce((s, r) => s + r.cause.texts.length, 0);
  const first = results.reduce((sum, r) => sum + Number(r.cause.first.split('/')[0]), 0);
  lines.push(`| **all** | | ${first}/${n} | ${ok}/${n} |`);
  return lines.join('\n');
}
