/**
 * Rates said without a percent sign (./numbers.ts reads the rest): a bare figure after a rate word
 * (年化 8.2), 个半 points (八个半), the per-yuan 毛 (年息一毛二 = 12 %), and tenths of the principal
 * (一成五的收益, 拿十万块的一成二). Each is a raw rate; the not-a-yield tests still apply to it.
 */
import { NUM, parseNumber, withTenth } from './chinese-numbers.js';
import { englishPayback } from './english-payback.js';
import { round, type Period, type Raw } from './periods.js';

// 年化 8.2, 月化1.5: a bare figure right after a rate word is a percentage as written — but not an amount
// (年化10万的收入), a date, a count or a 分/厘/个点 form read elsewhere; nor an account's earnings of a day
// (昨日收益 2.19, 今日收益 0.85: yuan, as a fund app shows them).
// An adverb may stand before the verb (年化还是九点二, 也是). Digits or Chinese numerals (八点五, 十二); X点几 ("nine point something") is read as X.
const BARE_FIGURE = '(\\d{1,2}(?:\\.\\d{1,2})?|[一二两三四五六七八九十]{1,3}(?:点[零〇一二三四五六七八九]{1,2})?)(点几)?';
const BARE_RATE = new RegExp(
  `(?<![昨今前])(年化|月化|周化|日化|年利率|月利率|年收益率|收益率|年回报率|回报率|年回报|年收益|月收益|月回报|周收益|日收益|年息|月息)(?:收益率?|利率|率)?\\s*[:：]?\\s*(?:区间)?\\s*(?:还|也|都|仍|依然|仍然|照样|一直|照旧)?\\s*(?:是|为|有|约|达|高达|能到|在|能有个?|超|超过|近|接近|将近|逾|不低于|至少|最少|最低|稳定在|可达|能达到|达到)?\\s*${BARE_FIGURE}(?:\\s*(?:-|~|～|至|到)\\s*(\\d{1,2}(?:\\.\\d{1,2})?))?(?![\\d%‰]|\\.\\d|\\s*(?:%|‰|万|千|百|亿|元|块|个|分|厘|成|毛|点|年|月|天|日|周|号|期|倍|份|人|家|位|\\s?per\\s?cent))`,
  'g',
);
// "APY 12", "annualized 9.5", "15 pa": the English rate acronym with a bare figure.
const EN_PA = /(?<![\d.])(\d{1,2}(?:\.\d{1,2})?)\s*(?:p\.a\.?|pa)\b/g;
const EN_BARE =
  /\b(?:apy|annual yield|annualised|annualized|annual return)\s*(?:of|is|at|:)?\s*(\d{1,2}(?:\.\d{1,2})?)(?![\d%,]|\.\d|\s*(?:%|k\b|yuan|rmb|dollars|usd|years?|months?|days?|x\b|per\s?cent))/g;
// 年化两位数, 收益能达到两位数: a double-digit rate is at least 10 % — as a claim, not 去年收益率两位数.
const DOUBLE_DIGITS =
  /(?:年化|年化收益率?|年回报率?)\s*(?:能|可|就|都)?\s*(?:达到|达|有|是|在|超过|超|破)?\s*两位数|(?:收益|回报)(?:率)?\s*(?:能|可以|保证|稳定|稳|轻松|起码|至少)\s*(?:达到|有|在|超过|破)?\s*两位数/g;
// 一个月一分二, 一分五的利息, 每月返息一分六, 按一分五分利息 (graded on the figure said): the spoken monthly 分 without 月息 (a bare 分利 is monthly, by convention).
const SPOKEN_FEN =
  /(?:(?:一个月|每个月|每月|按月)(?:都|能|就|可以|稳定)?(?:给您|给你)?(?:返息|付息|派息|分息|给息|返利|分红|给|是|算|拿|有|返)?(?:按)?\s*([一二两三四五]|[1-5])分([一二三四五六七八九半]|\d)?(?![钟之\d.])|(?<!年息\s*)([一二两三四五]|[1-5])分([一二三四五六七八九半]|\d)?多?(?:的|分)(?:利息|利|息))/g;
// 一个月八厘, 每月返息八厘的利息: the spoken monthly 厘 (0.X % a month), only with a month word before it.
const SPOKEN_LI =
  /(?:一个月|每个月|每月|按月)(?:都|能|就|可以|稳定)?(?:给您|给你)?(?:返息|付息|派息|分息|给息|返利|分红|利息|给|是|算|拿|有|返)?(?:按)?\s*([一二三四五六七八九]|[1-9])厘([一二三四五六七八九半]|\d)?(?![钟米\d.])/g;
// 三个月回本, 半年回本: the whole stake back within the span is +100 % over it (spans up to a year).
// Only for money put in (投, 本金, 项目 …): 这台车三个月就回本了 is a driver's takings.
const INVESTED = /投|本金|本钱|理财|项目|入股|认购|加盟|认筹|存|买入|上车/;
const PAYBACK = new RegExp(`(?:(半年|一年)|(${NUM})\\s*(?:个月|天|周))(?:就|即可|就能|能|可以|内|之内)*回本`, 'g');

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

// 回报一年两成, 一年下来能赚两成多, 每月给一成, 两成一年: tenths with a period word before or after them.
// The period must come with a return word or a verb of gain (一年涨了三成 is a price, 每年三成学生 a share),
// and a range (一成五到两成) is graded on its top.
const TENTH = '([一二两三四五六七八九]|\\d)成([一二三四五六七八九半]|\\d)?';
const PERIOD_WORD = '(一年|每年|一个月|每个月|每月|半年)';
const PERIOD_TENTHS = new RegExp(
  `(收益|回报|利息|分红|利润|赚|挣|拿|给你|给您|返)?\\s*(?:率)?\\s*(?:是|有|能|达)?\\s*${PERIOD_WORD}(?:下来)?(?:就|能|可以|可|都|稳|稳稳|至少|起码)*(赚|挣|拿|有|给|返|分)?(?:你|您)?(?:个)?\\s*${TENTH}(?:\\s*(?:到|至|-|~)\\s*${TENTH})?(?=(的?(?:收益|回报|利息|分红|利润))?)|(收益|回报|利息|分红)\\s*${TENTH}(?:\\s*(?:到|至|-|~)\\s*${TENTH})?\\s*${PERIOD_WORD}`,
  'g',
);
const PERIOD_OF: Record<string, Period> = { 一年: 'year', 每年: 'year', 半年: 'half', 一个月: 'month', 每个月: 'month', 每月: 'month' };

function tenths(whole: string | undefined, tenth: string | undefined): number | null {
  const n = whole === undefined ? null : parseNumber(whole);
  if (n === null) return null;
  return withTenth(n, tenth) * 10;
}

function periodTenths(norm: string): Raw[] {
  const out: Raw[] = [];
  for (const m of norm.matchAll(PERIOD_TENTHS)) {
    const before = m[1] !== undefined;
    const claim = before || m[3] !== undefined || m[8] !== undefined || m[9] !== undefined;
    if (!claim) continue;
    const value = before || m[3] || m[8] ? (tenths(m[6], m[7]) ?? tenths(m[4], m[5])) : (tenths(m[12], m[13]) ?? tenths(m[10], m[11]));
    const period = PERIOD_OF[(m[2] ?? m[14]) as string] ?? 'year';
    if (value !== null && value > 0) out.push({ value, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, period, explicit: true });
  }
  return out;
}

/** Every rate of these spoken forms in a normalised text. */
export function spokenRates(norm: string): Raw[] {
  const out: Raw[] = [];
  for (const m of norm.matchAll(BARE_RATE)) {
    const word = m[1] as string;
    const period: Period = word.startsWith('月') ? 'month' : word.startsWith('周') ? 'week' : word.startsWith('日') ? 'day' : 'year';
    // A range (年化区间为9.2-11.0) is graded on its top and shown whole.
    const value = m[4] ? Number(m[4]) : parseNumber(m[2] as string);
    const start = (m.index ?? 0) + (m[1] as string).length + m[0].slice((m[1] as string).length).indexOf(m[2] as string);
    if (value !== null && value > 0) out.push({ value, start, end: (m.index ?? 0) + m[0].length, period });
  }
  for (const m of norm.matchAll(EN_BARE)) {
    const start = (m.index ?? 0) + m[0].length - (m[1] as string).length;
    out.push({ value: Number(m[1]), start, end: (m.index ?? 0) + m[0].length, period: 'year' });
  }
  for (const m of norm.matchAll(EN_PA))
    out.push({ value: Number(m[1]), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, period: 'year' });
  for (const m of norm.matchAll(DOUBLE_DIGITS))
    out.push({ value: 10, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, period: 'year', note: '“两位数”按 10% 理解' });
  for (const m of norm.matchAll(SPOKEN_FEN)) {
    const whole = parseNumber((m[1] ?? m[3]) as string);
    if (whole === null) continue;
    const value = withTenth(whole, m[2] ?? m[4]);
    out.push({ value, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, period: 'month', note: '“X分”按月息理解' });
  }
  for (const m of norm.matchAll(SPOKEN_LI)) {
    const whole = parseNumber(m[1] as string);
    if (whole === null) continue;
    out.push({ value: withTenth(whole, m[2]) / 10, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, period: 'month' });
  }
  out.push(...payback(norm), ...englishPayback(norm), ...periodTenths(norm));
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
    const value = tenths(m[1] ?? m[3], m[2] ?? m[4]);
    if (value === null) continue;
    out.push({ value, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, explicit: true });
  }
  return out;
}

function payback(norm: string): Raw[] {
  const out: Raw[] = [];
  for (const m of norm.matchAll(PAYBACK)) {
    const count = m[1] ? (m[1] === '半年' ? 6 : 12) : parseNumber(m[2] as string);
    if (count === null || count <= 0) continue;
    const unit = m[1] ? '个月' : (/(个月|天|周)/.exec(m[0])?.[1] ?? '个月');
    const months = unit === '天' ? count / 30.4 : unit === '周' ? (count * 7) / 30.4 : count;
    const before =
      norm
        .slice(Math.max(0, (m.index ?? 0) - 30), m.index ?? 0)
        .split(/[。；;！？!?\n]/)
        .pop() ?? '';
    if (months > 12 || !INVESTED.test(before)) continue;
    const value = (100 * 12) / months;
    out.push({
      value,
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      period: 'year',
      explicit: true,
      note: `${m[0]} = 年化 ${round(value)}%`,
    });
  }
  return out;
}
