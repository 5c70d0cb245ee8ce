/**
 * The glossary: Chinese synonym groups and English→Chinese terms, as a zod-validated data file.
 * It drives query expansion (so 金融资产交易中心 finds 金交所, and English questions find Chinese
 * passages) and the analyzer's lexicon of whole domain words.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { readJsonFile } from './json-file.js';
import { normalizeForMatch } from './text.js';
import { createEnglishMatcher } from './glossary-english.js';
import { BANK_FILES, bankNames, loadBankFile, mergeBanks } from './bank.js';
import { bankEnglish, ENGLISH_BANK_FILE, loadEnglishBankFile } from './bank-en.js';

export { englishWords } from './glossary-english.js';

const term = z.string().trim().min(1, 'is empty').max(40, 'is longer than 40 characters');

export const GlossarySchema = z.object({
  version: z.number().int().positive(),
  groups: z
    .array(
      z
        .object({ id: z.string().min(1), zh: z.array(term).min(2, 'needs at least two Chinese terms'), en: z.array(term).default([]) })
        .strict(),
    )
    .min(1),
  english: z.record(term, z.array(term).min(1, 'needs at least one Chinese term')),
  /** Words of asking (多少, 什么, 如何 …) that carry no topic; they are dropped from queries. */
  questionWords: z.array(term).default([]),
  /**
   * The asker's own words → the reports' vocabulary (关了 → 关停, 老板 → 实际控制人). One way only: a
   * report's word never expands into slang, and these count below the user's exact words.
   */
  colloquial: z.record(term, z.array(term).min(1, 'needs at least one report term')).default({}),
});
export type GlossaryData = z.infer<typeof GlossarySchema>;

export const DEFAULT_GLOSSARY_FILE = path.join(import.meta.dirname, 'glossary.json');

export class GlossaryError extends Error {
  override name = 'GlossaryError';
}

/**
 * Reads and validates a glossary file; a bad one fails with the file, the entry and what is wrong.
 * The synonym banks (bank.ts) join its colloquial map and the English term bank (bank-en.ts) its
 * English table (the glossary's own phrases win): by default the project's own with its own file,
 * none with another (`englishBank: null` leaves the English one out).
 */
export function loadGlossaryFile(
  file = DEFAULT_GLOSSARY_FILE,
  banks: readonly string[] = file === DEFAULT_GLOSSARY_FILE ? BANK_FILES : [],
  englishBank: string | null = file === DEFAULT_GLOSSARY_FILE ? ENGLISH_BANK_FILE : null,
): { data: GlossaryData & { names: string[] }; hash: string } {
  const read = readJsonFile(file, GlossarySchema, { where: (at, json) => describePath(json, at) });
  if (!read.ok) throw new GlossaryError(read.message, { cause: read.cause });
  const hash = createHash('sha256').update(read.raw);
  const loaded = banks.map((b) => loadBankFile(b));
  for (const bank of loaded) hash.update(bank.raw);
  const banksData = loaded.map((b) => b.data);
  const data = { ...read.value, colloquial: mergeBanks(read.value.colloquial, banksData), names: bankNames(banksData) };
  if (englishBank) {
    const terms = loadEnglishBankFile(englishBank);
    hash.update(terms.raw);
    data.english = { ...data.english, ...bankEnglish(terms.data, ownPhrase(data)) };
  }
  return { data, hash: hash.digest('hex').slice(0, 16) };
}

/**
 * Whether the glossary already renders an English phrase. Compared as written, not stemmed (stemming
 * them all would cost the load): a variant left in (exchanges beside exchange) still yields, as the
 * glossary's entries are tried first.
 */
function ownPhrase(data: GlossaryData): (en: string) => boolean {
  const phrase = (en: string): string =>
    en
      .toLowerCase()
      .replace(/[\s-]+/g, ' ')
      .trim();
  const own = new Set([...Object.keys(data.english), ...data.groups.flatMap((g) => g.en)].map(phrase));
  return (en) => own.has(phrase(en));
}

/** `groups[3] (id "p2p").zh[1]` — names the entry by its id when it has one. */
function describePath(json: unknown, where: Array<string | number>): string {
  if (where[0] === 'groups' && typeof where[1] === 'number') {
    const group = (json as { groups?: Array<{ id?: unknown }> }).groups?.[where[1]];
    const id = typeof group?.id === 'string' ? ` (id "${group.id}")` : '';
    return `groups[${where[1]}]${id}${where
      .slice(2)
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
      .join('')}`;
  }
  return where.join('.') || 'the file';
}

export interface Expansion {
  /** Chinese terms to add to the query, at a lower weight than the user's own words. */
  terms: string[];
  /** Each expansion with what it came from: a Chinese word of the query or an English phrase. */
  groups: Array<{ source: string; english: boolean; terms: string[]; colloquial?: boolean }>;
  /** Whether any English phrase was translated (English questions rely on it entirely). */
  translated: boolean;
}

export interface Glossary {
  /** Whole domain words, for the analyzer's lexicon. */
  lexicon: string[];
  /** The corpus's proper names and the lexicon's longer words: what a one-character typo is read against. */
  names: string[];
  expand(query: string): Expansion;
  /**
   * The query with words of asking blanked out (same length, so offsets still hold). Given what the
   * index holds, the asker's words it never writes (官宣, 掏不起钱) go too: their report terms stand
   * in for them (expand), and left in they would read as bigrams across words and as absent names.
   */
  stripQuestionWords(query: string, known?: (term: string) => boolean): string;
  hash: string;
}

/** A glossary's data; the colloquial map may be left out (tests, older files), and names come from the banks. */
export type GlossaryInput = Omit<GlossaryData, 'colloquial'> & { colloquial?: GlossaryData['colloquial']; names?: string[] };

export function createGlossary(data: GlossaryInput, hash = 'custom'): Glossary {
  const groups = data.groups.map((g) => g.zh.map(normalizeForMatch));
  const matchEnglish = createEnglishMatcher(data);
  const lexicon = [...new Set([...groups.flat(), ...Object.values(data.english).flat().map(normalizeForMatch)])];
  // The groups' terms by first character: a query finds every term it holds in one pass over its characters,
  // instead of an includes over the whole query for each of the thousands of terms (a tenth of a long question).
  const termsByFirst = new Map<string, string[]>();
  for (const t of new Set(groups.flat()))
    if (t.length > 0) termsByFirst.set(t[0] as string, [...(termsByFirst.get(t[0] as string) ?? []), t]);
  /** Exactly the group terms t with q.includes(t) (the empty term included, as includes has it). */
  const heldTerms = (q: string): Set<string> => {
    const held = new Set<string>(['']);
    for (let i = 0; i < q.length; i += 1)
      for (const t of termsByFirst.get(q[i] as string) ?? []) if (!held.has(t) && q.startsWith(t, i)) held.add(t);
    return held;
  };

  const colloquial = Object.entries(data.colloquial ?? {}).map(([word, terms]) => ({
    word: normalizeForMatch(word),
    terms: terms.map(normalizeForMatch),
    at: latinBounded(normalizeForMatch(word)),
  }));
  const asking = [...data.questionWords].map(normalizeForMatch).sort((a, b) => b.length - a.length);
  // Longest first, so 网上借贷 goes whole before 网上 is looked at; Chinese words, and Latin initialisms (jjs) when alone.
  // Entries by their word's first character: a query looks up only the entries its characters can start.
  const holding = byFirstCharacter();
  const spoken = colloquial.filter((e) => /^(?:[\u3400-\u9fff]{2,}|[a-z]{2,})$/.test(e.word)).sort((a, b) => b.word.length - a.word.length);
  return {
    lexicon,
    names: [...new Set([...(data.names ?? []), ...lexicon.filter((w) => w.length >= 3)].map(normalizeForMatch))],
    hash,
    stripQuestionWords(query, known) {
      let q = normalizeForMatch(query);
      for (const word of asking) if (q.includes(word)) q = q.split(word).join(' '.repeat(word.length));
      // An A-not-A question (要不要, 算不算, 有没有) only asks yes or no: its characters name nothing.
      q = q.replace(A_NOT_A, (m) => ' '.repeat(m.length));
      if (known)
        for (const { word, at } of holding(spoken, q))
          if (q.includes(word))
            q = at
              ? q.replace(new RegExp(at.source, 'g'), (w) => unwrittenBlanked(w, known))
              : q.split(word).join(unwrittenBlanked(word, known));
      return q;
    },
    expand(query) {
      const q = normalizeForMatch(query);
      const terms = new Set<string>();
      const found: Expansion['groups'] = [];
      const held = heldTerms(q);
      for (const group of groups) {
        const present = group.filter((t) => held.has(t));
        if (present.length === 0) continue;
        const others = group.filter((t) => !held.has(t));
        for (const t of others) terms.add(t);
        for (const source of present) found.push({ source, english: false, terms: others });
      }
      for (const entry of holding(colloquial, q)) {
        // holding() found the word in the query; a Latin-edged one must stand as a whole word.
        if (entry.at && !entry.at.test(q)) continue;
        const others = entry.terms.filter((t) => !q.includes(t));
        for (const t of others) terms.add(t);
        if (others.length > 0) found.push({ source: entry.word, english: false, terms: others, colloquial: true });
      }
      const matched = matchEnglish(query);
      for (const { source, zh } of matched) {
        for (const t of zh) terms.add(t);
        found.push({ source, english: true, terms: zh });
      }
      const translated = matched.length > 0;
      return { terms: [...terms], groups: found, translated };
    },
  };
}

/**
 * A lookup of the entries whose word a query may hold, in the order given: a map from a word's first
 * character to its entries, built for each list on first use (the banks hold over a thousand words).
 */
function byFirstCharacter(): <T extends { word: string }>(entries: T[], query: string) => T[] {
  const maps = new Map<unknown, Map<string, number[]>>();
  return (entries, query) => {
    let map = maps.get(entries);
    if (!map) {
      map = new Map();
      for (const [i, e] of entries.entries()) map.set(e.word.slice(0, 1), [...(map.get(e.word.slice(0, 1)) ?? []), i]);
      maps.set(entries, map);
    }
    const found = new Set<number>();
    for (const ch of new Set(query))
      for (const i of map.get(ch) ?? []) if (query.includes((entries[i] as { word: string }).word)) found.add(i);
    return [...found].sort((a, b) => a - b).map((i) => entries[i] as (typeof entries)[number]);
  };
}

/** For a word with Latin letters at an edge (abs, AI技术): a pattern finding it only as a whole Latin word (not in "absorb"). */
function latinBounded(word: string): RegExp | undefined {
  if (!/^[a-z0-9]|[a-z0-9]$/.test(word)) return undefined;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${/^[a-z0-9]/.test(word) ? '(?<![a-z0-9])' : ''}${escaped}${/[a-z0-9]$/.test(word) ? '(?![a-z0-9])' : ''}`);
}

const A_NOT_A = /([\u3400-\u9fff])[不没]\1/g;

/**
 * The word with its characters that no bigram of the index covers blanked (头一家 → " 一家"): what
 * is left is what passages write (一家 of 第一家); the rest only the word's report terms can match.
 */
function unwrittenBlanked(word: string, known: (term: string) => boolean): string {
  if (/^[a-z]+$/.test(word)) return known(word) ? word : ' '.repeat(word.length);
  const held = new Array<boolean>(word.length).fill(false);
  for (let i = 0; i + 2 <= word.length; i += 1) if (known(word.slice(i, i + 2))) held[i] = held[i + 1] = true;
  return [...word].map((ch, i) => (held[i] ? ch : ' ')).join('');
}

let cached: Glossary | undefined;
export function defaultGlossary(): Glossary {
  if (!cached) {
    const { data, hash } = loadGlossaryFile();
    cached = createGlossary(data, hash);
  }
  return cached;
}
