/** Subscription filters: parsing `/subscribe` arguments and matching closure items against them. */
import type { Registry } from '../../knowledge/registry/types.js';
import { provinceOf } from '../../knowledge/regions.js';
import { normalizeForMatch } from '../../knowledge/text.js';
import type { Subscription } from '../store/types.js';
import type { NewsClassification } from './classify.js';

export const MAX_FILTERS = 20;
export const MAX_FILTER_CHARS = 40;
export const MAX_ARGS_CHARS = 500;

export type ParsedSubscribe = { ok: true; filters: string[]; digest: boolean } | { ok: false; error: string };

export function parseSubscribeArgs(args: string): ParsedSubscribe {
  if (args.length > MAX_ARGS_CHARS) {
    return {
      ok: false,
      error: `订阅条件太长（${args.length} 个字符，上限 ${MAX_ARGS_CHARS}）。请只写地区、机构名或关键词，例如：/subscribe 湖南 P2P 重庆金融资产交易所`,
    };
  }
  const words = args.split(/[\s,，、;；]+/).filter(Boolean);
  const digest = words.includes('--digest') || words.includes('每日汇总');
  const filters = [...new Set(words.filter((w) => w !== '--digest' && w !== '每日汇总'))];
  const long = filters.find((f) => f.length > MAX_FILTER_CHARS);
  if (long) return { ok: false, error: `“${long.slice(0, 20)}…”太长：每个条件最多 ${MAX_FILTER_CHARS} 个字符。` };
  if (filters.length > MAX_FILTERS) return { ok: false, error: `条件太多（${filters.length} 个，上限 ${MAX_FILTERS}）。` };
  return { ok: true, filters, digest };
}

/** True when an item matches any filter: a region (or its province), an entity (by alias) or a keyword. */
export function matchesFilters(
  filters: string[],
  item: { title: string; summary: string },
  result: NewsClassification,
  registry: Registry,
): boolean {
  if (filters.length === 0) return true;
  const text = normalizeForMatch([item.title, item.summary, ...result.entities, ...result.regions].join(' '));
  const provinces = new Set(result.regions.map((r) => provinceOf(r) ?? r));
  return filters.some((filter) => {
    const f = normalizeForMatch(filter);
    if (text.includes(f)) return true;
    const region = filter.replace(/(省|市|自治区)$/, '');
    if (provinces.has(region) || result.regions.includes(region)) return true;
    const entries = registry.lookup(filter).map((m) => m.entry);
    return entries.some((e) => result.entities.includes(e.name) || e.aliases.some((a) => text.includes(normalizeForMatch(a))));
  });
}

export function describeSubscription(s: Subscription): string {
  const what = s.filters.length > 0 ? `匹配「${s.filters.join('」「')}」的关停消息` : '全部关停消息';
  return `${what}${s.digest ? '（每日汇总）' : '（即时推送）'}`;
}
