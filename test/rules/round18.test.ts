import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';
import { extractYields } from '../../rules/numbers.js';

// Our own wording throughout. Round 18, issue 15: shopping credit, a rate of the asker's own stake, a
// commission on recruits' deposits, a lending platform's record.
const ids = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);

describe('round 18: a shop promotion with store credit or a balance due is no pitch', () => {
  it.each([
    'Weekend sale on running shoes, 25% off, ends Sunday. Invite a friend and you both get a $5 credit.',
    'Flash sale on trainers today only! Refer a friend and each of you gets a $15 voucher.',
    '618预售：定金30抵100，付尾款再返现10%，邀请好友助力领券，错过等明年！',
  ])('GIVEN %s THEN no flag fires', (text) => {
    expect(ids(text)).toEqual([]);
    expect(checkOffer(text).level).toBe('low');
  });

  it('GIVEN the same referral words on an investment THEN referral_scheme still fires', () => {
    expect(ids('Invest in our fund and refer a friend: you both get a $50 bonus.')).toContain('referral_scheme');
    expect(ids('理财群里邀请好友投资，付款后返现10%，推荐越多奖励越多')).toContain('referral_scheme');
  });
});

describe("round 18: a rate of the asker's own stake is a return, read with the period after the stake", () => {
  it.each([
    ['We pay 10% of what you deposit every year.', 10],
    ['Get 2% of your deposit every month.', 24],
    ['You earn 0.5% of your stake each week.', 26],
  ])('GIVEN %s THEN the yield is %d %%/yr', (text, annual) => {
    expect(extractYields(text)[0]?.annualPercent).toBe(annual);
    expect(ids(text)).toContain('high_yield');
  });

  it.each([
    'We guarantee 100% of your principal back.',
    'Banks insure 100% of your deposit up to the limit.',
    'A 10% of your deposit fee applies on early exit.',
    'Put 20% of your savings into bonds, says the planner.',
  ])('GIVEN %s THEN no yield is read', (text) => {
    expect(extractYields(text)).toEqual([]);
  });

  it('GIVEN a share of what recruits deposit THEN it is a commission, not a yield, and the referral flag fires', () => {
    const text = 'Refer friends and earn 10% of everything they deposit, plus bonuses on three levels.';
    expect(extractYields(text)).toEqual([]);
    expect(ids(text)).toContain('referral_scheme');
    expect(ids(text)).not.toContain('high_yield');
  });
});

describe("round 18: a lending platform's record shown to lenders is a P2P pitch", () => {
  it('GIVEN a 网贷平台 boasting its matched loans THEN p2p_lending fires', () => {
    expect(ids('某网贷平台运营六年，逾期率仅0.4%，累计撮合借款60亿元。')).toContain('p2p_lending');
  });
  it.each(['我网贷逾期了，催收天天打电话，逾期率这么高的平台怎么办', '网贷平台都倒了，逾期率统计显示行业坏账严重'])(
    'GIVEN a borrower or a statistic (%s) THEN p2p_lending does not fire',
    (text) => {
      expect(ids(text)).not.toContain('p2p_lending');
    },
  );
});
