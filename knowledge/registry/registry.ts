/**
 * Tolerant lookup of exchanges and platforms: by name, alias or short name, without the company
 * suffix, across full/half width and traditional characters, and with one character mistyped.
 */
import { editDistance } from '../natural.js';
import { normalizeForMatch } from '../text.js';
import { loadRegistryFile } from './schema.js';
import type { EntityKind, Registry, RegistryEntry, RegistryMatch, RegistryMention, StatusUpdate } from './types.js';

const SUFFIX = /(股份有限公司|有限责任公司|有限公司|集团)$/;

/** The comparable form of a name: folded, without spaces, brackets or quotes. */
export function nameKey(name: string): string {
  return normalizeForMatch(name).replace(/[\s()（）“”"'‘’《》]/g, '');
}

const bare = (key: string): string => key.replace(SUFFIX, '');

interface Key {
  key: string;
  entry: RegistryEntry;
  how: 'name' | 'alias';
}

export function createRegistry(initial: RegistryEntry[]): Registry {
  let entries = initial.map((e) => ({ ...e, aliases: [...e.aliases] }));
  let keys: Key[] = [];
  const reindex = (): void => {
    keys = entries.flatMap((entry) => [
      { key: nameKey(entry.name), entry, how: 'name' as const },
      ...entry.aliases.map((alias) => ({ key: nameKey(alias), entry, how: 'alias' as const })),
    ]);
    // Longest first, so mentions prefer 西安百金金融资产交易中心 over 西安百金.
    keys.sort((a, b) => b.key.length - a.key.length);
  };
  reindex();

  const lookup = (name: string): RegistryMatch[] => {
    const q = nameKey(name);
    if (q.length < 2) return [];
    const found = new Map<string, RegistryMatch>();
    const offer = (m: RegistryMatch): void => {
      const have = found.get(m.entry.id);
      if (!have || m.distance < have.distance) found.set(m.entry.id, m);
    };
    for (const k of keys) {
      if (k.key === q) offer({ entry: k.entry, how: k.how, distance: 0 });
      else if (bare(k.key) === bare(q) && bare(q).length >= 4) offer({ entry: k.entry, how: 'suffix', distance: 0 });
    }
    if (found.size === 0 && bare(q).length >= 5) {
      for (const k of keys) {
        const d = editDistance(bare(k.key), bare(q));
        if (d <= 1) offer({ entry: k.entry, how: 'fuzzy', distance: d });
      }
    }
    const rank = { name: 0, alias: 1, suffix: 2, fuzzy: 3 };
    return [...found.values()].sort((a, b) => a.distance - b.distance || rank[a.how] - rank[b.how]);
  };

  const mentions = (text: string): RegistryMention[] => {
    const normal = normalizeForMatch(text);
    const taken = new Array<boolean>(normal.length).fill(false);
    const out: RegistryMention[] = [];
    for (const k of keys) {
      if (k.key.length < 2) continue;
      for (let at = normal.indexOf(k.key); at >= 0; at = normal.indexOf(k.key, at + 1)) {
        const end = at + k.key.length;
        if (taken.slice(at, end).some(Boolean)) continue;
        const suffix = /^(股份有限公司|有限责任公司|有限公司)/.exec(normal.slice(end));
        const stop = end + (suffix ? (suffix[1] as string).length : 0);
        taken.fill(true, at, stop);
        out.push({ entry: k.entry, text: text.slice(at, stop), start: at, end: stop });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  };

  const inRegion = (region: string, kind?: EntityKind): RegistryEntry[] => {
    const r = region.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, '');
    return entries.filter((e) => (e.region === r || e.province === r) && (!kind || e.kind === kind));
  };

  const apply = (update: StatusUpdate): RegistryEntry => {
    const match = lookup(update.name).find((m) => m.how !== 'fuzzy');
    if (match) {
      const updated: RegistryEntry = { ...match.entry, status: update.status, date: update.date, source: update.source };
      entries = entries.map((e) => (e.id === updated.id ? updated : e));
      reindex();
      return updated;
    }
    const id = `news-${nameKey(update.name).replace(/[^a-z0-9]/g, '') || 'entity'}-${entries.length + 1}`;
    const created: RegistryEntry = {
      id,
      name: update.name,
      aliases: [],
      kind: /贷|宝|金服|平台/.test(update.name) ? 'platform' : 'exchange',
      region: update.region ?? '',
      status: update.status,
      date: update.date,
      source: update.source,
    };
    entries = [...entries, created];
    reindex();
    return created;
  };

  return { lookup, mentions, inRegion, all: () => entries, apply };
}

export function loadDefaultRegistry(): Registry {
  return createRegistry(loadRegistryFile());
}
