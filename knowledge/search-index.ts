/**
 * The search index over passages, persisted with the passages so that a restart loads it without
 * re-reading the corpus. The file carries versions and a hash of every input; any mismatch means
 * rebuild.
 *
 * File layout: a magic line, a JSON header (versions, the input files' stamps, counts, and where
 * each section lies), then the sections, each 8-byte aligned: the documents (V8 serialization), the
 * term table (UTF-8, one term per line), the postings arrays as raw little-endian bytes, and the
 * passages as columns (passage-store.ts). The arrays are used as views on the file's bytes, so a
 * load costs a read and a term table, not an object graph.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import v8 from 'node:v8';
import { z } from 'zod';
import type { Analyzer } from './analyzer.js';
import { buildFlatIndex, FIELD_COUNT, type FlatIndex } from './flat-index.js';
import { decodePassages, encodePassages, passageList, type PassageList } from './passage-store.js';
import type { Passage } from './types.js';

// 6: a checksum per section.
export const SCHEMA_VERSION = 6;
export const INDEX_FILE = 'index.bin';
/** Files of earlier versions, removed when a new index is written. */
const OLD_INDEX_FILES = ['index.v8', 'index.json'];
const MAGIC = 'finrisk-index\n';
/** A header lists every input file; far more than any corpus needs, far less than a whole index. */
const MAX_HEADER_BYTES = 64 << 20;

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
  passages: PassageList;
  index: FlatIndex;
}

export function buildIndex(docs: DocMeta[], passages: Passage[], analyzer: Analyzer): IndexData {
  return { docs, passages: passageList(passages), index: buildFlatIndex(passages, analyzer) };
}

const MetaSchema = z.object({
  docs: z.array(
    z.object({
      file: z.string(),
      title: z.string(),
      date: z.string().optional(),
      kind: z.enum(['report', 'note']),
      topics: z.array(z.string()),
    }),
  ),
});

const FileStampSchema = z.object({
  path: z.string(),
  size: z.number(),
  mtimeMs: z.number(),
  ctimeMs: z.number(),
  ino: z.number(),
  sha: z.string(),
});
/** An input file as last indexed: its content hash is trusted while size, times and inode are unchanged. */
export type FileStamp = z.infer<typeof FileStampSchema>;

const SectionSchema = z.object({ offset: z.number().int().nonnegative(), length: z.number().int().nonnegative() });
const HeaderSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  analyzerVersion: z.string(),
  corpusHash: z.string(),
  files: z.array(FileStampSchema),
  documentCount: z.number().int().nonnegative(),
  termCount: z.number().int().nonnegative(),
  postingCount: z.number().int().nonnegative(),
  fields: z.literal(FIELD_COUNT),
  avgFieldLength: z.array(z.number()).length(FIELD_COUNT),
  tfBytes: z.union([z.literal(2), z.literal(4)]),
  /** SHA-256 of each section: flipped bytes pass every structural check, so only a sum catches them. */
  checksums: z.record(z.string()),
  sections: z.object({
    meta: SectionSchema,
    terms: SectionSchema,
    offsets: SectionSchema,
    docs: SectionSchema,
    tfs: SectionSchema,
    df: SectionSchema,
    fieldLengths: SectionSchema,
    strings: SectionSchema,
    passageFields: SectionSchema,
    passageSpans: SectionSchema,
    ids: SectionSchema,
    idOffsets: SectionSchema,
    texts: SectionSchema,
    textOffsets: SectionSchema,
  }),
});
type Header = z.infer<typeof HeaderSchema>;

const bytesOf = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
const checksum = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const align = (n: number): number => Math.ceil(n / 8) * 8;

/** Writes the index atomically: a reader never sees a half-written file. */
export async function saveIndex(
  dataDir: string,
  data: IndexData,
  stamp: { analyzerVersion: string; corpusHash: string; files: FileStamp[] },
): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, INDEX_FILE);
  const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  const { index } = data;
  const lengths = new Uint32Array(FIELD_COUNT * index.documentCount);
  index.fieldLengths.forEach((l, f) => lengths.set(l, f * index.documentCount));
  const columns = encodePassages(data.passages);
  const parts: Record<keyof Header['sections'], Buffer> = {
    meta: v8.serialize({ docs: data.docs }),
    terms: Buffer.from([...index.terms.keys()].join('\n'), 'utf8'),
    offsets: bytesOf(index.offsets),
    docs: bytesOf(index.docs),
    tfs: bytesOf(index.tfs),
    df: bytesOf(index.df),
    fieldLengths: bytesOf(lengths),
    strings: columns.strings,
    passageFields: bytesOf(columns.fields),
    passageSpans: bytesOf(columns.spans),
    ids: columns.ids,
    idOffsets: bytesOf(columns.idOffsets),
    texts: columns.texts,
    textOffsets: bytesOf(columns.textOffsets),
  };
  // Section offsets are relative to the end of the header, which is padded to 8 bytes.
  const sections = {} as Header['sections'];
  const checksums: Record<string, string> = {};
  let at = 0;
  for (const [name, bytes] of Object.entries(parts) as Array<[keyof Header['sections'], Buffer]>) {
    sections[name] = { offset: at, length: bytes.length };
    checksums[name] = checksum(bytes);
    at = align(at + bytes.length);
  }
  const header: Header = {
    schemaVersion: SCHEMA_VERSION,
    ...stamp,
    documentCount: index.documentCount,
    termCount: index.terms.size,
    postingCount: index.docs.length,
    fields: FIELD_COUNT,
    avgFieldLength: index.avgFieldLength,
    tfBytes: index.tfs.BYTES_PER_ELEMENT as 2 | 4,
    checksums,
    sections,
  };
  const head = Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`, 'utf8');
  const chunks: Buffer[] = [head, Buffer.alloc(align(head.length) - head.length)];
  for (const bytes of Object.values(parts)) chunks.push(bytes, Buffer.alloc(align(bytes.length) - bytes.length));
  try {
    await writeFile(tmp, chunks);
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  await Promise.all(OLD_INDEX_FILES.map((name) => rm(path.join(dataDir, name), { force: true })));
}

/** A view of `count` elements of a section; copied when the file's bytes are not aligned for it. */
function view<T extends Uint16Array | Uint32Array | Float64Array>(
  Kind: { new (b: ArrayBuffer, o: number, n: number): T; new (n: number): T; BYTES_PER_ELEMENT: number },
  raw: Buffer,
  offset: number,
  length: number,
  count: number,
): T {
  if (length !== count * Kind.BYTES_PER_ELEMENT || offset + length > raw.length) throw new Error('section size');
  const at = raw.byteOffset + offset;
  if (at % Kind.BYTES_PER_ELEMENT === 0) return new Kind(raw.buffer as ArrayBuffer, at, count);
  const copy = new Kind(count);
  bytesOf(copy).set(raw.subarray(offset, offset + length));
  return copy;
}

/** The header at the start of an index file's bytes, and where it ends; null when it is not one. */
function parseHeader(raw: Buffer): { header: Header; newline: number } | null {
  if (raw.toString('utf8', 0, MAGIC.length) !== MAGIC) return null;
  const newline = raw.indexOf(10, MAGIC.length);
  if (newline < 0) return null;
  const header = HeaderSchema.safeParse(JSON.parse(raw.toString('utf8', MAGIC.length, newline)));
  return header.success ? { header: header.data, newline } : null;
}

/** The input files recorded by the index in `dataDir` (only its header is read); none when there is no usable index. */
export async function readIndexFiles(dataDir: string): Promise<FileStamp[]> {
  let handle;
  try {
    handle = await open(path.join(dataDir, INDEX_FILE), 'r');
  } catch {
    return [];
  }
  try {
    // The header is one line; read until its end, but not through a damaged file that has none.
    let bytes = Buffer.alloc(0);
    for (let at = 0; at < MAX_HEADER_BYTES;) {
      const chunk = Buffer.allocUnsafe(1 << 20);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, at);
      if (bytesRead === 0) return [];
      bytes = Buffer.concat([bytes, chunk.subarray(0, bytesRead)]);
      at += bytesRead;
      if (bytes.length >= MAGIC.length && bytes.toString('utf8', 0, MAGIC.length) !== MAGIC) return [];
      if (bytes.indexOf(10, Math.max(MAGIC.length, bytes.length - bytesRead)) >= 0) return parseHeader(bytes)?.header.files ?? [];
    }
    return [];
  } catch {
    return [];
  } finally {
    await handle.close();
  }
}

/**
 * A file's bytes in one buffer, read in as few calls as the system allows. `readFile` reads large
 * files in 512 KiB steps, one thread-pool round trip each: seconds for an index of hundreds of MB.
 */
async function readWhole(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await handle.read(buffer, filled, size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** The first section whose bytes do not match their checksum (or lie outside the file); null when all do. */
function damagedSection(raw: Buffer, base: number, h: Header): string | null {
  for (const [name, { offset, length }] of Object.entries(h.sections)) {
    const at = base + offset;
    if (at + length > raw.length || h.checksums[name] !== checksum(raw.subarray(at, at + length))) return name;
  }
  return null;
}

/**
 * Loads the persisted index when it matches; null means "build it" (missing, stale or damaged).
 * `onReject` is told why an index file that exists was not used, so a rebuild is never silent.
 */
export async function loadIndex(
  dataDir: string,
  stamp: { analyzerVersion: string; corpusHash: string },
  onReject: (reason: string) => void = () => undefined,
): Promise<IndexData | null> {
  const why = { reason: 'damaged (a size or bounds check failed)' };
  const data = await loadIndexQuietly(dataDir, stamp, why);
  if (!data && why.reason !== 'missing') onReject(why.reason);
  return data;
}

async function loadIndexQuietly(
  dataDir: string,
  stamp: { analyzerVersion: string; corpusHash: string },
  why: { reason: string },
): Promise<IndexData | null> {
  let raw: Buffer;
  try {
    raw = await readWhole(path.join(dataDir, INDEX_FILE));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    why.reason = code === 'ENOENT' ? 'missing' : `unreadable (${code ?? (error as Error).message})`;
    return null;
  }
  try {
    const header = parseHeader(raw);
    why.reason = 'not an index file, or its header is of an unknown version';
    if (!header) return null;
    const { header: h, newline } = header;
    why.reason =
      h.analyzerVersion !== stamp.analyzerVersion
        ? `built by analyzer ${h.analyzerVersion}, not ${stamp.analyzerVersion}`
        : 'the corpus, notes or glossary changed';
    if (h.analyzerVersion !== stamp.analyzerVersion || h.corpusHash !== stamp.corpusHash) return null;
    why.reason = 'damaged (a size or bounds check failed)';
    const base = align(newline + 1);
    const damaged = damagedSection(raw, base, h);
    if (damaged) {
      why.reason = `damaged (its ${damaged} section fails its checksum)`;
      return null;
    }
    const s = h.sections;
    const section = (x: { offset: number; length: number }): [number, number] => [base + x.offset, x.length];
    const [metaAt, metaLength] = section(s.meta);
    if (metaAt + metaLength > raw.length) return null;
    const meta = MetaSchema.safeParse(v8.deserialize(raw.subarray(metaAt, metaAt + metaLength)));
    if (!meta.success) return null;
    const bytes = (x: { offset: number; length: number }): Buffer => {
      const [at, length] = section(x);
      if (at + length > raw.length) throw new Error('section size');
      return raw.subarray(at, at + length);
    };
    const n = h.documentCount;
    const passages = decodePassages(
      {
        strings: bytes(s.strings),
        fields: view(Uint32Array, raw, ...section(s.passageFields), n * 3),
        spans: view(Float64Array, raw, ...section(s.passageSpans), n * 2),
        ids: bytes(s.ids),
        idOffsets: view(Float64Array, raw, ...section(s.idOffsets), n + 1),
        texts: bytes(s.texts),
        textOffsets: view(Float64Array, raw, ...section(s.textOffsets), n + 1),
      },
      n,
    );
    if (!passages) return null;
    const [termsAt, termsLength] = section(s.terms);
    if (termsAt + termsLength > raw.length) return null;
    const termList = h.termCount === 0 ? [] : raw.toString('utf8', termsAt, termsAt + termsLength).split('\n');
    if (termList.length !== h.termCount) return null;
    const terms = new Map(termList.map((t, i) => [t, i]));
    const offsets = view(Uint32Array, raw, ...section(s.offsets), h.termCount * FIELD_COUNT + 1);
    const docs = view(Uint32Array, raw, ...section(s.docs), h.postingCount);
    const tfs =
      h.tfBytes === 2
        ? view(Uint16Array, raw, ...section(s.tfs), h.postingCount)
        : view(Uint32Array, raw, ...section(s.tfs), h.postingCount);
    const df = view(Uint32Array, raw, ...section(s.df), h.termCount);
    const lengths = view(Uint32Array, raw, ...section(s.fieldLengths), FIELD_COUNT * h.documentCount);
    // A damaged file must never index outside the arrays: runs ascend within bounds, passages exist.
    if (terms.size !== h.termCount || offsets[0] !== 0 || offsets[offsets.length - 1] !== h.postingCount) return null;
    for (let i = 1; i < offsets.length; i += 1) if ((offsets[i] as number) < (offsets[i - 1] as number)) return null;
    for (let i = 0; i < docs.length; i += 1) if ((docs[i] as number) >= h.documentCount) return null;
    const fieldLengths = Array.from({ length: FIELD_COUNT }, (_, f) => lengths.subarray(f * h.documentCount, (f + 1) * h.documentCount));
    const index: FlatIndex = {
      documentCount: h.documentCount,
      terms,
      offsets,
      docs,
      tfs,
      df,
      fieldLengths,
      avgFieldLength: h.avgFieldLength,
    };
    return { docs: meta.data.docs, passages, index };
  } catch (error) {
    // A damaged file can make any decoding step throw; a bug would too, so the message is kept.
    why.reason = `damaged (${(error as Error).message})`;
    return null;
  }
}
