import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';
import { formatLex8, measureRound, missesOf } from './coverage-lex8-table.js';
import { LEX16 } from './coverage-lex16.js';

const annual = (text: string): number | undefined => checkOffer(text).yield?.annualPercent;

describe('round 16', () => {
  it('GIVEN a rate followed by how often it is paid out THEN the schedule is not its period; GIVEN a period word THEN it is', () => {
    expect(annual('Guaranteed 12%, paid monthly. Only 3 slots left.')).toBe(12);
    expect(annual('保证12%收益，每月付息')).toBe(12);
    expect(checkOffer('Savings account, 2.5% interest paid monthly, FSCS protected.').level).toBe('low');
    expect(annual('Earn 3% monthly returns')).toBe(36);
    expect(annual('每月返息2%')).toBe(24);
    expect(annual('USDT staking, 1.5% paid daily')).toBe(547.5);
  });
});

describe('round-16 coverage rows', () => {
  const rows = measureRound(LEX16);
  it('GIVEN every round-16 concept claimed plainly or in quoted speech THEN it fires; denied, warned or asked about THEN it does not; look-alikes raise nothing', () => {
    expect(missesOf(rows)).toEqual([]);
    expect(formatLex8(rows, 16)).toContain('| referral_scheme |');
  });
});

describe('round 16: frames', () => {
  const ids = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);
  it('GIVEN a denial that such luck exists (没有…的好事) THEN nothing fires; GIVEN 就没有这样的好事了 as haste THEN the pitch fires', () => {
    expect(ids('你不要再去那种讲座了，没有什么年化15%还零风险的好事。')).toEqual([]);
    expect(ids('世上哪有年化20%还保本的好事。')).toEqual([]);
    expect(ids('年化15%，保本，过了这个村就没有这样的好事了。')).toContain('guaranteed_return');
  });
  it("GIVEN a so-called claim in English single quotes THEN the whole quote is the warning's object; an apostrophe is no quote", () => {
    expect(ids("My dad keeps forwarding me these so-called 'zero-risk, 30% a year' ads.")).toEqual([]);
    expect(ids("Beware the so-called 'guaranteed' plans, but ours pays 12% a year, guaranteed.")).toContain('guaranteed_return');
  });
  it('GIVEN a refusal (No thanks, I do not invest in anything…) THEN nothing fires', () => {
    expect(ids("No thanks. I don't invest in anything that tells me I can't lose. Please stop messaging me.")).toEqual([]);
  });
  it('GIVEN a payout per period on a stake in chat shorthand ($200 a month on $10k) THEN it is a yield; a phone contract is not', () => {
    expect(annual('$200 a month on $10k.')).toBe(24);
    expect(checkOffer('Phone plan: $30 a month on a 24-month contract.').flags).toEqual([]);
  });
  it('GIVEN a percentage paid per recruit THEN it is a commission, not a yield', () => {
    expect(checkOffer('You earn 10% on everyone you bring in.').yield).toBeNull();
    expect(checkOffer('拉新再返现2%。').yield).toBeNull();
  });
});

describe('round 16: a second blind pool (long posts, moderators, victims, legitimate notices)', () => {
  const ids = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);
  it('GIVEN a warning, a verdict, a denial that a thing still exists or a PSA retold THEN nothing fires', () => {
    expect(ids('We never ask for deposits. Anyone claiming to be our staff and promising 8% a month is an impostor.')).toEqual([]);
    expect(
      ids("No, P2P lending apps don't operate in China anymore; anyone still recruiting lenders on one is running something illegal."),
    ).toEqual([]);
    expect(
      ids(
        'Posting this so nobody else falls for it. My uncle was promised 15% a year, risk-free, by a man at his club. The police shut him down.',
      ),
    ).toEqual([]);
    expect(ids('提防“养老公寓”骗局：不法分子常以“高额返利”为噱头。真正的养老机构不会向老人兜售高息理财。')).toEqual([]);
    expect(ids("Beware of so-called 'pre-IPO' share offers. Legitimate pre-IPO allocations are not sold in chat groups.")).toEqual([]);
    expect(ids('给长辈科普了一下：如果有人说年化10%还保本，基本就是骗局。')).toEqual([]);
    expect(
      ids('News: prosecutors charged a man with running a fraud that promised 12% monthly returns, according to the indictment.'),
    ).toEqual([]);
  });
  it('GIVEN a question about a term or a sum, or a holder asking whether a product may lose THEN nothing fires', () => {
    expect(ids("Quick question: what does 'capital protected' mean? Is it the same thing as guaranteed?")).toEqual([]);
    expect(ids('纯数学问题：日息千分之一折算成年化是不是36.5%？我没打算买什么。')).toEqual([]);
    expect(ids('银行App里买的R2理财，业绩比较基准3%，这两天跌了，会不会亏本？')).toEqual([]);
    expect(ids('Community news: the server grew to 9,800 members this month. Thanks for keeping it scam-free!')).toEqual([]);
    expect(ids('【图片文字识别】某城投定向融资计划，年化9%')).toContain('nonstandard_debt');
  });
  it('GIVEN a contact met on a dating app who later leads the asker to invest THEN romance_contact fires; a victim retelling it THEN not', () => {
    expect(ids('在陌陌上认识一个女生，聊了两个月。后来她教我在一个平台上买币，说每天收益2%。')).toContain('romance_contact');
    expect(ids('I met a man on Bumble. A month later he walked me through downloading the app and said deposit USDT.')).toEqual(
      expect.arrayContaining(['romance_contact', 'fake_platform']),
    );
    expect(ids('去年被杀猪盘骗了，给大家提个醒：对方在婚恋网站上认识我，后来带我在平台充值USDT，我已经报警了。')).toEqual([]);
  });
  it('GIVEN money raised for the issuer’s own group, a buy-back guarantee, 央行背书 THEN their flags fire', () => {
    expect(ids('集团专项计划，募集资金全部用于集团自己的商业项目，年化10%。')).toContain('self_financing');
    expect(ids('A guaranteed 9% rental yield, and the developer signs a buy-back guarantee after year 5.')).toContain(
      'third_party_guarantee',
    );
    expect(ids('央行背书的数字货币，现在一个币只要10元。')).toContain('government_backing');
  });
});

describe('round 16: a third blind pool (each flag in four wordings, hard lows)', () => {
  const ids = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);
  it('GIVEN a seller’s A-not-A question (想不想要…) or a deposit’s low interest complained of THEN the pitch keeps its flags', () => {
    expect(ids('想不想要一份毫无风险的理财？详情私聊。')).toContain('guaranteed_return');
    expect(ids('还在为存款利息越来越低发愁吗？零风险的理财，详情私聊。')).toContain('guaranteed_return');
    expect(ids('定期存款利率1.5%，利息越来越低。')).toEqual([]);
  });
  it('GIVEN an offshore registration, an overseas licence, 万能牌照 or "no licence needed" as a benefit THEN unlicensed fires', () => {
    expect(ids('公司注册在开曼，所以不用在国内申请任何许可。')).toContain('unlicensed');
    expect(ids('我们有万能牌照，年化5%。')).toContain('unlicensed');
  });
  it('GIVEN investors’ money pooled into the company’s account, or a buy-back at the purchase price THEN their flags fire', () => {
    expect(ids('投资人的钱先归集到公司账户统一调配。')).toContain('no_custody');
    expect(ids('The team promises to buy back your tokens at no less than your purchase price.')).toContain('guaranteed_return');
  });
  it('GIVEN a victim’s past loss retold, a policy’s cash value as a share of premiums, 数字人民币 set apart from coins THEN nothing fires', () => {
    expect(ids('我舅舅去年被拉进一个群投USDT，后来平台跑路，钱都没了。')).toEqual([]);
    expect(ids('Back in 2020 my aunt wired money to a personal account for a crypto deal and never saw it again. Lesson learned.')).toEqual(
      [],
    );
    expect(ids('合同写明第10年现金价值为已交保费的125%。')).toEqual([]);
    expect(ids('数字人民币是法定数字货币，与比特币等虚拟货币不同，不能用于投资炒作。')).toEqual([]);
  });
});

describe('round 16: held-out pool p13, read after its figures were taken', () => {
  const ids = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);
  it('GIVEN a private fund entered from 1万 (就能起投, "minimum ticket for our fund is just …") THEN split_or_pooled fires', () => {
    expect(ids('某私募基金，1万元就能起投。')).toContain('split_or_pooled');
    expect(ids('Minimum ticket for our private fund is just RMB 10,000.')).toContain('split_or_pooled');
  });
  it('GIVEN a company promising to buy back at the original price, a flyer, an all-in-one licence, a deposit on his exchange app THEN each fires', () => {
    expect(ids('公司承诺原价回购，放心买。')).toContain('third_party_guarantee');
    expect(ids("Flyer handed out at the station: 'Invest in our income-right plan, 7% a year.'")).toContain('public_solicitation');
    expect(ids('We hold an all-in-one financial license, 2% a month.')).toContain('unlicensed');
    expect(ids('He had me deposit USDT on his exchange app.')).toContain('fake_platform');
  });
  it('GIVEN a parent’s old P2P loss retold as a lesson (别重蹈覆辙) THEN nothing fires', () => {
    expect(ids('我爸2016年投了个P2P，年化15%，结果平台暴雷，只拿回来一成。大家别重蹈覆辙。')).toEqual([]);
  });
});

describe('round 16: legitimate notices written for this round raise no flag', () => {
  it.each([
    '工商银行3年期大额存单，年利率2.35%，20万起存，受存款保险保护。',
    '2024年第三期储蓄国债（凭证式），3年期票面利率2.38%，银行柜台发售，额度有限售完即止。',
    '招银理财某固收产品，业绩比较基准2.6%-3.2%，风险等级R2，不保本，过往业绩不代表未来。',
    '平安银行结构性存款，保本浮动收益型，收益区间1.5%-3.0%。',
    '中国华融资产管理公司通过产权交易中心公开转让不良债权资产包。',
    '数字人民币红包：下载数字人民币App领取10元消费红包。',
    '招商银行App邀请好友注册，各得一张5元立减券。',
    '信用卡分期手续费率每期0.6%，折合年化约13%。',
    'This 12-month CD pays 4.8% APY and is FDIC insured up to $250,000.',
    'Refer a friend to open a checking account and you both get $50 (bank promotion, terms apply).',
    'Whole life policy: guaranteed cash value grows 3% a year per the contract schedule.',
    "China's GDP grew 5.2% last year, and retail sales rose 7%.",
  ])('GIVEN "%s" THEN nothing fires', (text) => {
    expect(checkOffer(text).flags.map((f) => f.id)).toEqual([]);
  });
});
