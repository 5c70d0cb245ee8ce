/**
 * Names in news text: organisations cut at the right place (after the verb, court, role or scope
 * word that precedes them), platform brands in quotes or in Latin letters, and registry mentions
 * with their registered names. Offsets are into the text given, so the classifier can ask which
 * name is the argument of which trigger.
 */
import { findRegions } from '../../knowledge/regions.js';
import { toSimplified } from '../../knowledge/text.js';
import type { Registry } from '../../knowledge/registry/types.js';

export type Role = 'plain' | 'agent' | 'new-name' | 'old-name';

export interface Candidate {
  /** The name to report: as written, or the registered name for a short form. */
  name: string;
  start: number;
  end: number;
  kind: 'org' | 'brand';
  /** agent: after 被/由 (the absorbing bank, the court); new-name: after 更名为; old-name: after 原名 (what a rename-out reports). */
  role: Role;
}

const COMPANY =
  /(?:股份有限公司|有限责任公司|有限公司)(?:[\u4e00-\u9fff]{2,8}分公司)?|(?:中心|企业|事务所)?[（(](?:有限合伙|特殊普通合伙|普通合伙)[）)]/g;
// Names registered in English: Star River Capital Limited, Zenith Pay Co., Ltd.
const LATIN_ORG =
  /(?<![A-Za-z])[A-Z][A-Za-z0-9&]*(?: (?:[A-Z&][A-Za-z0-9&]*|of|and))* (?:Limited|Ltd\.?|Inc\.?|LLC|LLP|Co\., ?Ltd\.?|Corporation|Corp\.?|PLC|Pte\. Ltd\.?)/g;
// A branch written after its company (…有限公司营业部) is not the institution; closing it is a partial closure.
const BRANCH_AFTER = /^(?:[^\s，,。；、及和与其的]{0,8}?)(?:营业部|支行|分行|网点|门店|营业厅|分理处|营业网点)/;
// Longest alternatives first: at one place the regex takes the first that matches.
const HEAD = new RegExp(
  [
    '(?:小额贷款|消费金融|融资担保|担保|典当|投资|投资管理|投资咨询|理财|资产管理|财富管理|信托|金融租赁|融资租赁|保险代理|保险经纪|网络科技|金融信息服务|科技)公司',
    '互联网金融资产交易中心',
    '金融资产交易中心',
    '金融资产交易所',
    '资产登记备案中心',
    '登记备案中心',
    '资产登记中心',
    '登记中心',
    '备案中心',
    '商品交易市场',
    '交易中心',
    '交易所',
    '交易市场',
    '村镇银行',
    '农村商业银行',
    '农商银行',
    '农村信用合作联社',
    '金交中心',
    '金交所',
    '消费金融',
    '金融租赁',
    '信用合作社',
    '资金互助社',
    '互助社',
    '信用社',
    '联社',
    '事务所',
    '合作社',
    '工作室',
    '会所',
    '商行',
    '俱乐部',
    '(?:财富管理|资产管理|投资管理|投资咨询|管理|服务|投资|理财|财富)中心',
    '(?:网络借贷信息中介|网络借贷|信息中介|金融信息|金融|借贷|投资|理财)服务平台',
    'P2P网贷平台',
    'p2p网贷平台',
    'P2P平台',
    'p2p平台',
    '网贷平台',
    '理财平台',
    '交易平台',
    '借贷平台',
    '银行',
    '信托',
    '证券',
    '期货',
    '保险',
    '金服',
    '财富',
    '基金',
    '资本',
    '小贷',
    '典当行',
  ].join('|'),
  'g',
);
const NAME_CHAR = /[\u4e00-\u9fffA-Za-z0-9·（）()]/;

// Words that end whatever precedes a name: verbs, courts, roles, scope and function words. The
// longest alternative first at each place, so 变更名称为 wins over 为.
const STOP = new RegExp(
  [
    '现更名为',
    '现名为',
    '现名',
    '原名为',
    '原名',
    '曾用名',
    '前身为',
    '从事',
    '变更名称为',
    '名称变更为',
    '更名为',
    '变更为',
    '改名为',
    '主发起行',
    '发起行',
    '人民法院',
    '法院',
    '实际运营方',
    '运营方',
    '经营方',
    '运营主体',
    '运营公司',
    '运营机构',
    '经营主体',
    '平台名称',
    '破产管理人',
    '管理人',
    '裁定',
    '宣告',
    '判决',
    '取消',
    '注销',
    '吊销',
    '取缔',
    '撤销',
    '关停',
    '关闭',
    '解散',
    '吸收合并',
    '合并',
    '并入',
    '改建为',
    '改制为',
    '改设为',
    '清退',
    '同意',
    '批准',
    '批复',
    '核准',
    '责令',
    '勒令',
    '下令',
    '根据',
    '按照',
    '针对',
    '认定',
    '确认',
    '涉事',
    '涉案',
    '所属',
    '涉嫌',
    '同时',
    '此外',
    '另外',
    '以及',
    '分别',
    '先后',
    '相继',
    '持牌',
    '知名',
    '老牌',
    '头部',
    '获悉',
    '据悉',
    '经查',
    '截至',
    '随着',
    '通知',
    '明确',
    '要求',
    '属于',
    '成为',
    '作为',
    '名单',
    '列入',
    '首批',
    '准予',
    '予以',
    '给予',
    '决定',
    '作出',
    '对其',
    '了',
    '公告',
    '通报',
    '宣布',
    '表示',
    '显示',
    '发布',
    '查询',
    '证实',
    '查处',
    '作出',
    '委托',
    '会同(?=[\u4e00-\u9fff]{0,12}(?:发布|印发|下发|开展|约谈|检查|执法|通报))',
    '联合(?=[\u4e00-\u9fff]{0,12}(?:发布|印发|下发|开展|约谈|检查|执法|通报|工作组))',
    '组织',
    '受理',
    '终结',
    '收购',
    '续展',
    '收回',
    '缴回',
    '交回',
    '撤回',
    '上述',
    '经审查',
    '拍卖',
    '包括',
    '其中',
    '旗下',
    '名下',
    '依法',
    '辖内',
    '区内',
    '省内',
    '市内',
    '境内',
    '当地',
    '本地',
    '一家',
    '一批',
    '首家',
    '最后',
    '机构',
    '平台',
    '品牌',
    '近日',
    '日前',
    '今年',
    '此前',
    '监管局',
    '管理局',
    '办公室',
    '处非办',
    '关于',
    '承接',
    '买受人',
    '名为',
    '名叫',
    '简称',
    '系',
    '即',
    '今后',
    '不再',
    '再有',
    '没有',
    '称',
    '其',
    '均',
    '曾',
    '对(?!冲|外)',
    '向',
    '由',
    '被',
    '将(?!军)',
    '退出',
    '的',
    '及',
    '与',
    '或',
    '等',
    '为',
    '是',
    '在(?!线)',
    '于',
    '已',
    '把',
    '从',
    '该',
    '此',
    '这',
    '经(?=国家|监管|地方|省|市|区|县|人民|法院|批准|核|查|调查|审|过)',
    '[0-9]+(?:年|月|日|号|家|个)',
  ].join('|'),
  'g',
);
const ROLE_OF_STOP: Record<string, Role> = {
  被: 'agent',
  由: 'agent',
  主发起行: 'agent',
  发起行: 'agent',
  委托: 'agent',
  承接: 'agent',
  并入: 'agent',
  改建为: 'agent',
  改制为: 'agent',
  改设为: 'agent',
  买受人: 'agent',
  原名为: 'old-name',
  原名: 'old-name',
  曾用名: 'old-name',
  前身为: 'old-name',
};
const NEW_NAME = /^(?:变更名称为|名称变更为|现更名为|现名为|现名|更名为|变更为|改名为)$/;
const DETERMINED = /(?:[一二三四五六七八九十两某该这多几]|[0-9]+)家?$|^(?:非法|违规|境外|涉案|问题)/;
const GENERIC =
  /^(?:[某一该此这各原伪]|辖内|区内|多家|其他|地方|境外|境内|非法|违规|问题|虚拟资产|虚拟货币|加密货币|数字资产|数字货币|金融资产|互联网|中小|商业|农村|民营|城市|国有|股份制|外资|大型|这些|各类|部分|相关|存款|私募|公募|网络|财产|人身|商业|主发起|发起|承接|经营|从事|开展|办理|业务|代理|经纪|销售|代销)+$/;

/** Where each region name lies, so a stop word inside 太原 or 中原 does not cut a name. */
function regionMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const r of findRegions(text)) mask.fill(1, r.start, r.end);
  return mask;
}

/** The start of the name that ends at `end`, after the last stop word, and the role that word gives. */
function nameStart(text: string, floor: number, end: number, mask: Uint8Array): { start: number; role: Role } {
  let start = end;
  while (start > floor && NAME_CHAR.test(text[start - 1] as string)) start -= 1;
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
  let s = start + cut;
  while (s < end - 2 && (/[原已（）()0-9]/.test(text[s] as string) || (s === floor && /[和及与]/.test(text[s] as string))) && mask[s] !== 1)
    s += 1;
  // A bracket opened before the name (（记者…）) is not part of it; one inside it (远帆（深圳）…) is.
  const open = text.lastIndexOf('（', end - 1);
  const close = text.lastIndexOf('）', end - 1);
  if (close > open && (open < s || open === -1) && close >= s) s = close + 1;
  return { start: s, role };
}

/** True when a head word (交易中心) is part of a longer company name ending a few characters later. */
function insideName(gap: string): boolean {
  // 交易所（云南）有限公司: a bracketed place inside the name does not end it.
  return gap.length <= 10 && /^[\u4e00-\u9fffA-Za-z（）()]*$/.test(gap) && !new RegExp(STOP.source).test(gap);
}

function orgs(text: string, mask: Uint8Array): Candidate[] {
  const ends: Array<{ at: number; end: number }> = [];
  for (const m of text.matchAll(COMPANY)) {
    const end = (m.index as number) + m[0].length;
    if (!m[0].endsWith('分公司') && BRANCH_AFTER.test(text.slice(end, end + 12))) continue;
    ends.push({ at: m.index as number, end });
  }
  for (const m of text.matchAll(HEAD)) {
    const at = m.index as number;
    const end = at + m[0].length;
    if (ends.some((e) => at >= e.at && at < e.end)) continue;
    if (ends.some((e) => e.at >= end && insideName(text.slice(end, e.at)))) continue;
    ends.push({ at, end });
  }
  ends.sort((a, b) => a.end - b.end);
  const out: Candidate[] = [];
  let floor = 0;
  for (const e of ends) {
    const { start, role } = nameStart(text, floor, e.at, mask);
    const body = text.slice(start, e.at);
    floor = e.end;
    if (body.length < 2 && !/[a-z]/i.test(body)) continue;
    if (GENERIC.test(body) || DETERMINED.test(body)) continue;
    // 广州网贷平台, 重庆小贷 are a kind of venue in a place, not a name.
    if (/(?:平台|小贷)$/.test(text.slice(e.at, e.end)) && findRegions(body).some((r) => r.start === 0 && r.end === body.length)) continue;
    // BitPeak虚拟货币交易所: a Latin brand and the kind of venue; the brand is the name.
    const latin = /^([A-Za-z][A-Za-z0-9]+)(.*)$/.exec(body);
    if (latin && latin[2] !== '' && GENERIC.test(latin[2] as string) && e.end === e.at + text.slice(e.at, e.end).length) {
      out.push({ name: latin[1] as string, start, end: start + (latin[1] as string).length, kind: 'brand', role });
      continue;
    }
    out.push({ name: text.slice(start, e.end), start, end: e.end, kind: 'org', role });
  }
  for (const m of text.matchAll(LATIN_ORG)) {
    const at = m.index as number;
    out.push({ name: m[0], start: at, end: at + m[0].length, kind: 'org', role: nameStart(text, 0, at, mask).role });
  }
  return out;
}

const QUOTED = /[“"「『]([^”"」』\n]{1,14})[”"」』]/g;
const BRAND_END = /(?:贷|宝|金服|财富|理财|钱包|FX|fx|币|e借|借|金融|网)$/;
const BRAND_NEAR = /^(?:平台|P2P|p2p|运营方|品牌|APP|app|网贷)|(?:平台|品牌|平台名称|网贷平台|交易平台|APP|app)$/;
const NOT_BRAND = /伪金交所|金交所|产登|登记|备案|注销|关停|清退|保本|刚性|高息|定融|养老|名义|政府|理财产品|兑付/;
// Latin names of one or more capitalised words (Zenith Exchange, Alpha Capital).
const LATIN = /(?<![A-Za-z])[A-Z][A-Za-z0-9]{2,}(?: [A-Z][A-Za-z0-9]+)*(?![A-Za-z])/g;
const LATIN_NEAR = /(?:交易所|平台|品牌|APP|app|网站|[“"])$/;
const LATIN_KIND = /^(?:虚拟资产|虚拟货币|加密货币|加密资产|数字资产|数字货币)?(?:交易所|交易平台|平台)/;
const BARE_BRAND =
  /(?<=机构|平台|^|[，,。：:\s、和与及])([A-Za-z\u4e00-\u9fff]{1,5}?(?:贷|宝|金服|贷网))(?=平台|已|均|等|完成|正式|宣布|被|于|清退|良性|退出|停止|关停|[两二三四五六七八九十0-9]+家|[，,。、；和与及\s]|$)/g;

// Kinds of lending, not brands (网贷平台, 现金贷平台).
const LOAN_KIND = /^(?:网贷|借贷|小贷|信贷|网络借贷|消费贷|经营贷|房贷|车贷|助贷|现金贷|校园贷|套路贷|P2P网贷|p2p网贷)$/;

function brands(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const name = (m[1] as string).trim();
    const at = (m.index as number) + 1;
    const around = `${text.slice(Math.max(0, at - 7), at - 1)}|${text.slice(at + name.length + 1, at + name.length + 4)}`;
    const [before, after] = around.split('|') as [string, string];
    if (NOT_BRAND.test(name) || !(BRAND_END.test(name) || BRAND_NEAR.test(after) || BRAND_NEAR.test(before))) continue;
    out.push({ name, start: at, end: at + name.length, kind: 'brand', role: 'plain' });
  }
  for (const m of text.matchAll(LATIN)) {
    const at = m.index as number;
    if (/^(?:P2P|APP|App|API|ICO|IPO|STO|NFT|USDT|BTC|ETH|CEO)$/.test(m[0])) continue;
    const near = LATIN_NEAR.test(text.slice(Math.max(0, at - 4), at)) || LATIN_KIND.test(text.slice(at + m[0].length));
    if (!near || out.some((b) => at >= b.start && at < b.end)) continue;
    out.push({ name: m[0], start: at, end: at + m[0].length, kind: 'brand', role: 'plain' });
  }
  for (const m of text.matchAll(BARE_BRAND)) {
    const at = m.index as number;
    if (out.some((b) => at >= b.start - 1 && at < b.end + 1) || LOAN_KIND.test(withoutPlace((m[1] as string).replace(/^[原该某此这]/, ''))))
      continue;
    out.push({ name: m[1] as string, start: at, end: at + (m[1] as string).length, kind: 'brand', role: 'plain' });
  }
  return [...out, ...listedQuotes(text, out), ...namedAfterKind(text, out), ...licensed(text)];
}

/** 杭州网贷 is a kind of lending in a place, not a brand. */
function withoutPlace(name: string): string {
  const lead = findRegions(name).find((r) => r.start === 0);
  return lead ? name.slice(lead.end) : name;
}

const LIST_JOIN = /^[”"」』]?(?:、|与|和|及|以及)[“"「『]?$/;

/** A quoted name listed beside a quoted brand (“红杉理财”与“星河在线”) is a brand too. */
function listedQuotes(text: string, found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const name = (m[1] as string).trim();
    const at = (m.index as number) + 1;
    if (NOT_BRAND.test(name) || found.some((b) => b.start === at)) continue;
    const beside = found.some(
      (b) => b.kind === 'brand' && (LIST_JOIN.test(text.slice(b.end, at)) || LIST_JOIN.test(text.slice(at + name.length, b.start))),
    );
    if (beside) out.push({ name, start: at, end: at + name.length, kind: 'brand', role: 'plain' });
  }
  return out;
}

// An unquoted platform name right after its kind (P2P平台鑫利来宣布清退, 交易平台币赢网被取缔).
const KIND_THEN_NAME =
  /(?:网贷平台|P2P平台|p2p平台|理财平台|借贷平台|网贷机构|交易平台|平台)([\u4e00-\u9fffA-Za-z0-9]{2,6}?)(?=宣布|正式|完成|已|被|于|良性|清退|退出|停止|停运|关停|关闭|清盘|倒闭|破产|下线|[，,。；]|$)/g;
const NOT_A_NAME =
  /^(?:被|遭|于|将|拟|也|还|则|就|运营|经营|名称|方|主体|公司|旗下|上|下|内|业务|资质|用户|出借|借款|相关|负责|实际|数据|存量|资金|网站|app|APP|全部|均|也|目前|现已|此前|近日|日前|今年|正式|宣布|已|的|良性|平稳|有序|顺利|彻底|全面|更名|改名|完成|实现|宣告)|运营|经营|兑付|清退|退出|用户|业务|资金|机构|平台|公司|停止|暂停|关停|关闭|注销|倒闭|清盘|破产|下线|取缔|吊销|解散|停业|停运|发标|启动|开始|进行|恢复|开展|发布|公告|回应|表示|并$/;

function namedAfterKind(text: string, found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(KIND_THEN_NAME)) {
    const name = m[1] as string;
    const at = (m.index as number) + m[0].length - name.length;
    if (
      NOT_A_NAME.test(name) ||
      LOAN_KIND.test(name) ||
      findRegions(name).length > 0 ||
      found.some((b) => at < b.end && at + name.length > b.start)
    )
      continue;
    out.push({ name, start: at, end: at + name.length, kind: 'brand', role: 'plain' });
  }
  return out;
}

// Licensed firms named without their suffix before the licence they held (注销星河支付、远帆付的《支付业务许可证》,
// 远帆典当的典当经营许可证被吊销, 注销星河支付牌照): the licence word says they are licensed institutions.
const LICENCE_OBJECT =
  /(?<=(?:注销|吊销|撤销|收回|取消|缴回)了?|[对把]|^|[，,：:。；;])((?:(?!注销|吊销|撤销|收回|取消|缴回|[对把了])[\u4e00-\u9fffA-Za-z0-9、和及]){2,32}?)(?:[的之][《“"]?[^，,。；;！？!?\n]{0,12}?|(?<=支付|保理|典当|小贷|担保|证券|期货|信托|基金|保险)(?:经营[^，,。；;！？!?\n的]{0,6}?)?)(?:许可证|牌照|经营许可|业务许可|资质|资格)/g;

// Full names (…有限公司, …银行) are found by their ending; a stop word means the span is not one name.
const NOT_LICENSEE = new RegExp(`公司|银行|中心|交易所|平台|机构|${STOP.source}`);
// Kinds of licence, not firms (跨境支付牌照, 典当经营许可证).
const LICENCE_KIND =
  /^(?:跨境|互联网|网络|线上|预付卡|银行卡|移动|数字|第三方|融资|商业|金融|经营|业务|全部|相关|原有|现有)*(?:支付|收单|保理|典当|小贷|担保|证券|期货|信托|基金|保险|金融|经营|业务)*$/;

function licensed(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(LICENCE_OBJECT)) {
    let at = m.index as number;
    for (const name of (m[1] as string).split(/[、和及]/)) {
      const ok =
        name.length >= 2 &&
        name.length <= 10 &&
        !GENERIC.test(name) &&
        !DETERMINED.test(name) &&
        !NOT_LICENSEE.test(name) &&
        !LICENCE_KIND.test(name);
      if (ok) out.push({ name, start: at, end: at + name.length, kind: 'org', role: 'plain' });
      at += name.length + 1;
    }
  }
  return out;
}

/** Registry mentions: a short form (西安百金金交中心) reports the registered name. */
function registered(text: string, registry: Registry): Candidate[] {
  return registry.mentions(text).map((m) => {
    // A full form is reported as written; an abbreviation (金交中心, 百金交) by its registered name.
    const written = /(?:股份有限公司|有限责任公司|有限公司|金融资产交易中心|金融资产交易所)$/.test(m.text) || m.text === m.entry.name;
    return { name: written ? m.text : m.entry.name, start: m.start, end: m.end, kind: 'org' as const, role: 'plain' as const };
  });
}

/** Every name candidate in the text, in text order, overlaps resolved in favour of the longer span. */
export function findCandidates(written: string, registry: Registry): Candidate[] {
  // Boundaries are found on simplified characters (撤銷 stops a name as 撤销 does); names are reported as written.
  const text = toSimplified(written);
  const mask = regionMask(text);
  const found = orgs(text, mask);
  const all = [...registered(text, registry), ...found, ...brands(text)];
  // Longer spans first; on the same span a brand (a quoted “远帆金服”) wins, so its operator is found.
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || Number(b.kind === 'brand') - Number(a.kind === 'brand'));
  const kept: Candidate[] = [];
  for (const c of all) {
    const over = kept.find((k) => c.start < k.end && c.end > k.start);
    if (!over) kept.push(c);
    else if (over.role === 'plain' && c.role !== 'plain' && c.start >= over.start && c.end <= over.end) over.role = c.role;
  }
  const asWritten = (c: Candidate): Candidate =>
    text !== written && c.name === text.slice(c.start, c.end) ? { ...c, name: written.slice(c.start, c.end) } : c;
  return kept.sort((a, b) => a.start - b.start).map(asWritten);
}
