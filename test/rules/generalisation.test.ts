import { describe, expect, it } from 'vitest';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';
import { checkOffer } from '../../rules/check-offer.js';

// Flags beyond the contract (fake_platform, withdrawal_blocked) count as "other flags" for the level,
// as the spec's level rule says: alone they make an offer medium.
// Offers written for these tests (not from the dev set): pitches in several styles and the
// legitimate products that look like them. Each states the level and the exact flags expected.
const registry = loadDefaultRegistry();
const check = (text: string): { level: string; flags: string[] } => {
  const result = checkOffer(text, { registry });
  return { level: result.level, flags: result.flags.map((f) => f.id).sort() };
};

describe('invented pitches', () => {
  it.each([
    ['某县城投定融项目，年息1分2，季度付息，政府兜底。', 'high', ['government_backing', 'high_yield', 'nonstandard_debt']],
    [
      '某产登信息服务有限公司备案的收益权产品，年化10.5%，5万起投。',
      'high',
      ['high_yield', 'nonstandard_debt', 'pseudo_exchange', 'split_or_pooled'],
    ],
    ['某某产权交易中心挂牌的债权收益权，年化9%，10万起。', 'high', ['high_yield', 'nonstandard_debt', 'pseudo_exchange']],
    ['天津某金交所备案产品，年化8%，100%兑付。', 'high', ['exchange_channel', 'guaranteed_return', 'high_yield']],
    ['老师带单炒外汇，下载MT5，日收益3%，提现要先交解冻费。', 'high', ['fake_platform', 'high_yield', 'withdrawal_blocked']],
    ['网恋对象推荐的投资平台，稳赚不赔，现在无法提现。', 'high', ['guaranteed_return', 'romance_contact', 'withdrawal_blocked']],
    ['内部额度，不要告诉别人，养老项目月息3分。', 'high', ['high_yield', 'hype_theme', 'secrecy']],
    ['担保公司全额担保，到期回购，年化9.8%。', 'high', ['high_yield', 'third_party_guarantee']],
    ['借新还旧滚动发行的定向融资计划，年化11%。', 'high', ['high_yield', 'nonstandard_debt', 'rollover']],
    ['区块链理财，原始股即将上市，一年翻番。', 'high', ['high_yield', 'hype_theme']],
    ['We guarantee 20% monthly returns, send USDT to this wallet.', 'high', ['crypto', 'guaranteed_return', 'high_yield', 'no_custody']],
    [
      'A friend I met on a dating app suggested a crypto platform with 2% daily returns.',
      'high',
      ['crypto', 'high_yield', 'romance_contact'],
    ],
    ['Invest $500, earn 10% a week, invite friends for bonus.', 'high', ['high_yield', 'referral_scheme']],
    ['每周收益百分之二，拉5个人返佣。', 'high', ['high_yield', 'referral_scheme']],
    ['某平台已有超过500人投资，日收益万分之八。', 'high', ['high_yield', 'split_or_pooled']],
    [
      '某财富公司理财师在微信群推荐定融，年化8.5%-10%，打到公司账户。',
      'high',
      ['high_yield', 'no_custody', 'nonstandard_debt', 'public_solicitation'],
    ],
    ['国资背景的供应链金融项目，应收账款收益权转让，年化7.5%。', 'medium', ['government_backing', 'high_yield', 'nonstandard_debt']],
    ['投资10万，每月返3000元利息，钱打到老板个人微信。', 'high', ['high_yield', 'no_custody']],
    ['这个产品号称保本保息，年化13%。', 'high', ['guaranteed_return', 'high_yield']],
    ['某财富公司电话推销的理财，年化7%。', 'medium', ['high_yield', 'public_solicitation']],
    ['比银行定期存款更安全，保本保息，年化12%。', 'high', ['guaranteed_return', 'high_yield']],
    ['养老机构推出会员卡，预付10万每年返息1.2万。', 'high', ['high_yield', 'hype_theme']],
    [
      'Risk-free investment with fixed 12% annual interest, registered with a local asset registration center.',
      'high',
      ['guaranteed_return', 'high_yield', 'pseudo_exchange'],
    ],
    [
      'Buy our directed financing plan, 9% per annum, backed by the city government, minimum 10,000 yuan.',
      'high',
      ['government_backing', 'high_yield', 'nonstandard_debt', 'split_or_pooled'],
    ],
    ['Pay a 20% tax before you can withdraw your profits.', 'medium', ['withdrawal_blocked']],
    // A chat app's group is a public channel in English as 微信群 is in Chinese (round 12: concepts-lex12.json).
    ['Join our WhatsApp group, our mentor shares inside information on stocks.', 'medium', ['fake_platform', 'public_solicitation']],
    ['Transfer the deposit to my personal account today, offer ends tonight.', 'high', ['no_custody', 'pressure_tactics']],
    ['入会费3980元，发展两个会员返本，再拉人拿层级奖。', 'high', ['referral_scheme']],
    ['同事在微信上推荐一个项目，月息1分8，钱打到他老婆的卡上，可以吗？', 'high', ['high_yield', 'no_custody', 'public_solicitation']],
    ['一家投资咨询公司打电话说有个关联公司的项目，年化7%。', 'medium', ['high_yield', 'public_solicitation', 'self_financing']],
    ['注册在开曼群岛的数字货币交易所，有全球牌照，三个月翻倍。', 'high', ['crypto', 'high_yield', 'unlicensed']],
    ['平台未取得任何金融牌照，年化12%。', 'high', ['high_yield', 'unlicensed']],
    ['持有美国MSB牌照的数字货币平台。', 'high', ['crypto', 'unlicensed']],
    ['A government-backed project paying 10% a year.', 'high', ['government_backing', 'high_yield']],
    [
      '某某备案中心备案的私募债，年化8.5%，政府背景，本金安全。',
      'high',
      ['government_backing', 'guaranteed_return', 'high_yield', 'nonstandard_debt', 'pseudo_exchange'],
    ],
    ['公司员工内部认购，年化18%，资金进资金池滚动使用。', 'high', ['high_yield', 'rollover', 'secrecy', 'split_or_pooled']],
  ])('GIVEN %j THEN level %s with flags %j', (text, level, flags) => {
    expect(check(text)).toEqual({ level, flags });
  });
});

describe('legitimate look-alikes never fire', () => {
  it.each([
    '某银行结构性存款，保本浮动收益，预期年化1.5%-3.2%。',
    '大额存单20万起存，年利率2.15%，受存款保险保障。',
    '货币基金七日年化2.1%，随时赎回。',
    '银行理财子公司现金管理类产品，七日年化2.3%。',
    '本产品非保本浮动收益型，业绩比较基准3.0%，风险等级R2。',
    '某保险公司增额终身寿险，现金价值写入合同，预定利率2.5%。',
    '储蓄国债（电子式），3年期，票面利率2.38%。',
    '在上交所上市的公司债，票面利率3.2%。',
    '深交所、北交所上市的股票，今年涨幅10%。',
    '中金所国债期货、郑商所棉花期货、大商所豆粕期货、上期所铜期货。',
    '中国华融资产管理公司处置不良资产包。',
    '信达资产、长城资产、东方资产公开转让债权。',
    '用数字人民币App支付，满减优惠。',
    '北京产权交易所挂牌转让国有股权，底价5000万元。',
    '某私募基金，合格投资者，300万起投，银行托管，不保本。',
    '某公募基金已有5000名投资者，年化波动率12%。',
    '存款利率下调，GDP增长5%，手续费0.5%。',
    'A money market fund yielding 1.8%, not guaranteed, redeemable daily.',
    '下载手机银行APP购买大额存单。',
    '保险公司承保的车险，保费3000元。',
    'Certificate of deposit 2.1% p.a., principal guaranteed by deposit insurance.',
    '券商收益凭证，本金保障型，年化2.8%。',
    '国债逆回购年化2%。',
    '资管新规要求打破刚兑，无风险利率下行。',
    '私募基金管理人已在中国证券投资基金业协会登记备案，合格投资者100万起投。',
    '医保个人账户余额可用于购药。',
    '离岸人民币汇率走强。',
    '输入短信验证码完成开户。',
    '香港上市公司宣布股票拆分。',
    '经国家金融监督管理总局批准设立的银行。',
    'The government regulates banks; government bonds yield 2.3%.',
    'Bank wealth management product, performance benchmark 3.1%, not principal-protected.',
    'Treasury bonds at 2.3%, bought through your bank.',
    '七日年化收益率1.9%的货币基金，不保本，每万份收益0.5元。',
  ])('GIVEN %j THEN level low and no flag', (text) => {
    expect(check(text)).toEqual({ level: 'low', flags: [] });
  });
});

describe('evidence', () => {
  it('GIVEN a mixed-width, traditional-script offer THEN every evidence span is the exact original words', () => {
    const text = '某資產登記備案中心，ＵＳＤＴ理財，保本保息，月息２分，轉到個人賬號。';
    const result = checkOffer(text, { registry });
    expect(result.flags.map((f) => f.id).sort()).toEqual(['crypto', 'guaranteed_return', 'high_yield', 'no_custody', 'pseudo_exchange']);
    for (const flag of result.flags) for (const e of flag.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(result.yield).toMatchObject({ annualPercent: 24, text: '月息２分' });
  });
});
