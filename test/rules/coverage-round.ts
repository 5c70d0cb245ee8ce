/**
 * What every round's coverage rows (./coverage-lex8.ts … ./coverage-lex13.ts) share: a round is a table of slot
 * lists per flag and language, turned into claims by rotating the slots, with the round's own denials (negated),
 * the terms a user may ask about (asked) and its look-alikes. A round file holds only its sentences; the
 * generator (./coverage-cases.ts) and the round tables (./coverage-lex8-table.ts) read every round the same way.
 */
import type { Lang } from './coverage-cases.js';

/** The slots of one claim: a claim takes one filler from each slot, in order. */
export type Slots = string[][];
export type ByFlag<T> = Record<string, Partial<Record<Lang, T>>>;

export interface Round {
  slots: ByFlag<Slots[]>;
  /** The same claims denied by the offer itself: the flag must not fire. */
  negated?: ByFlag<string[]>;
  /** Terms a user may ask about (什么是…？, "Is … legal?"): the flag must not fire. */
  terms?: ByFlag<string[]>;
  /** Same words, no offer: each must raise no flag at all. */
  lookalikes: ByFlag<string[]>;
}

/** One claim per filler of the longest slot, the other slots rotating: every filler appears once at least. */
export function rotate(slots: Slots, sep: string): string[] {
  const n = Math.max(...slots.map((s) => s.length));
  return Array.from({ length: n }, (_, i) => slots.map((s) => s[i % s.length]).join(sep));
}

/** A round's claims of a flag in a language: its slot lists rotated, English words joined by a space. */
export const claimsFrom =
  (slots: ByFlag<Slots[]>) =>
  (flag: string, lang: Lang): string[] =>
    (slots[flag]?.[lang] ?? []).flatMap((s) => rotate(s, lang === 'en' ? ' ' : ''));

/** The round's sentences of one kind for a flag in a language (none when the round has no such list). */
export const listOf = (table: ByFlag<string[]> | undefined, flag: string, lang: Lang): string[] => table?.[flag]?.[lang] ?? [];

/** One claim's slots written compactly, a slot's fillers joined by `|`: claim('转到|打到', '他的|她的', '卡上|微信'). */
export const claim = (...slots: string[]): string[][] => slots.map((s) => s.split('|'));
