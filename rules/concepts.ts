/**
 * Concept triggers: a flag's idea as slots of words in order, with a few words allowed between
 * them, inside one clause. "推荐一人奖励10%", "邀请3位好友额外再送" and "refer someone, both earn"
 * are one concept ({推荐, 邀请, refer} … {一人, 好友, friend} … {奖励, 送, earn}), where a string
 * list would need every combination spelled out.
 */
import { compileTerms, negationReaches, type Occurrence } from './match.js';
import { unitTest } from './fast-regex.js';
import { AMOUNT_MARK, folded, foldSpan, NAME_MARK, unfold } from './phrase-gaps.js';
import type { Concept } from './schema.js';
import { indexSlot, mayOccur, slotOccurs, slotScan, type SlotScan } from './slot-index.js';
import { endOf, withInflections, type SlotKey } from './slot-words.js';

export interface CompiledConcept {
  slots: SlotKey[][];
  /** Most characters between two slots (Chinese); English words need more room. */
  gap: number;
  /** Whether a comma may stand between two slots. */
  sentence: boolean;
  /** Whether the later slots may stand before the first one. */
  anyOrder: boolean;
  source: string;
  /** The slots' ids in ./slot-index.ts: a concept is searched only in a text where every slot may occur. */
  ids: number[];
  /** Each slot's words as searched (with their added inflections). */
  words: string[][];
  heads: string[][];
}

const MARKS: Record<string, string> = { '{amount}': AMOUNT_MARK, '{name}': NAME_MARK };

const CLAUSE_BREAK = /[，,。；;！？!?\n:：]/;
// An English semicolon joins the halves of one sentence ("I met her on Tinder; a month later she…").
const SENTENCE_BREAK = /[。；！？!?\n]/;
const isClauseBreak = unitTest(CLAUSE_BREAK);
const isSentenceBreak = unitTest(SENTENCE_BREAK);
const isSpace = unitTest(/\s/);
const COMMA = /[，,:：]/g;
// A negator between the slots turns the concept round ("保证不了收益" is not a guarantee).
const GAP_NEGATION = /不|没|未|无|非|\bnot\b|\bno\b|\bnever\b|n't/g;
const FALSE_NEGATION = /想不想|要不要|愿不愿意|信不信|非常|不仅|不但|不少|不断|无论|不管|并且|不错|未来|不限|不到|无数|无限|无条件/g;

export function compileConcepts(concepts: readonly Concept[]): CompiledConcept[] {
  return concepts.map((c) => {
    // {amount} and {name} stand for a folded phrase (./phrase-gaps.ts): 保你拿回九千块 has an amount as its object.
    // The first slot keeps its words as written: there a verb is usually an imperative (install the app), and
    // its past form tells a story (he installed the banking app), not a call to act.
    const slots = c.slots.map((s, i) =>
      withInflections(
        compileTerms(s).map((k) => ({ ...k, key: MARKS[k.key] ?? k.key })),
        i > 0,
      ),
    );
    return {
      slots,
      gap: c.gap,
      sentence: c.scope === 'sentence',
      anyOrder: c.order === 'any',
      source: c.slots.map((s) => s[0]).join('…'),
      ids: slots.map((slot) => indexSlot(slot.map((k) => k.key))),
      words: slots.map((slot) => slot.map((k) => k.key)),
      heads: slots.map((slot) => slot.map((k) => k.key.slice(0, 2))),
    };
  });
}

/** The nearest occurrence of a slot's words in norm[from, limit), not crossing a clause break. */
function nearest(
  norm: string,
  slot: readonly SlotKey[],
  from: number,
  limit: number,
  hidden: readonly Occurrence[],
): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  // Search only the window the gap allows: on a long text, indexOf over the rest would be quadratic.
  const window = norm.slice(from, Math.min(norm.length, limit + 40));
  for (const key of slot) {
    for (let i = window.indexOf(key.key), at = from + i; i >= 0 && at < limit; i = window.indexOf(key.key, i + 1), at = from + i) {
      const end = endOf(norm, at, key);
      if (end < 0 || hidden.some((h) => at < h.end && end > h.start)) continue;
      if (!best || at < best.start || (at === best.start && end > best.end)) best = { start: at, end };
      break;
    }
  }
  return best;
}

// A field label opens its line ("借款人：", "收款账户：", "Borrower:"): in a product sheet the label and its value are one
// statement, so the colon after a short label joins them instead of breaking the clause. A colon after a longer
// lead ("他跟我说：") still breaks: there the words before it are a sentence of their own. A field's name is a noun:
// in Chinese it ends in a field head (借款人, 融资方, 收款账户, 户名, 资金用途), in English its last word is one.
// "邀请好友：…" or "Refer a friend: …" is an imperative with its colon, not a field, and keeps the break.
const LABEL = new RegExp(
  '^[\\s\\p{Extended_Pictographic}\\uFE0F•·*#\\-—【】[\\]]*(?:\\p{Script=Han}{1,5}(?:人|方|户|名|号|称|体|位|途|向|源|行|构|所)|' +
    '(?:[a-z]+ ){0,2}(?:borrowers?|issuers?|payees?|beneficiar(?:y|ies)|guarantors?|name|holder|account|recipient|use|purpose|proceeds|' +
    'party|entity|backer|bank|custodian|platform|registration))\\s*$',
  'u',
);
const LABEL_REACH = 24;

/** Whether the colon at `at` ends a field label that opens its line. */
export function isLabelColon(norm: string, at: number): boolean {
  const ch = norm[at];
  if (ch !== ':' && ch !== '：') return false;
  const lead = norm.slice(Math.max(0, at - LABEL_REACH), at);
  const line = lead.lastIndexOf('\n');
  if (line < 0 && at > LABEL_REACH) return false;
  return LABEL.test(lead.slice(line + 1));
}

const breaksAt = (norm: string, i: number, stop: (ch: string | undefined) => boolean): boolean =>
  (stop(norm[i]) && !isLabelColon(norm, i)) || (norm[i] === '.' && isSpace(norm[i + 1] ?? ''));

function limitFrom(norm: string, from: number, gap: number, sentence: boolean): number {
  const stop = sentence ? isSentenceBreak : isClauseBreak;
  let to = from;
  while (to < norm.length && to - from <= gap && !breaksAt(norm, to, stop)) to += 1;
  return to;
}

// Only a negator in the slot's own clause negates it: in "网上认识的，没见过面，带我投资" the 没 is about meeting.
function gapIsNegated(norm: string, from: number, to: number): boolean {
  const gap = norm.slice(from, to);
  const lastComma = Math.max(...[...gap.matchAll(COMMA)].map((m) => m.index ?? -1), -1);
  return negationReaches(gap.slice(lastComma + 1), GAP_NEGATION, FALSE_NEGATION);
}

function matchFrom(norm: string, concept: CompiledConcept, start: number, end: number, hidden: readonly Occurrence[]): number | null {
  let at = end;
  for (const slot of concept.slots.slice(1)) {
    // English words are longer: "refer one pal and you both earn" has 4 words between the slots.
    const gap = /[a-z]/.test(norm[at - 1] ?? '') ? concept.gap * 4 : concept.gap;
    const next = nearest(norm, slot, at, limitFrom(norm, at, gap, concept.sentence), hidden);
    if (!next || gapIsNegated(norm, at, next.start)) return null;
    at = next.end;
  }
  return at > start ? at : null;
}

/** Where a concept in any order may look around its anchor: its sentence (or clause), at most the gaps it allows. */
function reachAround(norm: string, concept: CompiledConcept, start: number, end: number): [number, number] {
  const latin = /[a-z]/.test(norm[start] ?? '');
  const reach = concept.gap * (concept.slots.length - 1) * (latin ? 4 : 1);
  const stop = (i: number): boolean => breaksAt(norm, i, concept.sentence ? isSentenceBreak : isClauseBreak);
  let from = start;
  while (from > 0 && start - from < reach && !stop(from - 1)) from -= 1;
  let to = end;
  while (to < norm.length && to - end < reach && !stop(to)) to += 1;
  return [from, to];
}

type Spot = { start: number; end: number };

/** Every usable occurrence of a slot's words, in text order: found once per text, then searched per anchor. */
function spotsOf(norm: string, slot: readonly SlotKey[], hidden: readonly Occurrence[]): Spot[] {
  const out: Spot[] = [];
  for (const key of slot)
    for (let at = norm.indexOf(key.key); at >= 0; at = norm.indexOf(key.key, at + 1)) {
      const end = endOf(norm, at, key);
      if (end >= 0 && !hidden.some((h) => at < h.end && end > h.start)) out.push({ start: at, end });
    }
  return out.sort((a, b) => a.start - b.start);
}

/** The spot nearest after the anchor, else nearest before it, inside [from, to). */
function nearestSpot(spots: readonly Spot[], from: number, start: number, end: number, to: number): Spot | null {
  let lo = 0;
  let hi = spots.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spots[mid] as Spot).start < end) lo = mid + 1;
    else hi = mid;
  }
  const after = spots[lo];
  if (after && after.start < to) return after;
  for (let i = lo - 1; i >= 0; i -= 1) {
    const s = spots[i] as Spot;
    if (s.start < from) break;
    if (s.end <= start) return s;
  }
  return null;
}

/** Each later slot somewhere around the anchor, not negated right before it; the span they cover. */
function matchAnyOrder(
  norm: string,
  concept: CompiledConcept,
  start: number,
  end: number,
  spots: readonly Spot[][],
): [number, number] | null {
  const [from, to] = reachAround(norm, concept, start, end);
  let lo = start;
  let hi = end;
  for (const slotSpots of spots) {
    const found = nearestSpot(slotSpots, from, start, end, to);
    if (!found || gapIsNegated(norm, Math.max(from, found.start - 6), found.start)) return null;
    lo = Math.min(lo, found.start);
    hi = Math.max(hi, found.end);
  }
  return [lo, hi];
}

/**
 * Every match of the concepts in `norm`, reported on `text`; `hidden` spans (look-alikes) never count.
 * A gap may hold a whole phrase (./phrase-gaps.ts): the folded text is read too, its matches mapped back.
 */
export function findConcepts(
  text: string,
  norm: string,
  concepts: readonly CompiledConcept[],
  hidden: readonly Occurrence[],
): Occurrence[] {
  const out = findConceptsIn(text, norm, concepts, hidden);
  const f = folded(norm);
  if (!f) return out;
  const foldedHidden = hidden.map((h) => {
    const [start, end] = foldSpan(f, h.start, h.end);
    return { ...h, start, end };
  });
  for (const o of findConceptsIn(f.norm, f.norm, concepts, foldedHidden)) {
    const [start, end] = unfold(f, o.start, o.end);
    if (!out.some((k) => k.start === start && k.end === end)) out.push({ trigger: o.trigger, text: text.slice(start, end), start, end });
  }
  return out;
}

function findConceptsIn(text: string, norm: string, concepts: readonly CompiledConcept[], hidden: readonly Occurrence[]): Occurrence[] {
  const out: Occurrence[] = [];
  const marks = slotScan(norm);
  for (const concept of concepts) {
    if (!occursAll(marks, concept)) continue;
    const spots = concept.anyOrder ? concept.slots.slice(1).map((slot) => spotsOf(norm, slot, hidden)) : [];
    for (const key of concept.slots[0] ?? []) {
      if (!mayOccur(marks, key.key)) continue;
      for (let at = norm.indexOf(key.key); at >= 0; at = norm.indexOf(key.key, at + 1)) {
        const first = endOf(norm, at, key);
        if (first < 0 || hidden.some((h) => at < h.end && first > h.start)) continue;
        if (concept.anyOrder) {
          const span = matchAnyOrder(norm, concept, at, first, spots);
          if (span) out.push({ trigger: concept.source, text: text.slice(span[0], span[1]), start: span[0], end: span[1] });
          continue;
        }
        const end = matchFrom(norm, concept, at, first, hidden);
        if (end !== null) out.push({ trigger: concept.source, text: text.slice(at, end), start: at, end });
      }
    }
  }
  return out;
}

/** Whether any concept's first slot may occur in `norm`: a rule whose concepts have no anchor there is skipped whole. */
export function mayAnchor(norm: string, concepts: readonly CompiledConcept[]): boolean {
  const marks = slotScan(norm);
  return concepts.some((c) => slotOccurs(marks, c.ids[0] as number, c.words[0] as string[], c.heads[0] as string[]));
}

function occursAll(marks: SlotScan, c: CompiledConcept): boolean {
  for (let i = 0; i < c.ids.length; i += 1)
    if (!slotOccurs(marks, c.ids[i] as number, c.words[i] as string[], c.heads[i] as string[])) return false;
  return true;
}
