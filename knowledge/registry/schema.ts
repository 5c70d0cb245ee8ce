/** The registry data file's schema; a bad file fails with the file, the entry id and the field. */
import { describeIssue, loadJsonFile } from '../json-file.js';
import path from 'node:path';
import { z } from 'zod';
import type { RegistryEntry, RegistrySource, SectorStatement } from './types.js';

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY-MM-DD, YYYY-MM or YYYY');

const Source = z
  .object({
    doc: z.string().optional(),
    /** Only for a url or a note: a corpus report is named by its file, and its title read from the index. */
    title: z.string().min(1).optional(),
    section: z.string().optional(),
    url: z.string().url().optional(),
    accessed: isoDate.optional(),
  })
  .refine(
    (s) => s.doc !== undefined || (s.url !== undefined && s.accessed !== undefined),
    'needs a corpus doc, or a url with the date it was accessed',
  )
  .refine((s) => s.doc !== undefined || s.title !== undefined, 'a url source needs its title');

/** What a source names when its report is not indexed (no corpus loaded): never a file name. */
export const UNLOADED_TITLE = '语料库中的报告（未载入）';
type ParsedSource = z.infer<typeof Source>;
/** A source as shown: its title given, or read from the index by its file. */
const titled = (s: ParsedSource, titleOf: TitleOf): RegistrySource => ({
  ...s,
  title: s.title ?? (s.doc !== undefined ? titleOf(s.doc) : undefined) ?? UNLOADED_TITLE,
});
export type TitleOf = (file: string) => string | undefined;

export const RegistryEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and hyphens'),
    name: z.string().min(2),
    aliases: z.array(z.string().min(2)),
    kind: z.enum(['exchange', 'pseudo_exchange', 'platform', 'company', 'regulator']),
    region: z.string(),
    province: z.string().optional(),
    status: z.enum(['no-closure-record', 'operating', 'qualification-cancelled', 'renamed-out', 'deregistered', 'closed']),
    date: isoDate.nullable(),
    /** When it was set up, from the reports: never a status. */
    founded: isoDate.optional(),
    source: Source,
    note: z.string().optional(),
  })
  .strict()
  // A status is a claim about a moment: without the date of its source it cannot be shown.
  .refine((e) => e.status === 'no-closure-record' || e.date !== null, {
    message: 'a status other than no-closure-record needs the date of its source',
    path: ['date'],
  });

/** What the latest report says of a whole kind of venue, for entries with no closure of their own. */
export const SectorSchema = z
  .object({
    kind: z.enum(['exchange', 'pseudo_exchange', 'platform', 'company']),
    match: z.string().min(1),
    date: isoDate,
    says: z.string().min(4),
    source: Source,
  })
  .strict();

const RegistryFileSchema = z.object({ version: z.literal(1), entries: z.array(z.unknown()), sectors: z.array(SectorSchema).default([]) });

export const DEFAULT_REGISTRY_FILE = path.join(import.meta.dirname, 'registry.json');

export class RegistryFileError extends Error {
  override name = 'RegistryFileError';
}

export function loadRegistryFile(file = DEFAULT_REGISTRY_FILE, titleOf: TitleOf = () => undefined): RegistryEntry[] {
  return loadRegistryData(file, titleOf).entries;
}

export function loadRegistryData(
  file = DEFAULT_REGISTRY_FILE,
  titleOf: TitleOf = () => undefined,
): { entries: RegistryEntry[]; sectors: SectorStatement[] } {
  const top = loadJsonFile(file, RegistryFileSchema, { error: (message, cause) => new RegistryFileError(message, { cause }) });
  const ids = new Set<string>();
  const entries = top.entries.map((raw, i) => {
    const parsed = RegistryEntrySchema.safeParse(raw);
    const id = raw && typeof raw === 'object' && 'id' in raw ? String((raw as { id: unknown }).id) : `#${i}`;
    if (!parsed.success) {
      throw new RegistryFileError(`${file}: entry "${id}": ${describeIssue(parsed.error, { whole: 'entry' })}`, { cause: parsed.error });
    }
    if (ids.has(parsed.data.id)) throw new RegistryFileError(`${file}: entry "${id}": id is used twice`);
    ids.add(parsed.data.id);
    return { ...parsed.data, source: titled(parsed.data.source, titleOf) };
  });
  return { entries, sectors: top.sectors.map((s) => ({ ...s, source: titled(s.source, titleOf) })) };
}
