import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';
import { extractYields } from '../../rules/numbers.js';
import { measureCoverage } from './coverage-table.js';

const ids = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);

describe('round 10, precision: closure news and notices', () => {
  it('GIVEN wind-down news that reports the share investors got back THEN no flag is raised', () => {
    expect(ids('某网贷平台三年前宣布良性退出，截至本月累计兑付比例已达41%，出借人可登录官网查看。')).toEqual([]);
    expect(ids('某地交易场所关停之后，那批定融产品至今逾期，第二期只兑付了本金的8%。')).toEqual([]);
    expect(ids('The lender was wound down in 2020, and its administrator said savers have recovered only 17% of their principal.')).toEqual(
      [],
    );
  });

  it('GIVEN news whose follow-on sentence says "this is only the beginning" (这只是…) THEN it is still news', () => {
    expect(ids('据报道，又一省份取消了辖内金交所的业务资质。分析人士称，这只是全部金交所退出的一步。')).toEqual([]);
  });

  it("GIVEN an authority's notice header or a progress report that retells the scheme's claim THEN no flag is raised", () => {
    expect(ids('某区市场监督管理局公告：经查，某公司以“年化18%、保本保息”为名向老人吸收资金，已依法查处。')).toEqual([]);
    expect(ids('网贷平台清退最新进展：已向出借人兑付1.1亿元，占待收本金的9%。')).toEqual([]);
    expect(ids('监管部门表示，网贷机构数量已压降至零，相关风险已基本出清。')).toEqual([]);
  });

  it('GIVEN an English admin notice that disowns contact and judges a class by its quoted claim THEN no flag is raised', () => {
    expect(ids('Admin notice: our moderators will never message you first. Anyone pitching "3% a day, guaranteed" is a scammer.')).toEqual(
      [],
    );
    expect(ids('Reminder: we run no investment club. Accounts promising "double your USDT in a week" are fakes, so block them.')).toEqual(
      [],
    );
  });

  it('GIVEN a notice that disowns private contact and then pitches its own product THEN the pitch still fires', () => {
    expect(ids('From the admins: we never DM first. Our plan pays 2% every day, guaranteed. Sign up with the pinned link.')).toContain(
      'guaranteed_return',
    );
    expect(ids('通报里那家平台跑路了，跟我们没有任何关系，我们这里保本保息，月息2分，欢迎咨询。')).toContain('guaranteed_return');
  });
});

describe("round 10, precision: licensed issuers' own terms", () => {
  it("GIVEN an insurer's own contract with its guaranteed or minimum rate THEN no guarantee flag is raised", () => {
    expect(ids('这份终身寿险合同约定保证利率2.25%，现金价值逐年递增，犹豫期内退保全额退费。')).toEqual([]);
    expect(
      ids('Under the annuity contract the insurer guarantees a credited rate of at least 1.5%; excess interest is discretionary.'),
    ).toEqual([]);
    expect(ids('万能账户保底利率1.5%，当前结算利率2.6%，以保险公司每月公告为准。')).toEqual([]);
  });

  it('GIVEN how often a rate is published (每月公告) THEN the rate is not read as monthly', () => {
    const top = extractYields('结算利率2.6%，以保险公司每月公告为准。')[0];
    expect(top?.annualPercent).toBe(2.6);
  });

  it("GIVEN an agent borrowing an insurer's or a bank's name when the money goes into someone's own card or no contract is signed THEN the flag fires", () => {
    expect(ids('这个年金险是我们内部的理财计划，保证年化5%，不用签合同，转账到我个人卡。')).toContain('guaranteed_return');
    expect(ids('银行结构性存款，保本保息，年化5%，存款保险保障，钱转到经理个人卡上。')).toContain('guaranteed_return');
    expect(ids('Insurer-backed plan, 11% yearly guaranteed, zero risk: pay the premium into my own card.')).toContain('guaranteed_return');
  });

  it("GIVEN a bank's own structured note with its credit disclosure THEN no flag; at 12 % a year THEN it fires", () => {
    expect(
      ids("At maturity this structured note from the bank protects all principal, subject to the issuing bank's credit risk."),
    ).toEqual([]);
    expect(ids('Big-bank structured notes: all principal protected, plus 12% a year. Message me.')).toContain('guaranteed_return');
  });

  it("GIVEN a broker's fixed-reward account-opening referral THEN no flag; a percentage of the friend's money THEN it fires", () => {
    expect(ids('邀请好友在本券商开通股票账户，好友首次入金满五千元，邀请人可得二十元话费，每月限邀五人。')).toEqual([]);
    expect(ids('邀请好友在券商开户入金，每拉一个人返他入金额的3%，发展下线还有二级奖励。')).toContain('referral_scheme');
  });

  it('GIVEN 通证 read across 开通+证券 THEN no crypto flag; a platform issuing 通证 THEN crypto fires', () => {
    expect(ids('手机上就能开通证券账户，佣金万分之二。')).not.toContain('crypto');
    expect(ids('本平台发行通证，持有即可每天分红1%。')).toContain('crypto');
  });
});

describe('round 10, precision: generator rows', () => {
  const table = measureCoverage();
  const total = (frame: string): { n: number; ok: number } => {
    let n = 0;
    let ok = 0;
    for (const row of table.rows.values()) {
      const c = (row as Record<string, { n: number; ok: number }>)[frame];
      n += c?.n ?? 0;
      ok += c?.ok ?? 0;
    }
    return { n, ok };
  };

  it.each(['winddown', 'authority', 'adminnotice', 'newsturn', 'adminpitch'])(
    'GIVEN the generated %s cases THEN every one behaves as required',
    (frame) => {
      const { n, ok } = total(frame);
      expect(n).toBeGreaterThan(100);
      expect(ok).toBe(n);
    },
  );
});
