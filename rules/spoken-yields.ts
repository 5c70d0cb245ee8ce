/**
 * Spoken yields: "一万块一天二三十块", "投十万一个月拿三千": a payout in yuan per period against a
 * principal in yuan, said the way people talk (approximate ranges such as 二三十 = 20–30, graded on
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
  `(?:投资?|投入|买|存|放)?\\s*(?<![\\d.零〇一二两三四五六七八九十百千点半])(\\d+(?:\\.\\d+)?|${CHINESE_NUMBER})\\s*(十万|万|千)\\s*(?:块|元)?钱?\\s*(?:本金|本钱)?\\s*(?:投进去|存进去|放进去|投入|进去)?\\s*[，,]?\\s*(?:放|存|投)?\\s*(?:每|一)(天|日|周|星期|个月|月|年)\\s*(?:下来|到头)?\\s*[，,]?\\s*(?:利息|收益)?\\s*(?:能|可以|就|都)?\\s*(?:赚|拿|返|给|收益|有|挣|分|到手|领)?\\s*(?:你|您|我)?\\s*(?:的?利息|的?收益)?\\s*(?:个)?${APPROX}\\s*(万|千)?\\s*(${DIGIT})?\\s*(?:多)?\\s*(?:块|元|的?利息|的?收益|(?=[，,。；;！？!?\\s”"」）)]|$))`,
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
  return [...out, ...periodFirst(norm)];
}

// The period said first: 一年十万能拿一万二, 每个月一万块给你三百, 三个月一万块赚一千, 半年二十万能赚两万.
// A payout verb or 利息 must stand between the amounts, so "一年期五万起投" is not read.
const PERIOD_FIRST = new RegExp(
  `(?:(?:每|一)\\s*(天|日|周|星期|个月|月|年)|(半年)|(\\d+|[两三四五六九])\\s*个\\s*月)\\s*(?:下来|到头)?\\s*[，,]?\\s*(?:投资?|投入|存|放)?\\s*(?<![\\d.零〇一二两三四五六七八九十百千点半])(\\d+(?:\\.\\d+)?|${CHINESE_NUMBER})\\s*(十万|万|千)\\s*(?:块|元)?钱?\\s*(?:本金|本钱)?\\s*[，,]?\\s*(?:(?:利息|收益)\\s*(?:能|可以|就|都)?\\s*(?:赚|拿|返|给|有|挣|分|到手|领)?|(?:能|可以|就|都)?\\s*(?:赚|拿|返|给|有|挣|分|到手|领))\\s*(?:你|您|我)?\\s*(?:的?利息|的?收益)?\\s*${APPROX}\\s*(万|千)?\\s*(${DIGIT})?\\s*(?:多)?\\s*(?:块|元|的?利息|的?收益|(?=[，,。；;！？!?\\s”"」）)]|$))`,
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

export function countedRates(norm: string): SpokenYield[] {
  const out: SpokenYield[] = [];
  const push = (rate: number, months: number | null, start: number, end: number): void => {
    if (!months || months >= 12 || !Number.isFinite(rate)) return;
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
