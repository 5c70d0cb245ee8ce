/**
 * Closure events: each match of a lexicon trigger that no frame cancels (attributive use, negation,
 * intent, a partial closure) and that has a financial argument, or names a venue only by kind and
 * scope (辖内金交所, 一家网贷机构).
 */
import type { Candidate } from './entities.js';
import type { Trigger } from './lexicon.js';
import { argumentsOf, bounds, CLAUSE, isFinancial, SENTENCE, type Doc } from './arguments.js';
import { financialBrands, oldNameOf, operators } from './reported.js';

export interface ClosureEvent {
  trigger: Trigger;
  text: string;
  /** Where the trigger starts in the normalised text. */
  at: number;
  args: Candidate[];
  /** A venue named only by kind and scope (辖内金交所, 一家网贷机构). */
  generic: boolean;
}

const LIST_NEXT = /^(?:其中(?:包括|有)?|包括|涉及|分别(?:为|是)|名单如下|具体(?:为|是|如下)|名单为)/;
const LIST_INTRO = /^的[\u4e00-\u9fff]{0,8}?(?:为|是|包括|分别为|分别是|如下|名单如下)[：:]/;

/** 注销X旗下三只基金产品, 撤销X两家支行: the verb's object is a part of the firm named right after it. */
function partOfObject(doc: Doc, te: number): boolean {
  const obj = doc.cands.find((c) => c.start >= te && c.start <= te + 1);
  if (!obj) return false;
  const rest = doc.norm.slice(obj.end).replace(/^(?:股份有限公司|有限责任公司|有限公司)?的?/, '');
  // 注销X及其下属门店 closes the firm and its units too.
  return !/^(?:及|和|与|以及|连同|并)/.test(rest) && doc.lex.frames.partialAfter.test(rest);
}

/**
 * A trigger that reports no closure of its own: quoted (回应“被注销”), describing a venue closed before
 * (已停业网贷机构, 已注销的X剩余资产处置), or counting closures over a period (2023年全省注销小贷公司27家).
 */
function describedOrCounted(doc: Doc, ts: number, te: number, [cs, ce]: [number, number]): boolean {
  const f = doc.lex.frames;
  const before = doc.norm.slice(cs, ts);
  const after = doc.norm.slice(te);
  if (/[“"]被?$/.test(before) && /^[”"]/.test(after)) return true;
  // 被注销的机构为：A、B introduces the names closed.
  const listed = LIST_INTRO.test(after);
  // 已于去年注销的X原股东…: a time between 已 and the verb still describes a past closure.
  const past = doc.norm[ts] === '已' || /已(?:经)?(?:于[^，,。；;！？!?\n]{1,10}?)?(?:被|遭|依法)?$/.test(before);
  if (!listed && (past || after.startsWith('的')) && f.attributive.test(after)) return true;
  if (!listed && past && /^(?:网贷|网络借贷|p2p)?(?:行业|业务|市场)?的/.test(after)) return true;
  // 关停两年后…, 三年前已被取缔的X, 早在2020年…, 2022年被责令关闭的X目前仍…: the aftermath of an earlier closure.
  if (f.aftermathAfter.test(after) || f.aftermathBefore.test(before)) return true;
  if (!listed && after.startsWith('的') && f.datedBefore.test(before)) return true;
  // X退出网贷行业后，专班开始核对债权: the closure is the background of the follow-up work reported.
  if (/^[^，,。；;！？!?\n]{0,10}?后/.test(after) && f.followUp.test(after)) return true;
  // “X”清退组启动债权核查。该平台已于2020年退出…: a summary recalls the closure behind the follow-up the title reports.
  const titleEnd = doc.titleEnd ?? 0;
  if (ts > titleEnd && f.background.test(before) && f.followUpTitle.test(doc.norm.slice(0, titleEnd))) return true;
  // 该平台已于2019年停止运营, in a 2023 item: the summary recalls a closure dated before the item.
  const year = f.yearBefore.exec(before)?.[1];
  // In the title only a year two or more before the item's is background (a January item may report December's closure).
  if (year !== undefined && doc.year !== undefined && Number(year) < doc.year - (ts > titleEnd ? 0 : 1)) return true;
  // The count's clause and the one before: 注销2家典当行，今年以来累计注销9家 still reports the first two.
  const from = /[，,]/.test(doc.norm[cs - 1] ?? '') ? bounds(doc.norm, cs - 2, CLAUSE)[0] : cs;
  return f.periodCount.test(doc.norm.slice(from, ce));
}

/** The text from `from` to `to` with every name blanked (保险经纪有限公司 holds no business line). */
function namesBlanked(doc: Doc, from: number, to: number): string {
  let out = doc.norm.slice(from, to);
  for (const c of doc.cands)
    if (c.start >= from && c.end <= to) out = out.slice(0, c.start - from) + '□'.repeat(c.end - c.start) + out.slice(c.end - from);
  return out;
}

/** Frames that cancel one trigger: negation, intent (拟, 将于, 计划 …), a part (旧版本停止运行), a pause, or describedOrCounted. */
function cancelled(doc: Doc, ts: number, te: number, pausable: boolean): boolean {
  const f = doc.lex.frames;
  const [cs, ce] = bounds(doc.norm, ts, CLAUSE);
  const before = doc.norm.slice(cs, ts);
  const after = doc.norm.slice(te);
  if (describedOrCounted(doc, ts, te, [cs, ce])) return true;
  const clause = doc.norm.slice(cs, ce);
  // 注销手续须知 is a topic; 已办结注销手续 is the deregistration done.
  const partial =
    (f.partialAfter.test(after) && !f.procedureDone.test(clause)) ||
    f.partialBefore.test(before) ||
    f.partialLicence.test(doc.norm.slice(cs, te)) ||
    f.partialBusiness.test(namesBlanked(doc, cs, ce)) ||
    // 注销一批长期不动账户, 符合条件的账户予以注销: the object is no venue, platform or institution.
    f.objectAfter.test(after) ||
    f.objectBefore.test(before) ||
    partOfObject(doc, te);
  if (f.negationBefore.test(before) || partial) return true;
  // 临时停止营业, 停服三天, 暂停交易至年底, …后恢复: a pause; 移出经营异常名录: a list of misconduct, not of licensees.
  if (pausable && (f.temporaryBefore.test(before) || f.temporaryAfter.test(after))) return true;
  if (f.adverseList.test(doc.norm.slice(ts, te))) return true;
  // 宣布将于6月30日关闭: a trigger with a gap (宣布…关闭) can swallow the intent word.
  const intent = f.intentBefore.test(before) || f.intentAfter.test(after) || f.intentInside.test(doc.norm.slice(ts, te));
  return intent && !f.intentOverride.test(clause);
}

/**
 * True when the trigger's sentence closes a venue named only by kind and scope (辖内金交所, 一家网贷机构);
 * a statistic (超过3000家网贷机构退出, 累计清退逾百家) counts closures, it reports none.
 */
function namesGenericVenue(doc: Doc, ts: number, te: number): boolean {
  const [ss, se] = bounds(doc.norm, ts, SENTENCE);
  const scope = doc.norm.slice(ss, Math.min(se, te + 16));
  const found = doc.lex.venue.genericVenue.exec(scope);
  const venue = found?.[0];
  if (venue === undefined || doc.lex.frames.statistic.test(scope)) return false;
  // 某银行一支行终止营业: an outlet of the kind, not a venue of it.
  if (OUTLET.test(scope.slice((found?.index ?? 0) + venue.length))) return false;
  // 注销以下3家机构支付业务许可证: a list to come is financial by the licence it loses.
  const kind = /^(?:以下|下列|如下)/.test(venue) ? venue + doc.norm.slice(ts, bounds(doc.norm, ts, CLAUSE)[1]) : venue;
  if (doc.lex.venue.financialName.test(kind) && !doc.lex.venue.nonFinancial.test(kind)) return true;
  // 多家机构被注销。其中包括A支付有限公司…: an unspecified kind is financial by the names the next sentence lists.
  const next = doc.norm.slice(se + 1, bounds(doc.norm, se + 1, SENTENCE)[1]);
  return (
    /(?:机构|公司|企业|平台)$/.test(venue) &&
    LIST_NEXT.test(next) &&
    doc.cands.some((c) => c.role === 'plain' && c.start > se && c.start <= se + 1 + next.length && doc.lex.venue.financialName.test(c.name))
  );
}

const IMPERSONATION = /仿冒|假冒|冒用|冒充|假借|盗用|山寨/;

/** 冒用“X”名义, 仿冒X银行官网: the name a fraud borrowed is not the one closed. */
function impersonated(doc: Doc, c: Candidate): boolean {
  const [cs] = bounds(doc.norm, c.start, CLAUSE);
  const before = doc.norm.slice(cs, c.start);
  const f = doc.lex.frames;
  return f.impersonated.test(before) || (IMPERSONATION.test(before) && f.impersonatedAfter.test(doc.norm.slice(c.end)));
}

// X银行股份有限公司杭州某某支行终止营业: the name is the parent of the outlet closed (a part, as 撤销X两家支行 is).
const BRANCH_AFTER =
  /^(?:股份有限公司|有限责任公司|有限公司)?[^\s，,。；;、和及与为改并被由将已的“”"]{0,12}?(?:支行|分行|分理处|营业部|营业所|储蓄所|分公司|营业网点)(?![及和与、])/;

const OUTLET = /^[一两二三四五六七八九十0-9]?(?:家|个|处)?(?:支行|分行|分理处|营业部|营业所|储蓄所|分公司|营业网点|网点)/;

export function branchOf(doc: Doc, c: Candidate): boolean {
  return c.kind === 'org' && BRANCH_AFTER.test(doc.norm.slice(c.end, c.end + 24));
}

export function findEvents(doc: Doc): ClosureEvent[] {
  const events: ClosureEvent[] = [];
  for (const trigger of doc.lex.triggers) {
    for (const m of doc.norm.matchAll(trigger.re)) {
      const ts = m.index as number;
      const te = ts + m[0].length;
      if (cancelled(doc, ts, te, trigger.pausable)) continue;
      const found = argumentsOf(doc, ts, te, trigger);
      // The operator named with a financial brand (“X贷”运营方…) is financial through it.
      const viaBrand = found.some((c) => c.kind === 'brand' && isFinancial(doc, c, trigger));
      const ops = viaBrand ? [] : operators(doc, financialBrands(doc, trigger));
      const args = found
        .filter((c) => !impersonated(doc, c) && !branchOf(doc, c))
        .filter((c) => {
          const old = oldNameOf(doc, c);
          return (
            viaBrand ||
            isFinancial(doc, c, trigger) ||
            (old !== undefined && isFinancial(doc, old, trigger)) ||
            (ops.includes(c) && !doc.lex.venue.nonFinancial.test(c.name))
          );
        });
      const generic = namesGenericVenue(doc, ts, te);
      if (args.length > 0 || generic) events.push({ trigger, text: m[0], at: ts, args, generic });
    }
  }
  return events;
}
