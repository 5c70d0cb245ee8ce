/**
 * A PDF's text layer, page by page, and what it says about its own title: the metadata's title
 * fields and the lines the first page sets in large type. Read through unpdf (pdf.js). Pages are
 * kept apart so that headers and footers can be found at their edges.
 */
import type { PDFDocumentProxy } from 'unpdf/pdfjs';
import { z } from 'zod';
import { joinFragments } from './repair.js';

export interface PdfContent {
  pages: string[];
  /** Document-information `Title`, then XMP `dc:title`, as found (possibly placeholders). */
  titles: string[];
  /** First-page lines set larger than its body text, largest first (a cover title, chapter headings). */
  display: string[];
}

const InfoSchema = z.object({ Title: z.string().optional() }).passthrough();
const TextItemSchema = z.object({ str: z.string(), transform: z.array(z.number()).min(6), hasEOL: z.boolean().optional() });
/** Type at least this much larger than the body's counts as display type. */
const DISPLAY_RATIO = 1.3;

/** pdf.js hands back its own Metadata object (with `get`) or `{}`; anything else is ignored. */
function xmpTitle(metadata: unknown): string | undefined {
  if (typeof metadata !== 'object' || metadata === null || !('get' in metadata) || typeof metadata.get !== 'function') return undefined;
  const value: unknown = (metadata.get as (name: string) => unknown).call(metadata, 'dc:title');
  return typeof value === 'string' ? value : undefined;
}

interface Line {
  size: number;
  text: string;
}

/** A page's lines as pdf.js ends them (`hasEOL`), each with the largest type size on it. */
function pageLines(items: unknown[]): Line[] {
  const lines: Line[] = [];
  let current: Line = { size: 0, text: '' };
  for (const raw of items) {
    const item = TextItemSchema.safeParse(raw);
    if (!item.success) continue;
    const [, , c = 0, d = 0] = item.data.transform;
    current.text += item.data.str;
    if (item.data.str.trim() !== '') current.size = Math.max(current.size, Math.round(Math.hypot(c, d) * 10) / 10);
    if (item.data.hasEOL) {
      lines.push(current);
      current = { size: 0, text: '' };
    }
  }
  if (current.text.trim() !== '') lines.push(current);
  return lines;
}

/**
 * The page's text, one printed line a line, with a blank line where the type size changes: a
 * heading or a cover title in its own size then never runs into the text around it.
 */
function pageText(lines: Line[]): string {
  return lines
    .map((line, i) => {
      const before = lines[i - 1];
      const changed = before !== undefined && before.size > 0 && line.size > 0 && Math.abs(before.size - line.size) >= 0.5;
      return changed ? `\n${line.text}` : line.text;
    })
    .join('\n');
}

/** Consecutive lines in one size are one block (a long title wraps); blocks in display type, largest first. */
function displayLines(lines: Line[]): string[] {
  const blocks: Line[] = [];
  for (const line of lines.filter((l) => l.text.trim() !== '')) {
    const last = blocks[blocks.length - 1];
    if (last && last.size === line.size) last.text = joinFragments(last.text, line.text);
    else blocks.push({ ...line });
  }
  // The body size is the one most characters are set in.
  const chars = new Map<number, number>();
  for (const block of blocks) chars.set(block.size, (chars.get(block.size) ?? 0) + block.text.length);
  const body = [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  return blocks
    .filter((block) => block.size >= body * DISPLAY_RATIO)
    .sort((a, b) => b.size - a.size)
    .map((block) => block.text.trim());
}

async function readPages(pdf: PDFDocumentProxy): Promise<Line[][]> {
  const pages: Line[][] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(pageLines(content.items as unknown[]));
  }
  return pages;
}

/** Reads a PDF; throws what pdf.js throws for a file that is not a readable PDF. */
export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  const { getDocumentProxy, getMeta } = await import('unpdf');
  const pdf = await getDocumentProxy(bytes);
  try {
    const pages = await readPages(pdf);
    // Metadata is a nicety: a PDF whose metadata cannot be parsed still has its text read.
    const meta = await getMeta(pdf).catch(() => ({ info: {}, metadata: {} }));
    const info = InfoSchema.safeParse(meta.info);
    const titles = [info.success ? info.data.Title : undefined, xmpTitle(meta.metadata)];
    return {
      pages: pages.map(pageText),
      titles: titles.filter((t): t is string => typeof t === 'string' && t.trim().length > 0),
      display: displayLines(pages[0] ?? []),
    };
  } finally {
    await pdf.destroy();
  }
}
