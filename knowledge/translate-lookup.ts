/**
 * The dictionary side of query translation (translate.ts reads phrases and joins them): one
 * English phrase's Chinese words and their weight. The weight falls with the phrase's ambiguity
 * (1/√ of its sense count), so a word with many senses never outweighs one with a single clear
 * translation; the domain audit's senses come first (english-senses.ts), a verb form takes its verb
 * senses first, and a form the table lacks is read through its dictionary word.
 */
import { keyOf, type EnglishTable } from './cedict.js';
import { tagOf } from './english-pos.js';
import { VERB_USES } from './english-everyday.js';
import { domainFirst, sameWord } from './english-senses.js';
import { AGENT_SUFFIXES, baseForms } from './english-forms.js';
import { PER_WORD } from './translate-join.js';
import { splitKey, stemCollides, usedAsVerb } from './translate-words.js';
import { editDistance } from './natural.js';

export interface Found {
  /** At most PER_WORD Chinese words, best first. */
  terms: string[];
  weight: number;
  /** Every Chinese word found, for joining with a neighbour's. */
  all: string[];
  /** Found only inside longer dictionary senses. */
  weak?: boolean;
}

/** Above this many dictionary words for one English key, the key is too vague to translate (right, place, put). */
const MAX_AMBIGUITY = 24;
const MAX_WITHIN = 4;
const WITHIN_WEIGHT = 0.5;
/** Keys shorter than this are never respelt. */
const MIN_RESPELLED = 6;

const found = (terms: readonly string[], weight = 1 / Math.sqrt(terms.length + 1)): Found => ({
  terms: terms.slice(0, PER_WORD),
  weight,
  all: [...terms],
});

/**
 * The lookup of one phrase (its words, lower case) in the table; `verbal` holds the question's words
 * that stand in a verb's place (english-everyday.ts verbPlaces).
 */
export function createLookup(
  table: EnglishTable,
  occurs: (zh: string) => boolean,
  verbal: () => ReadonlySet<string>,
): (words: string[]) => Found | null {
  /** A key's words with its verb senses first when the query word is a verb form (trading → 交易, not 行业). */
  const verbFirst = (words: string[], key: string, terms: string[]): string[] => {
    const verbs = table.verbs?.[key];
    if (!verbs || words.length !== 1 || !usedAsVerb(words[0] as string)) return terms;
    return [...verbs, ...terms.filter((t) => !verbs.includes(t))];
  };
  /**
   * A form the table lacks, read through its dictionary word: an agent noun as that word with an
   * agent suffix the index holds (lenders → 出借人), other forms as the word itself (forbidden → forbid).
   */
  const baseOf = (word: string): Found | null => {
    for (const form of baseForms(word)) {
      const entry = table.entries[keyOf([form.word])];
      if (!entry) continue;
      const terms = form.agent ? entry.flatMap((zh) => AGENT_SUFFIXES.map((s) => zh + s)).filter(occurs) : entry;
      if (terms.length > 0) return found(terms);
    }
    return null;
  };
  /**
   * The one dictionary key a key the dictionary lacks misses by one letter (an insertion, a deletion, a
   * substitution or two letters swapped), with the same first letter; none for a short key (too many
   * real words lie one letter apart), a key the dictionary knows with no sense in the index (a real
   * word), or two candidates.
   */
  let byStart: Map<string, string[]> | undefined;
  const respell = (key: string): string | null => {
    if (key.length < MIN_RESPELLED || !/^[a-z]+$/.test(key) || table.ambiguity[key] !== undefined) return null;
    if (!byStart) {
      byStart = new Map();
      for (const k of Object.keys(table.entries)) {
        if (!/^[a-z]+$/.test(k) || k.length < MIN_RESPELLED - 1) continue;
        const bucket = `${k[0] as string}${k.length}`;
        byStart.set(bucket, [...(byStart.get(bucket) ?? []), k]);
      }
    }
    const near = [key.length - 1, key.length, key.length + 1]
      .flatMap((n) => byStart?.get(`${key[0] as string}${n}`) ?? [])
      .filter((k) => editDistance(k, key) === 1);
    return near.length === 1 ? (near[0] as string) : null;
  };
  /** A key's senses weighed by its ambiguity; none when it has no sense or too many. */
  const weighed = (terms: string[], key: string): Found | null => {
    const ambiguity = Math.max(1, table.ambiguity[key] ?? terms.length);
    if (terms.length === 0 || ambiguity > MAX_AMBIGUITY) return null;
    return found(terms, 1 / Math.sqrt(Math.min(ambiguity, terms.length + 2)));
  };
  return (words) => {
    const one = words.length === 1 ? (words[0] as string) : null;
    if (one !== null && stemCollides(one)) return null;
    const verbUse = one !== null && verbal().has(one) ? (VERB_USES[one] ?? []).filter(occurs) : [];
    if (verbUse.length > 0) return found(verbUse);
    const key = keyOf(words);
    const entry = table.entries[key];
    // A word the domain audit gives senses to is translated by them, even where the dictionary glosses it only inside longer senses.
    const audited = one !== null && !entry ? domainFirst(one, [], occurs) : [];
    if (audited.length > 0) return found(audited);
    const inside = one !== null && !entry ? (table.within[key] ?? []) : [];
    // A word glossed only inside longer senses translates weakly, and only when few words hold it; a
    // verb never does: inside a sense it is a participle of some other thing (held → publicly held → 公有).
    if (one !== null && inside.length > 0 && inside.length < MAX_WITHIN && !/^VB/.test(tagOf(one)))
      return { ...found(inside, WITHIN_WEIGHT / Math.sqrt(inside.length + 1)), weak: true };
    // A closed compound the dictionary lacks may be its two-word phrase (shutdown → "shut down").
    const split = one !== null && !entry && inside.length === 0 ? splitKey(one, table) : null;
    const base = one !== null && !split && !entry && inside.length === 0 ? baseOf(one) : null;
    if (base) return base;
    // A misspelt word (platfroms, regulaton) is read as the one dictionary word it misses by one letter.
    const respelled = one !== null && !split && !entry && inside.length === 0 ? respell(key) : null;
    if (respelled !== null) return weighed(table.entries[respelled] ?? [], respelled);
    const own = one !== null ? sameWord(one, table.forms?.[split ?? key]) : null;
    const listed = own
      ? verbFirst(words, split ?? key, own).filter((t) => own.includes(t))
      : verbFirst(words, split ?? key, table.entries[split ?? key] ?? []);
    return weighed(one !== null ? domainFirst(one, listed, occurs) : listed, split ?? key);
  };
}
