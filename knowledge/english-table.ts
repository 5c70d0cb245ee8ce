/**
 * The CC-CEDICT English→Chinese table of one index: built from the index (only Chinese words its
 * passages hold), saved beside the index file with the same input hash, and read back on the first
 * English question, so neither a start nor a Chinese question pays for the 11 MB dictionary.
 */
import { readFileSync } from 'node:fs';
import { rename, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { buildEnglishTable, CEDICT_TABLE_VERSION, EnglishTableSchema, type EnglishTable } from './cedict.js';
import { documentFrequency, FIELD_COUNT } from './flat-index.js';
import type { IndexData } from './search-index.js';
import { normalizeForMatch } from './text.js';

export const ENGLISH_TABLE_FILE = 'en-zh.json';

const FileSchema = z.object({ corpusHash: z.string(), table: EnglishTableSchema });

/**
 * How many passages (up to `cap`) hold a Chinese word in their text. A two-character word is a bigram,
 * a term of the index; a longer one is looked for in the texts of the passages holding its rarest bigram.
 */
export function passagesWith(data: IndexData): (word: string, cap?: number) => number {
  const texts = new Map<number, string>();
  const text = (i: number): string => {
    let t = texts.get(i);
    if (t === undefined) {
      t = normalizeForMatch(data.passages.at(i)?.text ?? '');
      texts.set(i, t);
    }
    return t;
  };
  const { index } = data;
  return (word, cap = 1) => {
    const grams: string[] = [];
    for (let i = 0; i + 2 <= word.length; i += 1) grams.push(word.slice(i, i + 2));
    // Bigrams through 的/了 are not indexed (analyzer.ts): only the others can prove an absence.
    const indexed = grams.filter((g) => !/[的了]/.test(g));
    if (indexed.some((g) => documentFrequency(index, g) === 0)) return 0;
    const rarest = indexed.sort((a, b) => documentFrequency(index, a) - documentFrequency(index, b))[0];
    if (word.length === 2 && indexed.length === 1) return Math.min(cap, documentFrequency(index, word));
    const id = rarest === undefined ? undefined : index.terms.get(rarest);
    if (id === undefined) return 0;
    const start = index.offsets[id * FIELD_COUNT] as number;
    const end = index.offsets[id * FIELD_COUNT + 1] as number;
    let found = 0;
    for (let p = start; p < end && found < cap; p += 1) if (text(index.docs[p] as number).includes(word)) found += 1;
    return found;
  };
}

/** Whether a Chinese word occurs in some passage's text (see passagesWith). */
export function occursIn(data: IndexData): (word: string) => boolean {
  const count = passagesWith(data);
  return (word) => count(word) > 0;
}

export function englishTableOf(data: IndexData): EnglishTable {
  const seen = new Uint8Array(0x10000);
  for (let i = 0; i < data.passages.length; i += 1) {
    const text = data.passages.at(i)?.text ?? '';
    for (let j = 0; j < text.length; j += 1) seen[text.charCodeAt(j)] = 1;
  }
  return buildEnglishTable(
    occursIn(data),
    (zh) => documentFrequency(data.index, zh),
    (ch) => seen[normalizeForMatch(ch).charCodeAt(0)] === 1 || seen[ch.charCodeAt(0)] === 1,
  );
}

export async function saveEnglishTable(dataDir: string, corpusHash: string, table: EnglishTable): Promise<void> {
  const file = path.join(dataDir, ENGLISH_TABLE_FILE);
  const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, JSON.stringify({ corpusHash, table }));
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/** The saved table when it belongs to this index; null means "build it". Read once, on the first English question. */
export function loadEnglishTable(dataDir: string, corpusHash: string): EnglishTable | null {
  try {
    const parsed = FileSchema.safeParse(JSON.parse(readFileSync(path.join(dataDir, ENGLISH_TABLE_FILE), 'utf8')));
    if (!parsed.success || parsed.data.corpusHash !== corpusHash || parsed.data.table.version !== CEDICT_TABLE_VERSION) return null;
    return parsed.data.table;
  } catch {
    return null;
  }
}
