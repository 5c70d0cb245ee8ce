import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';
import { notAnOfferFor } from '../../rules/subject.js';

const flagsOf = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);

describe('subject gates: everyday words are red flags only in a text about money', () => {
  it.each([
    ['小区游泳馆暑期班名额有限，尽快报名'],
    ['Keep quiet about the birthday surprise for Dad, please.'],
    ['下载驾考学习软件，每天刷题'],
    ['事务所为母公司的项目做年度审计'],
    ['元宇宙板块午后集体走低，多只个股跌停'],
    ['海外券商不受证监会监管，因此国内客户维权困难'],
    ['这个月奖金到账了，真开心'],
    ['以太坊价格今天暴跌，跌破两千美元'],
    ['超市招聘理货员，包吃包住，名额有限'],
  ])('GIVEN the non-offer text %s THEN no flag is raised', (text) => {
    expect(flagsOf(text)).toEqual([]);
  });

  it.each([
    ['游泳班名额有限，先把理财款转过来锁定额度', 'pressure_tactics'],
    ['这笔投资别告诉你家里人，赚了再说', 'secrecy'],
    ['下载这个股票软件，跟老师的指令操作', 'fake_platform'],
    ['募集的钱投向母公司自己的项目', 'self_financing'],
    ['元宇宙板块要起飞，你现在认购我们的虚拟土地', 'hype_theme'],
    ['我们不受证监会监管，因此收益比银行高得多', 'unlicensed'],
    ['比特币跌破五万，赶紧抄底买USDT合约', 'crypto'],
  ])('GIVEN the pitch %s THEN %s still fires', (text, flag) => {
    expect(flagsOf(text)).toContain(flag);
  });

  it('GIVEN a flag without a gate THEN the subject never clears it', () => {
    expect(notAnOfferFor('exchange_channel', '体检名额有限')).toBe(false);
  });

  it('GIVEN a behaviour flag about an everyday subject THEN the subject clears it unless money or a seller is there', () => {
    expect(notAnOfferFor('referral_scheme', '体检名额有限，邀请好友一起来')).toBe(true);
    expect(notAnOfferFor('referral_scheme', '体检完业务员就推荐产品，邀请好友返现')).toBe(false);
  });
});

describe('reported performance and borrowing costs are not offered yields', () => {
  it.each([
    ['我妈的养老理财去年收益7.5%，这算正常吗？'],
    ['这只债基近三年年化9%，不代表未来表现'],
    ['融资融券利率年化7%，比贷款还贵'],
    ['邀请好友注册外卖APP送5元代金券'],
    ['储蓄所存两年定期送大米，本周最后三天'],
    ['网点经理说这款存单利率2.6%，额度不多，仅此一天'],
    ['我爸的基金今年赚了15%，该不该卖？'],
    ['My IRA made 11% over the past year, is that good?'],
  ])('GIVEN %s THEN no flag is raised', (text) => {
    expect(flagsOf(text)).toEqual([]);
  });

  it('GIVEN a seller promising a rate for next year beside last year THEN high_yield still fires', () => {
    expect(flagsOf('去年客户赚了30%，明年保底年化20%，你考虑一下？')).toContain('high_yield');
  });
});
