/**
 * Past performance is not a promise: "该基金过去一年收益12%，过往业绩不代表未来" reports what a
 * fund did; the spec's yield flag is about what an offer promises or "expects". A rate counts as
 * reported performance when its clause dates it in the past AND the text carries the disclaimer
 * that licensed sellers must print, or the subject is an index — a pitch rarely does either.
 */
const PAST =
  /过去|近[一二两三四五六七八九十\d]+个?(?:年|月)|去年|前年|今年以来|成立以来|历史|上一年|上年度|\b(?:last|past|previous)\s+(?:year|\d+\s+years|five years|ten years|decade)|since inception|\breturned\b|\baveraged\b|in 20\d\d/;
const DISCLAIMER =
  /过往业绩不代表|过往业绩不预示|历史业绩不代表|历史收益不代表|业绩不代表未来|基金有风险|投资须谨慎|投资需谨慎|past performance (?:is not|is no|does not)|not indicative of future/;
const INDEX = /指数|沪深300|中证500|上证50|创业板指|标普|纳斯达克|纳指|道指|\betf\b|index fund|s&p|nasdaq/;

/** True when the rate whose clause starts with `before` is a fund's reported past return. */
export function isPastPerformance(norm: string, before: string): boolean {
  if (!PAST.test(before)) return false;
  return DISCLAIMER.test(norm) || INDEX.test(before);
}
