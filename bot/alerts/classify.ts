/**
 * Closure news as event extraction: an item is a closure when a trigger from the lexicon (取消…资质,
 * 注销, 吊销, 更名退出, 取缔, 宣告…破产 …) has an argument — a name in the same sentence, inside the
 * trigger or after it in its clause, else the nearest before it — that is a financial venue, platform
 * or institution, and no frame (denial, intent, warning, court case, payout) cancels it.
 * Names: entities.ts; arguments: arguments.ts; events: events.ts; what is reported: reported.ts.
 */
import type { Registry, StatusUpdate, EntityStatus } from '../../knowledge/registry/types.js';
import { findRegions } from '../../knowledge/regions.js';
import { normalizeForMatch } from '../../knowledge/text.js';
import { bounds, isFinancial, SENTENCE, type Doc } from './arguments.js';
import { findCandidates, type Candidate } from './entities.js';
import { branchOf, findEvents, type ClosureEvent } from './events.js';
import { defaultLexicon, type ClosureLexicon } from './lexicon.js';
import { englishEvents, isEnglish } from './english.js';
import { addBrands, dropCovered, regionalExchanges, toFullForms, toOldNames } from './reported.js';

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

const RENAMED = /更名|变更名称|名称变更/;

/** Every closed name with its status: the arguments, brands and operators, old names, else the names listed. */
function closedNames(doc: Doc, events: ClosureEvent[], registry: Registry, places: string[]): Map<string, EntityStatus> {
  const first = events[0] as ClosureEvent;
  const named = events.filter((e) => e.args.length > 0);
  const status = new Map<string, EntityStatus>();
  for (const e of named) for (const c of e.args) if (!status.has(c.name)) status.set(c.name, e.trigger.status);
  addBrands(doc, status, (named[0] ?? first).trigger);
  toOldNames(doc, status);
  toFullForms(doc, status);
  // A notice that closes "三家金交所" and then names them in a list without repeating the verb; a name
  // written before that sentence (X增资。此前该省已取消部分担保公司…) is another subject.
  const [from] = bounds(doc.norm, first.at, SENTENCE);
  if (status.size === 0)
    for (const c of doc.cands)
      if (c.role === 'plain' && c.start >= from && !branchOf(doc, c) && isFinancial(doc, c, first.trigger))
        status.set(c.name, first.trigger.status);
  if (status.size === 0) for (const e of regionalExchanges(registry, places, doc.norm)) status.set(e.name, first.trigger.status);
  // A venue that changed its name and lost its qualification left by renaming (更名退出).
  if (RENAMED.test(doc.norm))
    for (const [name, s] of status) if (s === 'qualification-cancelled' || s === 'closed') status.set(name, 'renamed-out');
  return status;
}

/** The names to report, in text order, a short form beside its full name dropped. */
function reportedNames(doc: Doc, status: Map<string, EntityStatus>): string[] {
  const at = (name: string): number => doc.text.indexOf(name) + 1 || Infinity;
  const brandNames = new Set(doc.cands.filter((c) => c.kind === 'brand').map((c) => c.name));
  return dropCovered([...status.keys()], brandNames).sort((a, b) => at(a) - at(b));
}

/** One dated, sourced status per entity; the region from the registry, else the item's first. */
function statusUpdates(item: NewsInput, registry: Registry, entities: string[], status: Map<string, EntityStatus>, region?: string) {
  const date = item.date && /^\d{4}-\d{2}(-\d{2})?/.test(item.date) ? item.date.slice(0, 10) : null;
  // The registry is updated under the registered name, whatever form the item wrote.
  return entities.map((name) => ({
    name: registry.mentions(name).find((m) => m.start === 0 && m.end === name.length)?.entry.name ?? name,
    status: status.get(name) as EntityStatus,
    date,
    // mentions, not lookup: a fuzzy lookup of every unknown name would cost milliseconds per item.
    region: registry.mentions(name)[0]?.entry.province ?? region,
    source: { title: item.title, ...(item.link ? { url: item.link, accessed: date ?? undefined } : {}) },
  }));
}

/** Registered names of the entities written in another form, unless that name is reported too. */
function registeredNames(registry: Registry, entities: string[]): Record<string, string> {
  const registered: Record<string, string> = {};
  for (const name of entities) {
    const entry = registry.mentions(name)[0]?.entry;
    if (entry && entry.name !== name && !entities.includes(entry.name)) registered[name] = entry.name;
  }
  return registered;
}

const itemYear = (date: string | undefined): number | undefined => (date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : undefined);

const SPACE = /[ \t\u3000]/;
const LATIN = /[A-Za-z0-9]/;

/**
 * 【关停】 贵阳 X 网贷平台 今起 关闭: column headlines space their words. The verbs are matched with those
 * spaces removed (a space between Latin words stays), the names found with them as boundaries
 * (新华社电 X有限公司); `at` maps an offset in the written text to one in the joined text.
 */
function joinColumns(written: string): { text: string; at: number[] } {
  const at: number[] = [];
  let text = '';
  for (let i = 0; i < written.length; i += 1) {
    at.push(text.length);
    const ch = written[i] as string;
    if (!SPACE.test(ch) || (LATIN.test(written[i - 1] ?? '') && LATIN.test(written[i + 1] ?? ''))) text += ch;
  }
  at.push(text.length);
  return { text, at };
}

function candidates(written: string, at: number[], registry: Registry): Candidate[] {
  return findCandidates(written, registry).map((c) => ({ ...c, start: at[c.start] as number, end: at[c.end] as number }));
}

/** An item with no Chinese: english.ts finds the events, the registry links the names as for Chinese ones. */
function classifyEnglish(item: NewsInput, registry: Registry, none: (reason: string) => NewsClassification): NewsClassification {
  const events = englishEvents(item.title, item.summary);
  if (typeof events === 'string') return none(events);
  const first = events[0];
  if (!first) return none('no closure trigger with a financial venue as its argument');
  const status = new Map<string, EntityStatus>();
  for (const e of events) for (const name of e.entities) if (!status.has(name)) status.set(name, e.status);
  const entities = [...status.keys()];
  return {
    closure: true,
    entities,
    regions: [],
    action: first.action,
    statusUpdates: statusUpdates(item, registry, entities, status),
    registered: registeredNames(registry, entities),
    reason: `"${first.action}" of ${entities.length} entities`,
  };
}

export function classifyNews(item: NewsInput, registry: Registry, lexicon: ClosureLexicon = defaultLexicon()): NewsClassification {
  const written = `${item.title}。${item.summary ?? ''}`;
  const { text, at } = joinColumns(written);
  const norm = normalizeForMatch(text);
  const title = norm.slice(0, at[item.title.length]);
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
  if (isEnglish(item.title, item.summary)) return classifyEnglish(item, registry, none);
  if (lexicon.frames.denial.test(norm)) return none('denial or rumour rebuttal');
  if (lexicon.frames.titleBlock.test(title)) return none('a warning, court case, payout, plan or public notice, not a closure');
  // 回顾2023：X倒闭, 十大金融事件, 年报显示…: a look back retells closures reported before; a recency
  // word (昨日, 本月初, 上周) marks a digest of this week's news, whose closures are new.
  if (lexicon.frames.retrospect.test(title) && !lexicon.frames.recent.test(norm))
    return none('a retrospective, digest or commentary, not news of a closure');
  const doc: Doc = {
    text,
    norm,
    cands: candidates(written, at, registry),
    lex: lexicon,
    titleEnd: title.length,
    year: itemYear(item.date),
  };
  const events = findEvents(doc);
  const first = events[0];
  if (!first) return none('no closure trigger with a financial venue as its argument');
  if (events.every((e) => e.args.length === 0) && lexicon.frames.advice.test(title))
    return none('advice or commentary about closures', first.text);
  // 警惕冒用金交所名义…: a misconduct word with no named venue closed is a warning, not a closure.
  if (events.every((e) => e.args.length === 0) && lexicon.frames.misconductTitle.test(title))
    return none('a warning about misconduct, no named venue closed', first.text);
  const status = closedNames(
    doc,
    events,
    registry,
    places.map((r) => r.name),
  );
  const entities = reportedNames(doc, status);
  // A closure names what closed: a venue by name, else by kind and scope (辖内金交所).
  if (entities.length === 0 && !events.some((e) => e.generic))
    return none('a closure trigger whose object names no venue, platform or institution', first.text);
  return {
    closure: true,
    entities,
    regions,
    action: first.text,
    statusUpdates: statusUpdates(item, registry, entities, status, regions[0]),
    registered: registeredNames(registry, entities),
    reason: `"${first.text}" of ${entities.length} entities`,
  };
}
