/** The registry data file's schema; a bad file fails with the file, the entry id and the field. */
import { describeIssue, loadJsonFile } from '../json-file.js';
import path from 'node:path';
import { z } from 'zod';
import type { RegistryEntry, SectorStatement } from './types.js';

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY-MM-DD, YYYY-MM or YYYY');

const Source = z
  .object({
    doc: z.string().optional(),
    title: z.string().min(1),
    section: z.string().optional(),
    url: z.string().url().optional(),
    accessed: isoDate.optional(),
  })
  .refine(
    (s) => s.doc !== undefined || (s.url !== undefined && s.accessed !== undefined),
    'needs a corpus doc, or a url with the date it was accessed',
  );

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

export function loadRegistryFile(file = DEFAULT_REGISTRY_FILE): RegistryEntry[] {
  return loadRegistryData(file).entries;
}

export function loadRegistryData(file = DEFAULT_REGISTRY_FILE): { entries: RegistryEntry[]; sectors: SectorStatement[] } {
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
    return parsed.data;
  });
  return { entries, sectors: top.sectors };
}
