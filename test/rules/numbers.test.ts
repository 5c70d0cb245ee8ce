import { describe, expect, it } from 'vitest';
import { extractAmounts, extractInvestorCounts, extractYields } from '../../rules/numbers.js';
import { parseChineseNumber } from '../../rules/chinese-numbers.js';

const top = (text: string) => extractYields(text)[0];

describe('yields', () => {
  it.each([
    ['年化 12%', 12, '12%'],
    ['年利率2.5%', 2.5, '2.5%'],
    ['预期收益8.5%-10%', 10, '8.5%-10%'],
    ['业绩比较基准2.8%-3.3%', 3.3, '2.8%-3.3%'],
    ['月息1.5分', 18, '月息1.5分'],
    ['月息两分', 24, '月息两分'],
    ['月息8厘', 9.6, '月息8厘'],
    ['年息1分', 10, '年息1分'],
    ['年息8厘', 8, '年息8厘'],
    ['借款2分利', 24, '2分利'],
    ['月利率2%', 24, '2%'],
    ['日息千分之一', 36.5, '千分之一'],
    ['日收益千分之五', 182.5, '千分之五'],
    ['每天收益万分之五', 18.25, '万分之五'],
    ['周收益1%', 52, '1%'],
    ['年收益百分之十二', 12, '百分之十二'],
    ['回报一成', 10, '一成'],
    ['投资一年翻倍', 100, '一年翻倍'],
    ['三个月翻倍', 400, '三个月翻倍'],
    ['半年翻番', 200, '半年翻番'],
    ['15% p.a.', 15, '15%'],
    ['returns of 2% a month', 24, '2%'],
    ['Guaranteed 15% annual return', 15, '15%'],
    ['7-day annualised yield of 1.6%', 1.6, '1.6%'],
  ])('GIVEN "%s" THEN %s %%/yr read from "%s"', (text, annual, shown) => {
    expect(top(text)).toMatchObject({ annualPercent: annual, text: shown });
    const y = top(text)!;
    expect(text.slice(y.start, y.end)).toBe(y.text);
  });

  it('GIVEN a bare X分利 THEN the basis says it was read as monthly', () => {
    expect(top('2分利')?.basis).toBe('“X分利”按月息理解');
  });

  it.each(['GDP增长6.9%', '同比上涨12%', '手续费3%', '不良率3.24%', '违约率5%', '首付30%', '税率13%', '只用了2分钟'])(
    'GIVEN "%s" THEN it is not a yield',
    (text) => {
      expect(extractYields(text)).toEqual([]);
    },
  );
});

describe('amounts and investors', () => {
  it.each([
    ['起投10万', 100_000],
    ['50万起投', 500_000],
    ['门槛100万元', 1_000_000],
    ['1万元起', 10_000],
    ['5千起', 5_000],
  ])('GIVEN "%s" THEN %s yuan', (text, value) => {
    expect(extractAmounts(text)[0]?.value).toBe(value);
  });

  it('GIVEN investor counts THEN their numbers', () => {
    expect(extractInvestorCounts('已有超过200人投资').map((c) => c.value)).toEqual([200]);
    expect(extractInvestorCounts('共有300名投资者').map((c) => c.value)).toEqual([300]);
  });

  it('GIVEN Chinese numerals THEN numbers', () => {
    expect([
      parseChineseNumber('十二'),
      parseChineseNumber('二十五'),
      parseChineseNumber('一百'),
      parseChineseNumber('一点五'),
      parseChineseNumber('半'),
    ]).toEqual([12, 25, 100, 1.5, 0.5]);
  });
});
