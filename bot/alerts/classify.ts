/**
 * Closure news as event extraction: an item is a closure when a trigger from the lexicon (取消…资质,
 * 注销, 吊销, 更名退出, 取缔, 宣告…破产 …) has an argument — a name in the same sentence, inside the
 * trigger or after it in its clause, else the nearest before it — that is a financial venue, platform
 * or institution, and no frame (denial, intent, warning, court case, payout) cancels it.
 */
import type { Registry, RegistryEntry, StatusUpdate, EntityStatus } from '../../knowledge/registry/types.js';
import { findRegions } from '../../knowledge/regions.js';
import { normalizeForMatch } from '../../knowledge/text.js';
import { findCandidates, type Candidate } from './entities.js';
import { defaultLexicon, type ClosureLexicon, type Trigger } from './lexicon.js';

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
  /** Registered names of entities written in a shorter form (重庆金融资产交易所 → …有限责任公司). */
  registered?: Record<string, string>;
  reason: string;
}

interface ClosureEvent {
  trigger: Trigger;
  text: string;
  args: Candidate[];
  /** A venue named only by kind and scope (辖内金交所, 一家网贷机构). */
  generic: boolean;
}

interface Doc {
  text: string;
  norm: string;
  cands: Candidate[];
  lex: ClosureLexicon;
}

const SENTENCE = /[。；;！？!?\n]/;
const CLAUSE = /[，,。；;！？!?\n]/;
const ANAPHOR = /(?:该|本)(?:公司|行|平台|机构|交易所|中心|所)|(?:^|[，,：:])(?:公司|平台|该行)/;

function bounds(norm: string, at: number, stop: RegExp): [number, number] {
  let s = at;
  while (s > 0 && !stop.test(norm[s - 1] as string)) s -= 1;
  let e = at;
  while (e < norm.length && !stop.test(norm[e] as string)) e += 1;
  return [s, e];
}

/** Candidates joined to `c` by 、/和 or a brand–operator link (“X贷”运营方…, …（平台名称“X贷”）). */
function siblings(doc: Doc, c: Candidate, pool: Candidate[]): Candidate[] {
  const joined = (a: Candidate, b: Candidate): boolean =>
    /^(?:、|和|及|与|以及|简称|以下简称|下称|(?:与|及|和)?其(?:旗下)?(?:运营的)?(?:p2p|网贷)?平台|平台名称|旗下平台|旗下|运营方|运营主体|运营公司|及其运营方|所?运营的(?:p2p|网贷)?(?:平台)?|平台)?$/.test(
      doc.norm.slice(a.end, b.start).replace(/[“”"（）()：:\s]/g, ''),
    );
  const out = [c];
  for (let i = pool.indexOf(c); i > 0 && joined(pool[i - 1] as Candidate, pool[i] as Candidate); i -= 1)
    out.unshift(pool[i - 1] as Candidate);
  for (let i = pool.indexOf(c); i >= 0 && i < pool.length - 1 && joined(pool[i] as Candidate, pool[i + 1] as Candidate); i += 1)
    out.push(pool[i + 1] as Candidate);
  return out;
}

function isFinancial(doc: Doc, c: Candidate, trigger: Trigger): boolean {
  const v = doc.lex.venue;
  const name = normalizeForMatch(c.name);
  if (v.nonFinancial.test(name) && !/金融|银行|信托|保险|证券|贷/.test(name)) return false;
  if (v.financialName.test(name)) return true;
  // A platform brand with money in its name (钱满仓, 金橙) is a lending or investment platform.
  if (c.kind === 'brand' && /[钱金财融银币投资贷宝]/.test(name)) return true;
  if (trigger.id === 'ban' && v.illegalFinance.test(doc.norm)) return true;
  return (c.kind === 'brand' || v.techName.test(name)) && v.financialContext.test(doc.norm);
}

/** The trigger's arguments: inside it or after it in its clause, else the nearest before it in the sentence. */
function argumentsOf(doc: Doc, ts: number, te: number, trigger: Trigger): Candidate[] {
  const [ss] = bounds(doc.norm, ts, SENTENCE);
  const [, end] = bounds(doc.norm, Math.max(ts, te - 1), CLAUSE);
  // 注销！X: a headline that opens with the verb names what closed right after the mark.
  const ce = end === te && /[！!：:]/.test(doc.norm[end] ?? '') ? bounds(doc.norm, end + 1, CLAUSE)[1] : end;
  const usable = doc.cands.filter((c) => c.role === 'plain');
  const inside = usable.filter((c) => c.start >= ts && c.start < ce);
  if (inside.length > 0) return inside;
  const before = usable.filter((c) => c.start >= ss && c.end <= ts);
  const nearest = before[before.length - 1];
  const near = nearest ? siblings(doc, nearest, usable) : [];
  // 该公司/该行/平台 between the names and the trigger points back to the item's main subject.
  if (!ANAPHOR.test(doc.norm.slice(nearest?.end ?? ss, ts))) return near;
  const primary = usable.find((c) => c.kind === 'org' && isFinancial(doc, c, trigger)) ?? usable.find((c) => isFinancial(doc, c, trigger));
  return primary ? [...new Set([...siblings(doc, primary, usable), ...near])] : near;
}

/** Frames that cancel one trigger: attributive use (已停业网贷机构), negation, intent (拟, 将于, 计划 …). */
function cancelled(doc: Doc, ts: number, te: number): boolean {
  const f = doc.lex.frames;
  const [cs, ce] = bounds(doc.norm, ts, CLAUSE);
  const before = doc.norm.slice(cs, ts);
  const after = doc.norm.slice(te);
  if (f.attributive.test(after) && (doc.norm[ts] === '已' || doc.norm[ts - 1] === '已' || after.startsWith('的'))) return true;
  if (f.negationBefore.test(before) || f.partialAfter.test(after)) return true;
  const clause = doc.norm.slice(cs, ce);
  return (f.intentBefore.test(before) || f.intentAfter.test(after)) && !f.intentOverride.test(clause);
}

function findEvents(doc: Doc): ClosureEvent[] {
  const events: ClosureEvent[] = [];
  for (const trigger of doc.lex.triggers) {
    for (const m of doc.norm.matchAll(trigger.re)) {
      const ts = m.index as number;
      const te = ts + m[0].length;
      if (cancelled(doc, ts, te)) continue;
      const found = argumentsOf(doc, ts, te, trigger);
      // The operator named with a financial brand (“X贷”运营方…) is financial through it.
      const viaBrand = found.some((c) => c.kind === 'brand' && isFinancial(doc, c, trigger));
      const args = found.filter((c) => {
        const old = oldNameOf(doc, c);
        return viaBrand || isFinancial(doc, c, trigger) || (old !== undefined && isFinancial(doc, old, trigger));
      });
      const [ss, se] = bounds(doc.norm, ts, SENTENCE);
      const scope = doc.norm.slice(ss, Math.min(se, te + 16));
      const venue = doc.lex.venue.genericVenue.exec(scope)?.[0];
      const generic = venue !== undefined && doc.lex.venue.financialName.test(venue) && !doc.lex.venue.nonFinancial.test(venue);
      if (args.length > 0 || generic) events.push({ trigger, text: m[0], args, generic });
    }
  }
  return events;
}

/** Financial brands named in the item, and the operator of a closed brand (…，运营方X有限公司…) wherever it is named. */
function addBrands(doc: Doc, status: Map<string, EntityStatus>, trigger: Trigger): void {
  const brands = doc.cands.filter((c) => c.kind === 'brand' && c.role === 'plain' && isFinancial(doc, c, trigger));
  for (const b of brands) if (!status.has(b.name)) status.set(b.name, trigger.status);
  if (brands.length > 0) for (const o of operators(doc)) if (!status.has(o.name)) status.set(o.name, trigger.status);
}

const OPERATOR = /(?:运营方|运营主体|运营公司|运营机构|经营主体|实际运营方)(?:为|是)?$/;

/** Organisations introduced as a platform's operator. */
function operators(doc: Doc): Candidate[] {
  return doc.cands.filter(
    (c) => c.kind === 'org' && c.role === 'plain' && OPERATOR.test(doc.norm.slice(Math.max(0, c.start - 8), c.start)),
  );
}

/** The name a venue had (原名X的Y, Y（原名X）), written right beside it. */
function oldNameOf(doc: Doc, c: Candidate): Candidate | undefined {
  const i = doc.cands.indexOf(c);
  const next = doc.cands[i + 1];
  const prev = doc.cands[i - 1];
  if (prev?.role === 'old-name' && /^[的，,]?$/.test(doc.norm.slice(prev.end, c.start))) return prev;
  if (next?.role === 'old-name' && /^[（(，,]?(?:原名为|原名|曾用名|前身为)$/.test(doc.norm.slice(c.end, next.start))) return next;
  return undefined;
}

const ITS_OLD_NAME = /(?:(?:该|本)(?:公司|行|平台|机构)|其)(?:原名为|原名|曾用名|前身为)[：:]?$/;

/** A rename-out reports the name the venue had, not the one it took; 该公司原名X stands for the item's subject. */
function toOldNames(doc: Doc, status: Map<string, EntityStatus>): void {
  for (const c of doc.cands) {
    const old = status.has(c.name) ? oldNameOf(doc, c) : undefined;
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
function regionalExchanges(registry: Registry, regions: string[], norm: string): RegistryEntry[] {
  if (!/辖内|各自|当地|本地|四地|三地|两地|多地/.test(norm) || !/金交所|金融资产交易|交易场所/.test(norm)) return [];
  return regions
    .flatMap((r) => registry.inRegion(r, 'exchange'))
    .filter((e) => /金融资产交易(?:所|中心)/.test(e.name) && !/互联网/.test(e.name));
}

export function classifyNews(item: NewsInput, registry: Registry, lexicon: ClosureLexicon = defaultLexicon()): NewsClassification {
  const text = `${item.title}。${item.summary ?? ''}`;
  const norm = normalizeForMatch(text);
  const title = norm.slice(0, item.title.length);
  const places = findRegions(text);
  const regions = [...new Set(places.map((r) => r.province))];
  const none = (reason: string, action: string | null = null): NewsClassification => ({
    closure: false,
    entities: [],
    regions,
    action,
    statusUpdates: [],
    reason,
  });
  if (lexicon.frames.denial.test(norm)) return none('denial or rumour rebuttal');
  if (lexicon.frames.titleBlock.test(title)) return none('a warning, court case, payout, plan or public notice, not a closure');
  const doc: Doc = { text, norm, cands: findCandidates(text, registry), lex: lexicon };
  const events = findEvents(doc);
  const first = events[0];
  if (!first) return none('no closure trigger with a financial venue as its argument');
  const named = events.filter((e) => e.args.length > 0);
  if (named.length === 0 && lexicon.frames.advice.test(title)) return none('advice or commentary about closures', first.text);

  const status = new Map<string, EntityStatus>();
  for (const e of named) for (const c of e.args) if (!status.has(c.name)) status.set(c.name, e.trigger.status);
  addBrands(doc, status, (named[0] ?? first).trigger);
  toOldNames(doc, status);
  // A notice that closes "三家金交所" and names them in a list without repeating the verb.
  if (status.size === 0)
    for (const c of doc.cands) if (c.role === 'plain' && isFinancial(doc, c, first.trigger)) status.set(c.name, first.trigger.status);
  const expanded =
    status.size === 0
      ? regionalExchanges(
          registry,
          places.map((r) => r.name),
          norm,
        )
      : [];
  for (const e of expanded) status.set(e.name, first.trigger.status);
  const at = (name: string): number => text.indexOf(name) + 1 || Infinity;
  const brandNames = new Set(doc.cands.filter((c) => c.kind === 'brand').map((c) => c.name));
  const entities = dropCovered([...status.keys()], brandNames).sort((a, b) => at(a) - at(b));
  // A venue that changed its name and lost its qualification left by renaming (更名退出).
  if (/更名|变更名称|名称变更/.test(norm))
    for (const [name, s] of status) if (s === 'qualification-cancelled' || s === 'closed') status.set(name, 'renamed-out');
  const date = item.date && /^\d{4}-\d{2}(-\d{2})?/.test(item.date) ? item.date.slice(0, 10) : null;
  const statusUpdates = entities.map((name) => ({
    name,
    status: status.get(name) ?? first.trigger.status,
    date,
    // mentions, not lookup: a fuzzy lookup of every unknown name would cost milliseconds per item.
    region: registry.mentions(name)[0]?.entry.province ?? regions[0],
    source: { title: item.title, ...(item.link ? { url: item.link, accessed: date ?? undefined } : {}) },
  }));
  const registered: Record<string, string> = {};
  for (const name of entities) {
    const entry = registry.mentions(name)[0]?.entry;
    if (entry && entry.name !== name && !entities.includes(entry.name)) registered[name] = entry.name;
  }
  return {
    closure: true,
    entities,
    regions,
    action: first.text,
    statusUpdates,
    registered,
    reason: `"${first.text}" of ${entities.length} entities`,
  };
}

/** A short form written beside the full name (南宁金交中心 … 南宁金融资产交易中心有限公司) is the same entity; a brand is its own. */
function dropCovered(names: string[], brands: Set<string>): string[] {
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
