/** The knowledge core's entry: build or load the index over reports and notes, then search and ask. */
import { resolveCitations } from './citations.js';
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ANALYZER_VERSION, createAnalyzer, type AnalyzerMode } from './analyzer.js';
import { createAnswerer } from './answer.js';
import { defaultGlossary, type Glossary } from './glossary.js';
import { chunkDocument } from './ingest/chunk.js';
import { readCorpus, readNotes, SUPPORTED, type CorpusProblem } from './ingest/read.js';
import {
  buildIndex,
  INDEX_FILE,
  loadIndex,
  readIndexFiles,
  saveIndex,
  SCHEMA_VERSION,
  type DocMeta,
  type FileStamp,
  type IndexData,
} from './search-index.js';
import { createSearcher, type Searcher } from './search.js';
import { englishTableOf, loadEnglishTable, occursIn, passagesWith, saveEnglishTable } from './english-table.js';
import { createTranslator, type Translator } from './translate.js';
import { documentFrequency } from './flat-index.js';
import type { EnglishTable } from './cedict.js';
import type { Knowledge, SourceDoc } from './types.js';

export type { CorpusProblem } from './ingest/read.js';

export const DEFAULT_NOTES_DIR = path.join(import.meta.dirname, 'notes');
/** Bump when ingest or chunking changes what passages are made of. */
export const INGEST_VERSION = 'ingest-5';

export interface KnowledgeOptions {
  corpusDirs: string[];
  dataDir: string;
  notesDir?: string;
  glossary?: Glossary;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Told how long each search took, in milliseconds (questions' searches included). */
  onSearch?: (ms: number) => void;
}

const FINGERPRINT_BATCH = 32;

/**
 * A hash of every input of the index: file contents, manifest, glossary and code versions.
 * Each file's content hash is taken from the previous index when the file's size, modification
 * and change times and inode are all unchanged (as git's index does), so a start over a large
 * corpus stats its files instead of reading them all; any change to a file changes its ctime.
 */
async function fingerprint(
  dirs: string[],
  glossaryHash: string,
  known: readonly FileStamp[],
): Promise<{ hash: string; files: FileStamp[] }> {
  const previous = new Map(known.map((f) => [f.path, f]));
  const hash = createHash('sha256').update(`${SCHEMA_VERSION}|${ANALYZER_VERSION}|${INGEST_VERSION}|${glossaryHash}`);
  const files: FileStamp[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = (await readdir(dir)).sort();
    } catch {
      hash.update(`|missing:${dir}`);
      continue;
    }
    const inputs = names.filter((name) => SUPPORTED.has(path.extname(name).toLowerCase()) || name === 'manifest.json');
    // A batch of files at a time (one at a time leaves the thread waiting on each), hashed in order.
    for (let at = 0; at < inputs.length; at += FINGERPRINT_BATCH) {
      const batch = inputs.slice(at, at + FINGERPRINT_BATCH);
      const stamps = await Promise.all(batch.map((name) => stampOf(path.join(dir, name), previous)));
      batch.forEach((name, i) => {
        const stamp = stamps[i];
        hash.update(`|${dir}/${name}:${stamp?.sha ?? 'unreadable'}`);
        if (stamp) files.push(stamp);
      });
    }
  }
  return { hash: hash.digest('hex'), files };
}

/** A file's stamp: the previous one when the file is unchanged, else a fresh content hash; null when unreadable. */
async function stampOf(file: string, previous: ReadonlyMap<string, FileStamp>): Promise<FileStamp | null> {
  try {
    const info = await stat(file);
    const meta = { path: file, size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino };
    const before = previous.get(file);
    if (
      before &&
      before.size === meta.size &&
      before.mtimeMs === meta.mtimeMs &&
      before.ctimeMs === meta.ctimeMs &&
      before.ino === meta.ino
    )
      return before;
    const sha = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
    return { ...meta, sha };
  } catch {
    return null;
  }
}

function docMeta(doc: SourceDoc, passages: Array<{ section: string }>): DocMeta {
  const sections = [...new Set(passages.map((p) => p.section.split(' > ')[0] ?? '').filter((s) => s.length > 1 && s.length < 20))];
  return { file: doc.file, title: doc.title, date: doc.date, kind: doc.kind, topics: doc.topics ?? sections.slice(0, 4) };
}

/** An in-memory knowledge base over given documents (tests, benchmarks, analyzer comparisons). */
export function buildKnowledgeFromDocs(
  docs: SourceDoc[],
  glossary: Glossary = defaultGlossary(),
  mode: AnalyzerMode = 'bigram',
): Knowledge {
  const analyzer = createAnalyzer(glossary.lexicon, mode);
  const chunked = docs.map((doc) => ({ doc, passages: chunkDocument(doc) }));
  const data = buildIndex(
    chunked.map((c) => docMeta(c.doc, c.passages)),
    chunked.flatMap((c) => c.passages),
    analyzer,
  );
  return wrap(data, { analyzer, glossary, buildMs: 0, fromCache: false });
}

/** The dictionary translator, made on the first English question (Chinese questions never need it). */
function lazyTranslator(data: IndexData, table: () => EnglishTable): () => Translator | null {
  let translator: Translator | null | undefined;
  return () => {
    if (translator === undefined) {
      try {
        translator = createTranslator(table(), occursIn(data), (zh) => documentFrequency(data.index, zh) > 0, passagesWith(data));
      } catch {
        // No dictionary (a broken install): English questions fall back to the glossary alone.
        translator = null;
      }
    }
    return translator;
  };
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
  context: {
    analyzer: ReturnType<typeof createAnalyzer>;
    glossary: Glossary;
    buildMs: number;
    fromCache: boolean;
    onSearch?: (ms: number) => void;
    englishTable?: () => EnglishTable;
  },
): Knowledge {
  const searcher = timed(
    createSearcher(data, context.analyzer, context.glossary, lazyTranslator(data, context.englishTable ?? (() => englishTableOf(data)))),
    context.onSearch,
  );
  const ask = createAnswerer(data, searcher);
  // Made on first use: a map of every passage costs a noticeable part of a large index's load.
  let byId: Map<string, number> | undefined;
  return {
    search: (query, options) => searcher.search(query, Math.min(100, Math.max(1, options?.k ?? 5))),
    // One question's texts are read once however many gates read them (Searcher.within).
    ask: (question) => searcher.within(() => ask(question)),
    passage: (id) => {
      if (!byId) {
        byId = new Map();
        for (let i = 0; i < data.passages.length; i += 1) {
          const passageId = data.passages.idOf(i);
          if (passageId !== undefined) byId.set(passageId, i);
        }
      }
      const at = byId.get(id);
      return at === undefined ? undefined : data.passages.at(at);
    },
    stats: () => ({ documents: data.docs.length, passages: data.passages.length, buildMs: context.buildMs, fromCache: context.fromCache }),
    titleOf: (file) => data.docs.find((d) => d.file === file)?.title,
  };
}

/** Why a cache that exists was set aside because its inputs changed (not because it is damaged). */
const STALE = /^built by analyzer |^the corpus, notes or glossary changed$/;

export async function createKnowledge(
  options: KnowledgeOptions,
): Promise<{ knowledge: Knowledge; problems: CorpusProblem[]; /** Why a stale index was rebuilt. */ rebuilt?: string }> {
  const glossary = options.glossary ?? defaultGlossary();
  const analyzer = createAnalyzer(glossary.lexicon);
  const notesDir = options.notesDir ?? DEFAULT_NOTES_DIR;
  const inputs = await fingerprint([...options.corpusDirs, notesDir], glossary.hash, await readIndexFiles(options.dataDir));
  const stamp = { analyzerVersion: ANALYZER_VERSION, corpusHash: inputs.hash, files: inputs.files };
  const rejected: CorpusProblem[] = [];
  // A stale cache (the corpus or the analyzer changed) is rebuilt as a matter of course: it is said in
  // `rebuilt`, for the log. A damaged one is a problem, a warning the person sees.
  let rebuilt: string | undefined;
  const cached = await loadIndex(options.dataDir, stamp, (reason) => {
    if (STALE.test(reason)) rebuilt = reason;
    else if (reason.startsWith('damaged')) {
      rejected.push({
        path: path.join(options.dataDir, INDEX_FILE),
        message: `the index file is ${reason}; rebuilding it from the corpus`,
      });
    } else rejected.push({ path: options.dataDir, message: `index cache not used: ${reason}; rebuilding it` });
  });
  if (cached) {
    // Unreadable folders are still reported on a cache hit, so a typo in FINRISK_CORPUS is never silent.
    const englishTable = (): EnglishTable => loadEnglishTable(options.dataDir, inputs.hash) ?? englishTableOf(cached);
    return {
      knowledge: wrap(cached, { analyzer, glossary, buildMs: 0, fromCache: true, onSearch: options.onSearch, englishTable }),
      problems: await folderProblems(options.corpusDirs),
    };
  }
  const started = performance.now();
  const reports = await readCorpus(options.corpusDirs);
  const notes = await readNotes(notesDir);
  const docs = [...resolveCitations(notes.docs, reports.docs), ...reports.docs];
  const chunked = docs.map((doc, i) => {
    options.onProgress?.(i + 1, docs.length, doc.file);
    return { doc, passages: chunkDocument(doc) };
  });
  const data = buildIndex(
    chunked.map((c) => docMeta(c.doc, c.passages)),
    chunked.flatMap((c) => c.passages),
    analyzer,
  );
  const problems = [...rejected, ...reports.problems, ...notes.problems];
  // The English→Chinese table is derived at index time, from this index, and saved beside it.
  const table = englishTableOf(data);
  try {
    await saveIndex(options.dataDir, data, stamp);
    await saveEnglishTable(options.dataDir, inputs.hash, table);
  } catch (error) {
    problems.push({
      path: options.dataDir,
      message: `cannot write the index cache (${(error as NodeJS.ErrnoException).code ?? 'error'}); it will be rebuilt next start: check FINRISK_DATA_DIR`,
    });
  }
  return {
    knowledge: wrap(data, {
      analyzer,
      glossary,
      buildMs: Math.round(performance.now() - started),
      fromCache: false,
      onSearch: options.onSearch,
      englishTable: () => table,
    }),
    problems,
    ...(rebuilt ? { rebuilt } : {}),
  };
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
