/**
 * Reads report folders (.txt, .md, .pdf, with an optional manifest.json) and the project's own
 * notes. Every failure is a `CorpusProblem` value with what is wrong and how to fix it; nothing throws.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { readJsonFile } from '../json-file.js';
import type { SourceDoc } from '../types.js';
import { firstPageHeader } from './furniture.js';
import { markdownToText } from './markdown.js';
import { readPdf } from './pdf.js';
import { repairText } from './repair.js';
import { chooseTitle, isUsableTitle } from './title.js';

export interface CorpusProblem {
  path: string;
  message: string;
}

const ManifestSchema = z.object({
  documents: z.array(
    z
      .object({
        file: z.string().min(1),
        title: z.string().min(1),
        date: z.string().optional(),
        publisher: z.string().optional(),
        topics: z.array(z.string()).optional(),
      })
      .passthrough(),
  ),
});
type ManifestEntry = z.infer<typeof ManifestSchema>['documents'][number];

export const SUPPORTED = new Set(['.txt', '.md', '.pdf']);

function errnoMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'ENOTDIR') return 'is not a folder';
  return `cannot be read (${code ?? (error as Error).message})`;
}

async function readManifest(dir: string, problems: CorpusProblem[]): Promise<Map<string, ManifestEntry>> {
  const file = path.join(dir, 'manifest.json');
  const read = readJsonFile(file, ManifestSchema);
  if (read.ok) return new Map(read.value.documents.map((d) => [d.file, d]));
  // No manifest is normal; a broken one is reported and the documents' own titles are used.
  if (!read.missing)
    problems.push({
      path: file,
      message: `manifest.json ignored: ${read.message.slice(file.length + 2)}; titles come from the documents instead`,
    });
  return new Map();
}

interface Extracted {
  /** The raw text; a PDF's pages are separated by form feeds. */
  raw: string;
  pages?: string[][];
  titles?: string[];
  display?: string[];
}

/** Text of a file, or a problem when it is binary junk or an unreadable PDF. */
async function extract(file: string, bytes: Buffer): Promise<Extracted | CorpusProblem> {
  if (file.toLowerCase().endsWith('.pdf')) {
    try {
      const { pages, titles, display } = await readPdf(new Uint8Array(bytes));
      const raw = pages.join('\f');
      if (raw.replace(/\f/g, '').trim().length === 0)
        return { path: file, message: 'PDF has no text layer (a scan?): run OCR first or add a .txt extraction' };
      return { raw, pages: pages.map((page) => page.split('\n')), titles, display };
    } catch (error) {
      return {
        path: file,
        message: `not a readable PDF (${(error as Error).message.split('\n')[0]}): re-export it or add a .txt extraction`,
      };
    }
  }
  const text = bytes.toString('utf8');
  const junk = (text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (text.length > 0 && junk / text.length > 0.01)
    return { path: file, message: 'not UTF-8 text (binary data?): convert it to UTF-8 plain text' };
  return { raw: text };
}

export async function readCorpus(dirs: string[]): Promise<{ docs: SourceDoc[]; problems: CorpusProblem[] }> {
  const docs: SourceDoc[] = [];
  const problems: CorpusProblem[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      if (!(await stat(dir)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
      names = (await readdir(dir)).sort();
    } catch (error) {
      problems.push({ path: dir, message: `corpus folder ${dir} ${errnoMessage(error)}: check --corpus / FINRISK_CORPUS` });
      continue;
    }
    const manifest = await readManifest(dir, problems);
    for (const name of names.filter((n) => SUPPORTED.has(path.extname(n).toLowerCase()))) {
      const doc = await readOne(path.join(dir, name), manifest.get(name), 'report');
      if ('message' in doc) problems.push(doc);
      else docs.push(doc);
    }
  }
  return { docs, problems };
}

async function readOne(file: string, meta: ManifestEntry | undefined, kind: SourceDoc['kind']): Promise<SourceDoc | CorpusProblem> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { path: file, message: `${path.basename(file)} ${errnoMessage(error)}` };
  }
  const extracted = await extract(file, bytes);
  if ('message' in extracted) return extracted;
  const name = path.basename(file);
  const metaTitle = meta?.title ?? extracted.titles?.find((t) => isUsableTitle(t, name));
  const isMarkdown = file.toLowerCase().endsWith('.md');
  // The running title that repair drops is the metadata's title when the manifest has none.
  const text = isMarkdown ? markdownToText(extracted.raw) : repairText(extracted.raw, { title: metaTitle });
  if (text.trim().length === 0) return { path: file, message: `${name} is empty` };
  const header = extracted.pages ? firstPageHeader(extracted.pages) : undefined;
  return {
    file: name,
    path: file,
    title: chooseTitle({ manifest: meta?.title, metadata: extracted.titles, display: extracted.display, text, header, fileName: name }),
    date: meta?.date,
    publisher: meta?.publisher,
    topics: meta?.topics,
    hash: createHash('sha256').update(bytes).digest('hex'),
    text,
    kind,
  };
}

/** The project's own notes (knowledge/notes/*.md): always indexed, titled by their `# ` line. */
export async function readNotes(dir: string): Promise<{ docs: SourceDoc[]; problems: CorpusProblem[] }> {
  const docs: SourceDoc[] = [];
  const problems: CorpusProblem[] = [];
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.md')).sort();
  } catch (error) {
    return { docs, problems: [{ path: dir, message: `notes folder ${errnoMessage(error)}` }] };
  }
  for (const name of names) {
    const doc = await readOne(path.join(dir, name), undefined, 'note');
    if ('message' in doc) problems.push(doc);
    else docs.push(doc);
  }
  return { docs, problems };
}
