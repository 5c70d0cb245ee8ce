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
const HAN_PAIR = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2}$/;

export interface Scored {
  index: number;
  score: number;
}

/** The rare bigrams at least two of the leading passages hold that the question does not ask. */
export function feedbackTerms(ctx: SearchContext, leaders: readonly Scored[], t: QueryTerms): string[] {
  const seen = new Map<string, number>();
  for (const hit of leaders.slice(0, LEADERS))
    for (const token of new Set(ctx.analyzer.tokens(ctx.foldedText(hit.index))))
      if (HAN_PAIR.test(token) && !t.weight.has(token)) seen.set(token, (seen.get(token) ?? 0) + 1);
  const rare = ctx.total * RARE_SHARE;
  return [...seen]
    .filter(([term, n]) => n >= SHARED_BY && ctx.df(term) >= 2 && ctx.df(term) <= rare)
    .map(([term]) => term)
    .sort((a, b) => ctx.idf(b) - ctx.idf(a) || (a < b ? -1 : 1))
    .slice(0, FEEDBACK_TERMS);
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
