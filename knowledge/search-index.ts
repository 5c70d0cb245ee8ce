/**
 * The search index: minisearch over passages, persisted with the passages and term statistics so
 * that a restart loads it without re-reading the corpus. The file carries versions and a hash of
 * every input; any mismatch means rebuild (like minisearch's own serializationVersion check).
 *
 * The file is V8's structured serialization of minisearch's own maps (its radix tree included),
 * not minisearch's JSON: `MiniSearch.loadJS` rebuilds the tree term by term, which took ~300 ms of a
 * ~350 ms start on the corpus, while deserializing the tree takes a few tens. Those maps are
 * minisearch internals, so the file records minisearch's version and the load checks their shape;
 * any doubt means rebuild, never a wrong index.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import v8 from 'node:v8';
import MiniSearch, { type Options } from 'minisearch';
import { z } from 'zod';
import type { Analyzer } from './analyzer.js';
import type { Passage } from './types.js';

export const SCHEMA_VERSION = 3;
export const INDEX_FILE = 'index.v8';

/** minisearch's version: its internals are in the file, so another version means rebuild. */
const MINISEARCH_VERSION = ((): string => {
  const entry = createRequire(import.meta.url).resolve('minisearch');
  const pkg = JSON.parse(readFileSync(path.join(entry, '..', '..', '..', 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
})();

/** The parts of a MiniSearch instance that hold the index (everything but options and vacuum state). */
interface MiniInternals {
  _index: { _tree: Map<string, unknown> };
  _documentCount: number;
  _documentIds: Map<number, unknown>;
  _idToShortId: Map<unknown, number>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _nextId: number;
  _storedFields: Map<number, Record<string, unknown>>;
  _dirtCount: number;
}

const INTERNAL_KEYS = ['_documentCount', '_documentIds', '_idToShortId', '_fieldIds', '_fieldLength', '_avgFieldLength', '_nextId', '_storedFields', '_dirtCount'] as const;

function snapshot(mini: MiniSearch<IndexedPassage>): Record<string, unknown> {
  const inner = mini as unknown as MiniInternals;
  return { tree: inner._index._tree, ...Object.fromEntries(INTERNAL_KEYS.map((key) => [key, inner[key]])) };
}

const SnapshotSchema = z.object({
  tree: z.instanceof(Map),
  _documentCount: z.number(),
  _documentIds: z.instanceof(Map),
  _idToShortId: z.instanceof(Map),
  _fieldIds: z.record(z.number()),
  _fieldLength: z.instanceof(Map),
  _avgFieldLength: z.array(z.number()),
  _nextId: z.number(),
  _storedFields: z.instanceof(Map),
  _dirtCount: z.number(),
});

/** A MiniSearch with the given options and the saved maps; null when this minisearch is not shaped as expected. */
function restore(saved: z.infer<typeof SnapshotSchema>, options: Options<IndexedPassage>): MiniSearch<IndexedPassage> | null {
  const mini = new MiniSearch<IndexedPassage>(options);
  const inner = mini as unknown as Record<string, unknown>;
  // The radix tree's class is minisearch's own SearchableMap (its bundled copy, hence taken from an instance).
  const index = inner._index as { _tree?: unknown; constructor: new (tree: Map<string, unknown>) => object } | undefined;
  if (!(index?._tree instanceof Map) || INTERNAL_KEYS.some((key) => !(key in inner))) return null;
  const { tree, ...rest } = saved;
  Object.assign(inner, rest, { _index: new index.constructor(tree as Map<string, unknown>) });
  return mini;
}

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
  minisearchVersion: z.literal(MINISEARCH_VERSION),
  index: SnapshotSchema,
});

/** Writes the index atomically: a reader never sees a half-written file. */
export async function saveIndex(dataDir: string, data: IndexData, stamp: { analyzerVersion: string; corpusHash: string }): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, INDEX_FILE);
  const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  const payload = { schemaVersion: SCHEMA_VERSION, ...stamp, docs: data.docs, passages: data.passages, df: data.df, minisearchVersion: MINISEARCH_VERSION, index: snapshot(data.mini) };
  try {
    await writeFile(tmp, v8.serialize(payload));
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/** Loads the persisted index when it matches; null means "build it" (missing, stale or damaged). */
export async function loadIndex(dataDir: string, stamp: { analyzerVersion: string; corpusHash: string }, analyzer: Analyzer): Promise<IndexData | null> {
  let raw: Buffer;
  try {
    raw = await readFile(path.join(dataDir, INDEX_FILE));
  } catch {
    return null;
  }
  try {
    const value = v8.deserialize(raw) as { schemaVersion?: unknown; analyzerVersion?: unknown; corpusHash?: unknown } | null;
    if (value?.schemaVersion !== SCHEMA_VERSION || value.analyzerVersion !== stamp.analyzerVersion || value.corpusHash !== stamp.corpusHash) return null;
    const stored = StoredSchema.parse(value);
    const mini = restore(stored.index, indexOptions(analyzer));
    return mini ? { docs: stored.docs, passages: stored.passages, df: stored.df, mini } : null;
  } catch {
    return null;
  }
}
