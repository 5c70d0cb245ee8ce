/**
 * Rates said without a percent sign (./numbers.ts reads the rest): a bare figure after a rate word
 * (年化 8.2), 个半 points (八个半), the per-yuan 毛 (年息一毛二 = 12 %), and tenths of the principal
 * (一成五的收益, 拿十万块的一成二). Each is a raw rate; the not-a-yield tests still apply to it.
 */
import { NUM, parseNumber } from './chinese-numbers.js';
import { round, type Period, type Raw } from './periods.js';

// 年化 8.2, 月化1.5: a bare figure right after a rate word is a percentage as written — but not an amount
// (年化10万的收入), a date, a count or a 分/厘/个点 form read elsewhere.
const BARE_RATE =
  /(年化|月化|周化|日化|年利率|月利率|年收益率|收益率|年回报率|回报率)(?:收益率?|利率)?\s*(?:是|为|有|约|达|高达|能到|在)?\s*(\d{1,2}(?:\.\d{1,2})?)(?![\d.%‰]|\s*(?:%|‰|万|千|百|亿|元|块|个|分|厘|成|毛|点|年|月|天|日|周|号|期|倍|份|人|家|\s?per\s?cent))/g;

// 年化八个半 = 8.5 points: 个半 only where the figure ends — not before a unit of time or a count
// (八个半月, 两个半小时, 三个半人), whatever punctuation, quote or particle follows (八个半”, 八个半哈).
const POINTS_HALF = new RegExp(
  `(?<![\\d.])(${NUM})\\s*个半(?!\\s*(?:月|小时|钟|星期|礼拜|年|天|日|周|季|学期|工作日|人|小|多|[\\p{Script=Han}](?:时|期)))`,
  'gu',
);

// 年息一毛二 = 0.12 yuan a year on each yuan = 12 %: the spoken per-yuan rate, only after an interest word.
const MAO = new RegExp(`(年息|月息|利息|息|利率)\\s*(?:按|是|有|给)?\\s*(${NUM})\\s*毛\\s*([一二三四五六七八九]|\\d)?(?![钱块元])`, 'g');

// 一年给你一成五的收益, 拿十万块的一成二: tenths before a return word, or a gain taken as tenths of the principal.
const TENTHS_AFTER =
  /(?:(?:拿|赚|挣|得|给你|给您|分|返)[^，,。；;]{0,8}?(?:万|千|块|元|本金)的\s*)?([一二两三四五六七八九]|\d)成([一二三四五六七八九半]|\d)?(?=的?(?:收益|回报|利息|分红|利润))|(?:拿|赚|挣|得|给你|给您|分|返)[^，,。；;]{0,8}?(?:万|千|块|元|本金)的\s*([一二两三四五六七八九]|\d)成([一二三四五六七八九半]|\d)?/g;

/** Every rate of these spoken forms in a normalised text. */
export function spokenRates(norm: string): Raw[] {
  const out: Raw[] = [];
  for (const m of norm.matchAll(BARE_RATE)) {
    const word = m[1] as string;
    const period: Period = word.startsWith('月') ? 'month' : word.startsWith('周') ? 'week' : word.startsWith('日') ? 'day' : 'year';
    const start = (m.index ?? 0) + m[0].length - (m[2] as string).length;
    out.push({ value: Number(m[2]), start, end: (m.index ?? 0) + m[0].length, period });
  }
  for (const m of norm.matchAll(POINTS_HALF)) {
    const n = parseNumber(m[1] as string);
    if (n !== null) out.push({ value: n + 0.5, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  for (const m of norm.matchAll(MAO)) {
    const n = parseNumber(m[2] as string);
    if (n === null) continue;
    const value = (n + (m[3] ? (parseNumber(m[3]) ?? 0) / 10 : 0)) * 10;
    const period: Period = m[1] === '月息' ? 'month' : 'year';
    out.push({
      value,
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      period,
      explicit: true,
      note: `${m[0]} = 每元${period === 'month' ? '每月' : '每年'} ${round(value / 100)} 元`,
    });
  }
  for (const m of norm.matchAll(TENTHS_AFTER)) {
    const whole = parseNumber((m[1] ?? m[3]) as string);
    const tenth = m[2] ?? m[4];
    if (whole === null) continue;
    const value = (whole + (tenth ? (tenth === '半' ? 0.5 : (parseNumber(tenth) ?? 0) / 10) : 0)) * 10;
    out.push({ value, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, explicit: true });
  }
  return out;
}
