/** The knowledge core's entry: build or load the index over reports and notes, then search and ask. */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ANALYZER_VERSION, createAnalyzer, type AnalyzerMode } from './analyzer.js';
import { createAnswerer } from './answer.js';
import { defaultGlossary, type Glossary } from './glossary.js';
import { chunkDocument } from './ingest/chunk.js';
import { readCorpus, readNotes, SUPPORTED, type CorpusProblem } from './ingest/read.js';
import { buildIndex, loadIndex, saveIndex, SCHEMA_VERSION, type DocMeta, type IndexData } from './search-index.js';
import { createSearcher, type Searcher } from './search.js';
import type { Knowledge, SourceDoc } from './types.js';

export type { CorpusProblem } from './ingest/read.js';

export const DEFAULT_NOTES_DIR = path.join(import.meta.dirname, 'notes');
/** Bump when ingest or chunking changes what passages are made of. */
export const INGEST_VERSION = 'ingest-4';

export interface KnowledgeOptions {
  corpusDirs: string[];
  dataDir: string;
  notesDir?: string;
  glossary?: Glossary;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Told how long each search took, in milliseconds (questions' searches included). */
  onSearch?: (ms: number) => void;
}

/** A hash of every input of the index: file bytes, manifest, glossary and code versions. */
async function fingerprint(dirs: string[], glossaryHash: string): Promise<string> {
  const hash = createHash('sha256').update(`${SCHEMA_VERSION}|${ANALYZER_VERSION}|${INGEST_VERSION}|${glossaryHash}`);
  for (const dir of dirs) {
    let names: string[];
    try {
      names = (await readdir(dir)).sort();
    } catch {
      hash.update(`|missing:${dir}`);
      continue;
    }
    for (const name of names) {
      if (!SUPPORTED.has(path.extname(name).toLowerCase()) && name !== 'manifest.json') continue;
      const bytes = await readFile(path.join(dir, name)).catch(() => Buffer.from('unreadable'));
      hash.update(`|${dir}/${name}:`).update(bytes);
    }
  }
  return hash.digest('hex');
}

function docMeta(doc: SourceDoc, passages: Array<{ section: string }>): DocMeta {
  const sections = [...new Set(passages.map((p) => p.section.split(' > ')[0] ?? '').filter((s) => s.length > 1 && s.length < 20))];
  return { file: doc.file, title: doc.title, date: doc.date, kind: doc.kind, topics: doc.topics ?? sections.slice(0, 4) };
}

/** An in-memory knowledge base over given documents (tests, benchmarks, analyzer comparisons). */
export function buildKnowledgeFromDocs(docs: SourceDoc[], glossary: Glossary = defaultGlossary(), mode: AnalyzerMode = 'bigram+lexicon'): Knowledge {
  const analyzer = createAnalyzer(glossary.lexicon, mode);
  const chunked = docs.map((doc) => ({ doc, passages: chunkDocument(doc) }));
  const data = buildIndex(chunked.map((c) => docMeta(c.doc, c.passages)), chunked.flatMap((c) => c.passages), analyzer);
  return wrap(data, { analyzer, glossary, buildMs: 0, fromCache: false });
}

/** The searcher, reporting each ranking's duration (searches and questions alike) when someone listens. */
function timed(searcher: Searcher, onSearch: ((ms: number) => void) | undefined): Searcher {
  if (!onSearch) return searcher;
  const time = <T>(work: () => T): T => {
    const started = performance.now();
    try {
      return work();
    } finally {
      onSearch(performance.now() - started);
    }
  };
  // search() ranks through rank(); timing both would count a search twice.
  const rank: Searcher['rank'] = (query, k) => time(() => searcher.rank(query, k));
  return { ...searcher, rank, search: (query, k) => time(() => searcher.search(query, k)) };
}

function wrap(
  data: IndexData,
  context: { analyzer: ReturnType<typeof createAnalyzer>; glossary: Glossary; buildMs: number; fromCache: boolean; onSearch?: (ms: number) => void },
): Knowledge {
  const searcher = timed(createSearcher(data, context.analyzer, context.glossary), context.onSearch);
  const ask = createAnswerer(data, searcher);
  const byId = new Map(data.passages.map((p) => [p.id, p]));
  return {
    search: (query, options) => searcher.search(query, Math.min(100, Math.max(1, options?.k ?? 5))),
    ask,
    passage: (id) => byId.get(id),
    stats: () => ({ documents: data.docs.length, passages: data.passages.length, buildMs: context.buildMs, fromCache: context.fromCache }),
  };
}

export async function createKnowledge(options: KnowledgeOptions): Promise<{ knowledge: Knowledge; problems: CorpusProblem[] }> {
  const glossary = options.glossary ?? defaultGlossary();
  const analyzer = createAnalyzer(glossary.lexicon);
  const notesDir = options.notesDir ?? DEFAULT_NOTES_DIR;
  const stamp = { analyzerVersion: ANALYZER_VERSION, corpusHash: await fingerprint([...options.corpusDirs, notesDir], glossary.hash) };
  const cached = await loadIndex(options.dataDir, stamp, analyzer);
  if (cached) {
    // Unreadable folders are still reported on a cache hit, so a typo in FINRISK_CORPUS is never silent.
    return { knowledge: wrap(cached, { analyzer, glossary, buildMs: 0, fromCache: true, onSearch: options.onSearch }), problems: await folderProblems(options.corpusDirs) };
  }
  const started = performance.now();
  const reports = await readCorpus(options.corpusDirs);
  const notes = await readNotes(notesDir);
  const docs = [...notes.docs, ...reports.docs];
  const chunked = docs.map((doc, i) => {
    options.onProgress?.(i + 1, docs.length, doc.file);
    return { doc, passages: chunkDocument(doc) };
  });
  const data = buildIndex(chunked.map((c) => docMeta(c.doc, c.passages)), chunked.flatMap((c) => c.passages), analyzer);
  const problems = [...reports.problems, ...notes.problems];
  try {
    await saveIndex(options.dataDir, data, stamp);
  } catch (error) {
    problems.push({ path: options.dataDir, message: `cannot write the index cache (${(error as NodeJS.ErrnoException).code ?? 'error'}); it will be rebuilt next start: check FINRISK_DATA_DIR` });
  }
  return { knowledge: wrap(data, { analyzer, glossary, buildMs: Math.round(performance.now() - started), fromCache: false, onSearch: options.onSearch }), problems };
}

/** Problems of folders that cannot be listed (a missing or unreadable corpus), without reading files. */
async function folderProblems(dirs: string[]): Promise<CorpusProblem[]> {
  const problems: CorpusProblem[] = [];
  for (const dir of dirs) {
    try {
      await readdir(dir);
    } catch {
      problems.push(...(await readCorpus([dir])).problems);
    }
  }
  return problems;
}
