/**
 * A rate earned over one recent period, offered as the pitch: "the group gained 2.5% over the last week, join and earn
 * daily", 上周跟单赚了5个点，今晚接着来. The seller shows last week's gain as what the money makes each week, so the rate is
 * read per that period. Only with a call to keep earning now (every day, 继续, 跟着我, deposit now): a fund's monthly
 * report ("the fund returned 0.4% last month") stays a report, and a disclaimed past return is excluded before this
 * (./past-performance.ts).
 */
import type { Period } from './periods.js';

const RECENT: Array<[Period, RegExp]> = [
  ['day', /昨天|昨日|\byesterday\b/],
  ['week', /上周|上星期|上个星期|上礼拜|上个礼拜|上个周|\blast week\b|\bthis past week\b/],
  ['month', /上个月|上月|\blast month\b|\bthis past month\b/],
];
const ONGOING =
  /每天|天天|每日|每周|继续|接着|跟着我|跟着老师|跟着导师|跟我(?:做|投|进|上车)|马上(?:入金|充值|上车|进场)|现在(?:入金|充值|上车|加入)|\bevery (?:day|week|month)\b|\bdaily\b|\b(?:deposit|join|invest|sign up|start) (?:now|today)\b|\bkeep (?:earning|making)\b|\bstart earning\b|\bfollow (?:me|us)\b/;

const STOP = /[。；;！？!?\n]/;

/** The period a rate was earned in, when its sentence names one recent period and the text urges to keep earning. */
export function recentPeriod(norm: string, start: number, end: number): Period | undefined {
  if (!ONGOING.test(norm)) return undefined;
  const before =
    norm
      .slice(Math.max(0, start - 40), start)
      .split(STOP)
      .at(-1) ?? '';
  const after = norm.slice(end, end + 24).split(STOP)[0] ?? '';
  const near = `${before} ${after}`;
  return RECENT.find(([, re]) => re.test(near))?.[0];
}
