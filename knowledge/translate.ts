/**
 * Dictionary-based query translation for English questions over the Chinese corpus, as in
 * cross-language IR: phrases before words (longest first), the glossary's domain terms win over the
 * dictionary, at most two translations of one English word, and those enter the query as
 * alternatives of ONE concept (a structured query, Pirkola 1998) weighted down by their ambiguity,
 * so a word with many senses does not outweigh one with a single clear translation.
 */
import { englishTokens, keyOf, type EnglishTable } from './cedict.js';
import { ENGLISH_STOPWORDS, stem } from './natural.js';

export interface Translation {
  /** The English phrase as asked. */
  source: string;
  /** Its Chinese translations, best first (one concept). */
  terms: string[];
  /** 1 for an unambiguous phrase, less the more translations the dictionary offers. */
  weight: number;
}

export interface Translator {
  (query: string, covered: ReadonlySet<string>): Translation[];
  /**
   * Of the words nothing translated, those naming something specific: a capitalised name that is
   * no pinyin of the index, or a word the dictionary knows in few senses, none of them in the index.
   */
  specific(words: string[], query: string): string[];
}

const MAX_PHRASE = 3;
const PER_WORD = 2;
// Words of asking and of the question's frame: they translate into noise (report → 报告 everywhere).
const ASKING = new Set([
  'what',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'where',
  'why',
  'how',
  'many',
  'much',
  'according',
  'report',
  'reports',
  'say',
  'says',
  'think',
  'thinks',
  'mean',
  'means',
  'really',
  'roughly',
  'exactly',
  'actually',
  'kind',
  'kinds',
  'sort',
  'way',
  'ways',
  'thing',
  'things',
  'main',
  'also',
  'besides',
  'else',
  'please',
  'tell',
  'explain',
  'describe',
]);

// Words that grade, hedge or frame rather than name (will, next, good, small, going): the dictionary
// knows few senses for some of them (small), yet they never name something the reports might lack,
// so a question using one is not taken for one about an absent subject.
const GENERIC = new Set([
  'will',
  'would',
  'could',
  'should',
  'can',
  'may',
  'might',
  'must',
  'shall',
  'next',
  'last',
  'now',
  'today',
  'currently',
  'good',
  'better',
  'best',
  'bad',
  'worse',
  'worst',
  'right',
  'wrong',
  'put',
  'place',
  'going',
  'go',
  'get',
  'got',
  'make',
  'made',
  'far',
  'considered',
  'consider',
  'small',
  'big',
  'large',
  'little',
  'very',
  'well',
  'typically',
  'usually',
  'generally',
  'any',
  'other',
  'whole',
  'like',
  'so',
  'still',
  'even',
  'ever',
  'just',
  'lot',
  'lots',
  'cheap',
  'cheaply',
  'worth',
  'based',
  'help',
  'start',
  'year',
  'years',
]);

/** Whether every word of an English phrase only grades or frames (see GENERIC). */
export const isGeneric = (phrase: string): boolean =>
  phrase.split(' ').every((w) => GENERIC.has(w) || ASKING.has(w) || ENGLISH_STOPWORDS.has(w));

/** English words of the query a translation must account for: not stop words, not asking, not numbers. */
export function contentWords(query: string): string[] {
  return englishTokens(query).filter((w) => w.length > 1 && !ENGLISH_STOPWORDS.has(w) && !ASKING.has(w));
}

/** Above this many dictionary words for one English key, the key is too vague to translate (right, place, put). */
const MAX_AMBIGUITY = 24;

/**
 * `covered` holds the stems the glossary already translated (its phrases win); the rest is looked up
 * in the CC-CEDICT table, longest phrase first; a capitalised word it lacks is tried as the pinyin of
 * a name the index holds (Wangjinshe → 网金社).
 */
export function createTranslator(table: EnglishTable, occurs: (zh: string) => boolean, bigram: (zh: string) => boolean): Translator {
  const lookup = (words: string[]): { terms: string[]; weight: number } | null => {
    const key = keyOf(words);
    const terms = table.entries[key] ?? [];
    const ambiguity = Math.max(1, table.ambiguity[key] ?? terms.length);
    if (terms.length === 0 || ambiguity > MAX_AMBIGUITY) return null;
    return { terms: terms.slice(0, PER_WORD), weight: 1 / Math.sqrt(Math.min(ambiguity, terms.length + 2)) };
  };
  const names = nameFinder(table.pinyin, occurs, bigram);
  const capitalised = (word: string, query: string): boolean =>
    new RegExp(`\\b${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`).test(query);
  const translate = (query: string, covered: ReadonlySet<string>): Translation[] => {
    const words = contentWords(query).filter((w) => !covered.has(stem(w)));
    const out: Translation[] = [];
    for (let i = 0; i < words.length;) {
      let taken = 0;
      for (let n = Math.min(MAX_PHRASE, words.length - i); n >= 1 && taken === 0; n -= 1) {
        const found = lookup(words.slice(i, i + n));
        if (!found) continue;
        out.push({ source: words.slice(i, i + n).join(' '), ...found });
        taken = n;
      }
      if (taken === 0 && capitalised(words[i] as string, query)) {
        const name = names(words[i] as string);
        if (name.length > 0) out.push({ source: words[i] as string, terms: name, weight: 1 });
      }
      i += Math.max(1, taken);
    }
    return out;
  };
  const specific = (words: string[], query: string): string[] =>
    words.filter((w) => {
      if (GENERIC.has(w)) return false;
      const n = table.ambiguity[keyOf([w])];
      return n === undefined ? capitalised(w, query) && names(w).length === 0 : n <= SPECIFIC_SENSES;
    });
  return Object.assign(translate, { specific });
}

/** A word with at most this many dictionary words names one thing (euro, airline), not many. */
const SPECIFIC_SENSES = 6;

const MAX_SYLLABLES = 5;

/** Words of the index whose toneless pinyin spells `word` (a name written in pinyin), at most two. */
function nameFinder(
  pinyin: Record<string, string>,
  occurs: (zh: string) => boolean,
  bigram: (zh: string) => boolean,
): (word: string) => string[] {
  const syllables = (word: string, at = 0): string[] | null => {
    if (at === word.length) return [];
    for (let end = Math.min(word.length, at + 6); end > at; end -= 1) {
      if (!pinyin[word.slice(at, end)]) continue;
      const rest = syllables(word, end);
      if (rest) return [word.slice(at, end), ...rest];
    }
    return null;
  };
  return (word) => {
    const parts = syllables(word);
    if (!parts || parts.length < 2 || parts.length > MAX_SYLLABLES) return [];
    // Grow the name a character at a time, keeping only prefixes whose last two characters the index holds.
    let prefixes = [...(pinyin[parts[0] as string] ?? '')];
    for (const part of parts.slice(1)) {
      const chars = [...(pinyin[part] ?? '')];
      prefixes = prefixes.flatMap((p) => chars.filter((c) => bigram(p.slice(-1) + c)).map((c) => p + c)).slice(0, 200);
    }
    return prefixes.filter(occurs).slice(0, PER_WORD);
  };
}

/** The English content words of a query that neither the glossary nor the dictionary could translate. */
export function untranslated(
  query: string,
  covered: ReadonlySet<string>,
  translations: Translation[],
  indexed: (stem: string) => boolean,
): string[] {
  const translated = new Set(translations.flatMap((t) => t.source.split(' ')));
  return contentWords(query).filter((w) => !covered.has(stem(w)) && !translated.has(w) && !indexed(stem(w)));
}
