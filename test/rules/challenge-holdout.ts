/**
 * A second batch of pitches, written after the lexicons were extended for ./challenge-offers.ts
 * and measured once without tuning for them: the honest estimate of how the concepts generalise
 * to wordings nobody fitted. Also more legitimate texts that use pitch-like words (bank and
 * broker marketing, past fund performance, insurance sales, rent), which must raise no flag.
 */
import type { Pitch } from './challenge-offers.js';

const HELD: Record<string, string[]> = {
  guaranteed_return: [
    '收益写在合同里，到期一分不差地给你',
    '放心大胆投，出了问题公司全额赔付',
    'You will get every penny back plus interest, we guarantee it.',
  ],
  high_yield: ['一个月利息百分之二点五，当月结清', '十万块放一年，到手利息三万', 'It pays 1.5% a week, that is how we beat the banks.'],
  exchange_channel: [
    '这款产品是在金交所登记的债权',
    '由某地金融资产交易中心备案发行',
    'Registered on a Wuhan exchange for financial assets.',
  ],
  pseudo_exchange: [
    '产品已在某某产权交易中心登记备案',
    '通过资产登记中心挂牌，手续齐全',
    'Our filing sits with an asset registration center, so it is official.',
  ],
  government_backing: ['这是开发区管委会的项目，政府兜着', '城投公司的债，背后有财政', 'The local finance bureau backs this plan.'],
  nonstandard_debt: ['城投定融，两年期，按季付息', '购买的是应收账款的收益权', 'This is a directed financing plan, not a bank product.'],
  self_financing: ['募来的钱投到老板自己的楼盘', '资金给集团下属的工厂周转', 'The funds are used by companies our founder owns.'],
  public_solicitation: [
    '帮我把这个链接转到你们家族群',
    '下周三社区活动中心有理财讲座，送礼品',
    'Share this poster in all your WeChat groups.',
  ],
  split_or_pooled: [
    '私募份额拆成小份卖，两千就能买',
    '所有人的钱统一放进公司的大账户运作',
    'Your deposit is pooled with everyone else and we trade it.',
  ],
  no_custody: ['把钱转到我表弟的卡上，他是财务', '直接微信转给我，我给你记账', 'Wire it to my own bank account, it is faster.'],
  referral_scheme: ['拉三个人进来本金就回来了', '你带的人投资，你拿千分之五的提成', 'Every friend you sign up earns you a 5% cut.'],
  pressure_tactics: ['下午三点前不打款名额就给别人了', '只剩两个位置了，你赶紧定', 'Last call, the window shuts on Friday.'],
  unlicensed: ['我们公司没有拿到金融许可，但有营业执照', '牌照在塞舌尔，国内不需要', 'We are not licensed here, our licence is in Dubai.'],
  p2p_lending: [
    '平台撮合借款人，你当出借人赚利息',
    '网贷平台新手标年化12%',
    'Lend money to individuals through our app and earn interest.',
  ],
  crypto: ['充值USDT进平台，每日返币', '挖矿收益每天结算，矿机我们托管', 'Get in on the token presale before it moons.'],
  fake_platform: ['加老师微信，带你做港股打新', '我们分析师在群里实时喊单', 'Install the app from my link and copy my trades.'],
  withdrawal_blocked: [
    '你的提款被风控了，交5000保证金就放行',
    '要先把税费补上才能把钱提出来',
    'You need to pay a clearance fee before the funds are released.',
  ],
  third_party_guarantee: [
    '集团大股东承诺差额补足',
    '到期不兑付由担保公司代偿',
    'An insurer underwrites the repayment if the borrower defaults.',
  ],
  rollover: ['老项目的兑付靠新项目的募集资金', '到期后本金自动转入下一期', 'Earlier investors are paid from the money of new ones.'],
  secrecy: ['这个额度不对外，你自己知道就好', '别跟你女儿讲，年轻人不懂', 'Keep this between us, it is not for everyone.'],
  romance_contact: [
    '在婚恋网站认识的男友带我在他的平台投资',
    '网友教我炒币，说一起赚钱结婚',
    'A guy I met on a dating site got me into his trading platform.',
  ],
  hype_theme: ['养老院床位认购，每年返还租金', '公司原始股，上市后翻十倍', 'Buy shares before the IPO and make ten times.'],
};

export const HOLDOUT_LOOKALIKES: string[] = [
  '招商银行大额存单，三年期2.35%，20万起存，限时发售',
  '新客专享：银行App七天理财，业绩比较基准2.5%，不保本',
  '该基金过去一年收益12%，过往业绩不代表未来',
  '沪深300指数基金近五年年化回报7%，基金有风险，投资须谨慎',
  '某保险公司年金险，保证领取20年，现金价值按合同',
  '券商直播间投教课程：认识国债和可转债',
  '房东说：房租每月3000元，转到我的银行卡',
  '国债逆回购年化收益2%，在上交所交易',
  '储蓄国债本期额度有限，售完为止',
  '信用卡分期手续费率每月0.6%',
  '银行理财经理推荐：R2固收+产品，业绩比较基准3.5%-4.5%',
  '个人养老金可以买养老理财、养老目标基金',
  'Our bank is offering a limited-time 2.8% rate on 12-month CDs.',
  'The index fund returned 9% last year; past performance is no guarantee.',
  'Open a savings account this week and get a 1.5% welcome rate.',
];

export function holdoutPitches(): Pitch[] {
  return Object.entries(HELD).flatMap(([flag, lines]) =>
    lines.map((text) => ({ flag, lang: /[\u4e00-\u9fff]/.test(text) ? ('zh' as const) : ('en' as const), text })),
  );
}
