/**
 * Percentages written in English words ("twelve percent a year", "one and a half per cent monthly",
 * "twenty-five percent"): the English mirror of 百分之十二. Each is a raw rate; the period, return-word
 * and not-a-yield tests of ./numbers.ts still apply to it.
 */
import type { Raw } from './periods.js';

/** English number words below twenty; ./english-payback.ts counts its spans with them too. */
export const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNIT_WORDS = Object.keys(UNITS).join('|');
const TEN_WORDS = Object.keys(TENS).join('|');
// "twenty-five", "twenty five", "twelve", "one and a half", "a half" — then percent / per cent.
const WORD_PERCENT = new RegExp(
  `\\b(?:(${TEN_WORDS})(?:[-\\s](${UNIT_WORDS}))?|(${UNIT_WORDS})|(a|one)?\\s*half)(\\s+and\\s+a\\s+half|\\s+point\\s+(${UNIT_WORDS}))?\\s+(?:percent|per\\s?cent)\\b`,
  'g',
);

export function englishWordRates(norm: string): Raw[] {
  const out: Raw[] = [];
  for (const m of norm.matchAll(WORD_PERCENT)) {
    const [whole, tens, tensUnit, unit, halfOnly, tail, point] = m;
    let value = tens ? (TENS[tens] ?? 0) + (tensUnit ? (UNITS[tensUnit] ?? 0) : 0) : unit ? (UNITS[unit] ?? 0) : 0;
    if (halfOnly !== undefined || (!tens && !unit)) value = 0.5;
    if (tail?.includes('half')) value += 0.5;
    else if (point) value += (UNITS[point] ?? 0) / 10;
    const start = m.index ?? 0;
    if (value > 0 && value < 1000) out.push({ value, start, end: start + whole.length });
  }
  return out;
}
