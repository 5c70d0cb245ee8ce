/**
 * The glossary's English side: its English phrases matched in a query by stem, longest first, each
 * query word used once. Stems make "exchanges" meet "exchange"; a one-word entry written as the
 * query writes the word wins over another of its stem (finance → 金融, financing → 融资).
 */
import { regularForm } from './english-forms.js';
import { stem } from './natural.js';
import { normalizeForMatch } from './text.js';
import { ASKING } from './english-frame-words.js';
import { ENGLISH_STOPWORDS } from './natural.js';

interface EnglishEntry {
  words: string[];
  zh: string[];
  /** The entry as written, lower case. */
  raw: string;
}

/** English words as the glossary matches them: stems, irregular verb forms read as their verb (ran into → run into). */
export const englishWords = (text: string): string[] => englishRaw(text).map((w) => stem(regularForm(w)));

/**
 * English words as written, lower case, a possessive 's dropped (the exchange's market is the
 * exchange's: it must still meet the glossary's "exchange"); an inner apostrophe stays (xi'an).
 */
const englishRaw = (text: string): string[] =>
  (
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []
  ).map((w) => w.replace(/'s$/, ''));

/**
 * An entry written only in words of asking and function words (according to) names no concept: in
 * an English question it frames where the answer is said (according to the report, according to Yang
 * Tao), and made a concept (依据/基于/根据) it pulls every passage that cites anything. "why" is the
 * exception: 原因/因为/由于 are the words of the sentence that gives the reason asked for.
 */
const asksOnly = (raw: string): boolean => raw !== 'why' && raw.split(/\s+/).every((w) => ASKING.has(w) || ENGLISH_STOPWORDS.has(w));

/** The glossary's English phrases found in a query: each as the user wrote it, with its Chinese terms (normalised). */
export function createEnglishMatcher(data: {
  groups: Array<{ zh: string[]; en: string[] }>;
  english: Record<string, string[]>;
}): (query: string) => Array<{ source: string; zh: string[] }> {
  // Stemmed on the first English query: a Chinese-only process never pays for the term bank's phrases.
  let entries: EnglishEntry[] | undefined;
  let written: Map<string, Set<string>> | undefined;
  const englishEntries = (): EnglishEntry[] =>
    (entries ??= [
      ...data.groups.flatMap((g) => g.en.map((en) => ({ words: englishWords(en), zh: g.zh, raw: en.toLowerCase() }))),
      ...Object.entries(data.english).map(([en, zh]) => ({ words: englishWords(en), zh, raw: en.toLowerCase() })),
    ]
      .filter((e) => e.words.length > 0 && !asksOnly(e.raw))
      .sort((a, b) => b.words.length - a.words.length));
  // The one-word entries' written forms by stem: finance (金融) and financing (融资) share "financ".
  const writtenForms = (): Map<string, Set<string>> => {
    if (written) return written;
    const forms = new Map<string, Set<string>>();
    for (const e of englishEntries())
      if (e.words.length === 1) forms.set(e.words[0] as string, new Set([...(forms.get(e.words[0] as string) ?? []), e.raw]));
    return (written = forms);
  };
  // The entries by their first word, as indexes into the entries' order.
  let byFirst: Map<string, number[]> | undefined;
  const entriesHolding = (present: ReadonlySet<string>): EnglishEntry[] => {
    const all = englishEntries();
    if (!byFirst) {
      const index = new Map<string, number[]>();
      all.forEach((e, i) => index.set(e.words[0] as string, [...(index.get(e.words[0] as string) ?? []), i]));
      byFirst = index;
    }
    const first = byFirst;
    return [...present]
      .flatMap((w) => first.get(w) ?? [])
      .sort((a, b) => a - b)
      .map((i) => all[i] as EnglishEntry);
  };
  /** A one-word entry yields where another entry of its stem is written as the query writes the word. */
  const yields = (entry: EnglishEntry, asWritten: string | undefined): boolean =>
    entry.words.length === 1 &&
    asWritten !== undefined &&
    entry.raw !== asWritten &&
    writtenForms()
      .get(entry.words[0] as string)
      ?.has(asWritten) === true;
  return (query) => {
    const words = englishWords(query);
    if (words.length === 0) return [];
    const raw = englishRaw(query);
    const used = new Array<boolean>(words.length).fill(false);
    const found: Array<{ source: string; zh: string[] }> = [];
    // Only entries whose every word is in the query can match (most queries hold none): those whose first word it holds,
    // in the entries' order, instead of a test of every one of the term bank's thousands of phrases.
    const present = new Set(words);
    for (const entry of entriesHolding(present)) {
      if (!entry.words.every((w) => present.has(w))) continue;
      for (let i = 0; i + entry.words.length <= words.length; i += 1) {
        if (used.slice(i, i + entry.words.length).some(Boolean)) continue;
        if (!entry.words.every((w, j) => words[i + j] === w) || yields(entry, raw[i])) continue;
        used.fill(true, i, i + entry.words.length);
        // The phrase as the user wrote it (the stems are for matching only).
        found.push({ source: raw.slice(i, i + entry.words.length).join(' '), zh: entry.zh.map(normalizeForMatch) });
      }
    }
    return found;
  };
}
