/**
 * Platforms whose collapse was reported nationally (./known-closures.json), for the names the
 * registry does not hold yet: a pitch that names one is closed_entity, and a P2P one is p2p_lending
 * too ("团贷网要重启了，新一期出借" is both). The registry stays the primary source.
 */
import path from 'node:path';
import { z } from 'zod';
import { loadJsonFile } from '../knowledge/json-file.js';
import { normalizeForMatch } from '../knowledge/text.js';
import { PROVINCE_NAMES } from '../knowledge/regions.js';
import type { Registry } from '../knowledge/registry/types.js';
import type { Evidence } from './types.js';

const KnownClosuresSchema = z
  .object({
    version: z.literal(1),
    note: z.string(),
    platforms: z.array(
      z.object({ name: z.string().min(2), aliases: z.array(z.string().min(2)), p2p: z.boolean(), says: z.string().min(4) }).strict(),
    ),
    pinyin: z.object({ note: z.string(), names: z.record(z.string().regex(/^[a-z]+$/), z.string().min(1)) }).strict(),
  })
  .strict();

export interface KnownClosure {
  name: string;
  p2p: boolean;
  says: string;
}

const FILE = path.join(import.meta.dirname, 'known-closures.json');
const WORD_CHAR = /[a-z0-9]/;

const data = loadJsonFile(FILE, KnownClosuresSchema);
const keys: Array<{ key: string; closure: KnownClosure }> = data.platforms.flatMap((p) =>
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

// "Liaoning FAE", "Xi'an Baijin FAE" and the kind spelt out: a venue named in English, its own name in
// romanised words before the kind.
const ENGLISH_VENUE =
  /((?:\b[a-z][a-z'’-]*\s+){1,4})(?:(internet)\s+)?(?:financial\s+assets?\s+(?:exchange|trading)(?:\s+(?:cent(?:er|re)|co\b|company))?|fae\b)/g;
const PINYIN = data.pinyin.names;
const LONGEST_FIRST = Object.keys(PINYIN).sort((a, b) => b.length - a.length);

/** 'xianbaijin' → '西安百金' when every part is a known romanised name; null otherwise. */
function fromPinyin(flat: string): string | null {
  let out = '';
  for (let at = 0; at < flat.length;) {
    const key = LONGEST_FIRST.find((k) => flat.startsWith(k, at));
    if (!key) return null;
    out += PINYIN[key];
    at += key.length;
  }
  return out;
}

/** Closed venues of the registry named in English: the Chinese name is rebuilt and looked up. */
export function findEnglishClosures(text: string, norm: string, registry: Registry | undefined): Evidence[] {
  if (!registry) return [];
  const out: Evidence[] = [];
  for (const m of norm.matchAll(ENGLISH_VENUE)) {
    const words = (m[1] as string).trim().split(/\s+/);
    // The longest run of romanised words just before the kind that reads as a name.
    for (let k = words.length; k >= 1; k -= 1) {
      const own = fromPinyin(words.slice(-k).join('').replace(/['’-]/g, ''));
      if (!own || own === '省' || own === '市') continue;
      const hit = registry
        .lookup(`${own}${m[2] ? '互联网' : ''}金融资产交易中心`)
        .find((r) => r.distance === 0 && r.entry.status !== 'operating' && r.entry.status !== 'no-closure-record');
      if (hit) {
        const start = (m.index ?? 0) + (m[1] as string).length - words.slice(-k).join(' ').length - 1;
        const at = norm.indexOf(words[words.length - k] as string, Math.max(0, start));
        out.push({ text: text.slice(at, (m.index ?? 0) + m[0].length), start: at, end: (m.index ?? 0) + m[0].length });
      }
      break;
    }
  }
  return out;
}

// "东北亚创新金交中心（吉林）", "湖南金交所": the spoken short form of a closed registry venue, its province
// sometimes dropped or moved into brackets. The short forms are derived once per registry state from the
// closed venues' full names, so a check only looks for strings (a registry lookup per guess is too slow).
const FULL_VENUE = /^(.*?)(?:互联网)?金融资产交易(?:中心|所)/u;
const PROVINCE = new RegExp(`^(?:${PROVINCE_NAMES.join('|')})`, 'u');
const shortCache = new WeakMap<object, { entries: unknown; forms: string[] }>();

function shortForms(registry: Registry): string[] {
  const entries = registry.all();
  const cached = shortCache.get(registry);
  if (cached && cached.entries === entries) return cached.forms;
  const forms = new Set<string>();
  for (const e of entries) {
    if (e.status === 'operating' || e.status === 'no-closure-record') continue;
    for (const name of [e.name, ...e.aliases]) {
      const own = FULL_VENUE.exec(normalizeForMatch(name))?.[1];
      if (!own) continue;
      const bare = own.replace(PROVINCE, '');
      for (const stem of new Set([own, bare].filter((x) => x.length >= 2)))
        for (const kind of ['金交中心', '金交所']) forms.add(stem + kind);
    }
  }
  const out = [...forms].sort((a, b) => b.length - a.length);
  shortCache.set(registry, { entries, forms: out });
  return out;
}

/** Closed venues of the registry named by their short form (…金交中心, …金交所). */
export function findShortClosures(text: string, norm: string, registry: Registry | undefined): Evidence[] {
  if (!registry || !norm.includes('金交')) return [];
  const out: Evidence[] = [];
  for (const form of shortForms(registry)) {
    for (let at = norm.indexOf(form); at >= 0; at = norm.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (!out.some((o) => at < o.end && end > o.start)) out.push({ text: text.slice(at, end), start: at, end });
    }
  }
  return out;
}
