/** The registry data file's schema; a bad file fails with the file, the entry id and the field. */
import { describeIssue, loadJsonFile } from '../json-file.js';
import path from 'node:path';
import { z } from 'zod';
import type { RegistryEntry } from './types.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be YYYY-MM-DD or YYYY-MM');

export const RegistryEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and hyphens'),
    name: z.string().min(2),
    aliases: z.array(z.string().min(2)),
    kind: z.enum(['exchange', 'pseudo_exchange', 'platform', 'company', 'regulator']),
    region: z.string(),
    province: z.string().optional(),
    status: z.enum(['operating', 'qualification-cancelled', 'renamed-out', 'deregistered', 'closed']),
    date: isoDate.nullable(),
    source: z
      .object({ doc: z.string().optional(), title: z.string().min(1), section: z.string().optional(), url: z.string().url().optional(), accessed: isoDate.optional() })
      .refine((s) => s.doc !== undefined || (s.url !== undefined && s.accessed !== undefined), 'needs a corpus doc, or a url with the date it was accessed'),
    note: z.string().optional(),
  })
  .strict();

const RegistryFileSchema = z.object({ version: z.literal(1), entries: z.array(z.unknown()) });

export const DEFAULT_REGISTRY_FILE = path.join(import.meta.dirname, 'registry.json');

export class RegistryFileError extends Error {
  override name = 'RegistryFileError';
}

export function loadRegistryFile(file = DEFAULT_REGISTRY_FILE): RegistryEntry[] {
  const top = loadJsonFile(file, RegistryFileSchema, { error: (message, cause) => new RegistryFileError(message, { cause }) });
  const ids = new Set<string>();
  return top.entries.map((raw, i) => {
    const parsed = RegistryEntrySchema.safeParse(raw);
    const id = raw && typeof raw === 'object' && 'id' in raw ? String((raw as { id: unknown }).id) : `#${i}`;
    if (!parsed.success) {
      throw new RegistryFileError(`${file}: entry "${id}": ${describeIssue(parsed.error, { whole: 'entry' })}`, { cause: parsed.error });
    }
    if (ids.has(parsed.data.id)) throw new RegistryFileError(`${file}: entry "${id}": id is used twice`);
    ids.add(parsed.data.id);
    return parsed.data;
  });
}
