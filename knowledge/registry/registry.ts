/**
 * Tolerant lookup of exchanges and platforms: by name, alias or short name, without the company
 * suffix, across full/half width and traditional characters, and with one character mistyped.
 */
import { editDistance } from '../natural.js';
import { findRegions, provinceOf } from '../regions.js';
import { normalizeForMatch } from '../text.js';
import { loadRegistryData, type TitleOf } from './schema.js';
import type { EntityKind, Registry, RegistryEntry, RegistryMatch, RegistryMention, SectorStatement, StatusUpdate } from './types.js';

const SUFFIX = /(股份有限公司|有限责任公司|有限公司|集团)$/;

/** The comparable form of a name: folded, without spaces, brackets or quotes. */
const DROPPED = /[\s()（）“”"'‘’《》]/;

export function nameKey(name: string): string {
  return normalizeForMatch(name).replace(new RegExp(DROPPED.source, 'g'), '');
}

const bare = (key: string): string =>
  key
    .replace(/[.,，]/g, '')
    .replace(SUFFIX, '')
    .replace(/(?:coltd|companylimited|colimited|limited|company|inc|llc|corporation|corp)$/, '');

/**
 * The form in which 所/中心/交易中心, 金交所 and 省 do not matter: people say 辽宁金融资产交易所 for
 * 辽宁金融资产交易中心, 黑龙江金融资产交易中心 for 黑龙江省…, 天津金交所 for 天津金融资产交易所.
 */
// English names are held as aliases in their comparable form (tianjinfinancialassetsexchange): nameKey
// lower-cases and drops spaces, so the English name as people write it finds them.
export const variantKey = (key: string): string =>
  bare(key)
    .replace(/(?:省|市)(?=金融资产|互联网金融|金交)/, '')
    .replace(/金交(?:所|中心)$/, '金融资产交易#')
    .replace(/交易(?:所|中心)$/, '交易#')
    .replace(/(?:financialassets?|financial)exchange(?:center|centre)?$/, 'fae#');

/** What tells names apart: 金融资产交易中心 is shared by dozens of them. */
const ownPart = (key: string): string => variantKey(key).replace(/(?:互联网)?金融资产交易#$|fae#$|交易#$/, '');

/** Typos allowed: one, or two when the part that tells names apart is long (吉林东北亚创新…). */
const allowedEdits = (key: string): number => (ownPart(key).length >= 6 ? 2 : 1);

const places = (key: string): string =>
  findRegions(key)
    .map((r) => r.name)
    .join('|');

/**
 * One edit apart is a typo unless the query names another place: 河南… and 湖南… differ by one
 * character, yet they are different exchanges, and a false "qualification cancelled" is worse than
 * a miss. A mistyped place (湖难…) names no place, so it still matches.
 */
const isTypoOf = (query: string, key: string): boolean => {
  if (Math.abs(key.length - query.length) > 2 || editDistance(key, query) > allowedEdits(query)) return false;
  const named = places(query);
  return named === '' || named === places(key);
};

/** Text without the characters nameKey drops, and where each kept character came from. */
function stripForMentions(normal: string): { text: string; from: number[] } {
  const from: number[] = [];
  let text = '';
  for (let i = 0; i < normal.length; i++) {
    const ch = normal[i] as string;
    if (DROPPED.test(ch)) continue;
    text += ch;
    from.push(i);
  }
  return { text, from };
}

const RANK: Record<RegistryMatch['how'], number> = { name: 0, alias: 1, suffix: 2, fuzzy: 3 };

interface Key {
  key: string;
  entry: RegistryEntry;
  how: 'name' | 'alias';
}

export function createRegistry(initial: RegistryEntry[], sectors: SectorStatement[] = []): Registry {
  let entries = initial.map((e) => ({ ...e, aliases: [...e.aliases] }));
  let keys: Key[] = [];
  let mentionKeys: Key[] = [];
  const reindex = (): void => {
    keys = entries.flatMap((entry) => [
      { key: nameKey(entry.name), entry, how: 'name' as const },
      ...entry.aliases.map((alias) => ({ key: nameKey(alias), entry, how: 'alias' as const })),
    ]);
    // Longest first, so mentions prefer 西安百金金融资产交易中心 over 西安百金.
    keys.sort((a, b) => b.key.length - a.key.length);
    // Free text often drops 有限公司, so mentions also look for each name without its suffix.
    const have = new Set(keys.map((k) => k.key));
    mentionKeys = [
      ...keys,
      ...keys.filter((k) => bare(k.key).length >= 5 && !have.has(bare(k.key))).map((k) => ({ ...k, key: bare(k.key) })),
    ];
    mentionKeys.sort((a, b) => b.key.length - a.key.length);
  };
  reindex();

  const lookup = (name: string): RegistryMatch[] => {
    const q = nameKey(name);
    if (q.length < 2) return [];
    const found = new Map<string, RegistryMatch>();
    const offer = (m: RegistryMatch): void => {
      const have = found.get(m.entry.id);
      if (!have || m.distance < have.distance || (m.distance === have.distance && RANK[m.how] < RANK[have.how])) found.set(m.entry.id, m);
    };
    const vq = variantKey(q);
    for (const k of keys) {
      if (k.key === q) offer({ entry: k.entry, how: k.how, distance: 0 });
      else if ((bare(k.key) === bare(q) || variantKey(k.key) === vq) && bare(q).length >= 4)
        offer({ entry: k.entry, how: 'suffix', distance: 0 });
    }
    if (found.size === 0 && vq.length >= 5) {
      for (const k of keys) {
        const pairs: Array<[string, string]> = [
          [bare(q), bare(k.key)],
          [vq, variantKey(k.key)],
        ];
        const typo = pairs.filter(([a, b]) => isTypoOf(a, b)).map(([a, b]) => editDistance(a, b));
        if (typo.length > 0) offer({ entry: k.entry, how: 'fuzzy', distance: Math.min(...typo) });
      }
    }
    return [...found.values()].sort((a, b) => a.distance - b.distance || RANK[a.how] - RANK[b.how]);
  };

  const mentions = (text: string): RegistryMention[] => {
    // Matching runs on the text without spaces and brackets, so 天安（贵州省）… is found as written;
    // `from` maps each match back to offsets in the original text.
    const { text: flat, from } = stripForMentions(normalizeForMatch(text));
    const taken = new Array<boolean>(flat.length).fill(false);
    const out: RegistryMention[] = [];
    for (const k of mentionKeys) {
      if (k.key.length < 2) continue;
      for (let at = flat.indexOf(k.key); at >= 0; at = flat.indexOf(k.key, at + 1)) {
        const end = at + k.key.length;
        if (taken.slice(at, end).some(Boolean)) continue;
        const suffix = /^(股份有限公司|有限责任公司|有限公司)/.exec(flat.slice(end));
        const stop = end + (suffix ? (suffix[1] as string).length : 0);
        taken.fill(true, at, stop);
        const start = from[at] as number;
        const last = (from[stop - 1] as number) + 1;
        out.push({ entry: k.entry, text: text.slice(start, last), start, end: last });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  };

  const inRegion = (region: string, kind?: EntityKind): RegistryEntry[] => {
    const r = region.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, '');
    return entries.filter((e) => (e.region === r || e.province === r) && (!kind || e.kind === kind));
  };

  // `later`: the caller re-indexes once after a batch. A status change alters no key, so lookups in
  // the batch still find the entry; a new entry is indexed at once so that later updates find it.
  const applyOne = (update: StatusUpdate, later: boolean): RegistryEntry => {
    const match = lookup(update.name).find((m) => m.how !== 'fuzzy');
    if (match) {
      const updated: RegistryEntry = { ...match.entry, status: update.status, date: update.date, source: update.source };
      entries = entries.map((e) => (e.id === updated.id ? updated : e));
      if (!later) reindex();
      return updated;
    }
    const id = `news-${nameKey(update.name).replace(/[^a-z0-9]/g, '') || 'entity'}-${entries.length + 1}`;
    const created: RegistryEntry = {
      id,
      name: update.name,
      aliases: [],
      kind: /贷|宝|金服|平台/.test(update.name) ? 'platform' : 'exchange',
      region: update.region ?? '',
      ...(update.region && provinceOf(update.region) ? { province: provinceOf(update.region) } : {}),
      status: update.status,
      date: update.date,
      source: update.source,
    };
    entries = [...entries, created];
    reindex();
    return created;
  };
  const apply = (update: StatusUpdate): RegistryEntry => applyOne(update, false);
  const applyAll = (updates: StatusUpdate[]): RegistryEntry[] => {
    const applied = updates.map((update) => applyOne(update, true));
    reindex();
    return applied;
  };

  /** Entries sharing a good part of the name (百金 → 西安百金…) or a few edits away, for "did you mean". */
  const suggest = (name: string, limit = 3): RegistryEntry[] => {
    const own = ownPart;
    const q = own(nameKey(name));
    if (q.length < 2) return [];
    const scored = new Map<string, { entry: RegistryEntry; score: number }>();
    for (const k of keys) {
      const vk = own(k.key);
      if (vk.length < 2) continue;
      const shared = vk.includes(q) || q.includes(vk) ? 0.2 : 1;
      const score = Math.min(shared, editDistance(vk, q) / Math.max(vk.length, q.length));
      const have = scored.get(k.entry.id);
      if (score <= 0.34 && (!have || score < have.score)) scored.set(k.entry.id, { entry: k.entry, score });
    }
    return [...scored.values()]
      .sort((a, b) => a.score - b.score)
      .slice(0, limit)
      .map((s) => s.entry);
  };

  return { lookup, mentions, inRegion, all: () => entries, apply, applyAll, suggest, sectors: () => sectors };
}

/** The shipped registry; a corpus report it cites is titled as the index titles it (`titleOf`). */
export function loadDefaultRegistry(titleOf?: TitleOf): Registry {
  const { entries, sectors } = loadRegistryData(undefined, titleOf);
  return createRegistry(entries, sectors);
}
