/**
 * Numbers in offers (conventions: ../shared/spec/red-flags.md): yields annualised by simple
 * interest (monthly ×12, weekly ×52, daily ×365). A rate counts as a yield only near a return word
 * and not after a growth, fee, tax or default-rate word. Payouts in yuan: ./ratio-yields.ts and
 * ./spoken-yields.ts; minimum stakes and investor counts: ./amounts.ts.
 */
import { isPastPerformance } from './past-performance.js';
import { normalizeForMatch } from '../knowledge/text.js';
import type { YieldFinding } from './types.js';
import { NUM, parseNumber, withTenth } from './chinese-numbers.js';
import { PER_YEAR, PERIOD_LABEL, round, type Period, type Raw } from './periods.js';
import { ratioRates } from './ratio-yields.js';
import { countedRates, spokenYields } from './spoken-yields.js';
import { spokenRates } from './spoken-rates.js';
import { englishWordRates } from './english-numbers.js';
import { recentPeriod } from './recent-rates.js';
import { isBorrowing, isCommission, NOT_YIELD, PROMISE_AFTER, SHARE_OF, withoutNetOfFees } from './not-yields.js';
import { allMatches, unitTest } from './fast-regex.js';
import { promiseAround } from './promised-rates.js';

export { extractAmounts, extractInvestorCounts, type AmountFinding } from './amounts.js';

// How often a rate is published (万能险结算利率每月公布) is not its period.
const PERIOD_WORDS: Array<[Period, RegExp]> = [
  [
    'year',
    /年化|年利率|年收益|年息|年领|年配|年回报|每年|一年|年均|票面利率|业绩比较基准|业绩基准|比较基准|annual|annualised|annualized|yearly|annually|p\.a\.?|per annum|per year|a year|every year|each year|apy|apr|\/年/g,
  ],
  [
    'month',
    /月赚|月入|月领|月配|月息|月利率|月利息|月利(?!润)|月收益|月化|月回报|每月(?!公|更新|发布|披露)|每个月(?!公|更新|发布|披露)|\/月|一个月(?!期)|单月|monthly|per month|a month|every month|each month/g,
  ],
  // Only a return per quarter: 季度付息 alone is how often a yearly rate is paid.
  // A quarter as a span or a payout period (一个季度返3个点, 每季度分红3%; 每季度付息 is a schedule). "quarterly" only
  // right after the rate ("2% quarterly"): "a 5% coupon, settled quarterly" is a yearly rate settled four times.
  [
    'quarter',
    /季度收益|季收益|季度回报|季化|每季度收益|一个季度|每个季度(?!付息|公布|更新|发布|披露|结息)|每季度?(?!付息|公布|更新|发布|披露|结息|末|初|一次|报告|度)|per quarter|quarterly return|a quarter\b|every quarter|each quarter|^\s*quarterly\b/g,
  ],
  ['half', /半年收益|半年回报|半年化|每半年收益|半年赚|半年能赚|半年就赚/g],
  ['week', /周息|周利息|周化|周收益|周利率|周回报|每周|每星期|一周(?!期)|一星期|\/周|weekly|per week|a week|every week|each week/g],
  // 最后一天 is a deadline and 一天期 a term, not the period of a rate.
  [
    'day',
    /日赚|日入|天赚|日返|日息|日利率|日收益|日化|日回报|每天|每日|天天|(?<!最后|仅此|只剩|就剩|还剩|剩下)一天(?!期)|单日|\/天|daily|per day|a day|every day|each day/g,
  ],
];
const RETURN_WORDS =
  /年化|收益|利息|回报|报酬|利率|息|基准|分红|返利|票息|票面|质押|锁仓|奖励|return|yield|interest|coupon|\bfixed\b|p\.a|profit|roi|earn|paying|pays|apy|rewards?|staking|\b(?:bonds?|notes?|deposits?|cds?|plans?|schemes?|products?|investments?|programmes?|programs?|packages?|funds?|trusts?) (?:at|paying)\b|保底|最差也有|最少也有|至少也有|最低也有|\bthe floor is\b/;
// "the 12% we promised": a rate the seller says was promised is the return on offer.
const PROMISED_AFTER = /^\s*(?:that |which )?(?:we|they|he|she|i|the company) (?:promised|guaranteed)\b/;

const CLAUSE_BREAK = /[。；;！？!?\n]/;
const isClauseBreak = unitTest(CLAUSE_BREAK);

// Cantonese writes 蚊 for 块 after a figure (一万块一天三十蚊): one character for one, so positions are kept.
export const CANTONESE_YUAN = /(?<=[\d零〇一二两三四五六七八九十百千万])蚊/g;
// Someone borrowing from the asker (亲戚找我借钱, 问我借10万, 借给他, "he wants to borrow 50k from me"): the rate is
// what the asker is paid, a return on money lent, not a cost the asker bears.
const LENT_BY_ASKER =
  /(?:找|问|向|跟|同|和|管)(?:我|我们|你|您|你们)(?:借|拆借)|借给(?!我)|借俾(?!我)|\bborrow(?:s|ed|ing)?\b[^.;!?]{0,24}\bfrom (?:me|us|you)\b|\b(?:lend|lent|lending) (?:him|her|them|it|my|our|the|money)\b/;
function lentByAsker(norm: string, raw: Raw): boolean {
  let from = raw.start;
  while (from > 0 && raw.start - from < 80 && !isClauseBreak(norm[from - 1])) from -= 1;
  let to = raw.end;
  while (to < norm.length && to - raw.end < 80 && !isClauseBreak(norm[to])) to += 1;
  return LENT_BY_ASKER.test(norm.slice(from, to));
}

// "purchase capped at RMB 50,000": a cap on the amount one may buy, not the legal cap on a lender's rate ("capped at 24%")
// that makes a rate a borrowing rule. One blank for each character, so positions are kept.
const AMOUNT_CAP = /\bcapped at(?=\s*(?:rmb|cny|usd|hkd|¥|\$)|\s*\d[\d,]*(?:\.\d+)?(?![\d.,]*\s*(?:%|per ?cent|pct)))/g;
// Chat writing separates phrases with spaces (年化20% 发展下线还有团队奖): between Chinese words a space ends the clause
// the commission reading looks at, as a comma would.
const SPACE_CLAUSE = /(?<=[\u4e00-\u9fff%])[ \u3000](?=[\u4e00-\u9fff])/g;
const blank = (w: string): string => ' '.repeat(w.length);

const RANGE_SEP = '(?:-{1,2}|~|～|—{1,2}|–|至|到|\\bto\\b)';
const PERCENT = new RegExp(
  `(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*%?\\s*(?:${RANGE_SEP}\\s*(\\d+(?:\\.\\d+)?)\\s*)?(?:%|\\s?per\\s?cent\\b|\\s?pct\\b|趴(?![下着在]))`,
  'g',
);
// "doubled within 3 months": the English form of 翻倍.
const EN_DOUBLING =
  /\b(?:double|doubles|doubled|doubling)\b(?:\s+(?:your|the|their)\s+(?:money|investment|capital|principal))?\s+(?:with)?in\s+(\d+|a|one|two|three|six)\s+(year|month|week|day)s?\b/g;
const EN_COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, six: 6 };
// 年化9个点, 一年给7个点: 个点 is spoken Chinese for percentage points.
const POINTS = new RegExp(`(?<![\\d.])(${NUM})\\s*(?:(?:-|~|～|到|至)\\s*(${NUM})\\s*)?个点`, 'g');
const WORD_PERCENT = new RegExp(`(百|千|万)分之(${NUM})`, 'g');
// 一成 only right after a return word: 八成投资者 is a share of people, not a yield.
const TENTHS =
  /(?:收益|回报|利息|分红|年化|收益率|年息|年利率|年利息|年回报|能赚|可以赚|可赚)\s*(?:率)?\s*(?:有|达|达到|高达|约|为|是)?\s*([一二两三四五六七八九]|\d)成([一二三四五六七八九半]|\d)?/g;
// 年息1分2 = 12 %/yr: the digit after 分 is tenths of a 分.
// 年化九厘 and 月利率八厘 are the same spoken forms as 年息九厘 and 月息八厘.
// 月利一分半 and 利息两分 are the same monthly 分 (the spec reads a bare 分利 as monthly); 三分之一 is a fraction.
const FEN_LI = new RegExp(
  `(月息|月利息|月利率|月利|年息|年利息|年利率|年化|利息(?:是|有|给|按)?)?(${NUM})(分|厘)(?!之)([一二三四五六七八九半]|\\d(?![\\d.%]))?(?!钟)(利|息)?`,
  'g',
);
// 日息万五 = 万分之五 a day: the spoken daily rate in ten-thousandths, only right after a daily rate word.
const DAILY_WAN = /(?<=(?:日息|日利率|日利息|日收益|日化|天息)\s*)万([一二两三四五六七八九]|\d(?:\.\d+)?)(?![\d.分元块千百十万亿])/g;
// 翻十倍 multiplies by ten (+900 %); 翻两番 by four. 至少/起码 may stand between the span and the verb.
const DOUBLING = new RegExp(
  `(一年|半年|(${NUM})\\s*个?\\s*(年|月|天|日|周|星期))?(?:[内里就能可即才了]|至少|最少|起码|轻松|保守){0,3}(翻倍|翻番|翻一番|翻两番|翻(${NUM})倍)`,
  'g',
);
// "5x within a year", "3x in 2 months": a multiple over a span.
const EN_TIMES = /\b(\d{1,3})x\s+(?:this\s+|(?:in|within)\s+(?:a|one|(\d+))\s+)(year|month|week|day)s?\b/g;

function clauseAround(norm: string, start: number, end: number): { before: string; after: string } {
  // English words are longer: in "paid monthly as interest at 2%" the period word sits 20 characters back.
  const reach = /[a-z]\s*$/.test(norm.slice(Math.max(0, start - 3), start)) ? 28 : 14;
  let from = start;
  while (from > 0 && start - from < reach && !isClauseBreak(norm[from - 1])) from -= 1;
  let to = end;
  while (to < norm.length && to - end < 20 && !isClauseBreak(norm[to])) to += 1;
  return { before: norm.slice(from, start), after: norm.slice(end, to) };
}

// A payout schedule after the rate: "paid monthly", "payable quarterly", 每月付息, 每季度派息. Daily and weekly words
// stay periods: "1.5%, paid daily" is how such schemes state a daily rate.
const PAID_BEFORE = /\b(?:paid|payable|distributed|credited|settled|paid out|pays out|paying out)\s*$/;
const PAID_AFTER = /^\s*(?:付息|派息|结息|支付|发放|到账|分配|兑付|返还|付一次)/;
function isPayoutSchedule(after: string, index: number, length: number): boolean {
  return PAID_BEFORE.test(after.slice(0, index)) || PAID_AFTER.test(after.slice(index + length));
}

/** The period word nearest the number, before or after it, within its clause. */
function periodOf(before: string, after: string): Period | undefined {
  let best: { period: Period; distance: number; length?: number } | undefined;
  for (const [period, re] of PERIOD_WORDS) {
    for (const m of allMatches(re, before)) {
      const distance = before.length - (m.index ?? 0) - m[0].length;
      // At equal distance the longer word wins: 半年收益 holds 年收益.
      if (!best || distance < best.distance || (distance === best.distance && m[0].length > (best.length ?? 0)))
        best = { period, distance, length: m[0].length };
    }
    for (const m of allMatches(re, after)) {
      // "12%, paid monthly", "12%收益，每月付息": how often a rate is paid out is not the rate's period.
      if ((period === 'month' || period === 'quarter') && isPayoutSchedule(after, m.index ?? 0, m[0].length)) continue;
      const distance = (m.index ?? 0) + 1;
      if (!best || distance < best.distance) best = { period, distance };
    }
  }
  return best?.period;
}

function rawRates(norm: string): Raw[] {
  const out: Raw[] = [];
  for (const m of norm.matchAll(PERCENT)) {
    const top = Number(m[2] ?? m[1]);
    out.push({ value: top, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  for (const m of norm.matchAll(POINTS)) {
    const top = parseNumber((m[2] ?? m[1]) as string);
    if (top !== null) out.push({ value: top, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  out.push(...spokenRates(norm), ...englishWordRates(norm));
  for (const m of norm.matchAll(WORD_PERCENT)) {
    const n = parseNumber(m[2] as string);
    const scale = m[1] === '百' ? 1 : m[1] === '千' ? 0.1 : 0.01;
    if (n !== null) out.push({ value: n * scale, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  for (const m of norm.matchAll(TENTHS)) {
    const n = parseNumber(m[1] as string);
    const start = (m.index ?? 0) + m[0].length - (m[1] as string).length - (m[2]?.length ?? 0) - 1;
    if (n !== null) out.push({ value: withTenth(n, m[2]) * 10, start, end: (m.index ?? 0) + m[0].length, explicit: true });
  }
  for (const m of norm.matchAll(FEN_LI)) {
    const [, prefix, num, unit, half, suffix] = m;
    if (!prefix && !suffix) continue;
    const n = parseNumber(num as string);
    if (n === null) continue;
    const amount = withTenth(n, half);
    const yearly = prefix?.startsWith('年');
    const bare = !prefix || prefix.startsWith('利息');
    // 月息X分 = X %/month, 月息X厘 = 0.X %/month; 年息X分 = 10·X %/yr, 年息X厘 = X %/yr.
    const value = yearly ? (unit === '分' ? amount * 10 : amount) : unit === '分' ? amount : amount / 10;
    out.push({
      value,
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      period: yearly ? 'year' : 'month',
      explicit: true,
      note: bare ? '“X分利”按月息理解' : undefined,
    });
  }
  for (const m of norm.matchAll(DAILY_WAN)) {
    const n = parseNumber(m[1] as string);
    if (n !== null) out.push({ value: n / 100, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, period: 'day', explicit: true });
  }
  for (const m of norm.matchAll(DOUBLING)) {
    const [, span, n, unit, verb, times] = m;
    // 门槛就翻倍, 人数翻番: what doubles is a threshold or a count, not the money.
    if (/(?:门槛|起投|人数|粉丝|销量|成本|费用|手续费)\s*$/.test(norm.slice(Math.max(0, (m.index ?? 0) - 6), m.index ?? 0))) continue;
    const gain = times ? Math.max(1, (parseNumber(times) ?? 2) - 1) * 100 : verb === '翻两番' ? 300 : 100;
    let years = 1;
    if (span === '半年') years = 0.5;
    else if (n && unit) {
      const count = parseNumber(n) ?? 1;
      years = unit === '年' ? count : unit === '月' ? count / 12 : unit === '周' || unit === '星期' ? (count * 7) / 365 : count / 365;
    }
    out.push({
      value: gain / years,
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      period: 'year',
      explicit: true,
      note: `${span ?? '一年'}${verb} = 年化 ${round(gain / years)}%`,
    });
  }
  const english = [
    ...[...norm.matchAll(EN_DOUBLING)].map((m) => ({
      m,
      gain: 100,
      count: EN_COUNT[m[1] as string] ?? Number(m[1]),
      unit: m[2] as string,
    })),
    ...[...norm.matchAll(EN_TIMES)].map((m) => ({ m, gain: (Number(m[1]) - 1) * 100, count: Number(m[2] ?? 1), unit: m[3] as string })),
  ];
  for (const { m, gain, count, unit } of english) {
    if (gain <= 0) continue;
    const years = unit === 'year' ? count : unit === 'month' ? count / 12 : unit === 'week' ? (count * 7) / 365 : count / 365;
    out.push({
      value: gain / years,
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      period: 'year',
      explicit: true,
      note: `${m[0]} = 年化 ${round(gain / years)}%`,
    });
  }
  return out;
}

// The words that qualify a rate: its own comma clause, and after a return verb if one stands before it —
// in "不收手续费，年化18%" and "we charge no fees and you earn 2%" the fee is about something else.
const RETURN_VERB = /收益|回报|赚|\bearns?\b|\bpays?\b|\byields?\b|\breturns?\b/g;
function ownWords(before: string): string {
  const clause = before.split(/[，,]/).at(-1) ?? '';
  const verbs = [...clause.matchAll(RETURN_VERB)];
  const last = verbs.at(-1);
  return last ? clause.slice((last.index ?? 0) + last[0].length) : clause;
}

// "100%兑付" qualifies a promise, but in "年化15%保本" a period or return word in the rate's own comma clause makes
// it the rate the promise is about: a full percentage (100 %) is never such a rate, and "90%保本" has no period word.
const RATE_LEAD =
  /年化|年利率|年收益|年息|月息|月利率|月收益|周收益|日收益|每年|每月|每周|每天|每日|预期|收益率?|回报率?|利率|\bp\.?a\b|\b(?:annual|yearly|monthly|weekly|daily|a year|a month|a week|a day|per (?:year|month|week|day|annum)|returns?|yields?|interest)\b/;
function isRateBeforePromise(value: number, before: string): boolean {
  return value < 100 && RATE_LEAD.test((before.split(/[，,]/).at(-1) ?? '').slice(-10));
}

/** Every yield in the text, annualised; highest first. */
// The asker's own money after a rate ("of your deposit", "of what you invest"): the rate is paid on it.
const OWN_STAKE =
  /^\s*of\s+(?:your|what you|whatever you|everything you|all you|the (?:money|amount|sum) you)\b[^.;,，。]{0,16}?\b(?:deposits?|deposited|invest(?:ed|ment|ments)?|put in|stakes?|staked|principal|capital)\b/;

// "6.9% fixed, with 20% down": a share paid down on a purchase is a down payment (首付), not a return.
const DOWN_PAYMENT_AFTER = /^\s*down\b(?!\s+(?:to|from)\b)/;

const STAKE_PROTECTED = /\b(?:insur\w*|protect\w*|cover\w*|refund\w*|guarantee[sd]?|back|return(?:s|ed)? back|lose|losing|lost|risk\w*)\b/;

export function extractYields(text: string): YieldFinding[] {
  const norm = normalizeForMatch(text).replace(CANTONESE_YUAN, '块');
  const found: YieldFinding[] = [];
  const capsBlanked = norm.replace(AMOUNT_CAP, blank);
  const spacedClauses = norm.replace(SPACE_CLAUSE, '，');
  // Ratios first: their span covers the bare amounts, which must not be read again on their own.
  const spoken = [...spokenYields(norm), ...countedRates(norm)].map((y) => ({ ...y, explicit: true }));
  for (const raw of [...spoken, ...ratioRates(norm), ...rawRates(norm)]) {
    if (found.some((f) => raw.start < f.end && raw.end > f.start)) continue;
    const { before, after } = clauseAround(norm, raw.start, raw.end);
    // English needs a longer reach than Chinese: "volatility of 20%".
    const reach = /[a-z]\s*$/.test(before) ? -20 : -8;
    if (
      // Only the rate's own comma clause: in "不收手续费，年化18%" the fee word is about something else.
      NOT_YIELD.test(withoutNetOfFees(ownWords(before.slice(reach)))) ||
      NOT_YIELD.test(withoutNetOfFees(after).slice(0, /^\s*[a-z]/.test(after) ? 8 : 4)) ||
      (PROMISE_AFTER.test(after) && !isRateBeforePromise(raw.value, before) && !promiseAround(raw.value, before, after)) ||
      SHARE_OF.test(after) ||
      DOWN_PAYMENT_AFTER.test(after) ||
      isCommission(spacedClauses, raw) ||
      (isBorrowing(capsBlanked, raw) && !lentByAsker(norm, raw)) ||
      isPastPerformance(norm, before + norm.slice(raw.start, raw.end))
    )
      continue;
    const promise = promiseAround(raw.value, before, after);
    // "2% of your deposit every month": a rate of the asker's own stake is paid on it; its period follows the stake.
    // A share of it that is insured, covered or handed back (100% of your principal back) is protection, not a rate.
    const stake = raw.value < 50 && !STAKE_PROTECTED.test(before) ? OWN_STAKE.exec(norm.slice(raw.end, raw.end + 40)) : null;
    const beyond = stake ? clauseAround(norm, raw.end + stake[0].length, raw.end + stake[0].length).after : '';
    const stated =
      raw.period ?? periodOf(before, after) ?? (stake ? periodOf('', beyond) : undefined) ?? recentPeriod(norm, raw.start, raw.end);
    // A period word (年化, per month) marks a rate as a return as much as a return word does.
    if (
      !raw.explicit &&
      stake === null &&
      stated === undefined &&
      !RETURN_WORDS.test(before) &&
      !RETURN_WORDS.test(after) &&
      !PROMISED_AFTER.test(after) &&
      !promise
    )
      continue;
    const period = stated ?? 'year';
    const annual = round(raw.value * PER_YEAR[period]);
    const shown = text.slice(raw.start, raw.end);
    const basis =
      raw.note ??
      (period === 'year' ? `年化 ${round(raw.value)}%` : `${PERIOD_LABEL[period]}收益 ${round(raw.value)}% × ${PER_YEAR[period]}`);
    const finding: YieldFinding = { annualPercent: annual, text: shown, start: raw.start, end: raw.end, basis };
    if (promise?.guaranteed) {
      const [start, end] = [raw.start - promise.before, raw.end + promise.after];
      finding.promise = { text: text.slice(start, end), start, end };
    }
    found.push(finding);
  }
  return found.sort((a, b) => b.annualPercent - a.annualPercent);
}
