/**
 * Organisation names: each ends at a company suffix or an institution head and starts after the
 * last stop word before it (the verb, court, role or scope word that precedes it), so a court's
 * "…法院裁定宣告X有限公司" yields X有限公司 and "运营方X有限公司" yields X有限公司.
 */
import { findRegions } from '../../knowledge/regions.js';
import { describesUnnamed, placeless } from './brands.js';

import {
  BRANCH_AFTER,
  COMPANY,
  DETERMINED,
  GENERIC,
  HEAD,
  LATIN_ORG,
  NAME_CHAR,
  NEW_NAME,
  ROLE_OF_STOP,
  STOP,
  type Candidate,
  type Role,
  VENUE_KIND,
} from './name-lexicon.js';

const DESCRIBED_KIND = new RegExp(`^${VENUE_KIND}?$`);
const withoutPlace = (name: string): string => name.slice(findRegions(name).find((r) => r.start === 0)?.end ?? 0);

/** Where each region name lies, so a stop word inside 太原 or 中原 does not cut a name. */
export function regionMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const r of findRegions(text)) mask.fill(1, r.start, r.end);
  return mask;
}

/** The start of the name that ends at `end`, after the last stop word, and the role that word gives. */
export function nameStart(text: string, floor: number, end: number, mask: Uint8Array): { start: number; role: Role } {
  let start = end;
  // Blue Harbor Pay（深圳）有限公司: a space between Latin words is inside the name.
  const latinSpace = (at: number): boolean =>
    text[at] === ' ' && /[A-Za-z0-9&]/.test(text[at - 1] ?? '') && /[A-Za-z]/.test(text[at + 1] ?? '');
  while (start > floor && (NAME_CHAR.test(text[start - 1] as string) || latinSpace(start - 1))) start -= 1;
  const run = text.slice(start, end);
  let cut = 0;
  let role: Role = 'plain';
  for (const m of run.matchAll(STOP)) {
    const at = start + (m.index as number);
    // 星河数字资产交易平台有限公司: a kind word right before the company suffix belongs to the name.
    if (mask[at] === 1 || (at + m[0].length === end && /^(?:平台|机构|品牌)$/.test(m[0]))) continue;
    cut = (m.index as number) + m[0].length;
    role = NEW_NAME.test(m[0]) ? 'new-name' : (ROLE_OF_STOP[m[0]] ?? 'plain');
  }
  if (cut === 0 && /[被由]$/.test(text.slice(Math.max(floor, start - 1), start))) role = 'agent';
  const s = trimLead(text, start + cut, end, floor, mask);
  // X（原Y）: the bracketed name is the one X had.
  if (role === 'plain' && /[（(]原$/.test(text.slice(Math.max(0, s - 2), s))) role = 'old-name';
  return { start: s, role };
}

/** Skips 原/已, digits and brackets opened before the name; one inside it (远帆（深圳）…) stays. */
function trimLead(text: string, from: number, end: number, floor: number, mask: Uint8Array): number {
  let s = from;
  // ，因X有限公司申请终止业务: the conjunction opening the reason clause is no part of the name; 和/及/与 only join
  // a name to the one before it (和美…公司 at the start of a text is a name).
  if (text[s] === '因' && (s === 0 || /[，,。；;：:、\s]/.test(text[s - 1] as string)) && mask[s] !== 1) s += 1;
  while (
    s < end - 2 &&
    (/[原已（）()0-9]/.test(text[s] as string) || (s === floor && floor > 0 && /[和及与]/.test(text[s] as string))) &&
    mask[s] !== 1
  )
    s += 1;
  const open = text.lastIndexOf('（', end - 1);
  const close = text.lastIndexOf('）', end - 1);
  if (close > open && (open < s || open === -1) && close >= s) s = close + 1;
  return s;
}

const STOP_ONCE = new RegExp(STOP.source);

/** True when a head word (交易中心) is part of a longer company name ending a few characters later. */
function insideName(gap: string): boolean {
  // 交易所（云南）有限公司: a bracketed place inside the name does not end it.
  return gap.length <= 10 && /^[\u4e00-\u9fffA-Za-z（）()]*$/.test(gap) && !STOP_ONCE.test(gap);
}

interface NameEnd {
  at: number;
  end: number;
}

/** Where names end: company suffixes, and institution heads that are not inside a longer company name. */
function nameEnds(text: string): NameEnd[] {
  const ends: NameEnd[] = [];
  for (const m of text.matchAll(COMPANY)) {
    const end = (m.index as number) + m[0].length;
    if (!m[0].endsWith('分公司') && BRANCH_AFTER.test(text.slice(end, end + 12))) continue;
    // …交易中心（有限合伙）: the word before the bracket belongs to the name, so a head ending there is inside it.
    const bracket = /^(?:中心|企业|事务所)(?=[（(])/.exec(m[0]);
    ends.push({ at: (m.index as number) + (bracket ? bracket[0].length : 0), end });
  }
  for (const m of text.matchAll(HEAD)) {
    const at = m.index as number;
    const end = at + m[0].length;
    if (ends.some((e) => at >= e.at && at < e.end)) continue;
    if (ends.some((e) => e.at >= end && insideName(text.slice(end, e.at)))) continue;
    ends.push({ at, end });
  }
  return ends.sort((a, b) => a.end - b.end);
}

/** The candidate a name body before an ending gives, or null when the body is no name. */
function toCandidate(text: string, e: NameEnd, start: number, role: Role): Candidate | null {
  const body = text.slice(start, e.at);
  if (body.length < 2 && !/[a-z]/i.test(body)) return null;
  if (GENERIC.test(body) || DETERMINED.test(body)) return null;
  // 海南一数字资产交易平台, 某区块链科技公司: a description of an unnamed venue, not its name.
  if (describesUnnamed(body)) return null;
  // 一家浙江数字资产交易平台: after a count or 某, a place and kind words describe a venue; a company suffix names one.
  const described = /(?:[一两二三四五六七八九十多数几]家|一个|某家?|一)$/.test(text.slice(Math.max(0, start - 3), start));
  if (described && !/公司|合伙/.test(text.slice(e.at, e.end)) && DESCRIBED_KIND.test(withoutPlace(body))) return null;
  // 广州网贷平台, 重庆小贷(公司) are a kind of venue in a place, not a name.
  if (
    /(?:平台|小贷|(?<!有限|责任)公司)$/.test(text.slice(e.at, e.end)) &&
    findRegions(body).some((r) => r.start === 0 && r.end === body.length)
  )
    return null;
  // X的香港证券牌照: a possessed licence of a kind, not a second firm.
  if (text[start - 1] === '的' && /^(?:牌照|许可证|业务许可|经营许可|业务资格|资质)/.test(text.slice(e.end, e.end + 4))) return null;
  // BitPeak虚拟货币交易所: a Latin brand and the kind of venue; the brand is the name.
  const latin = /^([A-Za-z][A-Za-z0-9]+)(.*)$/.exec(body);
  if (latin && latin[2] !== '' && GENERIC.test(latin[2] as string)) {
    return { name: latin[1] as string, start, end: start + (latin[1] as string).length, kind: 'brand', role };
  }
  // 黔金所网贷平台: a short venue name already complete, then its kind; 赣州章贡金服: a city before a short brand.
  const head = text.slice(e.at, e.end);
  const apposed = /平台$/.test(head) && /(?:金所|交所|金服)$/.test(body);
  const end = apposed ? e.at : e.end;
  const [name, from] = apposed || head === '金服' ? placeless(text.slice(start, end), start) : abroad(text.slice(start, end), start);
  // The central bank (中国人民银行…分行) and the trade associations announce closures; they are never what closed.
  return { name, start: from, end, kind: 'org', role: REGULATOR.test(name) ? 'agent' : role };
}

// 美国硅谷X银行: a country before a foreign institution describes it; a registered firm (…有限公司) keeps it.
const COUNTRY =
  /^(?:美国|英国|日本|韩国|德国|法国|瑞士|意大利|西班牙|荷兰|新加坡|澳大利亚|澳洲|加拿大|俄罗斯|印度|泰国|越南|菲律宾|马来西亚|印尼|巴西|阿根廷|土耳其|南非)(?=[\u4e00-\u9fffA-Za-z]{4,}$)(?!.*(?:公司|合伙[）)])$)/;
function abroad(name: string, at: number): [string, number] {
  const lead = COUNTRY.exec(name)?.[0].length ?? 0;
  return [name.slice(lead), at + lead];
}

const REGULATOR = /^(?:中国)?人民银行(?:[\u4e00-\u9fff]{2,8}(?:分行|中心支行|营业管理部))?$|协会$/;

export function orgs(text: string, mask: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  let floor = 0;
  for (const e of nameEnds(text)) {
    const { start, role } = nameStart(text, floor, e.at, mask);
    floor = e.end;
    const c = toCandidate(text, e, start, role);
    if (c) out.push(c);
  }
  for (const m of text.matchAll(LATIN_ORG)) {
    const at = m.index as number;
    out.push({ name: m[0], start: at, end: at + m[0].length, kind: 'org', role: nameStart(text, 0, at, mask).role });
  }
  return out;
}
