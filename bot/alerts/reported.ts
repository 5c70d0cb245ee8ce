/**
 * Which names a closure reports beyond the triggers' arguments: the financial brands named in the
 * item and a closed brand's operator, the old name for a rename-out, the exchanges of the regions
 * named for "辖内金交所" notices, and one entry for a short form written beside its full name.
 */
import type { EntityStatus, Registry, RegistryEntry } from '../../knowledge/registry/types.js';
import type { Candidate } from './entities.js';
import type { Trigger } from './lexicon.js';
import { findRegions } from '../../knowledge/regions.js';
import { isFinancial, type Doc } from './arguments.js';

/** Financial brands named in the item, and the operator of a closed brand (…，运营方X有限公司…) wherever it is named. */
export function financialBrands(doc: Doc, trigger: Trigger): Candidate[] {
  return doc.cands.filter((c) => c.kind === 'brand' && c.role === 'plain' && isFinancial(doc, c, trigger));
}

export function addBrands(doc: Doc, status: Map<string, EntityStatus>, trigger: Trigger): void {
  const brands = financialBrands(doc, trigger);
  for (const b of brands) if (!status.has(b.name)) status.set(b.name, trigger.status);
  // 深圳X数字资产交易平台被取缔。该平台运营公司Y…: a platform closed under its own name has an operator too.
  const platform = [...status.keys()].some((n) => /平台$/.test(n));
  if (brands.length > 0 || platform) for (const o of operators(doc, brands)) if (!status.has(o.name)) status.set(o.name, trigger.status);
}

const OPERATOR =
  /(?:运营方|运营主体|运营公司|运营机构|运营企业|经营企业|经营主体|实际运营方|所属公司|主体公司|平台公司|实际控制公司|实际控制方|实控公司|实控方|背后公司|关联公司|主办方|主办单位)(?:均|都|分别)?(?:为|是)?$/;
// 由Y运营, 该平台系Y旗下产品: the operator written as the agent of running it, or as the owner of the product.
const RUNS = /^(?:负责|实际)?(?:运营|经营|运作)|^旗下(?:的)?(?:产品|平台|网贷平台)/;

const OWNS = /^(?:旗下|运营的|所运营的|推出的)(?:的)?(?:p2p|网贷|网络借贷)?(?:平台)?[“"「]?$/;

/**
 * Organisations introduced as a platform's operator (运营方X), written as its owner right before it
 * (X旗下“Y”), or carrying the brand in their own name (杭州聚财猫…有限公司 for 聚财猫).
 */
export function operators(doc: Doc, brands: Candidate[]): Candidate[] {
  const introduced = (c: Candidate): boolean =>
    OPERATOR.test(doc.norm.slice(Math.max(0, c.start - 8), c.start)) ||
    (/[由系]$/.test(doc.norm.slice(0, c.start)) && RUNS.test(doc.norm.slice(c.end, c.end + 6)));
  const owns = (c: Candidate): boolean => brands.some((b) => b.start >= c.end && OWNS.test(doc.norm.slice(c.end, b.start)));
  const carries = (c: Candidate): boolean =>
    brands.some((b) => b.name.length >= 2 && c.name !== b.name && (c.name.includes(b.name) || startsWithStem(c.name, b.name)));
  return doc.cands.filter(
    (c) =>
      c.kind === 'org' && (c.role === 'plain' || c.role === 'agent') && (introduced(c) || (c.role === 'plain' && (owns(c) || carries(c)))),
  );
}

// What a brand adds to its operator's trade name to say it lends or pays (乐投宝 of 福州乐投网络科技有限公司).
const BRAND_KIND = /(?:金服|金融|在线|理财|财富|钱包|e借|宝|贷|网|通|借)$/;

/** True when the organisation, after its place, opens with the brand's stem: 杭州鑫盛网络科技有限公司 for “鑫盛宝”. */
function startsWithStem(org: string, brand: string): boolean {
  const stem = brand.replace(BRAND_KIND, '');
  if (stem.length < 2 || stem === brand) return false;
  const place = findRegions(org).find((r) => r.start === 0);
  return org.slice(place ? place.end : 0).startsWith(stem);
}

/** The name a venue had (原名X的Y, Y（原名X）), written right beside it. */
export function oldNameOf(doc: Doc, c: Candidate): Candidate | undefined {
  const i = doc.cands.indexOf(c);
  const next = doc.cands[i + 1];
  const prev = doc.cands[i - 1];
  if (prev?.role === 'old-name' && /^[的，,]?$/.test(doc.norm.slice(prev.end, c.start))) return prev;
  if (next?.role === 'old-name' && /^[（(，,]?(?:原名为|原名|曾用名|前身为|原)$/.test(doc.norm.slice(c.end, next.start))) return next;
  return undefined;
}

const ITS_OLD_NAME = /(?:(?:该|本)(?:公司|行|平台|机构)|其)(?:原名为|原名|曾用名|前身为)[：:]?$/;

/** A rename-out reports the name the venue had, not the one it took; 该公司原名X stands for the item's subject. */
export function toOldNames(doc: Doc, status: Map<string, EntityStatus>): void {
  // X（原Y）被注销 closes X under its present name; Y is what is reported only when the item is about a rename.
  const renamed = /更名|变更名称|名称变更|改名/.test(doc.norm);
  for (const c of doc.cands) {
    const old = status.has(c.name) && (renamed || status.get(c.name) === 'renamed-out') ? oldNameOf(doc, c) : undefined;
    if (!old) continue;
    status.delete(c.name);
    status.set(old.name, 'renamed-out');
  }
  const told = doc.cands.find((c) => c.role === 'old-name' && ITS_OLD_NAME.test(doc.norm.slice(Math.max(0, c.start - 8), c.start)));
  const subject = [...status.keys()][0];
  if (!told || subject === undefined || status.has(told.name) || !/更名|变更名称|名称变更/.test(doc.norm)) return;
  status.delete(subject);
  status.set(told.name, 'renamed-out');
}

/** Exchanges of the regions named, for items that close "辖内金交所" region by region. */
export function regionalExchanges(registry: Registry, regions: string[], norm: string): RegistryEntry[] {
  if (!/辖内|各自|当地|本地|四地|三地|两地|多地/.test(norm) || !/金交所|金融资产交易|交易场所/.test(norm)) return [];
  return regions
    .flatMap((r) => registry.inRegion(r, 'exchange'))
    .filter((e) => /金融资产交易(?:所|中心)/.test(e.name) && !/互联网/.test(e.name));
}

/** A short form written beside the full name (南宁金交中心 … 南宁金融资产交易中心有限公司) is the same entity; a brand is its own. */
export function dropCovered(names: string[], brands: Set<string>): string[] {
  const core = (n: string): string =>
    n.replace(/(?:股份有限公司|有限责任公司|有限公司)$/, '').replace(/(?:金融资产交易(?:中心|所)|金交(?:中心|所))$/, '');
  return names.filter(
    (n) =>
      brands.has(n) ||
      !names.some(
        (o) => o !== n && o.length > n.length && (o.startsWith(n) || (core(n).length >= 2 && o.startsWith(core(n)) && /金交/.test(n))),
      ),
  );
}

const SUFFIX = /^(?:股份有限公司|有限责任公司|有限公司)$/;

/** A venue named short (溪口村镇银行) and in full elsewhere in the item (…股份有限公司) is reported by its full name. */
export function toFullForms(doc: Doc, status: Map<string, EntityStatus>): void {
  for (const [name, s] of [...status]) {
    const full = doc.cands.find(
      (c) => c.kind === 'org' && c.role === 'plain' && c.name.startsWith(name) && SUFFIX.test(c.name.slice(name.length)),
    );
    if (!full || status.has(full.name)) continue;
    status.delete(name);
    status.set(full.name, s);
  }
}
