/**
 * What /status may say about a venue, honest about time: a status only from a dated source, shown
 * with its date and source; for a venue with no recorded closure, what the latest report says of
 * its kind — never "operating" because a report once described it. Unknown names that look like a
 * 伪金交所 get that warning, near misses get "did you mean".
 */
import { normalizeForMatch } from '../text.js';
import type { EntityStatus, Registry, RegistryEntry, RegistryMatch, RegistrySource, SectorStatement } from './types.js';

export interface StatusLine {
  entry: RegistryEntry;
  how: RegistryMatch['how'];
  /** One sentence, e.g. "据2024-03-25公告：已取消业务资质". */
  text: string;
  /** The dated source the sentence rests on. */
  date: string | null;
  source: RegistrySource;
}

export interface StatusAnswer {
  query: string;
  lines: StatusLine[];
  /** Registry entries close to an unmatched name. */
  suggestions: RegistryEntry[];
  /** Set when an unmatched name has the shape of a 伪金交所. */
  warning: string | null;
}

const WHAT: Record<Exclude<EntityStatus, 'no-closure-record'>, string> = {
  operating: '仍在运营',
  'qualification-cancelled': '已取消业务资质',
  'renamed-out': '已更名退出，不再具备金交所资质',
  deregistered: '已注销',
  closed: '已关停',
};

/** 2024-03-25 → 2024-03-25公告 wording; a year or month alone reads as a report of that time. */
function when(date: string, source: RegistrySource): string {
  const kind = source.url ? '报道' : /\.md$/.test(source.doc ?? '') ? '项目笔记' : date.length === 10 ? '公告' : '报告';
  if (date.length === 4) return `据${date}年的${kind}`;
  if (date.length === 7) return `据${date.slice(0, 4)}年${Number(date.slice(5, 7))}月的${kind}`;
  return `据${date}${kind}`;
}

function sectorFor(entry: RegistryEntry, sectors: readonly SectorStatement[]): SectorStatement | undefined {
  const kind = entry.kind === 'company' ? 'platform' : entry.kind;
  return sectors.filter((s) => s.kind === kind && new RegExp(s.match).test(entry.name)).sort((a, b) => b.date.localeCompare(a.date))[0];
}

export function describeStatus(entry: RegistryEntry, how: RegistryMatch['how'], sectors: readonly SectorStatement[]): StatusLine {
  if (entry.status !== 'no-closure-record' && entry.date) {
    return { entry, how, text: `${when(entry.date, entry.source)}：${WHAT[entry.status]}`, date: entry.date, source: entry.source };
  }
  const sector = sectorFor(entry, sectors);
  if (!sector) return { entry, how, text: '未查到该机构关停、注销或仍在运营的有日期的记录', date: null, source: entry.source };
  const year = `${sector.date.slice(0, 4)}年${sector.date.length >= 7 ? `${Number(sector.date.slice(5, 7))}月` : ''}`;
  return {
    entry,
    how,
    text: `${year}的${sector.source.doc?.endsWith('.md') ? '资料' : '报告'}称${sector.says}；未查到该机构的具体公告`,
    date: sector.date,
    source: sector.source,
  };
}

// Words a 伪金交所 puts in its name to look like a licensed venue (knowledge/notes/02 describes them).
const PSEUDO_NAME = /登记备案|资产登记|产权登记|产登|产权交易|登记结算|备案中心|登记中心|债权登记|财产权|收益权/;

export function pseudoExchangeWarning(name: string, sectors: readonly SectorStatement[] = []): string | null {
  const norm = normalizeForMatch(name);
  const hit = PSEUDO_NAME.exec(norm)?.[0];
  const exchange = sectors.find((s) => s.kind === 'exchange' && new RegExp(s.match).test(norm));
  if (!hit && exchange) {
    return `「${name}」不在登记册中。${exchange.date.slice(0, 4)}年的报告称${exchange.says}；仍以金交所名义销售产品的，按高风险对待，并到属地地方金融管理部门核实。`;
  }
  if (!hit) return null;
  return `「${name}」不在登记册中。名称里的“${hit}”是“伪金交所”常用的字样：这类公司以登记、备案、挂牌的名义为定融、非标债权等产品背书，却没有金融资产交易业务资质（2024年起任何主体都不再具备金交所资质）。不要凭名称相信产品合规，请到属地地方金融管理部门核实。`;
}

export function answerStatus(query: string, registry: Registry): StatusAnswer {
  const matches = registry.lookup(query);
  const sectors = registry.sectors?.() ?? [];
  const lines = matches.slice(0, 5).map((m) => describeStatus(m.entry, m.how, sectors));
  if (lines.length > 0) return { query, lines, suggestions: [], warning: null };
  return { query, lines, suggestions: registry.suggest?.(query) ?? [], warning: pseudoExchangeWarning(query, sectors) };
}
