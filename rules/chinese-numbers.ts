/** Chinese numerals (十二, 一点五, 两, 半) to numbers, for yields and amounts written out in words. */

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const CHINESE_NUMBER = '[零〇一二两三四五六七八九十百千点半]+';

// A number starts where a run of digits starts: without the look-behinds every digit of a long run
// would be tried as a start, which is quadratic on pasted tables of figures.
export const NUM = `(?:(?<![\\d.])\\d+(?:\\.\\d+)?|(?<![零〇一二两三四五六七八九十百千点半])${CHINESE_NUMBER})`;

/** Chinese and k multipliers of a sum of money. */
export const AMOUNT_UNIT: Record<string, number> = { 亿: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4, 千: 1e3, k: 1e3 };

/** Parses 十二 → 12, 二十五 → 25, 一百 → 100, 一点五 → 1.5, 半 → 0.5; null when it is not a number. */
export function parseChineseNumber(text: string): number | null {
  if (text === '半') return 0.5;
  const [whole, fraction] = text.split('点');
  if (whole === undefined || whole.length === 0) return null;
  let total = 0;
  let current = 0;
  for (const ch of whole) {
    if (ch in DIGITS) current = DIGITS[ch] as number;
    else if (ch in UNITS) {
      total += (current === 0 ? 1 : current) * (UNITS[ch] as number);
      current = 0;
    } else return null;
  }
  let value = total + current;
  if (fraction !== undefined) {
    let scale = 0.1;
    for (const ch of fraction) {
      if (!(ch in DIGITS)) return null;
      value += (DIGITS[ch] as number) * scale;
      scale /= 10;
    }
  }
  return value;
}

/** `whole` and a spoken tenth after it: 一成二 → 1.2, 八个半 → 8.5 (the tenth is a digit or 半). */
export function withTenth(whole: number, tenth: string | undefined): number {
  if (!tenth) return whole;
  return whole + (tenth === '半' ? 0.5 : (parseNumber(tenth) ?? 0) / 10);
}

/** A number written in digits or Chinese numerals. */
export function parseNumber(text: string): number | null {
  const clean = text.replace(/[,，\s]/g, '');
  if (/^\d+(\.\d+)?$/.test(clean)) return Number(clean);
  return parseChineseNumber(clean);
}
