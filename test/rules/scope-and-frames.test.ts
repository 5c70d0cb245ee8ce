import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';
import { extractAmounts, extractYields } from '../../rules/numbers.js';

const ids = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);

describe('negation scope: a negator governs its own verb, not the next predicate', () => {
  it('GIVEN 若不兑付则由担保公司代偿 THEN the third-party guarantee fires', () => {
    expect(ids('到期若不兑付则由担保公司全额代偿')).toContain('third_party_guarantee');
  });
  it('GIVEN 无法还款时由集团兜底回购 THEN the guarantee by others fires', () => {
    expect(ids('融资方无法还款时由集团兜底回购')).toContain('third_party_guarantee');
  });
  it('GIVEN the negator right before the predicate (不会由担保公司代偿) THEN nothing fires', () => {
    expect(ids('本计划不会由担保公司代偿')).toEqual([]);
  });
  it('GIVEN 不保本 followed by the seller (由银行代销) THEN no guarantee fires', () => {
    expect(ids('该产品不保本，由银行代销')).not.toContain('guaranteed_return');
  });
});

describe('concepts across a comma (sentence scope)', () => {
  it('GIVEN a stranger met in an app and, a clause later, a platform THEN romance_contact fires', () => {
    expect(ids('在探探上认识的姐姐，人特别好，后来带我进了一个投资平台')).toContain('romance_contact');
  });
  it('GIVEN a withdrawal and, a clause later, a fee asked for THEN withdrawal_blocked fires', () => {
    expect(ids('提现一直不到账，客服说要先交保证金')).toContain('withdrawal_blocked');
  });
  it('GIVEN the cues in two sentences THEN the clause concepts do not join them', () => {
    expect(ids('我在婚恋网站认识了我丈夫。我们在银行存了定期。')).toEqual([]);
  });
});

describe('frames: pretexts, disavowals, things long gone, comparisons, signed notices', () => {
  it('GIVEN 以“保本高息”为诱饵 THEN the quoted promise is the cover story, not a claim', () => {
    expect(checkOffer('有团伙以“保本高息”为诱饵，专骗退休老人的积蓄').level).toBe('low');
  });
  it('GIVEN “保本保息”这样的话我们从不说 THEN no guarantee fires', () => {
    expect(ids('“保本保息”这样的话我们从不说，请看产品说明书')).not.toContain('guaranteed_return');
  });
  it('GIVEN P2P早就清退了 THEN p2p_lending does not fire', () => {
    expect(ids('P2P早就清退了，我买的是银行代销的公募基金')).not.toContain('p2p_lending');
  });
  it('GIVEN a comparison question with 这个 THEN the compared term is asked about, not claimed', () => {
    expect(ids('请问这个和网贷是一回事吗？')).toEqual([]);
  });
  it('GIVEN a warning signed by a local financial office THEN it claims nothing', () => {
    expect(checkOffer('凡是承诺年化20%还保本的，请立即远离。——某区金融工作办公室').flags).toEqual([]);
  });
  it('GIVEN a hypothetical speaker ("anyone who says") THEN the quotation is what the warning is about', () => {
    expect(checkOffer('Police notice: never trust anyone who says "your principal is guaranteed".').flags).toEqual([]);
  });
});

describe('numbers this round', () => {
  it('GIVEN 翻N倍 and "Nx this month" THEN the gain is (N − 1) × 100 % over the span', () => {
    expect(extractYields('一年内翻三倍')[0]?.annualPercent).toBe(200);
    expect(extractYields('this coin will 3x within a year')[0]?.annualPercent).toBe(200);
  });
  it('GIVEN a percentage after a payout verb THEN it is not read as a sum of yuan', () => {
    expect(extractYields('预存5万，每年返息9%')[0]?.annualPercent).toBe(9);
  });
  it('GIVEN 领取 a monthly sum against a fee paid in THEN it is a yield', () => {
    expect(extractYields('交3万元入会，每月领取240元')[0]?.annualPercent).toBe(9.6);
  });
  it('GIVEN an English period word further back and a coupon THEN both read as yields', () => {
    expect(extractYields('Monthly interest of 1.5% on your balance')[0]?.annualPercent).toBe(18);
    expect(extractYields('Fixed coupon 9.5%')[0]?.annualPercent).toBe(9.5);
  });
  it('GIVEN a hurdle rate of a performance fee THEN it is not a yield', () => {
    expect(extractYields('A 20% performance fee applies above a 6% hurdle.')).toEqual([]);
  });
  it('GIVEN 最低认购 and "minimum ticket" THEN they are minimum stakes', () => {
    expect(extractAmounts('每人最低认购2万').map((a) => a.value)).toEqual([20_000]);
    expect(extractAmounts('minimum ticket is only 800 dollars').map((a) => a.value)).toEqual([800]);
  });
  it('GIVEN 不超过200人 or 200人以内 THEN the investor count raises no flag', () => {
    expect(ids('这只私募投资人不超过200人，银行托管')).toEqual([]);
    expect(ids('这只私募投资人控制在300人以内，银行托管')).toEqual([]);
  });
});

describe('recommending a product, rates asked about, licensed promotions', () => {
  it('GIVEN a friend who recommends a product with a rate THEN the rate is a yield, not a commission', () => {
    expect(extractYields('同事介绍一款年化16%的产品')[0]?.annualPercent).toBe(16);
  });
  it('GIVEN a reward per recruit THEN it is still a commission', () => {
    expect(extractYields('每介绍一位新人奖励8%')).toEqual([]);
  });
  it('GIVEN "is 9% a year realistic" about a kind of fund THEN the rate is asked about', () => {
    expect(checkOffer('Is 9% a year realistic for a balanced fund?').flags).toEqual([]);
  });
  it('GIVEN a bank app promotion for a time-limited low-rate product THEN no haste flag', () => {
    expect(ids('手机银行新客专享：14天理财年化2.5%，限时五天')).toEqual([]);
  });
});

describe('platforms whose collapse was reported nationally', () => {
  it('GIVEN a P2P platform said to reopen THEN closed_entity and p2p_lending fire', () => {
    expect(ids('听说团贷网要重新开放出借了')).toEqual(expect.arrayContaining(['closed_entity', 'p2p_lending']));
  });
  it('GIVEN a closed platform that was not a P2P lender THEN only closed_entity fires for the name', () => {
    const got = ids('钱宝网换了个名字又开了');
    expect([got.includes('closed_entity'), got.includes('p2p_lending')]).toEqual([true, false]);
  });
});

describe('look-alikes of this round’s new concepts raise nothing', () => {
  const clean = [
    '赶紧去银行柜台问问清楚再说',
    '押金到期全额退还，租房合同写明了',
    '国债到期一次性还本付息，票面利率2.4%',
    '不动产登记中心办理房产证',
    '提现到银行卡需要交0.1%的手续费，支付宝规则',
    '警方提醒：网友推荐的投资平台一律不要充值，遇到请拨打96110',
    '我在相亲网站认识了现在的老公，我们结婚三年了',
    '银行客户经理加了我微信，推荐了一款大额存单',
    '请不要把验证码告诉任何人，包括银行工作人员',
    '晚了就没座位了，电影院周末人多',
    'The coach tells you when to run faster at the gym.',
    'My husband and I met online ten years ago.',
    'Withdrawals from your savings account are free, no fee.',
    'Treasury notes, 2.5% coupon, with the state standing behind them.',
    '这种“保本高收益”的话千万别信，都是骗局',
    '养老保险个人缴费，每月领取养老金',
  ];
  it.each(clean)('GIVEN %s THEN no flag', (text) => {
    expect(ids(text)).toEqual([]);
  });
});
