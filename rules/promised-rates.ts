/**
 * A rate the seller guarantees is a return even with no period or return word beside it: "保证12%", "稳拿8个点",
 * "包你10%", "guaranteed 9%", "12% guaranteed", "locked-in 10%". Regulators' lists of 非法集资 scripts put the
 * promised figure first (承诺高额回报, 保证收益) and the pitch often names nothing else; an unstated period is read as
 * a year, as the spec reads 年化. What the guarantee covers must be the rate itself: a capital-protection ratio
 * ("90%保本", "guaranteed 90% of your principal", 100%兑付) or a margin deposit (保证金10%) is not a return.
 */

// The guarantee word, at the end of the words before the rate (保证金 is a deposit, 保证期 a term).
const PROMISE_BEFORE =
  /(?:保证(?!金|期|书|人)|承诺|包你|包您|稳拿|稳赚|稳领|稳稳拿|稳定拿|保你|保您|\bguarantee(?:s|d)?\b|\bassured\b|\blocked[- ]in\b|\bpromised?\b|\bpromising\b)(?:\s*(?:给你|给您|给|拿|领|赚|有|每个?月|每年|一年|一个月|月领|年领|月配|年化|月化|每周|每天|you|of|a|an|at|at least|a fixed|a minimum of|minimum|fixed|annual|monthly|yearly))*\s*$/;
// The guarantee word right after the rate ("12% guaranteed", "9% assured", "10% 保证").
const PROMISE_AFTER_RATE =
  /^\s*(?:p\.?a\.?\s*|a year\s*|annually\s*|per year\s*)?(?:-\s*)?(?:guaranteed|assured|locked in|保证|稳拿|稳赚)(?![a-z])/;
// What a capital-protection ratio is about, or a refund: the percentage is of the principal, not earned on it.
// 保证10%的用户满意: a share of people or things after 的 — unless the noun is the return itself (保证10%的收益).
const SHARE_OF_PEOPLE = /^\s*的(?!\s*(?:年化|收益|回报|利息|利润|返利|分红|报酬|年收益|月收益|回款))/;
// "95% uptime", "10% of places": an English rate followed by a noun other than a return word is a share of that noun.
const OTHER_NOUN =
  /^\s*(?!(?:p\.?a|pa|a|per|annual|annually|annualised|annualized|monthly|yearly|weekly|daily|every|each|on|for|in|over|guaranteed|assured|locked|returns?|yields?|interest|profits?|fixed|apy|apr|and|or|with|from|to|is|are|paid|payable|net|minimum|at|back|it|this|that)\b)[a-z]{3,}/;
const OF_PRINCIPAL = /^\s*(?:of\b|的?本金|保本|兑付|principal|capital|refund|back\b|money[- ]back|safe)/;

// 承诺15%, "promising 15%": a promised figure is a return claim, but only a guarantee word makes it a guarantee.
const PROMISE_ONLY = /^(?:承诺|promised?|promising)/;

export interface RatePromise {
  /** Characters of the promise before and after the rate. */
  before: number;
  after: number;
  /** A guarantee (保证, guaranteed), not only a promise (承诺, promising). */
  guaranteed: boolean;
}

/**
 * How far the seller's guarantee of a rate (value in per cent) reaches from the rate, in characters before and
 * after it, read from the words just before and after it; null when the rate is not a guaranteed one.
 */
export function promiseAround(value: number, before: string, after: string): RatePromise | null {
  if (!(value > 0 && value < 100) || OF_PRINCIPAL.test(after) || SHARE_OF_PEOPLE.test(after) || OTHER_NOUN.test(after)) return null;
  const clause = (before.split(/[，,]/).at(-1) ?? '').slice(-40);
  const lead = PROMISE_BEFORE.exec(clause);
  if (lead) return { before: clause.length - lead.index, after: 0, guaranteed: !PROMISE_ONLY.test(lead[0]) };
  const trail = PROMISE_AFTER_RATE.exec(after);
  return trail ? { before: 0, after: trail[0].length, guaranteed: true } : null;
}
