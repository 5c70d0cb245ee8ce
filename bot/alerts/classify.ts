/**
 * Closure news: does an item report that a financial venue or platform was closed, and which ones?
 * A closure needs an action (取消资质, 注销, 关停, 清退, 更名退出 …) applied to a venue (金交所,
 * 登记备案公司, 网贷平台 …). Denials and rumour rebuttals, renames that keep operating, and advice
 * pieces that only talk about closures are not closures.
 */
import type { Registry, RegistryEntry, StatusUpdate, EntityStatus } from '../../knowledge/registry/types.js';
import { findRegions } from '../../knowledge/regions.js';
import { normalizeForMatch } from '../../knowledge/text.js';

export interface NewsInput {
  title: string;
  summary?: string;
  date?: string;
  link?: string;
}

export interface NewsClassification {
  closure: boolean;
  entities: string[];
  regions: string[];
  action: string | null;
  statusUpdates: StatusUpdate[];
  reason: string;
}

const ACTION =
  /取消[^。；]{0,14}资质|不再具备[^。；]{0,8}资质|更名退出|业务退出|完成退出|退出经营|已退出|全部退出|关停|关闭|注销|吊销|清退|停业|撤销[^。；]{0,6}(?:资质|许可|牌照|登记)|解散|停止运营|停止经营|终止[^。；]{0,4}业务|予以取缔|取缔|清理整顿|被清理|清整|退出历史舞台/;
const VENUE = /金交所|金交中心|金融资产交易|交易中心|交易场所|交易所|伪金交所|登记备案|资产登记|产登|p2p|网贷|网络借贷|借贷平台|平台|贷款公司|金服|理财公司|财富公司/;
const DENIAL = /并未|并没有|没有被|未被|辟谣|传言不实|不实消息|不实传言|谣言|恢复营业|恢复运营|正常运营|正常经营|正常开展|正常兑付|澄清|否认/;
const ADVICE_TITLE = /如何|怎么办|怎样|应对|解读|指南|提醒|盘点|回顾|启示|问答|专家|建议|能否|是否|吗[？?]?$/;
const CONCRETE = /辖内|全部|所有|最后一家|该公司|公告|宣布|完成|已于|正式/;

const STATUS_BY_ACTION: Array<[RegExp, EntityStatus]> = [
  [/注销|吊销|解散/, 'deregistered'],
  [/更名退出|不再具备/, 'renamed-out'],
  [/取消[^。；]{0,14}资质|撤销/, 'qualification-cancelled'],
];

const COMPANY = /([\u4e00-\u9fffa-z0-9（）()]{2,24}?)(股份有限公司|有限责任公司|有限公司|交易中心|交易所|登记中心|备案中心)/gi;
const BRAND = /([\u4e00-\u9fffa-z0-9]{1,10}?)(贷|宝|金服|财富)(?=已|完成|宣布|正式|于|将|因|被|等|退出|停止|关停|清退|[，。、,;；\s]|$)/gi;
const STOP_BEFORE = /^.*(?:机构|平台|公司|网贷|的|家|是|为|对|将|在|与|和|及|、|，|对象|名义|涉及|包括|其中|如|辖内|取消|关停|注销|吊销|清退|整治|宣布|公告|境内|本地|当地)/;
const GENERIC = /^(?:网贷|借贷|贷款|信贷|小贷|网络借贷|金融资产交易中心|金融资产交易所|交易中心|交易所|该公司|公司|有限公司|登记中心|备案中心)$/;

function spans(re: RegExp, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(re)) {
    const raw = (m[1] ?? '').replace(STOP_BEFORE, '') + (m[2] ?? '');
    if (raw.length >= 3 && !GENERIC.test(raw) && !/^某/.test(raw)) out.push(raw);
  }
  return out;
}

/** Exchanges of the regions named, for items that close "辖内金交所" region by region. */
function regionalExchanges(registry: Registry, regions: string[], text: string): RegistryEntry[] {
  if (!/辖内|各自|当地|本地|四地|三地|两地|多地/.test(text) || !/金交所|金融资产交易|交易场所/.test(text)) return [];
  return regions.flatMap((r) => registry.inRegion(r, 'exchange')).filter((e) => /金融资产交易(?:所|中心)/.test(e.name) && !/互联网/.test(e.name));
}

export function classifyNews(item: NewsInput, registry: Registry): NewsClassification {
  const text = `${item.title}。${item.summary ?? ''}`;
  const norm = normalizeForMatch(text);
  const regions = [...new Set(findRegions(text).map((r) => r.name))];
  const action = ACTION.exec(norm)?.[0] ?? null;
  const none = (reason: string): NewsClassification => ({ closure: false, entities: [], regions, action, statusUpdates: [], reason });
  if (!action) return none('no closure action');
  if (!VENUE.test(norm)) return none(`"${action}" applies to no financial venue or platform`);
  if (DENIAL.test(norm)) return none('denial or rumour rebuttal');
  if (ADVICE_TITLE.test(normalizeForMatch(item.title)) && !CONCRETE.test(norm)) return none('advice or commentary about closures');

  const mentioned = registry.mentions(text).map((m) => m.entry);
  const expanded = mentioned.length > 0 ? [] : regionalExchanges(registry, regions, norm);
  const known = [...mentioned, ...expanded];
  const names = [...known.map((e) => e.name), ...spans(COMPANY, text), ...spans(BRAND, text)];
  const entities = dedupeNames(names, known);
  const status = STATUS_BY_ACTION.find(([re]) => re.test(norm))?.[1] ?? 'closed';
  const date = item.date && /^\d{4}-\d{2}(-\d{2})?/.test(item.date) ? item.date.slice(0, 10) : null;
  const statusUpdates = entities.map((name) => ({
    name,
    status,
    date,
    region: known.find((e) => e.name === name)?.region ?? regions[0],
    source: { title: item.title, ...(item.link ? { url: item.link, accessed: date ?? undefined } : {}) },
  }));
  return { closure: true, entities, regions, action, statusUpdates, reason: `"${action}" of ${entities.length} entities` };
}

/** Registry names win over the spans they cover (西安百金金交中心 → its full registered name). */
function dedupeNames(names: string[], known: RegistryEntry[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const covered = known.some((e) => e.name !== name && (e.aliases.some((a) => name.includes(a) || a.includes(name)) || e.name.includes(name) || name.includes(e.name)));
    if (covered || out.includes(name)) continue;
    if (out.some((o) => o.includes(name))) continue;
    out.push(name);
  }
  return out;
}
