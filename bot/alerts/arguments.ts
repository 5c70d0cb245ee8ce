/**
 * A trigger's arguments: the names it closes. A name inside the trigger or after it in its clause,
 * else the nearest before it in the sentence with the names listed beside it; 该公司/平台 points back
 * to the item's main subject. An argument counts only when it is a financial venue, platform or institution.
 */
import { normalizeForMatch } from '../../knowledge/text.js';
import type { Candidate } from './entities.js';
import type { ClosureLexicon, Trigger } from './lexicon.js';

/** One item as the extractor sees it: the text, its normalised form, its name candidates and the lexicon. */
export interface Doc {
  text: string;
  norm: string;
  cands: Candidate[];
  lex: ClosureLexicon;
  /** Where the title ends in `norm` (the summary follows). */
  titleEnd?: number;
  /** The item's year, from its date: a closure the summary dates earlier is background. */
  year?: number;
}

export const SENTENCE = /[。；;！？!?\n]/;
export const CLAUSE = /[，,。；;！？!?\n]/;
// Sentence openings that carry on with the subject already named (更名后…, 此后…, 现已…; in 公文 经查…, 根据…).
const CONTINUES = /^(?:更名后|改名后|此后|随后|其后|目前|现已|现|并已|同时|经查|经研究|经审查|经核查|经审核|依据|根据|依照|决定)/;
const ANAPHOR = /(?:该|本)(?:公司|行|平台|机构|交易所|中心|所)|(?:^|[，,：:])(?:公司|平台|该行|当事人|被处罚人)/;
const OBLIQUE = /(?:向|给|替|帮|跟|为(?<!成为|作为|认定为|更名为|变更为|改名为|名为))$/;
// An enumerated list item after a colon (：一、A；二、B): the list goes on past the ；.
const LIST_ITEM = /^[；;]\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.、．])/;

export function bounds(norm: string, at: number, stop: RegExp): [number, number] {
  let s = at;
  while (s > 0 && !stop.test(norm[s - 1] as string)) s -= 1;
  let e = at;
  while (e < norm.length && !stop.test(norm[e] as string)) e += 1;
  return [s, e];
}

/** Candidates joined to `c` by 、/和 or a brand–operator link (“X贷”运营方…, …（平台名称“X贷”）). */
function siblings(doc: Doc, c: Candidate, pool: Candidate[]): Candidate[] {
  const joined = (a: Candidate, b: Candidate): boolean =>
    /^(?:、|和|及|与|以及|简称|以下简称|下称|(?:与|及|和)?其(?:旗下|关联)?(?:运营的)?(?:p2p|网贷)?平台|平台名称|旗下平台|旗下|运营方|运营主体|运营公司|及其运营方|所?运营的(?:p2p|网贷)?(?:平台)?|平台)?$/.test(
      doc.norm
        .slice(a.end, b.start)
        .replace(/[“”"（）()：:\s]/g, '')
        .replace(/^([、和及与])原/, '$1'),
    );
  const out = [c];
  for (let i = pool.indexOf(c); i > 0 && joined(pool[i - 1] as Candidate, pool[i] as Candidate); i -= 1)
    out.unshift(pool[i - 1] as Candidate);
  for (let i = pool.indexOf(c); i >= 0 && i < pool.length - 1 && joined(pool[i] as Candidate, pool[i + 1] as Candidate); i += 1)
    out.push(pool[i + 1] as Candidate);
  return out;
}

/**
 * Where the trigger's object ends. 、 right after a complete verb phrase (A吊销许可证、B移出名单) starts
 * the next subject's phrase; a colon's enumerated list (：一、A；二、B) runs on past the ；.
 */
function objectEnd(doc: Doc, te: number, end: number): number {
  const usable = doc.cands.filter((c) => c.role === 'plain');
  const pause = doc.norm.indexOf('、', te);
  const numbered = /^[：:]?\s*[一二三四五六七八九十0-9]+$/.test(doc.norm.slice(te, pause));
  if (pause >= 0 && pause < end && !numbered && !usable.some((c) => c.start >= te && c.start < pause)) return pause;
  let e = end;
  if (!/[：:]/.test(doc.norm.slice(te, e))) return e;
  while (LIST_ITEM.test(doc.norm.slice(e))) e = bounds(doc.norm, e + 1, CLAUSE)[1];
  return e;
}

export function isFinancial(doc: Doc, c: Candidate, trigger: Trigger): boolean {
  const v = doc.lex.venue;
  // 远帆付（北京）: a bracketed place after the name says nothing of its kind.
  const name = normalizeForMatch(c.name).replace(/[（(][^）)]{1,6}[）)]$/, '');
  // 延安X能源交易中心 in a notice about 交易场所 is a trading venue, whatever it trades.
  // 碳排放权/林权/能源交易中心 are 交易场所 under the clean-up rules by their kind; a public office (不动产交易中心) is not.
  const venue = (/交易(?:中心|所|市场)/.test(name) && /交易场所/.test(doc.norm)) || (v.tradingVenue.test(name) && !v.nonVenue.test(name));
  const office = v.nonVenue.test(name) && /交易(?:中心|所|市场)/.test(name);
  if ((office || (v.nonFinancial.test(name) && !venue)) && !/金融|银行|信托|保险|证券|贷/.test(name)) return false;
  if (v.financialName.test(name) || venue) return true;
  // 线上商城“X”, “X”奶茶: a non-financial kind beside a brand says what it is, whatever its name suggests.
  const near = `${doc.norm.slice(Math.max(0, c.start - 8), c.start)}|${doc.norm.slice(c.end, c.end + 6)}`;
  if (c.kind === 'brand' && v.nonFinancial.test(near) && !/金融|银行|信托|保险|证券|贷|理财|支付|借/.test(near)) return false;
  // A platform brand with money in its name (钱满仓, 金橙, 聚鑫汇) is a lending or investment platform.
  if (c.kind === 'brand' && /[钱金财融银币投资贷宝鑫汇盈富]/.test(name)) return true;
  if (trigger.id === 'ban' && v.illegalFinance.test(doc.norm)) return true;
  return (c.kind === 'brand' || v.techName.test(name)) && v.financialContext.test(affirmed(doc));
}

// 平台不涉及金融业务, 非金融机构: a financial word under a negation says the item is not about finance.
const NEGATED_FINANCE =
  /(?:不涉及|未涉及|不属于|不从事|并非|不是|非(?!法|常))(?:任何)?[\u4e00-\u9fff]{0,4}?(?:金融|理财|借贷|支付|存款|集资)[\u4e00-\u9fff]{0,4}/g;
const affirmedText = new WeakMap<Doc, string>();

/** The item's text with negated financial words removed, computed once per item. */
function affirmed(doc: Doc): string {
  let text = affirmedText.get(doc);
  if (text === undefined) {
    text = doc.norm.replace(NEGATED_FINANCE, '');
    affirmedText.set(doc, text);
  }
  return text;
}

// A back-reference to names listed before (A、B、C。上述场所…, A与B合并…，两行法人资格终止), with the count when given.
const BACKREF =
  /(?:上述|以上|前述|上列)([一二三四五六七八九十两0-9]+)家|(?:上述|以上|前述|上列|所列)(?=[\u4e00-\u9fff]{0,4}?(?:场所|机构|公司|平台|企业|银行|单位|小贷|典当|担保|交易所|交易中心|信用社|联社|农商行|小额贷款|支付|保理|租赁|信托))|(?:该|这)([一二三四五六七八九十两0-9]+)家(?=[\u4e00-\u9fff]{0,4}?(?:场所|机构|公司|平台|企业|银行|单位|小贷|典当|担保|交易所|交易中心|信用社|联社|农商行|小额贷款|支付|保理|租赁|信托))|([两二三四五六七八九十])(?:行|社|家(?:公司|机构|银行|场所|平台|企业|农商行|村镇银行|信用社)?)(?=均|原?法人|同时|的原?法人|一并|全部|原)/;
const COUNT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** What a back-reference (found from `from` up to the trigger) stands for: the last group listed before it, of its count. */
function backReferred(doc: Doc, from: number, ts: number, usable: Candidate[]): Candidate[] | undefined {
  // The lookahead may read into the trigger (两行法人资格终止 opens with the trigger's 法人).
  const m = BACKREF.exec(doc.norm.slice(from, ts + 4));
  if (!m || from + m.index >= ts) return undefined;
  const written = m[1] ?? m[2] ?? m[3];
  const count = written === undefined ? undefined : (COUNT[written] ?? (Number(written) || undefined));
  const at = from + m.index;
  let pool = usable.filter((c) => c.end <= at);
  while (pool.length > 0) {
    const group = siblings(doc, pool[pool.length - 1] as Candidate, pool);
    if (count === undefined || group.length === count) return group;
    pool = pool.filter((c) => c.start < (group[0] as Candidate).start);
  }
  return undefined;
}

// 因/由于/因为 opening an adverbial of reason (not 原因, 基因, 因此); it runs to the verb, often closed by 而.
const REASON_OPEN = /(?<![原基诱成起主死])(?:因为|由于|因(?![此而素])|鉴于)/g;

/** The reason clauses between the sentence's start and the trigger: each from 因 to its clause's end. */
function reasonSpans(norm: string, ss: number, ts: number): Array<[number, number]> {
  return [...norm.slice(ss, ts).matchAll(REASON_OPEN)].map((m) => {
    const at = ss + (m.index as number);
    return [at, Math.min(ts, bounds(norm, at, CLAUSE)[1])];
  });
}

/** The trigger's arguments: inside it or after it in its clause, else the nearest before it in the sentence. */
export function argumentsOf(doc: Doc, ts: number, te: number, trigger: Trigger): Candidate[] {
  const [ss] = bounds(doc.norm, ts, SENTENCE);
  const [, end] = bounds(doc.norm, Math.max(ts, te - 1), CLAUSE);
  const usable = doc.cands.filter((c) => c.role === 'plain');
  // 注销！X, 吊销营业执照！X: a headline that opens with the verb phrase names what closed right after the mark.
  const [cs] = bounds(doc.norm, ts, CLAUSE);
  const opens = !usable.some((c) => c.start >= cs && c.start < end) && end - te <= 8 && /[！!：:]/.test(doc.norm[end] ?? '');
  // 资质被取消的，是X: a cleft names what closed in the clause after the comma.
  const cleft = end < doc.norm.length && /^的?[，,](?:正是|就是|是|为|系)/.test(doc.norm.slice(te, end + 4));
  const ce = objectEnd(doc, te, opens || cleft ? bounds(doc.norm, end + 1, CLAUSE)[1] : end);
  const inside = usable.filter((c) => c.start >= ts && c.start < ce);
  if (inside.length > 0) return inside;
  // 向Y代偿, 为Y提供担保: a name after a preposition is an oblique object, not what the trigger closes.
  const oblique = (c: Candidate): boolean => OBLIQUE.test(doc.norm.slice(Math.max(0, c.start - 4), c.start));
  const all = usable.filter((c) => c.start >= ss && c.end <= ts && !oblique(c));
  // A、B因参与组建C而解散: a name inside a reason clause between the subject and the verb is no subject.
  const reasons = reasonSpans(doc.norm, ss, ts);
  const subjects = all.filter((c) => !reasons.some(([rs, re]) => c.start >= rs && c.end <= re));
  const before = subjects.length > 0 ? subjects : all;
  const nearest = before[before.length - 1];
  const near = nearest ? siblings(doc, nearest, usable) : [];
  const listed = backReferred(doc, nearest?.end ?? ss, ts, usable);
  if (listed) return listed;
  // 该公司/该行/平台 between the names and the trigger points back to the item's main subject.
  // A summary sentence that names nothing (更名后不再从事…业务) is about the item's subject, as Chinese drops it.
  const [, se] = bounds(doc.norm, ts, SENTENCE);
  const subjectless = ss > 0 && CONTINUES.test(doc.norm.slice(ss, ts)) && !usable.some((c) => c.start >= ss && c.start < se);
  if (!subjectless && !ANAPHOR.test(doc.norm.slice(nearest?.end ?? ss, ts))) return near;
  const primary = usable.find((c) => c.kind === 'org' && isFinancial(doc, c, trigger)) ?? usable.find((c) => isFinancial(doc, c, trigger));
  return primary ? [...new Set([...siblings(doc, primary, usable), ...near])] : near;
}
