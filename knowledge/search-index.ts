/**
 * The search index: minisearch over passages, persisted with the passages and term statistics so
 * that a restart loads it without re-reading the corpus. The file carries versions and a hash of
 * every input; any mismatch means rebuild (like minisearch's own serializationVersion check).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import MiniSearch, { type Options } from 'minisearch';
import { z } from 'zod';
import type { Analyzer } from './analyzer.js';
import type { Passage } from './types.js';

export const SCHEMA_VERSION = 2;
export const INDEX_FILE = 'index.json';

export interface IndexedPassage {
  id: number;
  text: string;
  section: string;
  title: string;
}

export interface DocMeta {
  file: string;
  title: string;
  date?: string;
  kind: 'report' | 'note';
  /** Topics from the manifest or the first section titles, for "what the corpus covers". */
  topics: string[];
}

export interface IndexData {
  docs: DocMeta[];
  passages: Passage[];
  /** Document frequency of each token over passages, for idf-weighted coverage in ranking. */
  df: Record<string, number>;
  mini: MiniSearch<IndexedPassage>;
}

/** One options object for build and load: minisearch requires the same tokenizer both times. */
export function indexOptions(analyzer: Analyzer): Options<IndexedPassage> {
  return {
    fields: ['text', 'section', 'title'],
    storeFields: [],
    tokenize: (text) => analyzer.tokens(text),
    processTerm: (term) => term,
    searchOptions: { boost: { text: 1, section: 0.6, title: 0.25 } },
  };
}

export function buildIndex(docs: DocMeta[], passages: Passage[], analyzer: Analyzer): IndexData {
  const mini = new MiniSearch<IndexedPassage>(indexOptions(analyzer));
  const df: Record<string, number> = {};
  mini.addAll(
    passages.map((p, id) => {
      for (const token of new Set(analyzer.tokens(`${p.section} ${p.text}`))) df[token] = (df[token] ?? 0) + 1;
      return { id, text: p.text, section: p.section, title: p.title };
    }),
  );
  return { docs, passages, df, mini };
}

const StoredSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  analyzerVersion: z.string(),
  corpusHash: z.string(),
  docs: z.array(z.object({ file: z.string(), title: z.string(), date: z.string().optional(), kind: z.enum(['report', 'note']), topics: z.array(z.string()) })),
  passages: z.array(
    z.object({ id: z.string(), doc: z.string(), title: z.string(), section: z.string(), text: z.string(), start: z.number(), end: z.number() }),
  ),
  // 20 000+ entries: a plain loop inside zod checks them in a millisecond, z.record takes ~80 ms.
  df: z.custom<Record<string, number>>((v) => typeof v === 'object' && v !== null && Object.values(v).every((n) => typeof n === 'number'), 'df must map terms to counts'),
  index: z.record(z.unknown()),
});

/** Writes the index atomically: a reader never sees a half-written file. */
export async function saveIndex(dataDir: string, data: IndexData, stamp: { analyzerVersion: string; corpusHash: string }): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, INDEX_FILE);
  const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  const payload = { schemaVersion: SCHEMA_VERSION, ...stamp, docs: data.docs, passages: data.passages, df: data.df, index: data.mini };
  try {
    await writeFile(tmp, JSON.stringify(payload));
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/** Loads the persisted index when it matches; null means "build it" (missing, stale or damaged). */
export async function loadIndex(dataDir: string, stamp: { analyzerVersion: string; corpusHash: string }, analyzer: Analyzer): Promise<IndexData | null> {
  let raw: string;
  try {
    raw = await readFile(path.join(dataDir, INDEX_FILE), 'utf8');
  } catch {
    return null;
  }
  try {
    const json = JSON.parse(raw) as { schemaVersion?: unknown; analyzerVersion?: unknown; corpusHash?: unknown };
    if (json.schemaVersion !== SCHEMA_VERSION || json.analyzerVersion !== stamp.analyzerVersion || json.corpusHash !== stamp.corpusHash) return null;
    const stored = StoredSchema.parse(json);
    const mini = MiniSearch.loadJS<IndexedPassage>(stored.index as Parameters<typeof MiniSearch.loadJS>[0], indexOptions(analyzer));
    return { docs: stored.docs, passages: stored.passages, df: stored.df, mini };
  } catch {
    return null;
  }
}
