/**
 * Platform brands: names in quotes (“X贷”), Latin names beside a venue word (交易所KoinBay), bare
 * names ending like a lending brand (X贷, X宝), quoted names listed beside a brand, and unquoted
 * names right after their kind (P2P平台X宣布清退).
 */
import { findRegions } from '../../knowledge/regions.js';
import { DETERMINED, GENERIC, STOP, VENUE_KIND, type Candidate } from './name-lexicon.js';

const QUOTED = /[“"「『]([^”"」』\n]{1,14})[”"」』]/g;
const BRAND_END = /(?:贷|宝|金服|财富|理财|钱包|FX|fx|币|e借|借|金融|网)$/;
// A quoted name beside a platform word, or its operator (旗下“X”), or the subject of a closure verb (“X”清退完毕).
const BRAND_NEAR =
  /^(?:平台|P2P|p2p|运营方|品牌|APP|app|网贷|清退|停止|停运|停业|关闭|关停|退出|良性|倒闭|下线|清盘|宣布|宣告|被|遭|予以|依法|作出|存量|待收|网站|官网|官方|客户端|公众号|小程序|微信|完成|实现|正式|全面)|(?:平台|品牌|平台名称|网贷平台|交易平台|APP|app|旗下|取缔|关停|查封|关闭)$/;
// “X”虚拟货币交易平台, “X”网络借贷平台, “X”“Y”两平台: a quoted name followed by the kind of venue it is.
// The kind may be a chain of qualifiers and lines of business (“X”非法外汇保证金交易平台, “X”境外虚拟货币合约交易所):
// a fraud word there describes the venue closed, it does not make the item a warning.
const KIND_AFTER =
  /^(?:所谓的?|非法|违法|违规|涉嫌|虚假|境外|山寨|地下|网络|在线|线上|虚拟货币|虚拟资产|数字资产|数字货币|加密货币|加密资产|加密|区块链|外汇|保证金|杠杆|合约|期货|期权|股票|配资|原油|黄金|白银|贵金属|现货|大宗商品|非法集资|集资|资金盘|网络借贷|网贷|P2P|p2p|理财|投资|借贷|贷款|融资|众筹|二元期权)*(?:交易平台|交易场所|交易所|平台|网站|APP|app)/;

/** What follows a quoted name once the names quoted beside it and their count are skipped (“X”“Y”两家平台 → 平台). */
function kindAfter(text: string, from: number): string {
  return text
    .slice(from, from + 48)
    .replace(/^(?:[、和与及]?[“"][^”"\n]{1,14}[”"])+/, '')
    .replace(/^[两二三四五六七八九十0-9]+(?:家|个|款)?/, '')
    .slice(0, 20);
}
// “X”（Y公司旗下）, and “X”（Y有限公司）: the bracket names the brand's owner.
const OWNED_BRACKET = /^[（(][^）)]{2,40}?(?:旗下|运营|运营方|有限公司|有限责任公司|股份有限公司)[）)]/;
const REASON = /^(?:因为|因|由于)[^，,。；;！？!?\n“”"]{1,30}?(?=被|遭|予以|依法)/;
const NOT_BRAND = /伪金交所|金交所|产登|登记|备案|注销|关停|清退|保本|刚性|高息|定融|养老|名义|政府|理财产品|兑付/;
// Latin names of one or more capitalised words (Zenith Exchange, Alpha Capital).
const LATIN = /(?<![A-Za-z])[A-Z][A-Za-z0-9]{2,}(?: [A-Z][A-Za-z0-9]+)*(?![A-Za-z])/g;
const LATIN_NEAR = /(?:交易所|平台|品牌|APP|app|网站|[“"])$/;
// A Latin name whose last word says what kind of venue it is (Lumen Exchange, Zenith Pay).
const LATIN_VENUE =
  / (?:Exchange|Capital|Finance|Financial|Pay|Wallet|Coin|Lending|Loans?|Bank|Securities|Trust|Markets?|Wealth|Fund|Invest(?:ment)?s?)$/;
const LATIN_KIND = /^(?:虚拟资产|虚拟货币|加密货币|加密资产|数字资产|数字货币)?(?:交易所|交易平台|平台)/;
const BARE_BRAND =
  /(?<=机构|平台|旗下|^|[，,。：:\s、和与及】|｜])([A-Za-z\u4e00-\u9fff]{1,5}?(?:贷|宝|金服|贷网|在线))(?=平台|网贷|已|均|等|完成|实现|正式|[：:]|宣布|宣告|被|于|清退|良性|退出|停止|关停|存量|待收|[两二三四五六七八九十0-9]+家|[，,。、；和与及\s]|$)/g;

// Kinds of lending, not brands (网贷平台, 现金贷平台).
const LOAN_KIND = /^(?:网贷|借贷|小贷|信贷|网络借贷|消费贷|经营贷|房贷|车贷|助贷|现金贷|校园贷|套路贷|P2P网贷|p2p网贷)$/;

/** Quoted names that read as brands: by their ending, the word beside them, an owner in brackets, or a kind after. */
function quotedBrands(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const name = (m[1] as string).trim();
    const at = (m.index as number) + 1;
    const before = text.slice(Math.max(0, at - 7), at - 1);
    // “X”因失联被注销: a reason clause between the quote and the verb is skipped.
    const after = text
      .slice(at + name.length + 1, at + name.length + 40)
      .replace(REASON, '')
      .slice(0, 3);
    if (NOT_BRAND.test(name) || LOAN_KIND.test(name)) continue;
    // “X”（Y公司旗下）: a bracket after the quote naming who runs it.
    const owned = OWNED_BRACKET.test(text.slice(at + name.length + 1, at + name.length + 32));
    const kind = KIND_AFTER.test(kindAfter(text, at + name.length + 1));
    if (!(BRAND_END.test(name) || BRAND_NEAR.test(after) || BRAND_NEAR.test(before) || owned || kind)) continue;
    out.push({ name, start: at, end: at + name.length, kind: 'brand', role: 'plain' });
  }
  return out;
}

export function brands(text: string): Candidate[] {
  const out = quotedBrands(text);
  for (const m of text.matchAll(LATIN)) {
    const at = m.index as number;
    if (/^(?:P2P|APP|App|API|ICO|IPO|STO|NFT|USDT|BTC|ETH|CEO)$/.test(m[0])) continue;
    const near =
      LATIN_NEAR.test(text.slice(Math.max(0, at - 4), at)) || LATIN_KIND.test(text.slice(at + m[0].length)) || LATIN_VENUE.test(m[0]);
    if (!near || out.some((b) => at >= b.start && at < b.end)) continue;
    out.push({ name: m[0], start: at, end: at + m[0].length, kind: 'brand', role: 'plain' });
  }
  for (const m of text.matchAll(BARE_BRAND)) {
    // 其中星河宝, 运营的网贷: the name starts after the last stop word in the run.
    const cut = afterStops(m[1] as string);
    const [name, at] = placeless((m[1] as string).slice(cut), (m.index as number) + cut);
    if (
      name.length < 2 ||
      out.some((b) => at >= b.start - 1 && at < b.end + 1) ||
      LOAN_KIND.test(withoutPlace(name.replace(/^[原该某此这]/, '')))
    )
      continue;
    out.push({ name, start: at, end: at + name.length, kind: 'brand', role: 'plain' });
  }
  const more = [...out, ...listedQuotes(text, out), ...namedAfterKind(text, out), ...namedBeforeOperator(text, out)];
  more.push(...namedBeforePlatform(text, more));
  return [...more, ...mentionedAgain(text, more)];
}

/** Where a name starts in a run of characters: after the last stop word in it. */
function afterStops(run: string): number {
  return [...run.matchAll(STOP)].reduce((end, s) => Math.max(end, (s.index as number) + s[0].length), 0);
}

/** 赣州章贡金服: a place written before a brand is not part of it, unless too little is left. */
export function placeless(name: string, at: number): [string, number] {
  const lead = findRegions(name).find((r) => r.start === 0);
  return lead && name.length - lead.end >= 3 ? [name.slice(lead.end), at + lead.end] : [name, at];
}

/** 海南一数字资产交易平台, 某区块链科技公司: a description of an unnamed venue (a place, then 一/某), not its name. */
export function describesUnnamed(body: string): boolean {
  const place = findRegions(body).find((r) => r.start === 0);
  if (/^(?:一家|一|某)/.test(body.slice(place ? place.end : 0)) && (place !== undefined || body.startsWith('某'))) return true;
  // 一家浙江数字资产交易(平台): a count, a place and kind words.
  const lead = /^(?:[一两三多数几]家|一个|某家?|一)/.exec(body)?.[0].length;
  if (lead === undefined) return false;
  const rest = body.slice(lead);
  const where = findRegions(rest).find((r) => r.start === 0);
  return where !== undefined && KIND_ONLY.test(rest.slice(where.end));
}
const KIND_ONLY = new RegExp(`^${VENUE_KIND}?(?:交易|借贷|理财|投资)?$`);

/** 杭州网贷 is a kind of lending in a place, not a brand. */
function withoutPlace(name: string): string {
  const lead = findRegions(name).find((r) => r.start === 0);
  return lead ? name.slice(lead.end) : name;
}

const LIST_JOIN = /^[”"」』]?(?:、|与|和|及|以及)?[“"「『]?$/;

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
  /^(?:被|遭|于|予以|依法|作出|涉嫌|因|由于|曾|同日|当日|同时|先后|相继|陆续|今日|今天|今起|即日|昨日|昨天|本周|本月|明日|自|从|不再|不|将|拟|也|还|则|就|运营|经营|名称|方|主体|公司|旗下|上|下|内|业务|资质|用户|出借|借款|相关|负责|实际|数据|存量|资金|网站|app|APP|全部|均|也|目前|现已|此前|近日|日前|今年|正式|宣布|已|的|良性|平稳|有序|顺利|彻底|全面|更名|改名|完成|实现|宣告|永久|永远|彻底|暂时|临时|短暂|逐步|陆续|即将|最终|终于|已经|随即|随后|当即|立即|一律|一并|同步|自行|主动|被迫)|运营|经营|兑付|清退|退出|用户|业务|资金|机构|平台|公司|停止|暂停|关停|关闭|注销|倒闭|清盘|破产|下线|取缔|吊销|解散|停业|停运|发标|启动|开始|进行|恢复|开展|发布|公告|回应|表示|显示|披露|透露|指出|执照|许可|牌照|资质|资格|并$/;

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

// An unquoted name right before 平台 that opens a clause and is followed by what happened to it
// (星河贷款平台宣布清退完毕, 旗下蓝鲸钱庄平台完成兑付).
const NAME_THEN_PLATFORM =
  /([\u4e00-\u9fffA-Za-z0-9]{2,8}?)(?:网贷|P2P|p2p)?平台(?=宣布|宣告|正式|完成|已|被|于|良性|清退|退出|停止|停运|关停|关闭|清盘|倒闭|下线|网站|存量|待收)/g;

const STOP_ONCE = new RegExp(STOP.source);
// 线上平台, 第三方平台, 移动端平台: words that say what kind of platform it is, not which.
const PLATFORM_WORDS =
  /^(?:P2P|p2p|同名|原有|现有|各大|[一二三四五六七八九十两几数多]+个|线上|线下|官方|投资|信息|理财|多个|自营|移动|第三方|网络|互联网|借贷|网贷|服务|金融|交易|数据|综合|公共|电商|社交|海外|境外|国内|正规|合规|非法|违规|虚假|山寨|资金|支付|贷款|新|老|旧|大型|小型|头部|知名|问题|同类|类似|端|个|类|款|和|与|及|App|APP|app)+$/;

function namedBeforePlatform(text: string, found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(NAME_THEN_PLATFORM)) {
    // 旗下蓝鲸钱庄平台: the name starts after the last stop word in the run.
    const run = m[1] as string;
    const cut = afterStops(run);
    const name = run.slice(cut);
    const at = (m.index as number) + cut;
    if (name.length < 2) continue;
    // 广东一数字资产交易平台: the run may start inside the description, so read it from its clause's start.
    const from = Math.max(...[...'，,。；;：:！？!?\n 】'].map((p) => text.lastIndexOf(p, at - 1))) + 1;
    if (describesUnnamed(text.slice(from, at + name.length))) continue;
    if (NOT_A_NAME.test(name) || LOAN_KIND.test(withoutPlace(name)) || found.some((b) => at < b.end && at + name.length > b.start))
      continue;
    // 某市最后一家P2P平台: a determiner or a stop word says it is no name.
    if (DETERMINED.test(name) || GENERIC.test(name) || STOP_ONCE.test(name) || PLATFORM_WORDS.test(name)) continue;
    if (findRegions(name).some((r) => r.start === 0 && r.end === name.length)) continue;
    out.push({ name, start: at, end: at + name.length, kind: 'brand', role: 'plain' });
  }
  return out;
}

/** A brand found once is a brand wherever else the item writes it (a title naming it bare, 蓝鲸钱庄待收清零). */
function mentionedAgain(text: string, found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const taken = (at: number, end: number): boolean => [...found, ...out].some((b) => at < b.end && end > b.start);
  for (const name of new Set(found.map((b) => b.name))) {
    if (name.length < 2) continue;
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      if (!taken(at, at + name.length)) out.push({ name, start: at, end: at + name.length, kind: 'brand', role: 'plain' });
    }
  }
  return out;
}

// 银杉理财的运营方Y: an unquoted name right before the word that introduces its operator.
const NAME_THEN_OPERATOR = /(?<=^|[，,。：:、\s])([\u4e00-\u9fffA-Za-z0-9]{2,6}?)(?=的?(?:实际运营方|运营方|运营主体|运营公司|主体公司))/g;

function namedBeforeOperator(text: string, found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(NAME_THEN_OPERATOR)) {
    const run = m[1] as string;
    const cut = afterStops(run);
    const [name, at] = placeless(run.slice(cut), (m.index as number) + cut);
    if (name.length < 2 || found.some((b) => at < b.end && at + name.length > b.start)) continue;
    if (NOT_A_NAME.test(name) || LOAN_KIND.test(name) || DETERMINED.test(name) || GENERIC.test(name) || PLATFORM_WORDS.test(name)) continue;
    out.push({ name, start: at, end: at + name.length, kind: 'brand', role: 'plain' });
  }
  return out;
}
