/**
 * Round-11 recall: spoken monthly 分 after a payout verb (返息一分六), a bare rate after an adverb
 * (年化还是九点二), 无条件/无限 as intensifiers rather than negators, an endearment that opens a
 * message and a relative in the trade further on, and the round's concept rows (./coverage-lex11.ts).
 * Every text is my own wording.
 */
import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';
import { extractYields } from '../../rules/numbers.js';
import { formatLex8, measureRows } from './coverage-lex8-table.js';
import { LEX11_LOOKALIKES, LEX11_SLOTS, lex11Claims } from './coverage-lex11.js';

const ids = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);
const annual = (text: string): number[] => extractYields(text).map((y) => Math.round(y.annualPercent * 10) / 10);

describe('spoken rates in payout words', () => {
  it.each([
    ['每月返息一分六', 19.2],
    ['每个月派息两分', 24],
    ['按月付息一分二', 14.4],
    ['每月按一分五分利息', 18],
    ['年化收益还是九点二', 9.2],
    ['年化也是十一点五', 11.5],
    ['年化收益依然是8.8', 8.8],
    // A stake before the payout verb must not turn 一分五 into a one-yuan payout.
    ['交两万成为会员，每月返息一分五', 18],
    // The spoken monthly 厘 with a month word, and a quarter named as a span or with a payout verb.
    ['利息一个月八厘', 9.6],
    ['每月返息八厘五', 10.2],
    ['一个季度返3个点', 12],
    ['每季度分红2.5%', 10],
    // 买一份 counts what is bought; the stake is the price of one.
    ['买一份六千，一个季度返三百', 20],
  ])('GIVEN "%s" THEN it is read as %s %%/yr', (text, want) => {
    expect(annual(text)).toContain(want);
  });

  it.each([
    ['每月返息一次，按季结算', []],
    ['这个月分了两分钟的时间', []],
    ['年息一分二', [12]],
    ['年化8%，每季度付息', [8]],
    ['这根钢管长8厘米', []],
  ])('GIVEN "%s" THEN the rates read are %j', (text, want) => {
    expect(annual(text)).toEqual(want);
  });
});

describe('payees: a paying verb, a person by role (a name may follow), a personal channel', () => {
  const verbs = ['转到', '交给', '直接扫', '统一归集到'];
  const staff = ['财务小刘', '张经理', '业务员小李', '推荐人'];
  const officers = ['会长', '群主', '主播', '店长'];
  const channels = ['微信上', '的支付宝', '个人卡上', '的收款码', '名下'];
  const pitches = verbs.flatMap((v) => channels.flatMap((c) => [...staff, ...officers].map((r) => `认购款${v}${r}${c}，年化10%`)));
  it('GIVEN every verb × role × channel in a pitch THEN no_custody fires', () => {
    expect(pitches.filter((t) => !ids(t).includes('no_custody'))).toEqual([]);
  });
  it('GIVEN a group officer paid with only a rate as the investing word THEN no_custody fires', () => {
    expect(ids('钱统一交到团长的支付宝上，每周返2%')).toContain('no_custody');
  });
  it.each(['这个月的会费转到会长微信上。', '团建费用交给组长，多退少补。', '客服会把退款打到您的支付宝。'])(
    'GIVEN an everyday payment to a group officer "%s" THEN nothing fires',
    (text) => {
      expect(ids(text)).toEqual([]);
    },
  );
});

describe('English rate spellings', () => {
  it.each([
    ['You earn 1.5 pct a month.', 18],
    ['It pays 2% quarterly.', 8],
    ['A 5% coupon, settled quarterly.', 5],
  ])('GIVEN "%s" THEN it is read as %s %%/yr', (text, want) => {
    expect(annual(text)).toContain(want);
  });
});

describe('intensifiers are no negators', () => {
  it.each(['由县属资产经营公司提供全额无条件连带责任担保', '股东承担无限连带责任担保'])(
    'GIVEN "%s" THEN third_party_guarantee fires',
    (text) => {
      expect(ids(text)).toContain('third_party_guarantee');
    },
  );
  it('GIVEN a guarantee plainly denied THEN it stays silent', () => {
    expect(ids('本产品没有任何连带责任担保')).not.toContain('third_party_guarantee');
  });
});

describe('an endearment opens the message, the relative in the trade comes later', () => {
  it.each([
    'Hi dear, how was your day? My cousin runs a trading desk at a crypto fund. I can show you how.',
    'Morning honey 🌞 You know my uncle trades for a coin platform. Put a little USDT in with me.',
    '亲爱的，早上好呀。我舅舅在交易所工作，带你一起在平台上买币。',
  ])('GIVEN "%s" THEN romance_contact fires', (text) => {
    expect(ids(text)).toContain('romance_contact');
  });
  it.each([
    'Dear customers, our branch will close early on Friday.',
    'Hi dear, my uncle works at the hospital and says you should rest.',
    '亲爱的同学们，我舅舅在医院工作，提醒大家注意休息。',
  ])('GIVEN "%s" THEN romance_contact stays silent', (text) => {
    expect(ids(text)).not.toContain('romance_contact');
  });
});

describe('round-11 coverage rows', () => {
  const rows = measureRows(LEX11_SLOTS, LEX11_LOOKALIKES, lex11Claims);
  it('GIVEN every round-11 concept claimed plainly or in quoted speech THEN it fires; warned THEN it is blocked; look-alikes raise nothing', () => {
    const misses = [...rows].flatMap(([flag, row]) =>
      Object.entries(row)
        .filter(([, c]) => c.ok < c.n)
        .map(([col, c]) => `${flag}/${col} ${c.ok}/${c.n}`),
    );
    expect(misses).toEqual([]);
    expect(formatLex8(rows, 11)).toContain('| rollover |');
  });
});
