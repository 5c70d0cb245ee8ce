/**
 * Percentages that are not a return on money invested (../shared/spec/red-flags.md: growth, fee, tax,
 * default-rate and price-move percentages are not yields): the words before or after a rate, and the
 * clauses and sentences that make it a commission or a borrowing cost.
 */
import type { Raw } from './periods.js';
import { unitTest } from './fast-regex.js';

export const NOT_YIELD =
  /把握|概率|波动率|上浮|下浮|上调|下调|罚息|滞纳金|逾期|毛利|净利|利润率|回撤|换手率|中签率|胜率|仓位|增长|同比|环比|gdp|涨幅|涨了|跌幅|费率|手续费|管理费|不良率|违约率|逾期率|税率|首付|占比|比例|折扣|增速|增幅|growth|fee|tax|default|volatility|hurdle|业绩报酬|drawdown|down payment|inflation|通胀|两融|融资融券|融资利率|贷款利率|房贷|车贷|mortgage|margin rate|loan rate|提取|计提|\b(?:jumped|jumps|rose|fell|falls|dropped|drops|surged|soared|plunged|climbed|slid|tumbled|rallied)\b|派息率|分红率|股息率|股息收益率|分派率|dividend yield|distribution yield|distribution rate|派息比例|股利支付率|payout ratio|资本充足率|拨备覆盖率|覆盖率|净息差|负债率|\bcoverage\b|\bcapital adequacy\b|\bnet interest margin\b|市占率|持股|飙升|飙涨|升至|涨至|跌至|跌到|降至|回落|\b(?:surged|soared|jumped|fell|dropped|climbed) to\b|\b(?:grew|grows|grown|growing|expanded|shrank|declined|increased|decreased)\b|\byear[- ]on[- ]year\b|\b(?:yoy|y\/y|q\/q)\b|\bnet (?:profits?|income|earnings)\b|\b(?:revenues?|turnover)\b|\bratio\b|\bmarket share\b|保额|保险金额|保费的|已交保费|所交保费/;
// "pays out 60% of its profits": a share of something, not a return on the money put in. "yields 6.5% in dividends"
// is a listed stock's dividend yield, like 股息率.
// "earn 10% of everything they deposit": a share of the recruits' money, a commission, not a return on one's own.
// A policy's benefit paid as a share of its sum assured (返还基本保额的20%, "30% of the sum insured") is the contract's
// schedule, not a return on the premium.
export const SHARE_OF =
  /^\s*of\s+(?:its|the|their|our|his|her|your)?\s*(?:net\s+)?(?:profits?|earnings|income|portfolio|shares|assets|revenue|sales|(?:basic\s+)?sum (?:assured|insured)|face (?:amount|value) of the policy|cover(?:age)? amount)\b|^\s*(?:in\s+)?dividends?\b|^\s*of\s+(?:everything|all|whatever|what|the money|the amount|each|every)\b[^.;,]{0,30}?\b(?:they|friends?|recruits?|referrals?|downlines?|members?|people)\b(?:[^.;,]{0,12}?\b(?:deposits?|deposited|invests?|invested|puts? in|stakes?|staked|buys?|spends?)\b|\s*$)|^\s*of\s+(?:their|your (?:friends'?|recruits'?|referrals'?))\s+(?:deposits?|investments?|stakes?|purchases)\b/;
// "100%兑付", "100%保本": a percentage that qualifies a promise is not a rate of return.
export const PROMISE_AFTER = /^\s*(?:兑付|保本|保息|本金|安全|保障|担保|赔付|到账|成功|胜率|guarantee|safe|principal)/;
// A percentage paid for recruiting or selling is a commission, not a return on the money invested;
// read within the comma clause, so "每天1%，推荐一人奖励10%" keeps its daily yield. Recommending a
// product (朋友推荐一个年化18%的项目) is not recruiting a person.
const COMMISSION =
  /佣金|提成|返佣|分成|首付|定金|订金|违约金|保证金|税|服务费|手续费|直推|间推|下线|下级|(?:推荐|邀请|介绍|拉)(?:[一1每]\s*(?:个|位|名)?\s*(?:人|朋友|好友|客户|新人|会员|下线)|奖|人|位|名|个(?:人|朋友|好友|客户|新人)|好友|朋友|新人|下线)|拉新|带新|邀新|commission|referr|downline|\brecruit|(?:on|for|per) (?:every|each|everyone|anyone|any)\b[^,.;]{0,20}\b(?:you|who) (?:bring|recruit|sign|introduce|refer|invite)|level (?:one|two|three|\d)|generation|down payment|deposit of|tax|fee/;
// A reward or bonus is a commission when recruiting is in its sentence ("邀请好友，奖励10%"); alone, with a
// period, it is what the money earns ("daily rewards of 1%", "质押奖励每天0.5%").
const REWARD = /奖励|奖金|bonus|reward/;
const RECRUIT = /推荐|邀请|拉人|介绍|直推|好友|朋友|下线|团队|注册|签到|新人|invite|refer|recruit|friend|team|downline|sign[- ]?up|level/;
// 消费满100元奖励10%积分: a reward on spending is a discount, not a return on money invested.
const SPEND = /消费|积分|购物|返现|满\s*\d+\s*元|cashback|points|purchase|spend/;
const COMMA_BREAK = /[，,。；;！？!?\n:：]/;
// What the user pays when borrowing (借呗, 信用卡, 高利贷, "my credit card charges 24%", "the loan shark wanted"):
// a cost, not an offer. In the rate's own comma clause it decides; elsewhere in the sentence only when the
// sentence offers nothing ("借呗的日利率万分之五，算下来年化18%，借钱划算吗？" vs "不用借呗了，跟着我投，每天1%").
// A legal cap on what a lender may charge (不得超过24%, 利率上限) is a rule, not a rate anyone offers.
const BORROWING =
  /不得超过|不得高于|不能超过|法定上限|利率上限|保护上限|\b(?:legally )?capped at\b|借呗|花呗|微粒贷|白条|借钱|高利贷|信用卡|账单分期|分期手续费|分期还款|消费贷|网贷利息|credit card|loan shark|payday loan|\bcharges?\s+\d|\bcharged\s+\d|\bborrow(?:ing|ed)?\b|on (?:the |my )?balances?/;
const OFFERING = /投|理财|项目|收益|回报|赚|拿|稳|我们|跟着|\binvest|\bearn|\bpays?\b|\bour\b|\bwe\b|returns?\b/;
const SENTENCE_BREAK = /[。；;！？!?\n]/;
const isSentenceBreak = unitTest(SENTENCE_BREAK);
const isClauseBreak = unitTest(/[，,。；;！？!?\n:：—]/);
const isCommaBreak = unitTest(COMMA_BREAK);
const isSpace = unitTest(/\s/);

// At most SPAN_REACH characters each side: a text of many rates and no sentence break would otherwise be
// scanned whole once per rate (quadratic: 0.8 s for 1 400 rates in one 10 000-character sentence).
const SPAN_REACH = 240;
function spanAround(norm: string, raw: Raw, brk: (ch: string | undefined) => boolean): string {
  const stop = (i: number): boolean => brk(norm[i]) || (norm[i] === '.' && isSpace(norm[i + 1] ?? ''));
  let from = raw.start;
  while (from > 0 && raw.start - from < SPAN_REACH && !stop(from - 1)) from -= 1;
  let to = raw.end;
  while (to < norm.length && to - raw.end < SPAN_REACH && !stop(to)) to += 1;
  return norm.slice(from, to);
}

const sentenceOf = (norm: string, raw: Raw): string => spanAround(norm, raw, isSentenceBreak);

export function isBorrowing(norm: string, raw: Raw): boolean {
  if (BORROWING.test(spanAround(norm, raw, isClauseBreak))) return true;
  const sentence = sentenceOf(norm, raw);
  return BORROWING.test(sentence) && !OFFERING.test(sentence.replace(BORROWING, ''));
}

// "6.8% net of fees", 扣除费用后年化7%: the fee words say what the rate is after, not that the rate is a fee.
export const NET_OF_FEES =
  /\b(?:net of|after) (?:all )?(?:fees|charges|costs|expenses)\b|(?:扣除|扣掉|扣减)?(?:各项|所有)?(?:费用|管理费|手续费)(?:后|之后)|费后/g;
export const withoutNetOfFees = (s: string): string => s.replace(NET_OF_FEES, (w) => ' '.repeat(w.length));

export function isCommission(norm: string, raw: Raw): boolean {
  let from = raw.start;
  while (from > 0 && raw.start - from < 16 && !isCommaBreak(norm[from - 1])) from -= 1;
  let to = raw.end;
  // An English full stop ends the clause too: "2% in rewards each day. Bring a friend…" is two claims.
  const stop = (i: number): boolean => isCommaBreak(norm[i]) || (norm[i] === '.' && isSpace(norm[i + 1] ?? ''));
  while (to < norm.length && to - raw.end < 30 && !stop(to)) to += 1;
  const clause = withoutNetOfFees(norm.slice(from, to));
  return (
    COMMISSION.test(withoutNetOfFees(norm.slice(from, raw.start))) ||
    COMMISSION.test(withoutNetOfFees(norm.slice(raw.end, to))) ||
    (REWARD.test(clause) && (RECRUIT.test(sentenceOf(norm, raw)) || SPEND.test(clause)))
  );
}
