/** Small readers of single English words for the translator (translate.ts): months and their parts, verb forms, stems, split compounds. */
import { keyOf, type EnglishTable } from './cedict.js';
import { tagOf } from './english-pos.js';
import { monthOf, monthTerms, numberTerms } from './english-forms.js';
import { stem } from './natural.js';
import type { Unit } from './translate-join.js';

/** A month as the reports date it (2016年8月, 8月): the year is the number written right after the month. */
export function monthUnit(word: string, query: string): Unit {
  const number = numberTerms(word);
  if (number) return { start: -1, end: -1, source: word, terms: number, weight: MONTH_WEIGHT, joinable: [] };
  const month = monthOf(word, query) ?? 0;
  const year = new RegExp(`\\b${word}\\.?,?\\s+(\\d{4})\\b`, 'i').exec(query)?.[1];
  return { start: -1, end: -1, source: word, terms: monthTerms(month, year), weight: MONTH_WEIGHT, joinable: [] };
}

/** A month narrows when; the number it becomes (8 of 8月) is common, so it weighs little. */
const MONTH_WEIGHT = 0.5;

/** A verb form: a participle or gerund (trading, traded), or a word most often a verb. */
export const usedAsVerb = (word: string): boolean => /(?:ing|ed)$/.test(word) || /^VB/.test(tagOf(word));

/**
 * Whether a noun's stem is another English word that names no thing (apartment → apart, news →
 * new): the table is keyed by stems, and that key holds the other word's senses (以外 "apart from").
 */
export function stemCollides(word: string): boolean {
  const root = stem(word);
  return (
    /^(?:ment|s)$/.test(word.slice(root.length)) && word.startsWith(root) && /^NN/.test(tagOf(word)) && /^(?:RB|JJ|IN)/.test(tagOf(root))
  );
}

/** A closed compound the dictionary writes as two words (shutdown → shut down, setup → set up), as its key. */
export function splitKey(word: string, table: EnglishTable): string | null {
  for (let at = 2; at <= word.length - 2; at += 1) {
    const key = keyOf([word.slice(0, at), word.slice(at)]);
    if (key.includes(' ') && table.entries[key]) return key;
  }
  return null;
}

/**
 * Parts of a month as the reports write them (12月中旬, 6月末): mid-, early and late December, the
 * middle, beginning and end of June.
 */
export const MONTH_PARTS: Readonly<Record<string, readonly string[]>> = {
  mid: ['中旬'],
  middle: ['中旬'],
  early: ['上旬', '初'],
  beginning: ['初', '上旬'],
  start: ['初', '上旬'],
  late: ['下旬', '底'],
  end: ['末', '底'],
  close: ['末', '底'],
};

/** "right" as an intensifier of a preposition or time word (right from the start, right before March), blanked. */
export const withoutIntensifiers = (query: string): string =>
  query.replace(/\bright(?=\s+(?:from|before|after|now|away|at|on|in|up|until|when|as|there|here|then)\b)/gi, '     ');
