/**
 * Round-13 recall: the round's concept rows (./coverage-lex13.ts, concepts-lex13.json) and the readings beside them —
 * an explicit government-credit claim beside a corporate bond, an amount cap that is no legal rate cap, a space that
 * ends the commission clause in chat writing, spoken rates (利息两分, 日息万五, 一年利息1万2), English payouts against a
 * stake ("10k earns you 150 a month"), and English minimums with a word between the label and the amount. Every text
 * is my own wording.
 */
import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';
import { extractAmounts } from '../../rules/amounts.js';
import { extractYields } from '../../rules/numbers.js';
import { formatLex8, measureRound, missesOf } from './coverage-lex8-table.js';
import { LEX13 } from './coverage-lex13.js';

const ids = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);
const annual = (text: string): number[] => extractYields(text).map((y) => Math.round(y.annualPercent * 10) / 10);

describe('round-13 coverage rows', () => {
  const rows = measureRound(LEX13);
  it('GIVEN every round-13 concept claimed plainly or in quoted speech THEN it fires; denied, warned or asked about THEN it does not; look-alikes raise nothing', () => {
    expect(missesOf(rows)).toEqual([]);
    expect(formatLex8(rows, 13)).toContain('| no_custody |');
  });
});

describe('a government-credit claim beside a corporate bond', () => {
  it.each(['某市城投发行的公司债，票面4.8%，销售一直强调有政府兜底。', '这期企业债在银行间市场发行，宣传页上印着“财政兜底”。'])(
    'GIVEN "%s" THEN government_backing fires despite the bond',
    (text) => {
      expect(ids(text)).toContain('government_backing');
    },
  );
  it('GIVEN a corporate bond named with 城投 and no government-credit claim THEN government_backing stays silent', () => {
    expect(ids('某城投公司在上交所发行的公司债，票面利率3.1%，通过券商认购。')).not.toContain('government_backing');
  });
});

describe('rates beside caps and downlines', () => {
  it.each([
    ['Fixed rate 7.5% a year, subscriptions capped at RMB 30,000 per person.', 7.5],
    ['年化15% 拉人另有奖励', 15],
    ['一年翻倍 直推有提成', 100],
  ])('GIVEN "%s" THEN the rate is still read (%s per cent a year)', (text, want) => {
    expect(annual(text)).toContain(want);
  });
  it.each(['The lender is legally capped at 24% a year.', '推荐一人奖励10% 另有团队奖'])('GIVEN "%s" THEN no yield is read', (text) => {
    expect(annual(text)).toEqual([]);
  });
});

describe('spoken and English rate forms', () => {
  it.each([
    ['利息两分，按月结', 24],
    ['月利一分半', 18],
    ['日息万三，天天到账', 11],
    ['日利率万五', 18.3],
    ['5万块存进去，一年利息6千5', 13],
    ['20,000 earns you 400 a month', 24],
    ['Earn 250 yuan a month on every 10,000 invested.', 30],
  ])('GIVEN "%s" THEN it is read as %s per cent a year', (text, want) => {
    expect(annual(text)).toContain(want);
  });
  it.each(['利润的三分之一给合伙人', '每天步行一万五千步', '1,000 members earn 50 points a month'])(
    'GIVEN "%s" THEN no yield is read',
    (text) => {
      expect(annual(text)).toEqual([]);
    },
  );
});

describe('English minimums with a word between the label and the amount', () => {
  it.each([
    ['min ticket just 5k', 5000],
    ['minimum amount only RMB 20,000', 20000],
    ['the entry threshold is only 8,000 yuan', 8000],
  ])('GIVEN "%s" THEN the minimum is %s yuan', (text, want) => {
    expect(extractAmounts(text).map((a) => a.value)).toContain(want);
  });
});
