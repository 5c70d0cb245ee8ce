/** Periods of a rate and the raw rate readers hand to the yield extractor (./numbers.ts). */

export type Period = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year';
export const PER_YEAR: Record<Period, number> = { day: 365, week: 52, month: 12, quarter: 4, half: 2, year: 1 };
export const PERIOD_LABEL: Record<Period, string> = { day: '日', week: '周', month: '月', quarter: '季度', half: '半年', year: '年' };

/** A rate as read, before the not-a-yield tests and annualisation. */
export interface Raw {
  value: number;
  start: number;
  end: number;
  period?: Period;
  /** Explicitly a return claim (分利, 翻倍): no return word needed. */
  explicit?: boolean;
  note?: string;
}

export const round = (x: number): number => Math.round(x * 100) / 100;
