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
import { joinAdjacent, runEnd, type Unit } from './translate-join.js';
import { describes, tagOf, verbsOf } from './english-pos.js';
import { verbPlaces, withVariants } from './english-everyday.js';
import { stem } from './natural.js';
import { dictionaryCompounds } from './english-compounds.js';
import { nameFinder } from './english-names.js';
import { MONTH_PARTS, monthUnit, stemCollides, withoutIntensifiers } from './translate-words.js';
import { createLookup } from './translate-lookup.js';
import { DOMAIN_SENSES, domainFirst } from './english-senses.js';
import { withoutLeadIn } from './english-asker.js';
import { brandsIn } from './english-brands.js';
import { periodsIn } from './english-periods.js';
import { monthOf, numberTerms, singularOf } from './english-forms.js';

export { contentWords, isGeneric } from './english-words.js';
export { untranslated } from './english-untranslated.js';
export { withoutIntensifiers } from './translate-words.js';

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
  const lookup = createLookup(table, occurs, () => verbal);
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
  const unitAt = (words: string[], i: number, query: string, linked: boolean[] = [], after?: string): Unit | null => {
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
    const name = withItsKind(capitalised(word, query) || tagOf(word) === '?' ? names(word) : [], word, after, query);
    // A word with only one-character senses (cloud → 云) can still be part of a joined translation.
    const chars = [...(table.chars[keyOf([word])] ?? '')];
    if (name.length === 0 && chars.length === 0) return null;
    return { start: i, end: i + 1, source: word, terms: name, weight: 1, joinable: [...name, ...chars] };
  };
  /**
   * A pinyin name with the capitalised word of its kind after it (Kaitong Finance, Baoshang Bank) is
   * the index's name for both where it recurs (开通金融, not the verb 开通): the kind word is still
   * translated on its own.
   */
  const withItsKind = (name: string[], word: string, after: string | undefined, query: string): string[] => {
    // The kind word ends the capitalised run: Dalian Financial Asset Exchange is one glossary name, not 大连金融.
    const either = (w: string): string => `[${w[0] ?? ''}${w[0]?.toUpperCase() ?? ''}]${w.slice(1)}`;
    const run = new RegExp(`\\b${either(word)}\\s+${either(after ?? '')}\\b(?!\\s+[A-Z])`);
    if (name.length === 0 || !after || !capitalised(after, query) || !run.test(query)) return name;
    const kinds = domainFirst(after, table.entries[keyOf([after])] ?? [], occurs);
    const joined = name.flatMap((zh) => kinds.map((k) => zh + k)).filter(recurs);
    return joined.length > 0 ? joined.slice(0, 1) : name;
  };
  const whole = (word: string): boolean => table.entries[keyOf([word])] !== undefined;
  // A person's given name is one word of two syllables (Zhou Hongren → 周宏仁, Li Xiaoming): a word
  // made of syllables is one part of a name as a lone syllable is.
  const syllabic = (word: string): boolean => {
    // cut[k]: the first k letters are whole syllables (linear in the word's length).
    const cut = [true, ...new Array<boolean>(word.length).fill(false)];
    for (let k = 1; k <= word.length; k += 1)
      for (let n = 1; n <= Math.min(6, k) && !cut[k]; n += 1)
        cut[k] = cut[k - n] === true && table.pinyin[word.slice(k - n, k)] !== undefined;
    return cut[word.length] === true;
  };
  /**
   * A name written as pinyin syllables, one word each (Zhang Wei → 张伟, 'Kai Jin Wang', wang jin she):
   * the index's word for them together. Each is a capitalised syllable or a word English does not know.
   */
  const personAt = (words: string[], i: number, query: string): Unit | null => {
    for (let n = Math.min(MAX_SYLLABLE_WORDS, words.length - i); n >= 2; n -= 1) {
      const run = words.slice(i, i + n);
      if (!run.every((w) => syllabic(w) && (capitalised(w, query) || tagOf(w) === '?'))) continue;
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
    // An acronym the reports write as it is (the ART system, GDP) is the index's own word, never its
    // dictionary senses (art → 工艺): the English token itself stands for it.
    const quoted = (query.match(/\b[A-Z]{2,5}\b/g) ?? []).filter(
      (a) => !ACRONYMS[a] && (bigram(a.toLowerCase()) || bigram(stem(a.toLowerCase()))),
    );
    const spelled = new Set([...acronyms, ...quoted].map((a) => a.toLowerCase()));
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
      const unit = end > i ? unitAt(words.slice(0, end), i, query, linked, words[i + 1]) : null;
      if (unit) units.push(unit);
      i = unit ? unit.end : i + 1;
    }
    // A word asked twice (small money or big money) is one concept asked once: two would double its weight.
    const once = new Set<string>();
    return joinAdjacent(units, adjacent, recurs)
      .filter((u) => u.terms.length > 0 && !once.has(u.source) && once.add(u.source) !== undefined)
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
    // An adverb the glossary meets only through its stem (effectively → effect → 影响) takes the domain audit's senses (有效).
    for (const w of words) if (/ly$/.test(w) && DOMAIN_SENSES[w]) taken.add(stem(w));
    if (taken.size === 0) return expansion;
    return expand(query.replace(/[a-z]+/gi, (w) => (taken.has(stem(americanize(w.toLowerCase()))) ? ' '.repeat(w.length) : w)));
  };
  return Object.assign(translate, { specific, withGlossary });
}

const MEMO = 20_000;
const JOIN_EVIDENCE = 2;

/** A word with at most this many dictionary words names one thing (euro, airline), not many. */
const SPECIFIC_SENSES = 6;
