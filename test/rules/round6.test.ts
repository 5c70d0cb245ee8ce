import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';
import { extractYields } from '../../rules/numbers.js';

const flags = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);
const top = (text: string): number | undefined => extractYields(text)[0]?.annualPercent;

describe('notices, verdicts and reactions', () => {
  it('GIVEN an institution disowning sales in its name THEN the whole notice is a warning with no flag', () => {
    const r = checkOffer('本所从未委托任何机构代销“保本保息”的私募产品，如遇推销请报警。');
    expect([r.level, r.flags, r.framing]).toEqual(['low', [], 'warning']);
  });

  it('GIVEN a seller who says the firm never missed a payment THEN it is a claim, not a disavowal', () => {
    expect(flags('本平台从未逾期过一天，年化16%，保本。')).toEqual(expect.arrayContaining(['guaranteed_return', 'high_yield']));
  });

  it("GIVEN a victim's account or an everyday verdict THEN nothing in it is claimed", () => {
    expect(flags('我去年也被骗过，对方说日收益1%，还保本。')).toEqual([]);
    expect(flags('Got scammed by a "risk-free 4% a week" club, learn from me.')).toEqual([]);
  });

  it('GIVEN the reader hung up on a quoted pitch THEN the quote is not a claim', () => {
    expect(flags('今天接到电话：“内部名额，月息五分，别告诉家人”，我直接挂了。')).toEqual([]);
  });

  it('GIVEN a denied verdict or a rival as the foil THEN the pitch keeps its flags', () => {
    expect(flags('放心，这绝不是骗局，保本年化20%。')).toContain('guaranteed_return');
    expect(flags('别上当那些野鸡平台，跟着我做才稳，保本，月息3分。')).toContain('guaranteed_return');
  });
});

describe('guarantees: own or third party', () => {
  it('GIVEN an issuer promising that a guarantor pays THEN third-party guarantee, not guaranteed return', () => {
    const ids = flags('发行人承诺由关联担保公司承担代偿责任，期限两年。');
    expect(ids).toContain('third_party_guarantee');
    expect(ids).not.toContain('guaranteed_return');
  });

  it('GIVEN the company itself covering the principal THEN guaranteed return still fires', () => {
    expect(flags('本金由我们公司全额赔付，放心投。')).toContain('guaranteed_return');
  });
});

describe('yields', () => {
  it('GIVEN a spoken yield with the period first THEN it is annualised from the two amounts', () => {
    expect(top('一年三万能拿六千')).toBe(20);
    expect(top('每个月两万块给你五百')).toBe(30);
    expect(top('两个月一万块赚五百')).toBe(30);
  });

  it('GIVEN an English payout against a sum of money THEN a yield; against minutes THEN none', () => {
    expect(top('Deposit $5,000 and you earn 100 every month.')).toBe(24);
    expect(top('Put in 20 minutes and you get 2 badges every day.')).toBeUndefined();
  });

  it('GIVEN a reward per period THEN a yield; a reward for recruiting or spending THEN none', () => {
    expect(top('Lock your tokens and receive 0.5% rewards every day.')).toBeCloseTo(182.5);
    expect(top('邀请好友注册，奖励他首投金额的8%')).toBeUndefined();
    expect(top('购物满200元奖励5%积分')).toBeUndefined();
  });

  it('GIVEN payout ratios, capital ratios and borrowing costs THEN none is a yield', () => {
    expect(top('这家公司派息率高达65%')).toBeUndefined();
    expect(top('It pays out 70% of its earnings to shareholders.')).toBeUndefined();
    expect(top('花呗逾期后日利率万分之五，折合年化18%，太贵了')).toBeUndefined();
    expect(top('The payday loan charged 30% a month.')).toBeUndefined();
  });

  it('GIVEN a borrowing word beside an offer in the same sentence THEN the offer keeps its yield', () => {
    expect(top('别再刷信用卡了，跟着我们投，月息2分')).toBe(24);
  });

  it('GIVEN a term written as 一天期 or 一个月期 THEN the rate stays yearly', () => {
    expect(top('一个月期的银行理财，业绩比较基准2.1%')).toBe(2.1);
  });

  it('GIVEN a fee word in another comma clause or before a return verb THEN the rate is still a yield', () => {
    expect(top('零手续费，年化15%')).toBe(15);
    expect(top('No hidden fees and it yields 12% a year.')).toBe(12);
  });
});

describe('legitimate kinds and subjects', () => {
  it("GIVEN a bank's own SMS for a deposit product THEN no public-solicitation flag", () => {
    expect(flags('【某银行】三年期大额存单今日起发售，利率2.3%，退订回T')).toEqual([]);
  });

  it('GIVEN a bank product named only to be beaten THEN the pitch keeps public solicitation', () => {
    expect(flags('定期存款才1.5%，我们的债权计划5%，转发到朋友圈有奖。')).toContain('public_solicitation');
  });

  it('GIVEN a bond of a state-linked issuer that trades on a national exchange at 3 % THEN no government-backing flag', () => {
    expect(flags('某省能源集团（国企）在上交所发行公司债，票面3.1%。')).toEqual([]);
  });

  it('GIVEN everyday payments to a personal account THEN no custody flag; an investment THEN one', () => {
    expect(flags('聚餐的钱AA，转我个人微信就行。')).toEqual([]);
    expect(flags('钱转我个人微信，我帮你投项目，年底分红。')).toContain('no_custody');
  });

  it('GIVEN a closed platform asked about THEN closed entity still fires', () => {
    expect(flags('e租宝现在还能登录吗？')).toContain('closed_entity');
  });

  it('GIVEN a question about P2P with no figure THEN the digits of the name are no figure and nothing is claimed', () => {
    expect(flags('P2P平台现在还有吗？')).toEqual([]);
  });
});

describe('recall causes', () => {
  it.each([
    ['这期卖出去的钱，先拿去给上一期的客户兑付。', 'rollover'],
    ['The proceeds of each tranche repay the one before.', 'rollover'],
    ['价格只留到月底，下个月起投门槛提高到五万。', 'pressure_tactics'],
    ['The buy-in goes up next week, so decide now.', 'pressure_tactics'],
    ['集团旗下一家小贷公司为这个计划提供担保。', 'third_party_guarantee'],
    ['She found me on Hinge; weeks later she got me trading gold on her platform.', 'romance_contact'],
    ['The bonds are guaranteed by the county finance bureau.', 'government_backing'],
    ['公司自己发的“鸿运币”马上上线。', 'crypto'],
    ['Your funds stay frozen until you pay a clearance fee.', 'withdrawal_blocked'],
    ['This private fund lets you get in with just RMB 3,000.', 'split_or_pooled'],
    ['某文化产权交易中心挂牌发行的收益权份额，年化8%。', 'pseudo_exchange'],
    ['某区城投定向债务融资工具，两年期。', 'nonstandard_debt'],
  ])('GIVEN %j THEN %s fires', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });
});

describe('concepts in any order', () => {
  it('GIVEN the repay verb last or the fee first THEN the any-order concepts fire', () => {
    expect(flags('前几期客户的本金，都是拿新募的款子来还的。')).toContain('rollover');
    expect(flags('得先交一笔保证金，然后才能提现。')).toContain('withdrawal_blocked');
  });

  it('GIVEN an everyday sentence holding one cue of each slot THEN nothing fires', () => {
    expect(flags('老客户后续还可以参加抽奖。')).toEqual([]);
  });

  it('GIVEN a concept whose order is not fixed or any THEN the schema rejects it', async () => {
    const { ConceptSchema } = await import('../../rules/schema.js');
    expect(ConceptSchema.safeParse({ slots: [['a'], ['b']], order: 'sideways' }).success).toBe(false);
    expect(ConceptSchema.parse({ slots: [['a'], ['b']] }).order).toBe('fixed');
  });
});
