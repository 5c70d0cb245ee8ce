import { describe, expect, it } from 'vitest';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';
import { checkOffer } from '../../rules/check-offer.js';

const registry = loadDefaultRegistry();
const ids = (text: string): string[] => checkOffer(text, { registry }).flags.map((f) => f.id);
const top = (text: string): number | undefined => checkOffer(text).yield?.annualPercent;

describe('round-6 lexicon round: yields said without a percent sign', () => {
  it.each([
    ['年化：9.2，一年期', 9.2],
    ['这期年化八点五，两年期', 8.5],
    ['月化一点二，按月结息', 14.4],
    ['年回报 16，封闭一年', 16],
    ['周收益 1.5，随时赎回', 78],
    ['年化能有个十一点几', 11],
    ['年化两位数，三万起', 10],
    ['利息按月给，一个月一分三', 15.6],
    ['二分五的利息，按月给', 30],
    ['月利百分之三', 36],
    ['投两万进去，三个月就回本', 400],
    ['The vault offers APY 14.', 14],
    ['invest 40k and get 1.2k monthly', 36],
    ['80k in, 2k a month', 30],
  ])('GIVEN "%s" THEN the yield is read as %s %%/yr', (text, want) => {
    expect(top(text)).toBeCloseTo(want, 1);
  });

  it.each([
    '年收益15万元，要交多少个税？',
    '去年收益率两位数的基金不少，今年还能买吗？',
    '我开网约车，这台车四个月就回本了。',
    '三分之一的利息被扣掉了。',
    '年化十一月份的数据什么时候出？',
    'The mortgage is annualized 30 years.',
  ])('GIVEN the look-alike "%s" THEN no high_yield', (text) => {
    expect(ids(text)).not.toContain('high_yield');
  });
});

describe('round-6 lexicon round: closed venues named in English', () => {
  it('GIVEN a product filed with a closed exchange named in English THEN closed_entity fires on the English name', () => {
    const r = checkOffer('The plan was filed with Hunan FAE in 2021.', { registry });
    const hit = r.flags.find((f) => f.id === 'closed_entity');
    expect(hit?.evidence[0]?.text).toBe('Hunan FAE');
  });

  it.each(["notes of the Xi'an Baijin financial asset exchange centre", 'a Chongqing FAE product'])(
    'GIVEN "%s" THEN closed_entity fires',
    (text) => {
      expect(ids(text)).toContain('closed_entity');
    },
  );

  it('GIVEN an exchange the registry records no closure for THEN no closed_entity (exchange_channel still fires)', () => {
    const got = ids('it trades on Beijing FAE');
    expect(got).not.toContain('closed_entity');
    expect(got).toContain('exchange_channel');
  });

  it('GIVEN a national stock exchange named in English THEN no flag', () => {
    expect(ids("a bond traded on Shenzhen's stock exchange")).toEqual([]);
  });
});

describe('round-6 lexicon round: contract-flag slots', () => {
  it.each([
    ['您的本钱百分之百安全，放心投', 'guaranteed_return'],
    ['万一逾期，风控金先赔', 'guaranteed_return'],
    ['every penny of your capital is safe with us', 'guaranteed_return'],
    ['开发区管委会出面担保，放心', 'government_backing'],
    ['县里不会让它爆雷的，年化9%', 'government_backing'],
    ['投资顾问打来电话推荐了一个项目', 'public_solicitation'],
    ['资金全部打到合伙人的账户', 'no_custody'],
    ['额度快没了，还剩不多', 'pressure_tactics'],
    ['把大额信托化整为零卖给老百姓', 'split_or_pooled'],
    ['在我们某某贷上出借，年化11%', 'p2p_lending'],
    ['you lend straight to small traders and earn 11%', 'p2p_lending'],
    ['grab the memecoin ahead of the listing', 'crypto'],
  ])('GIVEN "%s" THEN %s fires', (text, flag) => {
    expect(ids(text)).toContain(flag);
  });

  it.each([
    '退款会原路退回到您的银行卡。',
    '房贷上浮了二十个基点。',
    'The library lends laptops to students.',
    '演唱会的票半小时就抢光了。',
    '这个网站还没备案，先别用。',
    'Our family WhatsApp chat is planning the holidays.',
    '那家牙科诊所没有卫生许可证就开业了。',
  ])('GIVEN the everyday text "%s" THEN no contract flag of this round fires', (text) => {
    const got = ids(text);
    for (const f of ['guaranteed_return', 'p2p_lending', 'pressure_tactics', 'unlicensed', 'public_solicitation'])
      expect(got).not.toContain(f);
  });
});
