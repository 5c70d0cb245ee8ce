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

const isHan = (c: number): boolean => (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/**
 * How many of the leaders hold each Han character pair, the pair as a number (two UTF-16 units) so
 * no string is made per pair. A value is count·4 + the last leader that counted it (1-based), so a
 * pair written twice in one passage counts once; the last leader only adds to pairs already seen.
 */
function sharedPairs(texts: readonly string[]): Map<number, number> {
  const seen = new Map<number, number>();
  texts.forEach((text, i) => {
    const mark = i + 1;
    const last = i === texts.length - 1 && i >= SHARED_BY - 1;
    for (let at = 1, previous = text.charCodeAt(0); at < text.length; at += 1) {
      const c = text.charCodeAt(at);
      if (isHan(c) && isHan(previous)) {
        const pair = previous * 0x10000 + c;
        const value = seen.get(pair);
        if (value === undefined) {
          if (!last) seen.set(pair, 4 + mark);
        } else if (value % 4 !== mark) seen.set(pair, (Math.floor(value / 4) + 1) * 4 + mark);
      }
      previous = c;
    }
  });
  return seen;
}

/** The rare bigrams at least two of the leading passages hold that the question does not ask. */
export function feedbackTerms(ctx: SearchContext, leaders: readonly Scored[], t: QueryTerms): string[] {
  const seen = sharedPairs(leaders.slice(0, LEADERS).map((hit) => ctx.foldedText(hit.index)));
  const rare = ctx.total * RARE_SHARE;
  const shared: Array<{ term: string; df: number }> = [];
  for (const [pair, value] of seen) {
    if (Math.floor(value / 4) < SHARED_BY) continue;
    const term = String.fromCharCode(Math.floor(pair / 0x10000), pair % 0x10000);
    if (t.weight.has(term)) continue;
    const df = ctx.df(term);
    if (df >= 2 && df <= rare) shared.push({ term, df });
  }
  return shared
    .sort((a, b) => a.df - b.df || (a.term < b.term ? -1 : 1))
    .slice(0, FEEDBACK_TERMS)
    .map((x) => x.term);
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
