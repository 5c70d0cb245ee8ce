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
import { regularForm } from './english-forms.js';
import { stem } from './natural.js';
import { bankEnglish, DEFAULT_BANK_FILE, loadBankFile } from './bank.js';

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
 * The English term bank joins its English table (the glossary's own phrases win); `bank: null` leaves it out.
 */
export function loadGlossaryFile(
  file = DEFAULT_GLOSSARY_FILE,
  bank: string | null = DEFAULT_BANK_FILE,
): { data: GlossaryData; hash: string } {
  const read = readJsonFile(file, GlossarySchema, { where: (at, json) => describePath(json, at) });
  if (!read.ok) throw new GlossaryError(read.message, { cause: read.cause });
  const hash = createHash('sha256').update(read.raw);
  const data = read.value;
  if (bank) {
    const terms = loadBankFile(bank);
    hash.update(terms.raw);
    // Compared as written, not stemmed (stemming them all would cost the load): a variant left in
    // (exchanges beside exchange) still yields, as the glossary's entries are tried first.
    const phrase = (en: string): string =>
      en
        .toLowerCase()
        .replace(/[\s-]+/g, ' ')
        .trim();
    const own = new Set([...Object.keys(data.english), ...data.groups.flatMap((g) => g.en)].map(phrase));
    data.english = { ...data.english, ...bankEnglish(terms.data, (en) => own.has(phrase(en))) };
  }
  return { data, hash: hash.digest('hex').slice(0, 16) };
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
  expand(query: string): Expansion;
  /** The query with words of asking blanked out (same length, so offsets still hold). */
  stripQuestionWords(query: string): string;
  hash: string;
}

interface EnglishEntry {
  words: string[];
  zh: string[];
}

/** English words as the glossary matches them: stems, irregular verb forms read as their verb (ran into → run into). */
export const englishWords = (text: string): string[] =>
  (text.toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []).map((w) => stem(regularForm(w)));

/** A glossary's data; the colloquial map may be left out (tests, older files). */
export type GlossaryInput = Omit<GlossaryData, 'colloquial'> & { colloquial?: GlossaryData['colloquial'] };

export function createGlossary(data: GlossaryInput, hash = 'custom'): Glossary {
  const groups = data.groups.map((g) => g.zh.map(normalizeForMatch));
  // Stemmed on the first English query: a Chinese-only process never pays for the term bank's phrases.
  let english: EnglishEntry[] | undefined;
  const englishEntries = (): EnglishEntry[] =>
    (english ??= [
      ...data.groups.flatMap((g) => g.en.map((en) => ({ words: englishWords(en), zh: g.zh }))),
      ...Object.entries(data.english).map(([en, zh]) => ({ words: englishWords(en), zh })),
    ]
      .filter((e) => e.words.length > 0)
      .sort((a, b) => b.words.length - a.words.length));
  const lexicon = [...new Set([...groups.flat(), ...Object.values(data.english).flat().map(normalizeForMatch)])];

  const colloquial = Object.entries(data.colloquial ?? {}).map(([word, terms]) => ({
    word: normalizeForMatch(word),
    terms: terms.map(normalizeForMatch),
  }));
  const asking = [...data.questionWords].map(normalizeForMatch).sort((a, b) => b.length - a.length);
  return {
    lexicon,
    hash,
    stripQuestionWords(query) {
      let q = normalizeForMatch(query);
      for (const word of asking) if (q.includes(word)) q = q.split(word).join(' '.repeat(word.length));
      return q;
    },
    expand(query) {
      const q = normalizeForMatch(query);
      const terms = new Set<string>();
      const found: Expansion['groups'] = [];
      for (const group of groups) {
        const present = group.filter((t) => q.includes(t));
        if (present.length === 0) continue;
        const others = group.filter((t) => !q.includes(t));
        for (const t of others) terms.add(t);
        for (const source of present) found.push({ source, english: false, terms: others });
      }
      for (const entry of colloquial) {
        if (!q.includes(entry.word)) continue;
        const others = entry.terms.filter((t) => !q.includes(t));
        for (const t of others) terms.add(t);
        if (others.length > 0) found.push({ source: entry.word, english: false, terms: others, colloquial: true });
      }
      const words = englishWords(query);
      const raw = query.toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
      const used = new Array<boolean>(words.length).fill(false);
      let translated = false;
      // Only entries whose every word is in the query can match (most queries hold none).
      const present = new Set(words);
      for (const entry of words.length === 0 ? [] : englishEntries()) {
        if (!entry.words.every((w) => present.has(w))) continue;
        for (let i = 0; i + entry.words.length <= words.length; i += 1) {
          if (used.slice(i, i + entry.words.length).some(Boolean)) continue;
          if (!entry.words.every((w, j) => words[i + j] === w)) continue;
          used.fill(true, i, i + entry.words.length);
          translated = true;
          const zh = entry.zh.map(normalizeForMatch);
          for (const t of zh) terms.add(t);
          // The phrase as the user wrote it (the stems are for matching only).
          found.push({ source: raw.slice(i, i + entry.words.length).join(' '), english: true, terms: zh });
        }
      }
      return { terms: [...terms], groups: found, translated };
    },
  };
}

let cached: Glossary | undefined;
export function defaultGlossary(): Glossary {
  if (!cached) {
    const { data, hash } = loadGlossaryFile();
    cached = createGlossary(data, hash);
  }
  return cached;
}
