/**
 * Pseudo-relevance feedback for the rerank: the rare terms the leading passages share are the
 * question's topic as the reports write it (中小金融机构 where the asker said 小银行), so a candidate
 * holding them is likelier about that topic. They only add to the rerank score, never to BM25's
 * count of matched query terms, where a stand-in would count as much as the asker's own word.
 */
import { FIELDS, holds } from './flat-index.js';
import type { SearchContext } from './search-context.js';
import type { QueryTerms } from './coverage.js';

const LEADERS = 3;
const SHARED_BY = 2;
const FEEDBACK_TERMS = 6;
/** A feedback term is rare: in at most this share of passages (a common one names no topic). */
const RARE_SHARE = 0.05;

export interface Scored {
  index: number;
  score: number;
}

/** The Han character pairs of a folded text, once each: the bigrams the analyzer indexes it by. */
function hanPairs(text: string): Set<string> {
  const out = new Set<string>();
  let previousHan = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const han = (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
    if (han && previousHan) out.add(text.slice(i - 1, i + 1));
    previousHan = han;
  }
  return out;
}

/** The rare bigrams at least two of the leading passages hold that the question does not ask. */
export function feedbackTerms(ctx: SearchContext, leaders: readonly Scored[], t: QueryTerms): string[] {
  const seen = new Map<string, number>();
  const sets = leaders.slice(0, LEADERS).map((hit) => hanPairs(ctx.foldedText(hit.index)));
  // A pair shared by two leaders is in the first or the second: only those are counted.
  sets.forEach((pairs, i) => {
    for (const pair of pairs) if (i < LEADERS - SHARED_BY + 1 || seen.has(pair)) seen.set(pair, (seen.get(pair) ?? 0) + 1);
  });
  const rare = ctx.total * RARE_SHARE;
  const shared: string[] = [];
  for (const [pair, n] of seen) {
    if (n < SHARED_BY || t.weight.has(pair)) continue;
    const df = ctx.df(pair);
    if (df >= 2 && df <= rare) shared.push(pair);
  }
  return shared.sort((a, b) => ctx.df(a) - ctx.df(b) || (a < b ? -1 : 1)).slice(0, FEEDBACK_TERMS);
}

/** Adds to each hit `weight` times the idf share of the feedback terms its passage holds. */
export function addFeedback(ctx: SearchContext, hits: Scored[], t: QueryTerms, weight: number, weightOf: (i: number) => number): void {
  if (hits.length <= LEADERS) return;
  const terms = feedbackTerms(ctx, hits, t);
  const index = ctx.data.index;
  const ids = terms
    .map((term) => ({ id: index.terms.get(term), w: ctx.idf(term) }))
    .filter((x): x is { id: number; w: number } => x.id !== undefined);
  const mass = ids.reduce((s, x) => s + x.w, 0);
  if (mass === 0) return;
  for (const hit of hits) {
    const held = ids.filter(({ id }) => FIELDS.some((_, f) => holds(index, id, f, hit.index))).reduce((s, x) => s + x.w, 0);
    hit.score += weight * (held / mass) * weightOf(hit.index);
  }
}
