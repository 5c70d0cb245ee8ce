import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';
import { extractYields } from '../../rules/numbers.js';
import { notAnOfferFor } from '../../rules/subject.js';

const flags = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);
const top = (text: string): number | undefined => extractYields(text)[0]?.annualPercent;

describe('round 6b: rates written without a percent sign', () => {
  it('GIVEN 年化 7.6 with no % THEN it is read as 7.6 %/yr', () => {
    expect(top('这期年化 7.6，两年期。')).toBe(7.6);
  });
  it('GIVEN 月化1.8 THEN it is a monthly rate, 21.6 %/yr', () => {
    expect(top('月化1.8，按月付。')).toBe(21.6);
  });
  it('GIVEN 年化 followed by an amount or a date THEN no rate is read', () => {
    expect(top('年化20万的收入')).toBeUndefined();
    expect(top('年化12月份开始计算')).toBeUndefined();
  });
  it('GIVEN spoken forms 七个半, 年息一毛三 and a share of the principal THEN each is annualised', () => {
    expect(top('年化七个半，一年期')).toBe(7.5);
    expect(top('年息一毛三')).toBe(13);
    expect(top('一年能赚二十万块的一成一')).toBe(11);
  });
  it('GIVEN a principal before its verb and a spoken payout THEN the ratio is the yield', () => {
    expect(top('六万块放进来，每个月给你返一千八')).toBe(36);
  });
  it('GIVEN a floor or a promised rate THEN it is a yield; GIVEN a floor of certainty THEN it is not', () => {
    expect(top('保底9个点')).toBe(9);
    expect(top('plus the 11% they promised')).toBe(11);
    expect(top('保底也有70%的把握')).toBeUndefined();
  });
});

describe('round 6b: frames', () => {
  it("GIVEN a victim's own question 是不是被骗了 THEN the pitch they report still fires", () => {
    expect(flags('对方说交了解冻费才能提现，我交了也提不出来，这是不是被骗了？')).toContain('withdrawal_blocked');
  });
  it('GIVEN 被骗 said of someone else THEN the sentence stays a warning', () => {
    expect(flags('好多人交了解冻费还是提不出钱，都被骗了。')).toEqual([]);
  });
  it('GIVEN a company disowning a channel with the negation far from it THEN nothing fires', () => {
    expect(flags('我们集团郑重声明：从来没有委托任何中介在朋友圈销售集团的理财。')).toEqual([]);
  });
  it('GIVEN a company boasting it never defaulted THEN the pitch is not read as a disavowal', () => {
    expect(flags('我们公司从来没有逾期过，年化12%。')).toContain('high_yield');
  });
  it('GIVEN "can somebody explain" a term THEN the term is asked about, not offered', () => {
    expect(flags('Could anybody say what 金交所 means?')).toEqual([]);
  });
  it('GIVEN a softer notice header with a warning word THEN no flag; GIVEN the same header on a pitch THEN the pitch fires', () => {
    expect(flags('提醒各位邻居：说保本保息的理财都别信。')).toEqual([]);
    expect(flags('提醒各位邻居：我们这期年化13%，名额不多。')).toContain('high_yield');
  });
});

describe('round 6b: foils, similes, purposes', () => {
  it('GIVEN a rival named after 比 THEN the rival is not flagged but the pitch is', () => {
    const got = flags('比那些炒币的稳，年化11%。');
    expect(got).toContain('high_yield');
    expect(got).not.toContain('crypto');
  });
  it('GIVEN a legitimate product as a simile THEN it suppresses nothing', () => {
    expect(flags('市财政兜底，就当是国债，年化9%。')).toContain('government_backing');
  });
  it('GIVEN what the money is for after 给…用 THEN no_custody does not fire', () => {
    expect(flags('钱是给老板的另外一家工厂扩建用的。')).not.toContain('no_custody');
  });
  it('GIVEN money to be paid onto a personal card THEN no_custody still fires', () => {
    expect(flags('钱打他卡上就行，他帮你买。')).toContain('no_custody');
  });
});

describe('round 6b: lexicon classes and their look-alikes', () => {
  it('GIVEN a P2P described as lending to shops through an app THEN p2p_lending fires', () => {
    expect(flags('把钱借给平台上的小商户，平台只收服务费。')).toContain('p2p_lending');
  });
  it('GIVEN a cold call that pitches a product THEN public_solicitation; GIVEN a survey call THEN nothing', () => {
    expect(flags('我是某财富公司的，耽误您一分钟，给您介绍个年化12%的理财。')).toContain('public_solicitation');
    expect(flags('打扰您一分钟，做个问卷调查。')).toEqual([]);
  });
  it('GIVEN 别在群里说 THEN it is secrecy, not public solicitation', () => {
    const got = flags('这个额度别在群里说，年化15%，私下找我。');
    expect(got).toContain('secrecy');
    expect(got).not.toContain('public_solicitation');
  });
  it('GIVEN an elderly seminar lure THEN hype_theme; GIVEN a licensed pension product THEN not', () => {
    expect(flags('老年健康讲座周末开，到场领鸡蛋，顺便介绍理财。')).toContain('hype_theme');
    expect(flags('某理财子公司的养老理财产品，业绩比较基准4%，不保本。')).not.toContain('hype_theme');
  });
  it('GIVEN a friend repaying a loan or an exam floor THEN the guarantee gate clears it', () => {
    expect(notAnOfferFor('guaranteed_return', '借你的钱月底一分不少还你')).toBe(true);
    expect(notAnOfferFor('guaranteed_return', '三年后本金一分不少')).toBe(false);
  });
  it('GIVEN an unlicensed offshore fund from a low entry THEN split_or_pooled fires', () => {
    expect(flags('Cayman-incorporated, so no licence is needed here; buy-in starts at 8,000 yuan.')).toContain('split_or_pooled');
  });
});
