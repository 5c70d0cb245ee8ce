/**
 * A PDF's text layer, page by page, and the title fields of its metadata, read through unpdf
 * (pdf.js). Pages are kept apart so that headers and footers can be found at their edges.
 */
import { z } from 'zod';

export interface PdfContent {
  pages: string[];
  /** Document-information `Title`, then XMP `dc:title`, as found (possibly placeholders). */
  titles: string[];
}

const InfoSchema = z.object({ Title: z.string().optional() }).passthrough();

/** pdf.js hands back its own Metadata object (with `get`) or `{}`; anything else is ignored. */
function xmpTitle(metadata: unknown): string | undefined {
  if (typeof metadata !== 'object' || metadata === null || !('get' in metadata) || typeof metadata.get !== 'function') return undefined;
  const value: unknown = (metadata.get as (name: string) => unknown).call(metadata, 'dc:title');
  return typeof value === 'string' ? value : undefined;
}

/** Reads a PDF; throws what pdf.js throws for a file that is not a readable PDF. */
export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  const { extractText, getDocumentProxy, getMeta } = await import('unpdf');
  const pdf = await getDocumentProxy(bytes);
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    const pages = Array.isArray(text) ? text : [text];
    // Metadata is a nicety: a PDF whose metadata cannot be parsed still has its text read.
    const meta = await getMeta(pdf).catch(() => ({ info: {}, metadata: {} }));
    const info = InfoSchema.safeParse(meta.info);
    const titles = [info.success ? info.data.Title : undefined, xmpTitle(meta.metadata)];
    return { pages, titles: titles.filter((t): t is string => typeof t === 'string' && t.trim().length > 0) };
  } finally {
    await pdf.destroy();
  }
}
