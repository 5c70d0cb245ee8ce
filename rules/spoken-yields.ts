/**
 * Spoken yields: "一万块一天二三十块", "投十万一个月拿三千": a payout in yuan per period against a
 * principal in yuan (or in U, the USDT that crypto pitches count in: 一万U一天三十U), said the way people talk (approximate ranges such as 二三十 = 20–30, graded on
 * the top as the spec grades ranges).
 */
import { CHINESE_NUMBER, parseNumber } from './chinese-numbers.js';

type Period = 'day' | 'week' | 'month' | 'year';
const PER_YEAR: Record<Period, number> = { day: 365, week: 52, month: 12, year: 1 };
const LABEL: Record<Period, string> = { day: '日', week: '周', month: '月', year: '年' };
const PERIOD_OF: Record<string, Period> = { 天: 'day', 日: 'day', 周: 'week', 星期: 'week', 月: 'month', 个月: 'month', 年: 'year' };
const UNIT: Record<string, number> = { 万: 1e4, 千: 1e3, 百: 100, 十万: 1e5 };

const DIGIT = '[一二两三四五六七八九]';
// 二三十, 三五百: two neighbouring digits then a unit; or an ordinary number.
const APPROX = `(?:(${DIGIT})(${DIGIT})([十百千])|(\\d+(?:\\.\\d+)?|${CHINESE_NUMBER}))`;
// The look-behind starts a number only where its run starts: otherwise every numeral of a long run
// is tried as a start, which is quadratic (0.5 s on 10 000 numerals).
const SPOKEN = new RegExp(
  `(?:投资?|投入|买|存|放)?\\s*(?<![\\d.零〇一二两三四五六七八九十百千点半])(\\d+(?:\\.\\d+)?|${CHINESE_NUMBER})\\s*(十万|万|千)\\s*(?:块|元|usdt|u(?![a-z]))?钱?\\s*(?:本金|本钱)?\\s*(?:投进去|存进去|放进去|投入|进去)?\\s*[，,]?\\s*(?:放|存|投)?\\s*(?:每|一)(天|日|周|星期|个月|月|年)\\s*(?:下来|到头)?\\s*[，,]?\\s*(?:利息|收益)?\\s*(?:能|可以|就|都)?\\s*(?:赚|拿|返|给|收益|有|挣|分|到手|领)?\\s*(?:你|您|我)?\\s*(?:的?利息|的?收益)?\\s*(?:个)?${APPROX}\\s*(万|千)?\\s*(${DIGIT})?\\s*(?:多)?\\s*(?:块|元|usdt|u(?![a-z])|的?利息|的?收益|(?=[，,。；;！？!?\\s”"」）)]|$))`,
  'g',
);

export interface SpokenYield {
  value: number;
  period: Period;
  start: number;
  end: number;
  note: string;
}

const digit = (ch: string): number => parseNumber(ch) ?? 0;

function payout(groups: ReadonlyArray<string | undefined>): number | null {
  const [lo, hi, unit, plain, big, tail] = groups;
  // 一万五 = 15 000: the digit after 万/千 is a tenth of it.
  const scale = big ? (UNIT[big] ?? 1) : 1;
  if (plain) {
    const n = parseNumber(plain);
    return n === null ? null : n * scale + (tail ? digit(tail) * (scale / 10) : 0);
  }
  if (!lo || !hi || !unit) return null;
  const step = unit === '十' ? 10 : unit === '百' ? 100 : 1000;
  // The top of the range, as the spec grades 8.5%-10% on 10 %.
  return Math.max(digit(lo), digit(hi)) * step * scale;
}

export function spokenYields(norm: string): SpokenYield[] {
  const out: SpokenYield[] = [];
  for (const m of norm.matchAll(SPOKEN)) {
    const base = parseNumber(m[1] as string);
    const paid = payout(m.slice(4, 10));
    if (base === null || paid === null) continue;
    const principal = base * (UNIT[m[2] as string] ?? 1);
    if (paid >= principal) continue;
    const period = PERIOD_OF[m[3] as string] as Period;
    const value = (paid / principal) * 100;
    const start = m.index ?? 0;
    out.push({
      value,
      period,
      start,
      end: start + m[0].length,
      note: `${LABEL[period]}付 ${paid} 元 ÷ 本金 ${principal} 元 = ${Math.round(value * 100) / 100}% × ${PER_YEAR[period]}`,
    });
  }
  return [...out, ...periodFirst(norm), ...englishRatios(norm)];
}

// "put in 10,000 and you get 1,500 back every year", "every month, on 20,000 you earn 600".
const EN_AMOUNT = '\\$?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(k)?(?:\\s*(?:yuan|rmb|dollars|usd))?';
const EN_PERIOD = '(?:every|each|per|a)\\s+(day|week|month|year)';
// The units a scheme sells its stake in (a mining rig, a node, a share of a plan), and the hedges on a payout.
const EN_UNIT = 'machine|rig|mining rig|miner|unit|share|node|slot|lot|contract|plan|package|set|device|box|cow|tree';
const EN_ABOUT = 'about|around|roughly|approximately|approx\\.?|over|nearly|almost|up to|some|at least';
const EN_RATIO = [
  new RegExp(
    `\\b(?:put in|invest|deposit|on|lend)\\s+${EN_AMOUNT}[^.;]{0,40}?\\b(?:get|earn|receive|make|makes|are paid|pays?|yields?|produces?)\\s+(?:(?:${EN_ABOUT})\\s+)?${EN_AMOUNT}[^.;]{0,30}?\\b${EN_PERIOD}`,
    'g',
  ),
  new RegExp(`\\b${EN_PERIOD},?\\s+(?:on|for|with)\\s+${EN_AMOUNT},?\\s+(?:you\\s+)?(?:get|earn|receive|make)\\s+${EN_AMOUNT}`, 'g'),
  // "invest 50k and get 2.5k monthly": the period as an adverb.
  new RegExp(
    `\\b(?:put in|invest|deposit|on|lend)\\s+${EN_AMOUNT}[^.;]{0,40}?\\b(?:get|earn|receive|make|makes|are paid|pays?|yields?|produces?)\\s+(?:(?:${EN_ABOUT})\\s+)?${EN_AMOUNT}\\s+(?:back\\s+)?(daily|weekly|monthly|yearly|annually)\\b`,
    'g',
  ),
  // "a rig costs 15,000 yuan and makes around 60 yuan a day": a price, then a sum in money per period.
  new RegExp(
    `\\b(?:costs?|priced at)\\s+${EN_AMOUNT}[^.;]{0,40}?\\b(?:earns?|makes?|yields?|produces?|pays?|generates?|brings? in)\\s+(?:(?:${EN_ABOUT})\\s+)?${EN_AMOUNT}(?<=yuan|rmb|dollars|usd)[^.;]{0,25}?\\b${EN_PERIOD}`,
    'g',
  ),
  // "15,000 yuan per node, around 60 yuan of rewards a day": a unit's price and what the unit pays per period.
  new RegExp(
    `${EN_AMOUNT}\\s+(?:per|a|each|for (?:one|a|each))\\s+(?:${EN_UNIT})\\b[^.;]{0,40}?(?:${EN_ABOUT})?\\s*${EN_AMOUNT}(?<=yuan|rmb|dollars|usd)[^.;]{0,25}?\\b${EN_PERIOD}`,
    'g',
  ),
  // "100k in, 3k a month back": the chat shorthand, a stake "in" and a sum per period.
  new RegExp(`\\b${EN_AMOUNT}\\s+in\\b,?\\s*(?:and\\s+)?(?:you\\s+)?(?:get\\s+)?${EN_AMOUNT}\\s+${EN_PERIOD}`, 'g'),
  // "10k earns you 150 a month": the stake as the subject of the payout verb.
  new RegExp(
    `\\b${EN_AMOUNT}\\s+(?:invested\\s+)?(?:earns|makes|pays|yields|brings in|gets you)\\s+(?:you\\s+)?(?:(?:${EN_ABOUT})\\s+)?${EN_AMOUNT}\\s+(?:back\\s+|in interest\\s+)?${EN_PERIOD}`,
    'g',
  ),
];
// "earn 300 yuan a month on every 10,000 invested", "$300 a month in interest on $10,000": the payout and its period
// first, then the stake it is paid on.
const EN_PAID_FIRST = new RegExp(
  `\\b(?:earn|earns|get|gets|make|makes|receive|receives)\\s+(?:(?:${EN_ABOUT})\\s+)?${EN_AMOUNT}\\s+${EN_PERIOD}\\s+(?:in (?:interest|returns|dividends|profits?|payouts)\\s+)?(?:on|for|per)\\s+(?:every\\s+|each\\s+)?${EN_AMOUNT}`,
  'g',
);
// "$200 a month on $10k": the same without the verb, as chat shorthand writes it (only "on" the stake).
const EN_BARE_FIRST = new RegExp(`(?<![\\w.,$])${EN_AMOUNT}\\s+${EN_PERIOD}\\s+on\\s+(?:every\\s+|each\\s+)?${EN_AMOUNT}`, 'g');
const ADVERB: Record<string, Period> = { daily: 'day', weekly: 'week', monthly: 'month', yearly: 'year', annually: 'year' };
const enMoney = (n: string | undefined, k: string | undefined): number => Number((n ?? '').replace(/,/g, '')) * (k ? 1000 : 1);

// Where each regex keeps the stake, the payout and the period: [stake, its k, payout, its k, period].
const GROUPS = (re: RegExp): number[] =>
  re === EN_RATIO[1] ? [2, 3, 4, 5, 1] : re === EN_PAID_FIRST || re === EN_BARE_FIRST ? [4, 5, 1, 2, 3] : [1, 2, 3, 4, 5];

function englishRatios(norm: string): SpokenYield[] {
  const out: SpokenYield[] = [];
  [...EN_RATIO, EN_PAID_FIRST, EN_BARE_FIRST].forEach((re) => {
    const [b, bk, pa, pk, per] = GROUPS(re) as [number, number, number, number, number];
    for (const m of norm.matchAll(re)) {
      const [base, paid, period] = [enMoney(m[b], m[bk]), enMoney(m[pa], m[pk]), m[per]];
      // Money, not minutes or meals: a currency, a thousands separator or a sum of at least a thousand.
      const money = /\$|yuan|rmb|dollars|usd|\d,\d{3}|\dk\b/.test(m[0]) || base >= 1000;
      if (!money || !(base > 0) || !(paid > 0) || paid >= base) continue;
      const p = ADVERB[period as string] ?? (period as Period);
      const value = (paid / base) * 100;
      const start = m.index ?? 0;
      out.push({
        value,
        period: p,
        start,
        end: start + m[0].trimEnd().length,
        note: `${LABEL[p]}付 ${paid} ÷ 本金 ${base} = ${Math.round(value * 100) / 100}% × ${PER_YEAR[p]}`,
      });
    }
  });
  return out;
}

// The period said first: 一年十万能拿一万二, 每个月一万块给你三百, 三个月一万块赚一千, 半年二十万能赚两万.
// A payout verb or 利息 must stand between the amounts, so "一年期五万起投" is not read.
const PERIOD_FIRST = new RegExp(
  `(?:(?:每|一)\\s*(天|日|周|星期|个月|月|年)|(半年)|(\\d+|[两三四五六九])\\s*个\\s*月)\\s*(?:下来|到头)?\\s*[，,]?\\s*(?:投资?|投入|存|放)?\\s*(?<![\\d.零〇一二两三四五六七八九十百千点半])(\\d+(?:\\.\\d+)?|${CHINESE_NUMBER})\\s*(十万|万|千)\\s*(?:块|元|usdt|u(?![a-z]))?钱?\\s*(?:本金|本钱)?\\s*[，,]?\\s*(?:(?:利息|收益)\\s*(?:能|可以|就|都)?\\s*(?:赚|拿|返|给|有|挣|分|到手|领)?|(?:能|可以|就|都)?\\s*(?:赚|拿|返|给|有|挣|分|到手|领))\\s*(?:你|您|我)?\\s*(?:的?利息|的?收益)?\\s*${APPROX}\\s*(万|千)?\\s*(${DIGIT})?\\s*(?:多)?\\s*(?:块|元|usdt|u(?![a-z])|的?利息|的?收益|(?=[，,。；;！？!?\\s”"」）)]|$))`,
  'g',
);

function periodFirst(norm: string): SpokenYield[] {
  const out: SpokenYield[] = [];
  for (const m of norm.matchAll(PERIOD_FIRST)) {
    const base = parseNumber(m[4] as string);
    const paid = payout(m.slice(6, 12));
    if (base === null || paid === null) continue;
    const principal = base * (UNIT[m[5] as string] ?? 1);
    const months = m[2] ? 6 : m[3] ? parseNumber(m[3]) : null;
    if (paid >= principal || (months !== null && (months <= 0 || months >= 12))) continue;
    const period: Period = months !== null ? 'year' : (PERIOD_OF[m[1] as string] as Period);
    const rate = (paid / principal) * 100;
    const value = months !== null ? (rate * 12) / months : rate;
    const start = m.index ?? 0;
    const basis = months !== null ? `${months}个月` : LABEL[period];
    out.push({ value, period, start, end: start + m[0].length, note: `${basis}付 ${paid} 元 ÷ 本金 ${principal} 元` });
  }
  return out;
}

// "三个月赚30%", "30% in three months": a rate over a counted span of months, annualised by simple
// interest. Only months, and only with the rate right beside the span: "期限3个月，年化4%" and
// "91天理财" state a term, not the period the rate is earned over.
const EN_COUNT: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, nine: 9, twelve: 12 };
const RATE = '(\\d+(?:\\.\\d+)?)\\s*(?:%|个点)';
const MONTHS_ZH = new RegExp(
  `(?<![\\d.零〇一二两三四五六七八九十百千点半期限为封闭锁定持有])(\\d+|${CHINESE_NUMBER})\\s*个\\s*月\\s*(?:内|里|之内)?\\s*(?:就|能|可以|至少|稳)*\\s*(?:赚|挣|收益|回报|拿|翻)?\\s*(?:率)?\\s*(?:达到|有|高达|到)?\\s*${RATE}`,
  'g',
);
const MONTHS_EN = new RegExp(
  `${'(\\d+(?:\\.\\d+)?)\\s*(?:%|\\s?per\\s?cent\\b)'}(?:\\s+(?:return|returns|profit|gain|gains))?\\s+(?:in|within|every)\\s+(\\d+|one|two|three|four|five|six|nine|twelve)\\s+months?\\b`,
  'g',
);

// "3个月 4.2% p.a.", "6个月期 年利率3%": the rate is stated per year, the months are only the term.
const ANNUAL_AFTER = /^\s*(?:p\.?\s?a\b|per annum|annual|a year|per year|\/年|年化|年利率|年息)/;
const ANNUAL_BEFORE = /(?:年化|年利率|年息|年收益率|annual|annualised|annualized|apy|apr)[^，,。；;]{0,12}$/;

export function countedRates(norm: string): SpokenYield[] {
  const out: SpokenYield[] = [];
  const push = (rate: number, months: number | null, start: number, end: number): void => {
    if (!months || months >= 12 || !Number.isFinite(rate)) return;
    if (ANNUAL_AFTER.test(norm.slice(end, end + 14)) || ANNUAL_BEFORE.test(norm.slice(Math.max(0, start - 16), start))) return;
    const value = (rate * 12) / months;
    out.push({
      value,
      period: 'year',
      start,
      end,
      note: `${months}个月 ${rate}% × 12 ÷ ${months} = 年化 ${Math.round(value * 100) / 100}%`,
    });
  };
  for (const m of norm.matchAll(MONTHS_ZH)) push(Number(m[2]), parseNumber(m[1] as string), m.index ?? 0, (m.index ?? 0) + m[0].length);
  for (const m of norm.matchAll(MONTHS_EN)) {
    const months = EN_COUNT[m[2] as string] ?? Number(m[2]);
    push(Number(m[1]), months, m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  return out;
}
