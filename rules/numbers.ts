/**
 * Numbers in offers (conventions: ../shared/spec/red-flags.md): yields annualised by simple
 * interest (monthly ×12, weekly ×52, daily ×365), amounts in yuan, investor counts. A rate counts as
 * a yield only near a return word and not after a growth, fee, tax or default-rate word.
 */
import { isPastPerformance } from './past-performance.js';
import { normalizeForMatch } from '../knowledge/text.js';
import type { YieldFinding } from './types.js';
import { CHINESE_NUMBER, parseNumber } from './chinese-numbers.js';
import { countedRates, spokenYields } from './spoken-yields.js';

type Period = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year';
const PER_YEAR: Record<Period, number> = { day: 365, week: 52, month: 12, quarter: 4, half: 2, year: 1 };
const PERIOD_LABEL: Record<Period, string> = { day: '日', week: '周', month: '月', quarter: '季度', half: '半年', year: '年' };

const PERIOD_WORDS: Array<[Period, RegExp]> = [
  [
    'year',
    /年化|年利率|年收益|年息|年回报|每年|一年|年均|票面利率|业绩比较基准|业绩基准|比较基准|annual|annualised|annualized|yearly|annually|p\.a\.?|per annum|per year|a year|every year|each year|apy|apr|\/年/g,
  ],
  [
    'month',
    /月赚|月入|月息|月利率|月利息|月收益|月化|月回报|每月|每个月|\/月|一个月|单月|monthly|per month|a month|every month|each month/g,
  ],
  // Only a return per quarter: 季度付息 alone is how often a yearly rate is paid.
  ['quarter', /季度收益|季收益|季度回报|季化|每季度收益|per quarter|quarterly return/g],
  ['half', /半年收益|半年回报|半年化|每半年收益|半年赚|半年能赚|半年就赚/g],
  ['week', /周收益|周利率|周回报|每周|每星期|一周|一星期|\/周|weekly|per week|a week|every week|each week/g],
  ['day', /日赚|日入|天赚|日返|日息|日利率|日收益|日化|日回报|每天|每日|天天|一天|单日|\/天|daily|per day|a day|every day|each day/g],
];
const RETURN_WORDS = /年化|收益|利息|回报|利率|息|基准|分红|返利|return|yield|interest|p\.a|profit|roi|earn|paying|pays|apy/;
const NOT_YIELD =
  /波动率|上浮|下浮|上调|下调|罚息|滞纳金|逾期|毛利|净利|利润率|回撤|换手率|中签率|胜率|仓位|增长|同比|环比|gdp|涨幅|涨了|跌幅|费率|手续费|管理费|不良率|违约率|逾期率|税率|首付|占比|比例|折扣|增速|增幅|growth|fee|tax|default|volatility|drawdown|down payment|inflation|通胀/;
// "100%兑付", "100%保本": a percentage that qualifies a promise is not a rate of return.
const PROMISE_AFTER = /^\s*(?:兑付|保本|保息|本金|安全|保障|担保|赔付|到账|成功|胜率|guarantee|safe|principal)/;
const CLAUSE_BREAK = /[。；;！？!?\n]/;
// A percentage paid for recruiting or selling is a commission, not a return on the money invested;
// read within the comma clause, so "每天1%，推荐一人奖励10%" keeps its daily yield.
const COMMISSION =
  /佣金|提成|返佣|奖励|奖金|分成|首付|定金|订金|违约金|保证金|税|服务费|手续费|直推|间推|下线|下级|(?:推荐|邀请|介绍|拉)(?:一|1|每|奖|人|个|位|名)|commission|referr|bonus|reward|downline|level (?:one|two|three|\d)|generation|down payment|deposit of|tax|fee/;
const COMMA_BREAK = /[，,。；;！？!?\n:：]/;

// A number starts where a run of digits starts: without the look-behinds every digit of a long run
// would be tried as a start, which is quadratic on pasted tables of figures.
const NUM = `(?:(?<![\\d.])\\d+(?:\\.\\d+)?|(?<![零〇一二两三四五六七八九十百千点半])${CHINESE_NUMBER})`;
const RANGE_SEP = '(?:-{1,2}|~|～|—{1,2}|–|至|到|\\bto\\b)';
const PERCENT = new RegExp(
  `(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*%?\\s*(?:${RANGE_SEP}\\s*(\\d+(?:\\.\\d+)?)\\s*)?(?:%|\\s?per\\s?cent\\b)`,
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
  /(?:收益|回报|利息|分红|年化|收益率)\s*(?:率)?\s*(?:有|达|达到|高达|约|为|是)?\s*([一二两三四五六七八九]|\d)成([一二三四五六七八九半]|\d)?/g;
// 年息1分2 = 12 %/yr: the digit after 分 is tenths of a 分.
const FEN_LI = new RegExp(`(月息|月利息|年息|年利息)?(${NUM})(分|厘)([一二三四五六七八九半]|\\d(?![\\d.%]))?(?!钟)(利|息)?`, 'g');
const DOUBLING = new RegExp(`(一年|半年|(${NUM})\\s*个?\\s*(年|月|天|日|周|星期))?[内里就能可即才]{0,3}(翻倍|翻番|翻一番|翻两番)`, 'g');

interface Raw {
  value: number;
  start: number;
  end: number;
  period?: Period;
  /** Explicitly a return claim (分利, 翻倍): no return word needed. */
  explicit?: boolean;
  note?: string;
}

function clauseAround(norm: string, start: number, end: number): { before: string; after: string } {
  let from = start;
  while (from > 0 && start - from < 14 && !CLAUSE_BREAK.test(norm[from - 1] as string)) from -= 1;
  let to = end;
  while (to < norm.length && to - end < 20 && !CLAUSE_BREAK.test(norm[to] as string)) to += 1;
  return { before: norm.slice(from, start), after: norm.slice(end, to) };
}

/** The period word nearest the number, before or after it, within its clause. */
function periodOf(before: string, after: string): Period | undefined {
  let best: { period: Period; distance: number; length?: number } | undefined;
  for (const [period, re] of PERIOD_WORDS) {
    for (const m of before.matchAll(re)) {
      const distance = before.length - (m.index ?? 0) - m[0].length;
      // At equal distance the longer word wins: 半年收益 holds 年收益.
      if (!best || distance < best.distance || (distance === best.distance && m[0].length > (best.length ?? 0)))
        best = { period, distance, length: m[0].length };
    }
    for (const m of after.matchAll(re)) {
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
  for (const m of norm.matchAll(WORD_PERCENT)) {
    const n = parseNumber(m[2] as string);
    const scale = m[1] === '百' ? 1 : m[1] === '千' ? 0.1 : 0.01;
    if (n !== null) out.push({ value: n * scale, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  for (const m of norm.matchAll(TENTHS)) {
    const n = parseNumber(m[1] as string);
    const extra = m[2] ? (m[2] === '半' ? 0.5 : (parseNumber(m[2]) ?? 0) / 10) : 0;
    const start = (m.index ?? 0) + m[0].length - (m[1] as string).length - (m[2]?.length ?? 0) - 1;
    if (n !== null) out.push({ value: (n + extra) * 10, start, end: (m.index ?? 0) + m[0].length, explicit: true });
  }
  for (const m of norm.matchAll(FEN_LI)) {
    const [, prefix, num, unit, half, suffix] = m;
    if (!prefix && !suffix) continue;
    const n = parseNumber(num as string);
    if (n === null) continue;
    const extra = half ? (half === '半' ? 0.5 : (parseNumber(half) ?? 0) / 10) : 0;
    const amount = n + extra;
    const yearly = prefix?.startsWith('年');
    // 月息X分 = X %/month, 月息X厘 = 0.X %/month; 年息X分 = 10·X %/yr, 年息X厘 = X %/yr.
    const value = yearly ? (unit === '分' ? amount * 10 : amount) : unit === '分' ? amount : amount / 10;
    out.push({
      value,
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      period: yearly ? 'year' : 'month',
      explicit: true,
      note: prefix ? undefined : '“X分利”按月息理解',
    });
  }
  for (const m of norm.matchAll(DOUBLING)) {
    const [, span, n, unit] = m;
    let years = 1;
    if (span === '半年') years = 0.5;
    else if (n && unit) {
      const count = parseNumber(n) ?? 1;
      years = unit === '年' ? count : unit === '月' ? count / 12 : unit === '周' || unit === '星期' ? (count * 7) / 365 : count / 365;
    }
    out.push({
      value: 100 / years,
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      period: 'year',
      explicit: true,
      note: `${span ?? '一年'}翻倍 = 年化 ${round(100 / years)}%`,
    });
  }
  for (const m of norm.matchAll(EN_DOUBLING)) {
    const count = EN_COUNT[m[1] as string] ?? Number(m[1]);
    const unit = m[2] as string;
    const years = unit === 'year' ? count : unit === 'month' ? count / 12 : unit === 'week' ? (count * 7) / 365 : count / 365;
    out.push({
      value: 100 / years,
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      period: 'year',
      explicit: true,
      note: `${m[0]} = 年化 ${round(100 / years)}%`,
    });
  }
  return out;
}

const MONEY = `(${NUM})\\s*(亿|千万|百万|万|千|k)?\\s*(?:元|块|rmb)?`;
const PRINCIPAL = new RegExp(`(?:投资|投入|本金|投|存入|存|买|认购|入金|预付|预存|充值|缴纳|交)\\s*${MONEY}`, 'g');
const PAYOUT = new RegExp(
  `(每天|每日|天天|每周|每星期|每月|每个月|每年|日|月)\\s*(?:都|能|可以|就)?\\s*(?:可)?\\s*(?:返|返还|返利|付|给|分红|收益|利息|赚|得|拿|领)\\s*(?:利息|息)?\\s*${MONEY}`,
  'g',
);
const PER_UNIT = /每\s*(万|千)\s*(?:元|块|份)/g;
const PAYOUT_PERIOD: Record<string, Period> = {
  每天: 'day',
  每日: 'day',
  天天: 'day',
  日: 'day',
  每周: 'week',
  每星期: 'week',
  每月: 'month',
  每个月: 'month',
  月: 'month',
  每年: 'year',
};

function money(num: string | undefined, unit: string | undefined): number | null {
  const n = parseNumber(num ?? '');
  return n === null ? null : n * (unit ? (UNIT[unit] as number) : 1);
}

/** "投资10万，每月返3000元": a payout in yuan against the principal before it, as a rate per period. */
function ratioRates(norm: string): Raw[] {
  const principals = [
    ...[...norm.matchAll(PRINCIPAL)].map((m) => ({ at: m.index ?? 0, value: money(m[1], m[2]) })),
    // 每万元每天收益3元: the principal is the unit itself.
    ...[...norm.matchAll(PER_UNIT)].map((m) => ({ at: m.index ?? 0, value: UNIT[m[1] as string] ?? null })),
  ].sort((a, b) => a.at - b.at);
  const out: Raw[] = [];
  for (const m of norm.matchAll(PAYOUT)) {
    const at = m.index ?? 0;
    const principal = principals.filter((p) => p.at < at && at - p.at <= 30 && p.value).at(-1);
    const paid = money(m[2], m[3]);
    if (!principal?.value || paid === null || paid >= principal.value) continue;
    const period = PAYOUT_PERIOD[m[1] as string] as Period;
    const value = (paid / principal.value) * 100;
    out.push({
      value,
      start: principal.at,
      end: at + m[0].length,
      period,
      explicit: true,
      note: `${PERIOD_LABEL[period]}付 ${paid} 元 ÷ 本金 ${principal.value} 元 = ${round(value)}% × ${PER_YEAR[period]}`,
    });
  }
  return out;
}

function isCommission(norm: string, raw: Raw): boolean {
  let from = raw.start;
  while (from > 0 && raw.start - from < 16 && !COMMA_BREAK.test(norm[from - 1] as string)) from -= 1;
  let to = raw.end;
  while (to < norm.length && to - raw.end < 30 && !COMMA_BREAK.test(norm[to] as string)) to += 1;
  return COMMISSION.test(norm.slice(from, raw.start)) || COMMISSION.test(norm.slice(raw.end, to));
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** Every yield in the text, annualised; highest first. */
export function extractYields(text: string): YieldFinding[] {
  const norm = normalizeForMatch(text);
  const found: YieldFinding[] = [];
  // Ratios first: their span covers the bare amounts, which must not be read again on their own.
  const spoken = [...spokenYields(norm), ...countedRates(norm)].map((y) => ({ ...y, explicit: true }));
  for (const raw of [...spoken, ...ratioRates(norm), ...rawRates(norm)]) {
    if (found.some((f) => raw.start < f.end && raw.end > f.start)) continue;
    const { before, after } = clauseAround(norm, raw.start, raw.end);
    // English needs a longer reach than Chinese: "volatility of 20%".
    const reach = /[a-z]\s*$/.test(before) ? -20 : -8;
    if (
      NOT_YIELD.test(before.slice(reach)) ||
      NOT_YIELD.test(after.slice(0, 4)) ||
      PROMISE_AFTER.test(after) ||
      isCommission(norm, raw) ||
      isPastPerformance(norm, before + norm.slice(raw.start, raw.end))
    )
      continue;
    const stated = raw.period ?? periodOf(before, after);
    // A period word (年化, per month) marks a rate as a return as much as a return word does.
    if (!raw.explicit && stated === undefined && !RETURN_WORDS.test(before) && !RETURN_WORDS.test(after)) continue;
    const period = stated ?? 'year';
    const annual = round(raw.value * PER_YEAR[period]);
    const shown = text.slice(raw.start, raw.end);
    const basis =
      raw.note ??
      (period === 'year' ? `年化 ${round(raw.value)}%` : `${PERIOD_LABEL[period]}收益 ${round(raw.value)}% × ${PER_YEAR[period]}`);
    found.push({ annualPercent: annual, text: shown, start: raw.start, end: raw.end, basis });
  }
  return found.sort((a, b) => b.annualPercent - a.annualPercent);
}

export interface AmountFinding {
  /** Yuan. */
  value: number;
  text: string;
  start: number;
  end: number;
}

const AMOUNT = new RegExp(
  `(?:(起投金额|起投|投资门槛|门槛|起购金额|起购|最低投资|最低)\\s*(?:为|是|:)?\\s*)?(${NUM})\\s*(亿|千万|百万|万|千|k)?\\s*(元|块)?\\s*(起投|起购|起|以上|门槛|(?:就能|也能|就可以|也可以|即可|就)\\s*(?:投|上车|参与|入场|加入|买|认购))?`,
  'g',
);
const UNIT: Record<string, number> = { 亿: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4, 千: 1e3, k: 1e3 };

// "minimum 10,000 yuan", "from RMB 5k": English states the minimum before the amount.
const ENGLISH_AMOUNT =
  /\b(?:minimum(?: investment)?(?: of)?|min\.?|starting at|as little as|from(?=\s*(?:rmb|cny|¥|\$)))\s*(?:rmb|cny|¥|\$)?\s*(\d{1,3}(?:,\d{3})+|\d+)(k)?(?:\s*(?:yuan|rmb|cny))?/g;

/** Minimum investments: 起投10万, 50万起投, 门槛100万元, 1万元起, 5千起. */
export function extractAmounts(text: string): AmountFinding[] {
  const norm = normalizeForMatch(text);
  const out: AmountFinding[] = [];
  for (const m of norm.matchAll(AMOUNT)) {
    const [whole, before, num, unit, , after] = m;
    if (!before && !after) continue;
    const n = parseNumber(num as string);
    if (n === null || (!unit && n < 100)) continue;
    const start = (m.index ?? 0) + (whole.length - whole.trimStart().length);
    out.push({
      value: n * (unit ? (UNIT[unit] as number) : 1),
      text: text.slice(start, (m.index ?? 0) + whole.length).trim(),
      start,
      end: (m.index ?? 0) + whole.trimEnd().length,
    });
  }
  for (const m of norm.matchAll(ENGLISH_AMOUNT)) {
    const n = Number((m[1] as string).replace(/,/g, ''));
    const start = m.index ?? 0;
    if (Number.isFinite(n))
      out.push({
        value: n * (m[2] ? (UNIT[m[2]] as number) : 1),
        text: text.slice(start, start + m[0].length),
        start,
        end: start + m[0].length,
      });
  }
  return out;
}

/** Investor counts stated in the offer: 超过200人, 300名投资者, 200人以上. */
export function extractInvestorCounts(text: string): Array<{ value: number; text: string; start: number; end: number }> {
  const norm = normalizeForMatch(text);
  const re = new RegExp(
    `(超过|逾|多达|已有|共有|累计)?\\s*(${NUM})\\s*(多)?\\s*(人|名|位|个(?=客户|投资者|投资人|会员|用户)|户)(投资者|投资人|客户|会员|用户|投资|参与|认购|购买|加入)?(以上)?`,
    'g',
  );
  const out: Array<{ value: number; text: string; start: number; end: number }> = [];
  for (const m of norm.matchAll(re)) {
    const [whole, lead, num, more, , who, above] = m;
    if (!lead && !more && !who && !above) continue;
    const n = parseNumber(num as string);
    if (n === null) continue;
    const start = m.index ?? 0;
    out.push({ value: n, text: text.slice(start, start + whole.length), start, end: start + whole.length });
  }
  // English: "over 1,000 investors", "thousands of members"; 上千/数千 名投资者.
  for (const m of norm.matchAll(
    /\b(?:(over|more than)\s+)?(\d{1,3}(?:,\d{3})+|\d+|hundreds|thousands)\s+(?:of\s+)?(?:\w+\s+)?(investors|members|clients|people|participants|users)\b|(上千|数千|几千|上万|数万|成百上千|几百|数百)(?:名|个|位)?(?:投资者|投资人|客户|会员|人)/g,
  )) {
    const word = m[2] ?? m[4] ?? '';
    const value = /thousands|千|万/.test(word) ? 1000 : /hundreds|百/.test(word) ? 300 : Number(word.replace(/,/g, ''));
    const start = m.index ?? 0;
    if (Number.isFinite(value)) out.push({ value, text: text.slice(start, start + m[0].length), start, end: start + m[0].length });
  }
  return out;
}
