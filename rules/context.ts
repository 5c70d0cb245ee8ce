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
 * (从未授权…), which covers its clause. The cue lexicons are in ./frame-cues.ts and ./notices.ts; how far a frame
 * reaches is ./frame-reach.ts, term questions ./term-questions.ts, a seller's quotes ./quoted-claims.ts.
 */

import {
  CLOSING_CALL,
  DISAVOWAL,
  EVERYDAY,
  NOTICE,
  OBJECT,
  REACTION,
  REPORT,
  SELF_CLAIM,
  SIGNED,
  VERDICT,
  VOUCH,
  either,
  ownTurn,
  ownWords,
} from './frame-cues.js';
import { frameStart, framesIn, objectEnd, sentences, verdictStart, type Span } from './frame-reach.js';
import { asksAboutStatedOffer, notAnOffer } from './not-an-offer.js';
import { ALERT_EN, DISAVOWAL_LONG, OWN_CASE, WARNS, WEAK_NOTICE } from './notices.js';
import { quotedClaims } from './quoted-claims.js';
import { isReportAct, pitchedBefore } from './report-frame.js';
import { askedClauses, mentionedTerm } from './term-questions.js';

export type { Span } from './frame-reach.js';

export type FrameKind = 'warning' | 'report' | 'asked';

export interface Frames {
  blocked: Array<Span & { kind: FrameKind }>;
  claims: Span[];
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
    const warned = framesIn(norm, s, NOTICE)[0] ?? (own ? undefined : (framesIn(norm, s, EVERYDAY)[0] ?? weakNotice(norm, s)));
    const reported = warned === undefined ? framesIn(norm, s, REPORT).find((at) => isReportAct(norm, at, s.end)) : undefined;
    const notice = warned ?? reported;
    if (notice !== undefined) {
      const kind = NOTICE.test(norm.slice(s.start, s.end)) ? 'warning' : 'report';
      // News set against a pitch told before it in the sentence (…让我也投，新闻上说…) covers the news, not the pitch.
      const start = reported !== undefined && pitchedBefore(norm, s.start, notice) ? frameStart(norm, s, notice) : s.start;
      blocked.push({ start, end: ownTurn(norm, notice, s.end), kind });
    } else {
      for (const at of [...framesIn(norm, s, OBJECT), ...(own ? framesIn(norm, s, EVERYDAY) : [])])
        blocked.push({ start: frameStart(norm, s, at), end: objectEnd(norm, at, s.end), kind: 'warning' });
      // "年化20%还保本？这就是典型的非法集资。": a verdict opened by an anaphor judges the sentence before it too.
      for (const at of framesIn(norm, s, VERDICT)) blocked.push({ start: verdictStart(norm, s, at, own, prev), end: at, kind: 'warning' });
    }
    if (!ownCase && !asksAboutStatedOffer(norm, s.start, s.end)) {
      for (const c of askedClauses(norm, s)) blocked.push({ ...c, kind: 'asked' });
      const named = mentionedTerm(norm, prev, s);
      if (named) blocked.push({ ...named, kind: 'asked' });
    }
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
