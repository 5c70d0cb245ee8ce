import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';
import { compileConcepts, findConcepts } from '../../rules/concepts.js';
import { normalizeForMatch } from '../../knowledge/text.js';
import { formatLex8, measureRows } from './coverage-lex8-table.js';
import { LEX9_LOOKALIKES, LEX9_SLOTS, lex9Claims } from './coverage-lex9.js';

// Round-9 recall on the causes fresh authors share: examples written for these tests.
const ids = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);

describe('round-9 concepts: whose company borrows, safety denied, lateness, pooling, cold calls', () => {
  it.each([
    ['self_financing', '本产品的借款方是我们董事长控股的建材公司，年化9%。'],
    ['self_financing', 'The money is lent to our sister companies for their projects, 9% a year.'],
    ['guaranteed_return', '这款债权绝不会违约，年化8%。'],
    ['guaranteed_return', '到期本息百分之百返还，请放心认购。'],
    ['guaranteed_return', 'Principal stays completely safe with us, 9% a year.'],
    ['pressure_tactics', '年化十个点的额度，来晚了就轮不到了。'],
    ['pressure_tactics', '认购请务必周四之前打款，年化9%。'],
    ['referral_scheme', '每介绍一个同事来投，额外加息0.5%。'],
    ['split_or_pooled', '会员的本金进来后都交给我们自行管理，收益更高。'],
    ['split_or_pooled', 'The platform allocates all the funds as it sees fit, 12% returns.'],
    ['public_solicitation', '您好，这里是金穗财富，想给您介绍一款年化9%的产品。'],
    ['public_solicitation', "Hi, I'm calling from Northgate Capital about a 10% note."],
    ['nonstandard_debt', '这期理财底层是一笔企业借款，年化9%。'],
    ['nonstandard_debt', '公司推出股东借款计划，年化10%。'],
    ['government_backing', '该产品兑付方为区属平台公司，年化7%。'],
    ['no_custody', '认购款请汇到我们的对公账户，年化9%。'],
    ['no_custody', 'Subscriptions are paid into our operating account, 10% a year.'],
    ['no_custody', 'Investor funds are not escrowed, 11% a year.'],
    ['unlicensed', '搞私募理财哪需要什么金融牌照，年化12%。'],
    ['hype_theme', '消费区块链项目，投一万年化15%。'],
  ])('GIVEN %s worded as "%s" THEN it fires', (flag, text) => {
    expect(ids(text)).toContain(flag);
  });

  it.each([
    '世上不存在零风险的投资，请理性配置。',
    '读书会过了周五就不收报名表了。',
    '您好，这里是市图书馆，您借的书到期了。',
    '报销款请转入公司指定账户。',
    '班费由班长统一管理。',
    'Our new app is completely safe to download.',
    'Our parent company guarantees the quality of its products.',
    'The gym membership is 30 dollars a month after all fees.',
  ])('GIVEN an everyday text with the same slot words (%s) THEN no flag fires', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it.each([
    ['这笔资金不会借给我们老板控股的公司，用途见合同。', 'self_financing'],
    ['警惕“来晚了就没份了”这类催促打款的话术。', 'pressure_tactics'],
    ['Be wary of claims that the company allocates all the funds itself.', 'split_or_pooled'],
  ])('GIVEN a negated or warned wording (%s) THEN %s does not fire', (text, flag) => {
    expect(ids(text)).not.toContain(flag);
  });
});

describe('round-9 yields and look-alike guards', () => {
  it.each([
    ['投一万U每天返三十U', 109.5],
    ['年化九厘，按季付息', 9],
    ['月利率八厘', 9.6],
    ['每个月都有一分多的利息', 12],
    ['The fund targets 9.5% a year net of fees.', 9.5],
    ['扣除费用后年化7.5%', 7.5],
  ])('GIVEN "%s" THEN the yield reads %s %%/yr', (text, percent) => {
    expect(checkOffer(text).yield?.annualPercent).toBeCloseTo(percent, 1);
  });

  it('GIVEN a fee stated as a rate THEN it is still no yield', () => {
    expect(checkOffer('management fee 2% a year').yield).toBeNull();
  });

  it('GIVEN a downline scheme beside a loyalty-points word THEN referral_scheme still fires; a plain points programme stays clean', () => {
    expect(ids('注册送积分，每推荐一人返3%，发展下线还有层级奖励。')).toContain('referral_scheme');
    expect(ids('消费满100元送积分，推荐好友注册再送500积分')).toEqual([]);
  });

  it('GIVEN a note on a 金交所 sold from 20,000 yuan, in English THEN the low entry is a private one', () => {
    expect(ids('Our 8% note trades on the Tianjin FAE; the minimum ticket is 20,000 yuan.')).toContain('split_or_pooled');
  });

  it('GIVEN a bond deal with a deadline that names a counterparty THEN haste still fires', () => {
    expect(ids('Our counterparty is a strong SOE and the bond is solid; I can hold your slot only until Friday noon.')).toContain(
      'pressure_tactics',
    );
  });
});

describe('concept slots: English words with regular endings', () => {
  const [concept] = compileConcepts([{ slots: [['we'], ['guarantee', 'invite', 'custody']], gap: 4, scope: 'clause', order: 'fixed' }]);
  const matches = (text: string): string[] => findConcepts(text, normalizeForMatch(text), [concept!], []).map((o) => o.text);

  it.each(['we guarantee', 'we guarantees', 'we guaranteed', 'we inviting', 'we invited', 'we custodied'])(
    'GIVEN "%s" THEN a later slot matches its inflected form',
    (text) => {
      expect(matches(text)).toEqual([text]);
    },
  );

  it('GIVEN a longer word that only starts with a slot word THEN it does not match', () => {
    expect(matches('we guaranteeship')).toEqual([]);
  });

  it('GIVEN a first-slot verb in the past tense THEN it is not the imperative it lists', () => {
    const [install] = compileConcepts([{ slots: [['install'], ['app']], gap: 4, scope: 'clause', order: 'fixed' }]);
    const text = 'he installed the app';
    expect(findConcepts(text, normalizeForMatch(text), [install!], [])).toEqual([]);
  });
});

describe('round-9 coverage rows', () => {
  const rows = measureRows(LEX9_SLOTS, LEX9_LOOKALIKES, lex9Claims);
  it('GIVEN every round-9 concept claimed plainly or in quoted speech THEN it fires; warned THEN it is blocked; look-alikes raise nothing', () => {
    const misses = [...rows].flatMap(([flag, row]) =>
      Object.entries(row)
        .filter(([, c]) => c.ok < c.n)
        .map(([col, c]) => `${flag}/${col} ${c.ok}/${c.n}`),
    );
    expect(misses).toEqual([]);
    expect(formatLex8(rows, 9)).toContain('| self_financing |');
  });
});
