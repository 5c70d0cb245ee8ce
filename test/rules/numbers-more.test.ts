import { describe, expect, it } from 'vitest';
import { extractAmounts, extractInvestorCounts, extractYields } from '../../rules/numbers.js';

const top = (text: string): [number, string] | undefined => {
  const y = extractYields(text)[0];
  return y && [y.annualPercent, y.text];
};

describe('more yield forms', () => {
  it.each([
    ['年息1分2', [12, '年息1分2']],
    ['月息1分5', [18, '月息1分5']],
    ['月息一分半', [18, '月息一分半']],
    ['日息0.1%', [36.5, '0.1%']],
    ['日息万分之五', [18.25, '万分之五']],
    ['月化收益2.5%', [30, '2.5%']],
    ['年化百分之十二点五', [12.5, '百分之十二点五']],
    ['周收益百分之三', [156, '百分之三']],
    ['3分息', [36, '3分息']],
    ['年化收益1成5', [15, '1成5']],
    ['收益率一年翻一番', [100, '一年翻一番']],
    ['6个月翻倍', [200, '6个月翻倍']],
    ['每月分红5%', [60, '5%']],
    ['年化8-10%', [10, '8-10%']],
    ['年化收益率12%～15%', [15, '12%～15%']],
    ['yield of 8% to 10%', [10, '8% to 10%']],
    ['APY 18%', [18, '18%']],
    ['returns 0.5% daily', [182.5, '0.5%']],
    ['interest rate of 12% per year', [12, '12%']],
    ['投资10万，每月返3000元利息', [36, '投资10万，每月返3000元']],
    ['投1万每天返100元', [365, '投1万每天返100元']],
    ['年化收益12%，比去年增长20%', [12, '12%']],
    ['同比增长12%，年化收益6%', [6, '6%']],
  ])('GIVEN %j THEN [annual %, words] = %j', (text, expected) => {
    expect(top(text)).toEqual(expected);
  });

  it('GIVEN a principal and a payout THEN the basis shows the division', () => {
    expect(extractYields('投资10万，每月返3000元')[0]?.basis).toBe('月付 3000 元 ÷ 本金 100000 元 = 3% × 12');
  });

  it.each([
    '八成投资者获得了收益',
    '公司承诺100%保本',
    '100%兑付',
    '年化波动率12%',
    '最大回撤15%',
    'volatility of 20% a year',
    '管理费率1.5%',
  ])('GIVEN %j THEN no yield', (text) => {
    expect(extractYields(text)).toEqual([]);
  });
});

describe('more amounts and investor counts', () => {
  it.each([
    ['起投金额5千元', [[5000, '起投金额5千元']]],
    ['门槛：100万元', [[1_000_000, '门槛：100万元']]],
    [
      '1万元起购，5千元起投',
      [
        [10_000, '1万元起购'],
        [5000, '5千元起投'],
      ],
    ],
    ['10万元以上', [[100_000, '10万元以上']]],
    ['最低投资50万', [[500_000, '最低投资50万']]],
    ['年化5%', []],
  ])('GIVEN %j THEN %j', (text, expected) => {
    expect(extractAmounts(text).map((a) => [a.value, a.text])).toEqual(expected);
  });

  it.each([
    ['200多人投资', [[200, '200多人投资']]],
    ['超过二百人参与', [[200, '超过二百人参与']]],
    ['投资人数逾300人', [[300, '逾300人']]],
    ['3个人', []],
  ])('GIVEN %j THEN %j', (text, expected) => {
    expect(extractInvestorCounts(text).map((a) => [a.value, a.text])).toEqual(expected);
  });
});

describe('English amounts and more period words', () => {
  it.each([
    ['minimum 10,000 yuan', [[10_000, 'minimum 10,000 yuan']]],
    ['from RMB 5k', [[5000, 'from RMB 5k']]],
    ['from $500', [[500, 'from $500']]],
    ['from 2015 to 2020', []],
    ['the admin 5 said', []],
  ])('GIVEN %j THEN %j', (text, expected) => {
    expect(extractAmounts(text).map((a) => [a.value, a.text])).toEqual(expected);
  });

  it.each([
    ['This platform offers 11% yearly', [11, '11%']],
    ['每万元每天收益3元', [10.95, '每万元每天收益3元']],
    ['预付10万每年返息1.2万', [12, '预付10万每年返息1.2万']],
  ])('GIVEN %j THEN [annual %, words] = %j', (text, expected) => {
    expect(top(text)).toEqual(expected);
  });
});
