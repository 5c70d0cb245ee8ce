/**
 * Dictionary-based query translation for English questions over the Chinese corpus, as in
 * cross-language IR: phrases before words (longest first), the glossary's domain terms win over the
 * dictionary, at most two translations of one English word, and those enter the query as
 * alternatives of ONE concept (a structured query, Pirkola 1998) weighted down by their ambiguity,
 * so a word with many senses does not outweigh one with a single clear translation.
 */
import { americanize, englishTokens, keyOf, type EnglishTable } from './cedict.js';
import type { Expansion } from './glossary.js';
import { ACRONYMS, contentWords, GENERIC, joinHyphens, joinPinyinMarks, joinsNext, linksNext } from './english-words.js';
import { withoutNumberSigns } from './english-spelling.js';
import { joinAdjacent, PER_WORD, runEnd, type Unit } from './translate-join.js';
import { describes, tagOf, verbsOf } from './english-pos.js';
import { VERB_USES, verbPlaces, withVariants } from './english-everyday.js';
import { stem } from './natural.js';
import { dictionaryCompounds } from './english-compounds.js';
import { nameFinder } from './english-names.js';
import { monthUnit, splitKey, stemCollides, usedAsVerb } from './translate-words.js';
import { withoutLeadIn } from './english-asker.js';
import { brandsIn } from './english-brands.js';
import { periodsIn } from './english-periods.js';
import { domainFirst, sameWord } from './english-senses.js';
import { AGENT_SUFFIXES, baseForms, monthOf, numberTerms, singularOf } from './english-forms.js';

export { contentWords, isGeneric } from './english-words.js';
export { untranslated } from './english-untranslated.js';

export interface Translation {
  /** The English phrase as asked. */
  source: string;
  /** Its Chinese translations, best first (one concept). */
  terms: string[];
  /** 1 for an unambiguous phrase, less the more translations the dictionary offers. */
  weight: number;
  /** Found only inside longer dictionary senses (western → 西部): it still may name what the reports lack. */
  weak?: boolean;
}

export interface Translator {
  (query: string, covered: ReadonlySet<string>): Translation[];
  /**
   * Of the words nothing translated, those naming something specific: a capitalised name that is
   * no pinyin of the index, or a word the dictionary knows in few senses, none of them in the index.
   */
  specific(words: string[], query: string, covered?: ReadonlySet<string>): string[];
  /** The glossary's expansion of the query, yielding to longer dictionary phrases (see createTranslator). */
  withGlossary(query: string, expand: (q: string) => Expansion): Expansion;
}

const MAX_PHRASE = 3;
/** A pinyin name is written in at most this many words (one a syllable). */
const MAX_SYLLABLE_WORDS = 4;
/** Above this many dictionary words for one English key, the key is too vague to translate (right, place, put). */
const MAX_AMBIGUITY = 24;

/**
 * `covered` holds the stems the glossary already translated (its phrases win); the rest is looked up
 * in the CC-CEDICT table, longest phrase first; a capitalised word it lacks is tried as the pinyin of
 * a name the index holds (Wangjinshe → 网金社).
 */
export function createTranslator(
  table: EnglishTable,
  occurs: (zh: string) => boolean,
  bigram: (zh: string) => boolean,
  passages: (zh: string, cap: number) => number = (zh) => (occurs(zh) ? JOIN_EVIDENCE : 0),
): Translator {
  // The question's words in a verb's place, set per question (english-everyday.ts verbPlaces).
  let verbal: ReadonlySet<string> = new Set();
  const lookup = (words: string[]): { terms: string[]; weight: number; all: string[]; weak?: boolean } | null => {
    if (words.length === 1 && stemCollides(words[0] as string)) return null;
    const verbUse = words.length === 1 && verbal.has(words[0] as string) ? (VERB_USES[words[0] as string] ?? []).filter(occurs) : [];
    if (verbUse.length > 0) return { terms: verbUse.slice(0, PER_WORD), weight: 1 / Math.sqrt(verbUse.length + 1), all: verbUse };
    // A word the domain audit gives senses to is translated by them, even where the dictionary glosses it only inside longer senses.
    const audited = words.length === 1 ? domainFirst(words[0] as string, [], occurs) : [];
    if (audited.length > 0 && !table.entries[keyOf(words)])
      return { terms: audited.slice(0, PER_WORD), weight: 1 / Math.sqrt(audited.length + 1), all: audited };
    const key = keyOf(words);
    const inside = words.length === 1 && !table.entries[key] ? (table.within[key] ?? []) : [];
    // A word glossed only inside longer senses translates weakly, and only when few words hold it; a
    // verb never does: inside a sense it is a participle of some other thing (held → publicly held → 公有).
    if (inside.length > 0 && inside.length < MAX_WITHIN && !/^VB/.test(tagOf(words[0] as string)))
      return { terms: inside.slice(0, PER_WORD), weight: WITHIN_WEIGHT / Math.sqrt(inside.length + 1), all: inside, weak: true };
    // A closed compound the dictionary lacks may be its two-word phrase (shutdown → "shut down").
    const split = words.length === 1 && !table.entries[key] && inside.length === 0 ? splitKey(words[0] as string, table) : null;
    const base = words.length === 1 && !split && !table.entries[key] && inside.length === 0 ? baseOf(words[0] as string) : null;
    if (base) return base;
    const own = words.length === 1 ? sameWord(words[0] as string, table.forms?.[split ?? key]) : null;
    const listed = own
      ? verbFirst(words, split ?? key, own).filter((t) => own.includes(t))
      : verbFirst(words, split ?? key, table.entries[split ?? key] ?? []);
    const terms = words.length === 1 ? domainFirst(words[0] as string, listed, occurs) : listed;
    const ambiguity = Math.max(1, table.ambiguity[split ?? key] ?? terms.length);
    if (terms.length === 0 || ambiguity > MAX_AMBIGUITY) return null;
    return { terms: terms.slice(0, PER_WORD), weight: 1 / Math.sqrt(Math.min(ambiguity, terms.length + 2)), all: terms };
  };
  /**
   * A form the table lacks, read through its dictionary word: an agent noun as that word with an
   * agent suffix the index holds (lenders → 出借人), other forms as the word itself (forbidden → forbid).
   */
  const baseOf = (word: string): { terms: string[]; weight: number; all: string[] } | null => {
    for (const form of baseForms(word)) {
      const found = table.entries[keyOf([form.word])];
      if (!found) continue;
      const terms = form.agent ? found.flatMap((zh) => AGENT_SUFFIXES.map((s) => zh + s)).filter(occurs) : found;
      if (terms.length > 0) return { terms: terms.slice(0, PER_WORD), weight: 1 / Math.sqrt(terms.length + 1), all: terms };
    }
    return null;
  };
  /** A key's words with its verb senses first when the query word is a verb form (trading → 交易, not 行业). */
  const verbFirst = (words: string[], key: string, terms: string[]): string[] => {
    const verbal = table.verbs?.[key];
    if (!verbal || words.length !== 1 || !usedAsVerb(words[0] as string)) return terms;
    return [...verbal, ...terms.filter((t) => !verbal.includes(t))];
  };
  const names = nameFinder(table.pinyin, occurs, bigram);
  const capitalised = (word: string, query: string): boolean =>
    new RegExp(`\\b${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`).test(query);
  const seen = new Map<string, boolean>();
  // A joined word must be in two passages at least: one may hold it by chance, across a word
  // boundary (控制大连 in "…曾控制大连金交所"), but a real term recurs.
  const recurs = (zh: string): boolean => {
    let found = seen.get(zh);
    if (found === undefined) {
      found = passages(zh, JOIN_EVIDENCE) >= JOIN_EVIDENCE;
      if (seen.size < MEMO) seen.set(zh, found);
    }
    return found;
  };
  /** The longest dictionary phrase at `words[i]` (or a name), with every Chinese word it may join with. */
  const unitAt = (words: string[], i: number, query: string, linked: boolean[] = []): Unit | null => {
    const person = personAt(words, i, query);
    if (person) return person;
    for (let n = Math.min(MAX_PHRASE, words.length - i); n >= 1; n -= 1) {
      // A phrase is read only over words written together: "the fund's business" is no "fund business" (基金业).
      if (n > 1 && !linked.slice(i, i + n - 1).every(Boolean)) continue;
      const found = lookup(words.slice(i, i + n));
      // A capitalised word the dictionary glosses only inside longer senses (Baidu in "Baidu Baike")
      // is a name: spelled in pinyin, the index's own word for it wins.
      if (found?.weak && capitalised(words[i] as string, query) && names(words[i] as string).length > 0) break;
      if (found) {
        // A word's characters join only when it has no word of its own (cloud → 云): gold → 金
        // beside good → 产品 would make 金产品, a piece of 资金产品.
        const own = n === 1 && table.entries[keyOf(words.slice(i, i + 1))] !== undefined;
        const joinable = n > 1 ? found.terms : own ? found.all : [...found.all, ...(table.chars[keyOf(words.slice(i, i + 1))] ?? '')];
        const source = words.slice(i, i + n).join(' ');
        return { start: i, end: i + n, source, terms: found.terms, weight: found.weight, joinable, ...(found.weak ? { weak: true } : {}) };
      }
    }
    const word = words[i] as string;
    // A name may be typed in lower case (wangjinshe): a word no English lexicon knows is tried too.
    const name = capitalised(word, query) || tagOf(word) === '?' ? names(word) : [];
    // A word with only one-character senses (cloud → 云) can still be part of a joined translation.
    const chars = [...(table.chars[keyOf([word])] ?? '')];
    if (name.length === 0 && chars.length === 0) return null;
    return { start: i, end: i + 1, source: word, terms: name, weight: 1, joinable: [...name, ...chars] };
  };
  const whole = (word: string): boolean => table.entries[keyOf([word])] !== undefined;
  /**
   * A name written as pinyin syllables, one word each (Zhang Wei → 张伟, 'Kai Jin Wang', wang jin she):
   * the index's word for them together. Each is a capitalised syllable or a word English does not know.
   */
  const personAt = (words: string[], i: number, query: string): Unit | null => {
    for (let n = Math.min(MAX_SYLLABLE_WORDS, words.length - i); n >= 2; n -= 1) {
      const run = words.slice(i, i + n);
      if (!run.every((w) => table.pinyin[w] !== undefined && (capitalised(w, query) || tagOf(w) === '?'))) continue;
      if (!new RegExp(`\\b${run.join('\\s+')}\\b`, 'i').test(query)) continue;
      const found = names(run.join(''));
      if (found.length > 0) return { start: i, end: i + n, source: run.join(' '), terms: found, weight: 1, joinable: found };
    }
    return null;
  };
  const translate = (asked: string, covered: ReadonlySet<string>): Translation[] => {
    // A lead-in that says who asks (Journalist here:) is not translated: 记者 would steer the answer.
    const marked = joinPinyinMarks(withoutNumberSigns(withoutLeadIn(asked)), (w) => covered.has(stem(w)));
    verbal = verbPlaces(marked, verbsOf);
    // A firm's English name (Evergrande, WeChat) is the reports' name for it, never its English words.
    const brands = brandsIn(joinHyphens(marked, whole), occurs);
    // "right" before a preposition or time adverb only stresses it (right from the start): no 权利.
    const query = withoutIntensifiers(brands.rest);
    const acronyms = [...new Set(query.match(/\b[A-Z]{2,3}\b/g) ?? [])].filter((a) => ACRONYMS[a]);
    const spelled = new Set(acronyms.map((a) => a.toLowerCase()));
    const all = contentWords(query);
    const kept = all.flatMap((w, i) => (spelled.has(w) ? [] : [i]));
    const dated = new Set(kept.filter((i) => monthOf(all[i] as string, query) !== null || numberTerms(all[i] as string) !== null));
    const part = (i: number): boolean => MONTH_PARTS[all[i] as string] !== undefined && monthOf(all[i + 1] ?? '', query) !== null;
    const words = kept.filter((i) => !dated.has(i) && !part(i)).map((i) => all[i] as string);
    const next = joinsNext(query);
    const rest = kept.filter((i) => !dated.has(i) && !part(i));
    const adjacent = rest.map((i, k) => rest[k + 1] === i + 1 && next[i] === true);
    const link = linksNext(query);
    const linked = rest.map((i, k) => rest[k + 1] === i + 1 && link[i] === true);
    const units: Unit[] = acronyms.flatMap((a) => {
      const terms = (ACRONYMS[a] ?? []).filter(occurs);
      return terms.length > 0 ? [{ start: -1, end: -1, source: a.toLowerCase(), terms, weight: 1, joinable: [] }] : [];
    });
    units.push(...periodsIn(query, occurs).map((p) => ({ start: -1, end: -1, source: p.source, terms: p.terms, weight: 1, joinable: [] })));
    units.push(...brands.found.map((b) => ({ start: -1, end: -1, source: b.source, terms: b.terms, weight: 1, joinable: [] })));
    units.push(...[...dated].map((i) => monthUnit(all[i] as string, query)));
    // mid-December is a part of the month the reports write 中旬 (12月中旬), never 年中.
    const parts = kept.filter(part);
    for (const i of parts) {
      const terms = (MONTH_PARTS[all[i] as string] ?? []).filter(occurs);
      if (terms.length > 0) units.push({ start: -1, end: -1, source: all[i] as string, terms, weight: 1, joinable: [] });
    }
    for (let i = 0; i < words.length;) {
      const end = runEnd(words, i, covered);
      const unit = end > i ? unitAt(words.slice(0, end), i, query, linked) : null;
      if (unit) units.push(unit);
      i = unit ? unit.end : i + 1;
    }
    return joinAdjacent(units, adjacent, recurs)
      .filter((u) => u.terms.length > 0)
      .map(({ source, terms, weight, weak }) => ({ source, terms: withVariants(terms, occurs), weight, ...(weak ? { weak } : {}) }));
  };
  const absent = new Set(table.absent ?? []);
  const specific = (words: string[], query: string, covered: ReadonlySet<string> = new Set()): string[] => [
    ...words.filter((w) => {
      // Like the Chinese side's nouns-only rule: a verb or adjective nothing translated (reined, wild)
      // says how something is, and names nothing the reports could lack; a capitalised word may be a name.
      if (/\d/.test(w)) return true;
      if (GENERIC.has(w) || (!capitalised(w, query) && (describes(w) || describes(singularOf(w))))) return false;
      // A noun whose stem is another word (apartment → apart) has no count of its own: a thing named.
      if (stemCollides(w)) return true;
      const n = table.ambiguity[keyOf([w])];
      return n === undefined ? capitalised(w, query) && names(w).length === 0 : n <= SPECIFIC_SENSES;
    }),
    ...dictionaryCompounds(query, absent, covered),
    ...brandsIn(query, occurs).missing,
  ];
  /**
   * The glossary's expansion, except where a dictionary phrase is longer than every glossary phrase
   * it overlaps (exchange rate → 汇率 over the glossary's exchange → 金交所, insurance premium → 保费
   * over insurance): those words are hidden from the glossary, so the dictionary phrase is taken.
   */
  const withGlossary = (asked: string, expand: (q: string) => Expansion): Expansion => {
    // A hyphenated word the dictionary knows whole (start-ups) is not the glossary's start.
    const query = joinHyphens(withoutLeadIn(asked), whole);
    const expansion = expand(query);
    const glossed = expansion.groups.filter((g) => g.english).map((g) => englishTokens(g.source).map(stem));
    if (glossed.length === 0) return expansion;
    const words = contentWords(query);
    const taken = new Set<string>();
    for (let i = 0; i < words.length; i += 1) {
      for (let n = Math.min(MAX_PHRASE, words.length - i); n >= 2; n -= 1) {
        const stems = words.slice(i, i + n).map(stem);
        const over = glossed.filter((g) => g.some((w) => stems.includes(w)));
        if (over.length === 0 || over.some((g) => g.length >= n) || !lookup(words.slice(i, i + n))) continue;
        for (const w of stems) taken.add(w);
        break;
      }
    }
    if (taken.size === 0) return expansion;
    return expand(query.replace(/[a-z]+/gi, (w) => (taken.has(stem(americanize(w.toLowerCase()))) ? ' '.repeat(w.length) : w)));
  };
  return Object.assign(translate, { specific, withGlossary });
}

/** Parts of a month as the reports write them (12月中旬): mid-, early and late December. */
const MONTH_PARTS: Readonly<Record<string, readonly string[]>> = { mid: ['中旬'], early: ['上旬', '初'], late: ['下旬', '底'] };

/** "right" as an intensifier of a preposition or time word (right from the start, right before March), blanked. */
export const withoutIntensifiers = (query: string): string =>
  query.replace(/\bright(?=\s+(?:from|before|after|now|away|at|on|in|up|until|when|as|there|here|then)\b)/gi, '     ');

const MEMO = 20_000;
const MAX_WITHIN = 4;
const WITHIN_WEIGHT = 0.5;
const JOIN_EVIDENCE = 2;

/** A word with at most this many dictionary words names one thing (euro, airline), not many. */
const SPECIFIC_SENSES = 6;
