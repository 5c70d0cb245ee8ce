/**
 * How far a frame of ./context.ts reaches: the sentences of a text, the clause a frame starts in, where an object
 * frame's list ends, where a verdict's judgement begins, and the frame cues found in a sentence (with a seller's own
 * "谨防假冒", an endorsement "获央视报道" and a victim's "是不是被骗了" masked first).
 */
import { ENDORSED, OBJECT_END, OBJECT_TO_STOP, QUOTE_CLOSE, SELLER_WARNING } from './frame-cues.js';
import { VICTIM_ASKS } from './notices.js';
import { allMatches, unitTest } from './fast-regex.js';

export interface Span {
  start: number;
  end: number;
}

export const SENTENCE_END = /[。！？!?\n]/;
export const CLAUSE_END = /[，,；;：:。！？!?\n]/;
const CLOSERS = /[”’」』）)】"']/;
const isSentenceEnd = unitTest(SENTENCE_END);
const isClauseEnd = unitTest(CLAUSE_END);
const isCloser = unitTest(CLOSERS);
const isSpace = unitTest(/\s/);
const isWordEnd = unitTest(/[a-z0-9"”')]/);

/** Where a frame's reach starts: the clause that holds the frame, not the claims made before it. */
export function frameStart(norm: string, s: Span, at: number): number {
  let from = at;
  while (from > s.start && !isClauseEnd(norm[from - 1])) from -= 1;
  // "海报上写：提防…", "群里发的：警惕…": the source that introduces the warning belongs to it.
  if (from > s.start && /[:：]/.test(norm[from - 1] as string)) {
    from -= 1;
    while (from > s.start && !isClauseEnd(norm[from - 1])) from -= 1;
  }
  return from;
}

/**
 * Where a verdict's reach begins: the sentence before it when an anaphor opens it (…？这就是典型的非法集资), its
 * sentence otherwise — but only its own clause when the sentence vouches for the speaker's product
 * (保本保息，别的平台都是骗局，我们最靠谱: the rival is judged, the pitch is ours).
 */
export function verdictStart(norm: string, s: Span, at: number, own: boolean, prev: number): number {
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

export function framesIn(norm: string, s: Span, re: RegExp): number[] {
  const text = masked(norm, s);
  let global = GLOBAL.get(re);
  if (!global) GLOBAL.set(re, (global = new RegExp(re.source, 'g')));
  return allMatches(global, text)
    .filter((m) => !DENIED.test(text.slice(Math.max(0, (m.index ?? 0) - 8), m.index ?? 0)))
    .map((m) => s.start + (m.index ?? 0));
}

/**
 * End of what an object frame covers: its clause, a quotation that opens in it (commas and all),
 * or the list up to 之类/这种 or, in English, the rest of the sentence after "anyone who says".
 */
// English single quotes ("these so-called 'zero-risk, 30% a year' ads"): an opening one follows a space or
// the start, and it closes at a quote no letter follows — an apostrophe (don't, investors') is no quote.
function singleQuoteClose(norm: string, at: number): RegExp | undefined {
  if (norm[at] === '‘') return /’/;
  return norm[at] === "'" && (at === 0 || /\s/.test(norm[at - 1] ?? '')) ? /'(?![a-z])/ : undefined;
}

export function objectEnd(norm: string, at: number, end: number): number {
  const rest = norm.slice(at, end);
  const list = OBJECT_END.exec(rest);
  if (list) return at + list.index + list[0].length;
  if (OBJECT_TO_STOP.test(rest.slice(0, 40))) return end;
  let to = at;
  while (to < end && !isClauseEnd(norm[to])) {
    const close = QUOTE_CLOSE[norm[to] as string] ?? singleQuoteClose(norm, to);
    if (close) {
      const shut = norm.slice(to + 1, end).search(close);
      to = shut < 0 ? end : to + 1 + shut;
    }
    to += 1;
  }
  return Math.min(to, end);
}

export function sentences(norm: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < norm.length; i += 1) {
    const ch = norm[i] as string;
    const englishStop = ch === '.' && isSpace(norm[i + 1] ?? ' ') && isWordEnd(norm[i - 1] ?? '');
    if (!isSentenceEnd(ch) && !englishStop) continue;
    let end = i + 1;
    while (end < norm.length && (isCloser(norm[end]) || isSentenceEnd(norm[end]))) end += 1;
    out.push({ start, end });
    start = end;
    i = end - 1;
  }
  if (start < norm.length) out.push({ start, end: norm.length });
  return out;
}
