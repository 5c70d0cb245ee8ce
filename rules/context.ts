/**
 * Who says the words of an offer, and how: the frames that decide whether a trigger is a claim.
 *
 * - A warning or a report (警惕, 谨防, 不要轻信, 风险提示, 据报道, "beware of", "scam alert") covers
 *   its whole sentence: the words in it are what the warning is about, not what anyone offers.
 * - A question about a term (什么是保本保息？, 资金池为什么不合规？, "Is P2P lending legal?") covers
 *   the clause that asks it, unless it asks about this offer (这个, 靠谱吗, "is this legit").
 * - A seller's quoted speech (销售说："…", 理财师：“…”) is a claim: no frame outside it reaches in.
 * - A victim whose money is already in (我已经交了…) asks about their own case: no question frame blanks it.
 * Negation stays local (./match.ts): it blocks only the words right after it, except a negated mandate
 * (从未授权…), which covers its clause. The cue lexicons are in ./frame-cues.ts and ./notices.ts.
 */

import {
  ABOUT_THIS,
  ASKED_INTRO,
  AUTHORITY,
  CLOSING_CALL,
  COMPARE,
  CONDITIONAL,
  DEFINE,
  DISAVOWAL,
  ENDORSED,
  EVERYDAY,
  EXPLAIN_REQUEST,
  INDIRECT_QUESTION,
  NOTICE,
  OBJECT,
  OBJECT_END,
  OBJECT_TO_STOP,
  QUOTE_CLOSE,
  POINTS_BACK,
  QUESTION_WORD,
  QUOTE_OPEN,
  REACTION,
  REPORT,
  REPORTED_ASKER,
  SAID,
  SELF_CLAIM,
  SELLER_WARNING,
  SIGNED,
  VERDICT,
  VOUCH,
  WARNING,
  either,
  ownTurn,
  ownWords,
} from './frame-cues.js';
import { asksAboutStatedOffer, notAnOffer } from './not-an-offer.js';
import { isReportAct } from './report-frame.js';
import { ALERT_EN, ASK_THE_ROOM, DISAVOWAL_LONG, OWN_CASE, REPORTED_SPEAKER, VICTIM_ASKS, WARNS, WEAK_NOTICE } from './notices.js';

export type FrameKind = 'warning' | 'report' | 'asked';

export interface Span {
  start: number;
  end: number;
}

export interface Frames {
  blocked: Array<Span & { kind: FrameKind }>;
  claims: Span[];
}

const SENTENCE_END = /[。！？!?\n]/;
const CLAUSE_END = /[，,；;：:。！？!?\n]/;
const CLOSERS = /[”’」』）)】"']/;

/** Where a frame's reach starts: the clause that holds the frame, not the claims made before it. */
function frameStart(norm: string, s: Span, at: number): number {
  let from = at;
  while (from > s.start && !CLAUSE_END.test(norm[from - 1] as string)) from -= 1;
  // "海报上写：提防…", "群里发的：警惕…": the source that introduces the warning belongs to it.
  if (from > s.start && /[:：]/.test(norm[from - 1] as string)) {
    from -= 1;
    while (from > s.start && !CLAUSE_END.test(norm[from - 1] as string)) from -= 1;
  }
  return from;
}

/**
 * Where a verdict's reach begins: the sentence before it when an anaphor opens it (…？这就是典型的非法集资), its
 * sentence otherwise — but only its own clause when the sentence vouches for the speaker's product
 * (保本保息，别的平台都是骗局，我们最靠谱: the rival is judged, the pitch is ours).
 */
function verdictStart(norm: string, s: Span, at: number, own: boolean, prev: number): number {
  const clause = frameStart(norm, s, at);
  if (own && RIVAL.test(norm.slice(clause, at))) return clause;
  return ANAPHOR_LEAD.test(norm.slice(s.start, at)) ? prev : s.start;
}

const RIVAL = /别的|别家|其他|其它|外面的?|市面上|那些|有些|\bother\b|\bothers\b|\bthe rest\b/;

// "不会暴雷", "从不跑路", "this is not a scam": a denied verdict is the seller's reassurance, not a warning.
const ANAPHOR_LEAD = /^\s*(?:这|那|这种|这类|这些|这个|那种|\b(?:this|that|these|those|it)\b(?:'s| is| are)?)?\s*$/;

const DENIED = /(?:不|没|没有|从不|绝不|不会|不是|并非|never|not|isn't|won't|no)\s*(?:a\s+|会\s*)?$/;

/** Each frame expression's global twin, compiled once. */
const GLOBAL = new WeakMap<RegExp, RegExp>();

// The last sentence masked: readFrames asks up to six frames of each sentence in turn, and masking it
// once instead of six times was a third of a long paste's check.
let lastMasked = { norm: '', start: -1, end: -1, text: '' };
function masked(norm: string, s: Span): string {
  if (lastMasked.norm === norm && lastMasked.start === s.start && lastMasked.end === s.end) return lastMasked.text;
  const text = norm
    .slice(s.start, s.end)
    .replace(SELLER_WARNING, (w) => ' '.repeat(w.length))
    .replace(ENDORSED, (w) => ' '.repeat(w.length))
    .replace(VICTIM_ASKS, (w) => ' '.repeat(w.length));
  lastMasked = { norm, start: s.start, end: s.end, text };
  return text;
}

function framesIn(norm: string, s: Span, re: RegExp): number[] {
  const text = masked(norm, s);
  let global = GLOBAL.get(re);
  if (!global) GLOBAL.set(re, (global = new RegExp(re.source, 'g')));
  return [...text.matchAll(global)]
    .filter((m) => !DENIED.test(text.slice(Math.max(0, (m.index ?? 0) - 8), m.index ?? 0)))
    .map((m) => s.start + (m.index ?? 0));
}

/**
 * End of what an object frame covers: its clause, a quotation that opens in it (commas and all),
 * or the list up to 之类/这种 or, in English, the rest of the sentence after "anyone who says".
 */
function objectEnd(norm: string, at: number, end: number): number {
  const rest = norm.slice(at, end);
  const list = OBJECT_END.exec(rest);
  if (list) return at + list.index + list[0].length;
  if (OBJECT_TO_STOP.test(rest.slice(0, 40))) return end;
  let to = at;
  while (to < end && !CLAUSE_END.test(norm[to] as string)) {
    const close = QUOTE_CLOSE[norm[to] as string];
    if (close) {
      const shut = norm.slice(to + 1, end).search(close);
      to = shut < 0 ? end : to + 1 + shut;
    }
    to += 1;
  }
  return Math.min(to, end);
}

function sentences(norm: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < norm.length; i += 1) {
    const ch = norm[i] as string;
    const englishStop = ch === '.' && /\s/.test(norm[i + 1] ?? ' ') && /[a-z0-9"”')]/.test(norm[i - 1] ?? '');
    if (!SENTENCE_END.test(ch) && !englishStop) continue;
    let end = i + 1;
    while (end < norm.length && (CLOSERS.test(norm[end] as string) || SENTENCE_END.test(norm[end] as string))) end += 1;
    out.push({ start, end });
    start = end;
    i = end - 1;
  }
  if (start < norm.length) out.push({ start, end: norm.length });
  return out;
}

function isQuestion(text: string): boolean {
  // A definition asked without a question mark (…刚性兑付是什么意思。) is still a question.
  // So is an indirect question (我想知道什么是资金池。, "I wonder what a cash pool is.").
  return (
    /[?？]\s*[”"」]?\s*$/.test(text) ||
    /(?:吗|么|呢|什么意思|啥意思|是什么|是啥|怎么回事|有(?:什么|啥)(?:不同|区别|差别|差异|两样))\s*[”"」]?\s*[。.]?\s*$/.test(text) ||
    INDIRECT_QUESTION.test(text) ||
    (EXPLAIN_REQUEST.test(text) && QUESTION_WORD.test(text))
  );
}

/** Clauses of a question sentence that ask about a term, not about the offer. */
function askedClauses(norm: string, s: Span): Span[] {
  const text = norm.slice(s.start, s.end);
  // "can somebody here explain…", 有没有人知道…: the someone asked is the room, not a seller of an offer in hand.
  // "“推荐一人返300”这种模式", "资金池这种做法": the demonstrative points back at the term named, not at an offer in hand.
  const about = text.replace(ASK_THE_ROOM, ' ').replace(EXPLAIN_REQUEST, ' ').replace(POINTS_BACK, ' ').replace(REPORTED_ASKER, ' ');
  if (!isQuestion(text) || (ABOUT_THIS.test(about) && !COMPARE.test(text))) return [];
  // With no figure stated, the whole sentence is a question about the words in it
  // ("保本保息的产品可信吗？", "Are P2P platforms still legal?").
  // Several clauses before the question mark are a pitch being asked about, not a term.
  // Digits inside a name (P2P, MT4, Web3) are not a figure.
  if (!/\d/.test(text.replace(/[a-z]+\d+[a-z]*/g, '')) && !CLAUSE_END.test(text.replace(/[?？。！!\s”"」]+$/, ''))) return [s];
  const out: Span[] = [];
  let from = s.start;
  for (let i = s.start; i <= s.end; i += 1) {
    if (i < s.end && !CLAUSE_END.test(norm[i] as string)) continue;
    const clause = norm.slice(from, i);
    if (DEFINE.test(clause.trimStart()) || COMPARE.test(clause)) out.push({ start: from, end: i });
    from = i + 1;
  }
  return out;
}

/** Quoted speech introduced by a speaker (销售说：“…”) whose words are not themselves a warning. */
function quotedClaims(norm: string): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < norm.length; i += 1) {
    const open = norm[i] as string;
    if (!QUOTE_OPEN.test(open)) continue;
    const closeRe = QUOTE_CLOSE[open] ?? /["”]/;
    let end = i + 1;
    while (end < norm.length && !closeRe.test(norm[end] as string)) end += 1;
    const before = norm.slice(Math.max(0, i - 16), i);
    // The clause lead (up to the sentence start): "when a stranger says", "法院审理查明，被告人对外宣称".
    const lead =
      norm
        .slice(Math.max(0, i - 48), i)
        .split(SENTENCE_END)
        .pop() ?? '';
    const inside = norm.slice(i + 1, end);
    // "如果有人说“…”，那多半是骗局": a hypothetical speaker judged by a verdict is not a seller.
    const after = norm.slice(end + 1, end + 24).split(SENTENCE_END)[0] ?? '';
    const clause = lead.split(CLAUSE_END).pop() ?? '';
    // "有网友问：“…”": words introduced by a question are what is asked about, not what anyone claims.
    const hypothetical = CONDITIONAL.test(clause) || VERDICT.test(after) || REPORTED_SPEAKER.test(lead) || ASKED_INTRO.test(before);
    if (
      SAID.test(before) &&
      !hypothetical &&
      !AUTHORITY.test(before) &&
      !WARNING.test(before) &&
      !WARNING.test(inside) &&
      !REPORT.test(inside)
    )
      out.push({ start: i + 1, end });
    i = end;
  }
  return out;
}

// The text's last 60 characters without trailing emoji (…千万别转账❗❗, "stay away 🚫"): the call is what closes it.
const tailOf = (norm: string): string =>
  norm
    .trimEnd()
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]+$/u, '')
    .slice(-60);

const WEAK = either(WEAK_NOTICE, ALERT_EN);
function weakNotice(norm: string, s: Span): number | undefined {
  const at = framesIn(norm, s, WEAK)[0];
  return at !== undefined && WARNS.test(norm.slice(s.start, s.end)) ? at : undefined;
}

/** Reads the frames of a normalised text once; `blockedAt` then answers for every trigger. */
export function readFrames(norm: string): Frames {
  const blocked: Frames['blocked'] = [];
  // A notice signed by a regulator or the police ("——某市地方金融管理局") is a warning throughout.
  // A whole-text frame reaches into quotes too: "销售说：“…”" inside a refused call is not a claim.
  const whole =
    SIGNED.test(norm) ||
    DISAVOWAL.test(norm) ||
    DISAVOWAL_LONG.test(norm) ||
    (REACTION.test(norm) && !SELF_CLAIM.test(ownWords(norm))) ||
    // Only the tail is read: the call closes the text, and a bounded slice keeps the regex linear.
    (CLOSING_CALL.test(tailOf(norm)) && !VOUCH.test(norm));
  if (whole) blocked.push({ start: 0, end: norm.length, kind: 'warning' });
  const ownCase = OWN_CASE.test(norm);
  let prev = 0;
  for (const s of sentences(norm)) {
    const own = SELF_CLAIM.test(ownWords(norm.slice(s.start, s.end)));
    const notice =
      framesIn(norm, s, NOTICE)[0] ??
      (own ? undefined : (framesIn(norm, s, EVERYDAY)[0] ?? weakNotice(norm, s))) ??
      framesIn(norm, s, REPORT).find((at) => isReportAct(norm, at, s.end));
    if (notice !== undefined)
      blocked.push({
        start: s.start,
        end: ownTurn(norm, notice, s.end),
        kind: NOTICE.test(norm.slice(s.start, s.end)) ? 'warning' : 'report',
      });
    else {
      for (const at of [...framesIn(norm, s, OBJECT), ...(own ? framesIn(norm, s, EVERYDAY) : [])])
        blocked.push({ start: frameStart(norm, s, at), end: objectEnd(norm, at, s.end), kind: 'warning' });
      // "年化20%还保本？这就是典型的非法集资。": a verdict opened by an anaphor judges the sentence before it too.
      for (const at of framesIn(norm, s, VERDICT)) blocked.push({ start: verdictStart(norm, s, at, own, prev), end: at, kind: 'warning' });
    }
    if (!ownCase && !asksAboutStatedOffer(norm, s.start, s.end))
      for (const c of askedClauses(norm, s)) blocked.push({ ...c, kind: 'asked' });
    prev = s.start;
  }
  // News of what regulators did, or a legality question, that offers nothing: every word is its topic. Terms the
  // sentence frames already cover (所谓“保本保息”, a rate a report retells) are the news' subject, not its offer.
  const topic = whole ? null : notAnOffer(norm, blocked);
  // First, as before the sentence frames: blockedAt answers with the first frame that covers a word.
  if (topic) blocked.unshift({ start: 0, end: norm.length, kind: topic === 'news' ? 'report' : 'asked' });
  return { blocked, claims: blocked.length > 0 && !whole && !topic ? quotedClaims(norm) : [] };
}

/** The frame that keeps the words at `start` from being a claim, or null when they are one. */
export function blockedAt(frames: Frames, start: number): FrameKind | null {
  const frame = frames.blocked.find((b) => start >= b.start && start < b.end);
  if (!frame) return null;
  return frames.claims.some((c) => start >= c.start && start < c.end) ? null : frame.kind;
}
