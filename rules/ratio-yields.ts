/** Payouts in yuan against a principal ("投资10万，每月返3000元") read as a rate per period. */
import { AMOUNT_UNIT, NUM, parseNumber } from './chinese-numbers.js';
import { PER_YEAR, PERIOD_LABEL, round, type Period, type Raw } from './periods.js';

// 一万五 = 15 000 and 1万2 = 12 000: a digit after the unit is a tenth of it.
const MONEY = `(${NUM})\\s*(亿|千万|百万|万|千|k)?([一二两三四五六七八九](?![十百千万亿])|(?<=[万千])\\d(?![\\d.%,]))?\\s*(?:元|块|rmb)?钱?`;
// What one unit of a pitched asset costs (2万元一台, 每台三万, 一台矿机3万元 with the unit's noun between): the stake its
// payout is measured against.
const PER_ITEM = '(?:一|每)\\s*(?:台|套|份|单|亩|头|棵|间|个名额|个矿位|个节点)';
// The verb before the amount (投资10万; not 买一份, a count of what is bought) or after it (5万块投进去, 八万本金, 十万放进来).
const PRINCIPAL = new RegExp(
  `(?:投资|投入|本金|投|存入|存|买|认购|入金|预付|预存|充值|缴纳|交|放|出借|借出|借给平台)\\s*${MONEY}(?!\\s*(?:台|套|份|单|亩|头|棵|间|个))|${MONEY}\\s*(?:的)?(?:本金|投进去|放进去|存进去|投进来|放进来|拿进来|存进来|进来|进去|${PER_ITEM})|${PER_ITEM}(?:\\p{Script=Han}{1,4}?)?\\s*${MONEY}`,
  'gu',
);
// Adverbs between the period and the payout verb (每个月稳稳到手三千, 每周固定给你结一千二).
// How people hedge a payout (约110元, 大概八十块): the figure is still the one promised.
// A figure followed by 分/厘 (返息一分六) is a spoken monthly rate (./spoken-rates.ts), not a yuan payout.
const ABOUT = '约|大约|大概|差不多|将近|接近|近|能有|可达|高达|有';
const ADVERB = '都|能|可以|就|稳稳地?|稳定地?|轻松|固定|按时|准时|至少|最少|保底|净|纯|直接';
const PAYOUT = new RegExp(
  `(每天|每日|天天|每周|每星期|每月|每个月|每季度|每个季度|一个季度|每年|一年|日|月)\\s*(?:${ADVERB})*\\s*(?:可)?\\s*(?:给你|给您|你就|您就|你能|你可以)?\\s*(?:${ADVERB})*\\s*(?:返|返还|返利|付|给|分红|分(?!之|钟|期|批|次)|收益|利息|赚|挣|得|拿|领取|领|发放|支付|到手|到账|结算|结|入账|进账|打|收到|收|回款|产出|出币|挖出|产)\\s*(?:利息|息|收益)?\\s*(?:${ABOUT})?\\s*${MONEY}(?![\\d.]*\\s*(?:%|个点|percent|分之|成|分(?!红|钟)|厘))`,
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
  每季度: 'quarter',
  每个季度: 'quarter',
  一个季度: 'quarter',
  每年: 'year',
  一年: 'year',
};

function money(num: string | undefined, unit: string | undefined, tail?: string): number | null {
  // Spoken 一千二 = 1 200 and 两千四 = 2 400, not 1 002: a last digit after 千/百 is a tenth of it.
  const spoken = /^(.*[千百])([一二两三四五六七八九])$/.exec(num ?? '');
  const n = spoken
    ? (parseNumber(spoken[1] as string) ?? 0) + (parseNumber(spoken[2] as string) ?? 0) * (spoken[1]!.endsWith('千') ? 100 : 10)
    : parseNumber(num ?? '');
  if (n === null) return null;
  const scale = unit ? (AMOUNT_UNIT[unit] as number) : 1;
  return n * scale + (tail ? (parseNumber(tail) ?? 0) * (scale / 10) : 0);
}

/** "投资10万，每月返3000元": a payout in yuan against the principal before it, as a rate per period. */
export function ratioRates(norm: string): Raw[] {
  const principals = [
    ...[...norm.matchAll(PRINCIPAL)].map((m) => ({
      at: m.index ?? 0,
      value: m[1] ? money(m[1], m[2], m[3]) : m[4] ? money(m[4], m[5], m[6]) : money(m[7], m[8], m[9]),
    })),
    // 每万元每天收益3元: the principal is the unit itself.
    ...[...norm.matchAll(PER_UNIT)].map((m) => ({ at: m.index ?? 0, value: AMOUNT_UNIT[m[1] as string] ?? null })),
  ].sort((a, b) => a.at - b.at);
  const out: Raw[] = [];
  for (const m of norm.matchAll(PAYOUT)) {
    const at = m.index ?? 0;
    const principal = principals.filter((p) => p.at < at && at - p.at <= 30 && p.value).at(-1);
    const paid = money(m[2], m[3], m[4]);
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
