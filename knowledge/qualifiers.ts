/**
 * English noun compounds and their qualifiers. In "stamp duty tax" or "garage repair cost" the
 * nouns before the last one say which tax, which cost: a dictionary turns each word into its own
 * Chinese word, and a passage about some other tax (税费) holds the head and matches the question's
 * generic words, while the qualifier that names what is asked is nowhere in it. Such a passage does
 * not answer the question, however much else of it matches.
 */
import { contentWords, isGeneric, joinsNext } from './english-words.js';
import { tagOf, verbsOf } from './english-pos.js';
import { stem } from './natural.js';

interface Translated {
  source: string;
  terms: string[];
  glossary?: boolean;
}

interface Unit {
  end: number;
  terms: string[];
  /** A lower-case common noun of the dictionary, not a domain term of the glossary: it may qualify. */
  qualifies: boolean;
}

const NOUN = /^NNS?$/;
// Light nouns: they say what sort of thing is meant (a pilot idea, a kind of fund), never which one.
const LIGHT = new Set([
  'idea',
  'ideas',
  'concept',
  'notion',
  'kind',
  'kinds',
  'sort',
  'type',
  'types',
  'form',
  'forms',
  'thing',
  'things',
  'way',
  'ways',
  // What is sold, in general: "venue product failures" are the venues' failures.
  'product',
  'products',
  // Words of counting ask how many (platform numbers, the firm count): they are the answer's type, never which platforms.
  'number',
  'numbers',
  'count',
  'counts',
  'tally',
  'total',
  'totals',
]);
// The reports are about China: the home country before a noun (china securities regulator, the
// chinese market) is where every passage already is, and a passage need not write 中国 to speak of it.
const HOME = /^(?:china|chinese|mainland|domestic|nationwide)$/;
// A word right after a subject pronoun stands where a verb stands ("if we issue notes").
const AFTER_SUBJECT = /\b(?:they|we|i|you|he|she|it)\s+([a-z]+)\b/gi;

/**
 * Whether a compound of the question has a qualifier the passage lacks before a word it holds
 * ("pension insurance": 保险 held, 养老金 not). `held` says whether the passage holds a Chinese term.
 */
export function dropsQualifier(question: string, translations: Translated[], held: (zh: string) => boolean): boolean {
  const words = contentWords(question);
  const next = joinsNext(question);
  const verbs = new Set([...verbsOf(question), ...[...question.matchAll(AFTER_SUBJECT)].map((m) => (m[1] ?? '').toLowerCase())]);
  for (let i = 0; i < words.length;) {
    const end = compoundEnd(words, next, i, verbs);
    if (end > i + 1 && dropped(unitsOf(question, words, i, end, translations), held)) return true;
    i = Math.max(end, i + 1);
  }
  return false;
}

function dropped(units: Unit[], held: (zh: string) => boolean): boolean {
  const holds = (u: Unit): boolean => u.terms.some(held);
  return units.some((u, k) => u.qualifies && !holds(u) && units.slice(k + 1).some(holds));
}

/** The end (exclusive) of the noun compound at `i`: adjacent nouns and adjectives, ending in a noun; `i` when none. */
function compoundEnd(words: string[], next: boolean[], i: number, verbs: Set<string>): number {
  const nounlike = (w: string): boolean => nounish(w) && !verbs.has(w);
  if (!nounlike(words[i] as string)) return i;
  let j = i;
  while (j < words.length - 1 && next[j] === true && nounlike(words[j + 1] as string)) j += 1;
  while (j > i && !NOUN.test(tagOf(words[j] as string))) j -= 1;
  return j + 1;
}

/** The translated phrases of words[start, end), in order; a phrase reaching outside is left out. */
function unitsOf(question: string, words: string[], start: number, end: number, translations: Translated[]): Unit[] {
  const units: Unit[] = [];
  for (let k = start; k < end;) {
    const found = unitAt(words, k, translations);
    if (!found || found.end > end) {
      k += 1;
      continue;
    }
    const own = words.slice(found.from, found.end);
    const qualifies = !found.t.glossary && own.every((w) => qualifier(w, question));
    units.push({ end: found.end, terms: found.t.terms, qualifies });
    k = found.end;
  }
  return units;
}

/** The translation whose phrase covers words[i], with where it starts and ends. */
function unitAt(words: string[], i: number, translations: Translated[]): { t: Translated; from: number; end: number } | null {
  for (const t of translations) {
    const source = t.source.split(' ').map(stem);
    for (let from = Math.max(0, i - source.length + 1); from <= i; from += 1)
      if (source.every((s, k) => words[from + k] !== undefined && stem(words[from + k] as string) === s))
        return { t, from, end: from + source.length };
  }
  return null;
}

/**
 * A word that can name which thing is asked: a common noun, written in lower case (a capitalised
 * name, CSRC or Wuhan, is often said only in the report's title, not in the passage), not a grading
 * word or a light noun (idea, kind), and not the tail of a hyphenated modifier (region-by-region is "by region", not a noun).
 */
function qualifier(word: string, question: string): boolean {
  if (isGeneric(word) || LIGHT.has(word) || HOME.test(word) || !NOUN.test(tagOf(word))) return false;
  return new RegExp(`\\b${word}\\b`).test(question) && !new RegExp(`-${word}\\b`, 'i').test(question);
}

const nounish = (word: string): boolean => /^(?:NNS?|JJ)$/.test(tagOf(word));
