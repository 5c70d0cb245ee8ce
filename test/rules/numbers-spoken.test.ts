import { describe, expect, it } from 'vitest';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';
import { checkOffer } from '../../rules/check-offer.js';
import { extractAmounts, extractYields } from '../../rules/numbers.js';

const registry = loadDefaultRegistry();
const top = (text: string): number | undefined => extractYields(text)[0]?.annualPercent;

describe('daily rates in 千分之N after a spoken period word', () => {
  it.each([
    ['日赚千分之四，躺着收钱', 146],
    ['日入千分之二', 73],
    ['月赚百分之八', 96],
  ])('GIVEN %s THEN the yield is %s %/yr', (text, annual) => {
    expect(top(text)).toBe(annual);
  });
});

describe('a rate over a counted span of months', () => {
  it.each([
    ['两个月赚20%', 120],
    ['四个月内收益12%', 36],
    ['六个月就能拿18个点', 36],
    ['You get 15% within two months', 90],
    ['25 percent every five months', 60],
  ])('GIVEN %s THEN it is annualised to %s %/yr', (text, annual) => {
    expect(top(text)).toBe(annual);
  });

  it('GIVEN a half-year return THEN it counts twice a year, not as a yearly rate', () => {
    expect(top('半年收益12%')).toBe(24);
  });

  it.each([
    ['期限6个月，年化3.2%', 3.2],
    ['为期两个月，收益2%', 2],
    ['6个月定期存款利率1.4%', 1.4],
  ])('GIVEN a term stated beside a rate (%s) THEN the rate stays as written', (text, annual) => {
    expect(top(text)).toBe(annual);
  });

  it('GIVEN a fund dated in the past with its disclaimer THEN the counted rate is not a yield', () => {
    expect(extractYields('该基金近6个月收益率9%，过往业绩不代表未来表现')).toEqual([]);
  });

  it('GIVEN "over six months" in English THEN it is not read as the earning period', () => {
    expect(top('the fund returned 4% over six months')).toBe(4);
  });
});

describe('monthly and yearly payouts on a principal, spoken', () => {
  it.each([
    ['存两万，每个月能领四百块', 24],
    ['投五万每月可以领一千', 24],
    ['二十万放一年，到手利息四万', 20],
  ])('GIVEN %s THEN the payout over the principal gives %s %/yr', (text, annual) => {
    expect(top(text)).toBe(annual);
  });

  it('GIVEN a spoken payout pitch THEN the offer check raises high_yield', () => {
    expect(checkOffer('存两万，每个月能领四百块，比银行强多了', { registry }).flags.map((f) => f.id)).toContain('high_yield');
  });
});

describe('minimum stakes in Chinese numerals and spoken form', () => {
  it.each([
    ['三千起投', 3000],
    ['两万元起', 20000],
    ['五百块就能上车', 500],
    ['两千块也能投', 2000],
    ['一万就可以认购', 10000],
  ])('GIVEN %s THEN the minimum is %s yuan', (text, value) => {
    expect(extractAmounts(text).map((a) => a.value)).toContain(value);
  });

  it('GIVEN a bare amount with no entry word THEN it is not a minimum', () => {
    expect(extractAmounts('他上个月花了三千块')).toEqual([]);
  });

  it('GIVEN a private note with a spoken small stake THEN split_or_pooled fires with the stake as evidence', () => {
    const flag = checkOffer('这个定融项目收益权转让，五百块就能上车', { registry }).flags.find((f) => f.id === 'split_or_pooled');
    expect(flag?.evidence.map((e) => e.text).join(' ')).toContain('五百块就能上车');
  });
});
