/**
 * Platforms whose collapse was reported nationally (./known-closures.json), for the names the
 * registry does not hold yet: a pitch that names one is closed_entity, and a P2P one is p2p_lending
 * too ("团贷网要重启了，新一期出借" is both). The registry stays the primary source.
 */
import path from 'node:path';
import { z } from 'zod';
import { loadJsonFile } from '../knowledge/json-file.js';
import { normalizeForMatch } from '../knowledge/text.js';
import type { Evidence } from './types.js';

const KnownClosuresSchema = z
  .object({
    version: z.literal(1),
    note: z.string(),
    platforms: z.array(
      z.object({ name: z.string().min(2), aliases: z.array(z.string().min(2)), p2p: z.boolean(), says: z.string().min(4) }).strict(),
    ),
  })
  .strict();

export interface KnownClosure {
  name: string;
  p2p: boolean;
  says: string;
}

const FILE = path.join(import.meta.dirname, 'known-closures.json');
const WORD_CHAR = /[a-z0-9]/;

const keys: Array<{ key: string; closure: KnownClosure }> = loadJsonFile(FILE, KnownClosuresSchema).platforms.flatMap((p) =>
  [p.name, ...p.aliases].map((n) => ({ key: normalizeForMatch(n), closure: { name: p.name, p2p: p.p2p, says: p.says } })),
);

/** Every mention of a known closed platform in `norm`, reported on `text`. */
export function findKnownClosures(text: string, norm: string): Array<Evidence & { closure: KnownClosure }> {
  const out: Array<Evidence & { closure: KnownClosure }> = [];
  for (const { key, closure } of keys) {
    for (let at = norm.indexOf(key); at >= 0; at = norm.indexOf(key, at + 1)) {
      const end = at + key.length;
      if (/[a-z]/.test(key) && (WORD_CHAR.test(norm[at - 1] ?? '') || WORD_CHAR.test(norm[end] ?? ''))) continue;
      if (!out.some((o) => at < o.end && end > o.start)) out.push({ text: text.slice(at, end), start: at, end, closure });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
