/**
 * Joining adjacent translated words into one Chinese term the corpus uses (internet + finance →
 * 互联网金融): the corpus, not the dictionary, says the two words make one term.
 */
import { isGeneric } from './english-words.js';
import { stem } from './natural.js';

/** At most this many Chinese words stand for one English word or joined phrase. */
export const PER_WORD = 2;

export interface Unit {
  start: number;
  end: number;
  source: string;
  terms: string[];
  weight: number;
  /** Chinese words this unit may join with a neighbour's (its dictionary words and characters). */
  joinable: string[];
  weak?: boolean;
}

/** Where the run of words the glossary left, starting at `i`, ends. */
export function runEnd(words: string[], i: number, covered: ReadonlySet<string>): number {
  let end = i;
  while (end < words.length && !covered.has(stem(words[end] as string))) end += 1;
  return end;
}

/** Shortest joined translation kept: two characters joined from two characters say too little. */
const MIN_JOINED = 3;

/**
 * Adjacent translations joined where the joined word occurs in the corpus (internet + finance →
 * 互联网金融, public + cloud → 公有云, first + quarter → 第一季度): the corpus, not the dictionary,
 * says the two words make one term, and the joined term is far less ambiguous than either word.
 */
export function joinAdjacent(units: Unit[], adjacent: boolean[], occurs: (zh: string) => boolean): Unit[] {
  const out: Unit[] = [];
  let current = units[0];
  for (const next of units.slice(1)) {
    if (!current) break;
    // A grading word (best, next) stays apart: joined, it would become a concept an answer must hold.
    const joined =
      next.start === current.end && adjacent[current.end - 1] === true && !isGeneric(current.source) && !isGeneric(next.source)
        ? current.joinable
            .flatMap((a) => next.joinable.flatMap((b) => (lopsided(a, b) ? [] : [a + b])))
            .filter((zh) => zh.length >= MIN_JOINED && occurs(zh))
        : [];
    if (joined.length === 0) {
      out.push(current);
      current = next;
      continue;
    }
    const best = longestFirst(joined).slice(0, 1);
    current = { start: current.start, end: next.end, source: `${current.source} ${next.source}`, terms: best, weight: 1, joinable: best };
  }
  if (current) out.push(current);
  return out;
}

/**
 * A whole term beside one character of the next word (网金社 + 成 of "completed" → 网金社成, a piece
 * of 网金社成立): a character joins a short word (公有 + 云), never a name or term of three or more.
 */
const lopsided = (a: string, b: string): boolean =>
  (a.length === 1 && b.length >= MIN_JOINED) || (b.length === 1 && a.length >= MIN_JOINED);

/** The longest joined words first, none inside another chosen one, at most PER_WORD. */
function longestFirst(words: string[]): string[] {
  const chosen: string[] = [];
  for (const w of [...new Set(words)].sort((a, b) => b.length - a.length)) {
    if (chosen.length < PER_WORD && !chosen.some((c) => c.includes(w))) chosen.push(w);
  }
  return chosen;
}
