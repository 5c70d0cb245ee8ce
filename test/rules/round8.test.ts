import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';
import { extractAmounts, extractYields } from '../../rules/numbers.js';
import { formatLex8, measureLex8 } from './coverage-lex8-table.js';

// Round-8 recall on wordings no earlier author used: examples written for these tests.
const ids = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);

describe('round-8 concepts: payee, deadline, guarantor, own use, pooling, posting, rollover', () => {
  it.each([
    ['no_custody', '投资款直接支付宝打给财务就行，年化9%'],
    ['no_custody', "Please move your stake to our consultant's Alipay, returns paid monthly"],
    ['pressure_tactics', '本期收益权产品认购截至明晚八点'],
    ['pressure_tactics', 'Bonus yield for new members, 72 hours only'],
    ['pressure_tactics', 'The allocation closes at midnight, 15% a year'],
    ['third_party_guarantee', '开发区管委会签署兑付承诺书，年化10%'],
    ['third_party_guarantee', 'The sponsor signed a letter of comfort for every note'],
    ['third_party_guarantee', '由国有企业全额兜底，定融年化9%'],
    ['self_financing', '本次定融募集的钱将用于填补控股股东名下工厂的资金缺口'],
    ['self_financing', "The note's proceeds go to the group's own construction"],
    ['split_or_pooled', '各期认购款汇集到同一个账户后再统一安排'],
    ['public_solicitation', '年化8%的私募，宝妈群里帮忙扩散'],
    ['public_solicitation', 'Forward the 10% fund to everyone in your class group'],
    ['rollover', 'The scheme repays prior noteholders using fresh subscriptions'],
    ['split_or_pooled', "Clients' money is swept into a central account and reallocated"],
    ['third_party_guarantee', 'A state-owned partner stands behind the principal, 9% a year'],
    ['pressure_tactics', '新客加息仅限这几天，额度有限'],
    ['romance_contact', '交友软件上认识的李先生，一直让我在他推荐的平台入金'],
    ['secrecy', '老师交代我别跟银行说这笔转账是投资'],
    ['crypto', '先换U再充值到交易所'],
    ['guaranteed_return', 'Profit is guaranteed come what may, 10% a year'],
    ['no_custody', 'Settle the subscription with my private WeChat Pay'],
    ['referral_scheme', 'You collect 1% of the money your downline deposits each month'],
    ['pseudo_exchange', '滨海债权流转服务中心发行的收益权产品'],
    ['pseudo_exchange', 'Recorded at the Western Income Rights Registration Office, 11% a year'],
  ])('GIVEN a %s pitch in a new wording (%s) THEN the flag fires', (flag, text) => {
    expect(ids(text)).toContain(flag);
  });

  it.each([
    ['no_custody', '不要把投资款微信转给业务员，认购款只进银行托管账户'],
    ['pressure_tactics', '警惕“认购截止今晚”之类的催促话术'],
    ['third_party_guarantee', '本产品没有任何机构出具承诺函'],
    ['public_solicitation', '理财产品不得在群里发一下就卖，这是违规宣传，请举报'],
  ])('GIVEN a %s wording negated or warned about (%s) THEN it does not fire', (flag, text) => {
    expect(ids(text)).not.toContain(flag);
  });

  it.each([
    ['本周末的面包打折，this week only，欢迎光临'],
    ['律师事务所为并购出具法律意见书'],
    ['班级群里发一下运动会的照片'],
    ["Send the babysitter's pay to her bank card on Friday"],
  ])('GIVEN an everyday text sharing the slot words (%s) THEN no flag fires', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('round-8 yield readers: per-unit price, lent principal, hedged sums, English payback', () => {
  it.each([
    ['借出两万元，每月回款利息大概240元', 14.4],
    ['共享充电柜每台5000元，每天产出约10元', 73],
    ['每份1万，每月分红约150元', 18],
    ['A node is 10,000 yuan per unit, around 25 yuan of rewards every day', 91.25],
    ['Each rig costs 30,000 yuan and brings in about 90 yuan a day', 109.5],
    ['Put 40,000 yuan in our franchise, it pays for itself within 8 months', 150],
  ])('GIVEN "%s" THEN the annualised yield is %s %%', (text, annual) => {
    expect(extractYields(text)[0]?.annualPercent).toBeCloseTo(annual, 1);
  });

  it.each([
    ['We pay eighteen percent a year', 18],
    ['Monthly interest of one and a half per cent', 18],
    ['Returns of twenty-two percent annually', 22],
  ])('GIVEN a rate in English words ("%s") THEN it reads as %s %% a year', (text, annual) => {
    expect(extractYields(text)[0]?.annualPercent).toBeCloseTo(annual, 1);
  });

  it.each([['Ten percent of savers never check their statements'], ['Sales grew thirty percent last year']])(
    'GIVEN a share or a growth figure in English words ("%s") THEN no yield is read',
    (text) => {
      expect(extractYields(text)).toEqual([]);
    },
  );

  it.each([
    ['一台电脑6000元，每天电费约3元'],
    ['A laptop costs 6,000 yuan and we sell about 40 units a day'],
    ['Good shoes pay for themselves in a month'],
  ])('GIVEN a price and a per-day figure that is not a payout ("%s") THEN no yield is read', (text) => {
    expect(extractYields(text)).toEqual([]);
  });

  it('GIVEN 认购起点 or 起点 before a sum THEN it is a minimum stake, shown as written', () => {
    expect(extractAmounts('私募债认购起点三万元').map((a) => [a.value, a.text])).toEqual([[30_000, '起点三万元']]);
    expect(extractAmounts('马拉松起点在体育馆').length).toBe(0);
  });
});

describe('round-8 coverage rows', () => {
  const rows = measureLex8();
  it('GIVEN every round-8 concept claimed plainly or in quoted speech THEN it fires; warned THEN it is blocked; look-alikes raise nothing', () => {
    const misses = [...rows].flatMap(([flag, row]) =>
      Object.entries(row)
        .filter(([, c]) => c.ok < c.n)
        .map(([col, c]) => `${flag}/${col} ${c.ok}/${c.n}`),
    );
    expect(misses).toEqual([]);
    expect(formatLex8(rows)).toContain('| no_custody |');
  });
});
