import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';
import { isRecruitingScheme, isStaffPay } from '../../rules/programmes.js';
import { normalizeForMatch } from '../../knowledge/text.js';
import { R9_FRAMES, R9_TEMPLATES } from './coverage-r9.js';
import { measureCoverage } from './coverage-table.js';

const ids = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);

describe('round 9: a pitch retold by someone who offers nothing', () => {
  it.each([
    ['我二姨前几年被一个同乡拉去投资，那人跟她说“保本保息，月息两分五，介绍一个人再返3%”，投了八万，后来店面关门，人也联系不上了。'],
    ['我爸被人忽悠买了个“养老项目”，人家说“国企担保，年年返12%”，结果公司早就人去楼空，钱一分没要回来。'],
    ['A man from the gym told my cousin "2% a week, and you cannot lose principal". She sent $15,000 and the site vanished in May.'],
  ])("GIVEN a victim's story of a past loss with the seller's pitch in quotes: %s THEN no flag fires", (text) => {
    const result = checkOffer(text);
    expect([result.flags.map((f) => f.id), result.level]).toEqual([[], 'low']);
  });

  it('GIVEN a victim pitched again now, asking without a question mark THEN the new demand keeps its flags', () => {
    const got = ids(
      '平台跑路后又有人在群里说交两千块“激活费”就能把钱提出来，钱要转到对方给的私人卡上，我已经交了一次还是提不了，这是不是又被骗了',
    );
    expect(got).toContain('no_custody');
  });

  it('GIVEN an old loss used as the foil of a pitch made now THEN the pitch keeps its flags', () => {
    expect(ids('前年我在P2P被骗过，钱都没拿回来，但现在这个不一样：国企担保，月息2分，保本保息。')).toContain('guaranteed_return');
  });
});

describe("round 9: a notice that describes someone else's pitch", () => {
  it.each([
    ['【小区群通知】最近有陌生人私加业主，推销所谓“城投定融、年化16%”的产品，还让把钱打到个人微信，请大家谨防上当。'],
    ['各位家长注意：最近有人私下推荐“教育金计划，保本保息，拉人返现”，本群从未授权任何人推荐理财，谨防受骗。'],
    [
      'SCAM ALERT: someone is messaging members about a "risk-free 2% a day" pool and asking for USDT sent to a personal wallet. Report them to the admins.',
    ],
    ['INVESTOR ALERT: watch out for a so-called "sure thing" at 1% per day; whoever is promising gains with no risk runs a fraud.'],
  ])('GIVEN %s THEN no flag fires and it reads as a warning', (text) => {
    const result = checkOffer(text);
    expect([result.flags.map((f) => f.id), result.framing]).toEqual([[], 'warning']);
  });

  it.each([
    ['谨防上当！认准我们持牌平台，年化15%，保本保息，私信了解。', 'guaranteed_return'],
    ['Beware of copycats! Only our official app pays 2% every day, guaranteed. DM me to join.', 'guaranteed_return'],
    ['【温馨提示】本期项目只剩最后8个名额，月息1.5分，今晚截止，请尽快打款到财务个人卡。', 'no_custody'],
  ])("GIVEN a seller's pitch dressed as a notice: %s THEN it still fires %s", (text, flag) => {
    expect(ids(text)).toContain(flag);
  });
});

describe('round 9: news that retells a scheme', () => {
  it.each([
    ['【财经快讯】多个省份本月撤销了辖区内金交所的业务资格。有关部门提醒，打着“金交所挂牌、本息无忧”旗号的理财，市民务必提高警惕。'],
    ['【本地要闻】某省撤销三家交易中心的资质，此前它们挂牌的收益权产品宣称年化10%至13%。'],
    [
      'City police held 11 suspects over an app that told users they would make 25% every month, officers said on Monday. Detectives said over 3,000 people had paid money in.',
    ],
  ])('GIVEN %s THEN no flag fires', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('GIVEN a pitch that cites closure news and speaks for its own product THEN it keeps its flags', () => {
    expect(ids('据报道金交所都关了，但我们这款产品在地方资产登记中心备案，年化10%，放心投。')).toContain('pseudo_exchange');
  });
});

describe('round 9: figures, venues and programmes that are not what they look like', () => {
  it.each([
    ['At the lender, bad loans edged up to 1.8% of the book while earnings grew 11% year on year.'],
    ['Online lending volumes declined 35% year-on-year after the new rules.'],
    ['信达资产在北京产权交易所挂牌转让一户不良债权，附抵押物清单。'],
    ['东方资产在省产权交易中心挂牌出售不良资产包，债权本息合计4亿元。'],
    ['市国资委所属企业的闲置仓库，将在市产权交易中心公开拍卖，起拍价500万元。'],
    ['我们公司的销售提成是业绩的8%，年底另有团队奖。'],
    ['Our sales staff take home 12% commission per policy sold.'],
    ['Unlike the old P2P apps, a bank deposit is insured up to 500,000 yuan.'],
  ])('GIVEN %s THEN no flag fires', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it.each([
    ['earn 12% profit a year with us', 'high_yield'],
    ['某市产权交易中心挂牌发行应收账款收益权产品，年化9.5%，1万元起投。', 'pseudo_exchange'],
    ['新用户注册送积分。介绍一位会员入会返他投入的3%，下线够五个就升主管，再拿二级奖励。', 'referral_scheme'],
    ['open an account, refer 3 friends and earn 5% of everything your downline invests', 'referral_scheme'],
    ['加入我们成为代理，销售提成10%，还有团队奖。', 'referral_scheme'],
    ['本周六在社区活动室举办养老财富讲座，到场送鸡蛋，座位名额有限，请尽快报名！', 'pressure_tactics'],
  ])('GIVEN %s THEN it fires %s', (text, flag) => {
    expect(ids(text)).toContain(flag);
  });

  it('GIVEN a recruiting structure or staff pay THEN the programme readers tell them apart', () => {
    const n = normalizeForMatch;
    expect([
      isRecruitingScheme(n('每邀请一人返2%，发展下线有二级奖励')),
      isRecruitingScheme(n('推荐好友开户，双方各得20元立减金')),
      isStaffPay(n('销售人员底薪加提成，年终奖另计')),
      isStaffPay(n('员工推荐客户投资，每推荐一人返2%')),
    ]).toEqual([true, false, true, false]);
  });

  it("GIVEN a rate after a comma in a fraudster's words in a text that offers nothing THEN it is the fraudster's", () => {
    expect(ids('骗子一开始会说区块链原始股，上市后翻十倍，等你投多了人就不见了。')).toEqual([]);
  });
});

describe('round 9 generator rows (./coverage-r9.ts)', () => {
  const table = measureCoverage();
  it.each(R9_FRAMES.map((f) => [f, R9_TEMPLATES[f].fires ? 'fire' : 'stay silent'] as const))(
    'GIVEN every flag in the %s frame THEN at least 95 in 100 cases %s as the frame requires',
    (frame) => {
      const cells = [...table.rows.values()].map((row) => row[frame]);
      const ok = cells.reduce((sum, c) => sum + c.ok, 0);
      const n = cells.reduce((sum, c) => sum + c.n, 0);
      expect(n).toBeGreaterThan(0);
      expect(ok / n).toBeGreaterThanOrEqual(0.95);
    },
  );
});
