import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';

const ids = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);

describe('round 12, precision: licensed products, victims, advisers, borrowers', () => {
  it("GIVEN a licensed product named with its issuer's marks in a live stream THEN the stream is no solicitation", () => {
    expect(ids('家人们，今天直播间给大家讲讲：这只货币基金七日年化收益率1.45%，随时申赎，基金不保证收益。')).toEqual([]);
  });

  it('GIVEN the same stream selling a registration centre\'s "收益凭证" at 11 % THEN it keeps its flags', () => {
    expect(ids('直播间专属：某资产登记中心挂牌的“收益凭证”，年化11%，到期保本保息，只剩20个名额。')).toContain('guaranteed_return');
  });

  it('GIVEN a victim recruited into a group, in the past, who lost the money THEN the story raises nothing', () => {
    expect(ids('我妈去年被一个业务员拉进群，说是比定期存款还稳的产品，年化15%还保本，投了十万，现在平台跑路了。')).toEqual([]);
    expect(ids('My father put his savings into a "guaranteed 15%" plan a friend introduced; the platform collapsed.')).toEqual([]);
  });

  it("GIVEN an adviser's title and warning beside a property exchange's state-asset listing THEN no sham venue fires", () => {
    expect(
      ids(
        '理财师提醒：上海联合产权交易所公开挂牌转让一批国有企业闲置设备，意向受让方须在公告期内报名。不要相信任何保本保息、高收益的承诺。',
      ),
    ).toEqual([]);
  });

  it('GIVEN a qualified-investor minimum THEN it is no low entry, and GIVEN the threshold waived THEN the pitch keeps its flag', () => {
    expect(ids('私募基金认购须知：仅限合格投资者，单笔认购不低于100万元，不承诺保本和最低收益。')).toEqual([]);
    expect(ids('无需合格投资者认证，1万元一份，人人可投，年化12%。')).toContain('high_yield');
  });

  it("GIVEN a borrower denying any investing THEN the loan question is no P2P pitch; a bank's coupon deadline is no pressure", () => {
    expect(ids('我不是要投资，就想问一下网贷逾期了会不会上征信？')).toEqual([]);
    expect(ids('云闪付绑定银行卡支付满30减5，每天限量，先到先得。')).toEqual([]);
    expect(ids('开户就送红包，再认购我们的定融产品，年化9%，政府平台兜底，本月底截止。')).toContain('government_backing');
  });
});
