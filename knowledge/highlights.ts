/** Where a passage shows the query's terms: merged character ranges over its folded text. */
import type { QueryTerms } from './coverage.js';

/** Highlights over text already in match form (a passage's cached folded text). */
export function highlightsIn(
  normal: string,
  shown: readonly string[],
  mayContain: (term: string) => boolean = () => true,
): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const term of shown) {
    if (!mayContain(term)) continue;
    for (let at = normal.indexOf(term); at >= 0; at = normal.indexOf(term, at + 1)) ranges.push([at, at + term.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** The query terms highlights show: Chinese words and numbers (English stems are not text). */
export const shownTerms = (t: QueryTerms): string[] =>
  [...t.weight.keys()].filter((term) => /[\u3400-\u9fff]/.test(term) || /^\d+$/.test(term));
