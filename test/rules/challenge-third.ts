/**
 * A third batch, written after two lexicon waves and measured once untuned (36/66 = 0.55 fired);
 * the third wave was then written from its misses, so it now counts as tuned. Livestream patter,
 * typos, full-width digits and chat shorthand on purpose. Look-alikes must raise no flag.
 */
import type { Pitch } from './challenge-offers.js';

const THIRD: Record<string, string[]> = {
  guaranteed_return: [
    '家人们这个产品亏了算我们平台的，本金妥妥的',
    '投进去的钱只会多不会少',
    'Zero chance of losing your capital, we cover everything.',
  ],
  high_yield: ['月化收益４％，一年下来就是48个点', '每万元每天收益30元', 'We pay 20 percent a year, every year.'],
  exchange_channel: [
    '这个是金交所那边出的产品，收益稳',
    '某金融资产交易中心挂出来的项目',
    'It trades on a local exchange for financial assets.',
  ],
  pseudo_exchange: [
    '在某某资产登记中心备过案的，你放心',
    '产权交易中心发行的债权项目，一年期',
    'The notes were filed at a so-called asset registration centre in Shenzhen.',
  ],
  government_backing: [
    '县里的平台公司融资，出了事政府会管',
    '国企控股，财政兜底，比银行还稳',
    'The county government is behind this bond.',
  ],
  nonstandard_debt: [
    '收益权转让项目，一年期，季度付息',
    '这是私募债，我们直接卖给老百姓',
    'Buy a slice of the receivables of a construction firm.',
  ],
  self_financing: ['这笔钱就是给我们老板的新厂子用的', '我们集团自己融资，不经过银行', 'All proceeds fund our sister companies.'],
  public_solicitation: [
    '各位宝子，点击直播间下方小黄车了解项目',
    '叔叔阿姨们，明早公园有免费体检，顺便讲讲理财',
    'Text INVEST to this number to learn more.',
  ],
  split_or_pooled: [
    '一百块也能投，人人都能参与私募',
    '客户的钱都放一起，我们来调配',
    'Your money goes into a common pool with other members.',
  ],
  no_custody: ['直接打到我支付宝，别走公司', '款项请汇入法人个人账户', 'Pay in cash to our agent, he will give you a receipt.'],
  referral_scheme: [
    '拉满5个人就能升级拿分红',
    '介绍亲戚来投，按他们投的钱给你3%',
    'Recruit two people and your membership pays for itself.',
  ],
  pressure_tactics: ['手慢就没了，今晚八点关闭通道', '最后一批额度，抢到就是赚到', 'Spots are nearly gone, lock yours in tonight.'],
  unlicensed: [
    '我们虽然没有金融牌照，但合同有效',
    '公司是在英属维尔京群岛注册的',
    'No regulator has approved this, but that is why returns are high.',
  ],
  p2p_lending: [
    '这个app是借钱给别人赚利息的，年化11',
    '把钱借给平台上的借款人，按月回款',
    'Our platform matches your savings with people who need loans.',
  ],
  crypto: ['充U就能参加，日收益2%', '这个链上项目马上发币，先埋伏', 'Buy the coin now, it will 100x after listing.'],
  fake_platform: ['跟着群里老师买，保证你赚', '下载我发的app，老师手把手带单', 'My mentor gives us signals in a Telegram channel.'],
  withdrawal_blocked: [
    '提现要先刷够三倍流水',
    '您的资金被锁定，需缴纳10%的个税才能解锁',
    'Your withdrawal is on hold until you pay the compliance fee.',
  ],
  third_party_guarantee: [
    '某担保公司出具了担保函',
    '实际控制人签了回购协议，到期按原价收回',
    'A guarantee firm promises to repay if the issuer cannot.',
  ],
  rollover: [
    '这一期的兑付要等下一期募满',
    '到期的客户可以直接转下一期，不用赎回',
    'We use incoming deposits to pay out the maturing ones.',
  ],
  secrecy: ['这事你知我知，别往外传', '内部员工价，外人拿不到', 'Please keep this offer confidential, it is for insiders.'],
  romance_contact: [
    '网上认识的小姐姐让我在她的平台充钱',
    '在探探上聊的男生带我买虚拟币',
    'The girl I met on Instagram says her uncle runs an investment app.',
  ],
  hype_theme: ['养老项目投10万，每年返1万，还送床位', '买商品返现，消费就是投资', 'An AI-powered blockchain fund for retirees.'],
};

export const THIRD_LOOKALIKES: string[] = [
  '农业银行一年期整存整取利率1.45%',
  '某银行理财“稳享”系列，业绩比较基准2.6%，非保本浮动收益',
  '国债期货在中金所交易，保证金比例2%',
  '信达资产管理公司公开挂牌转让不良债权',
  '北京产权交易所挂牌转让国有股权',
  '支付宝余额宝七日年化1.7%',
  '分红险的红利不保证，以实际为准',
  '银行客户经理电话回访：您的定期存款下周到期',
  'Fixed deposit at a state bank: 1.8% for one year, insured under the national deposit scheme.',
  'The bond fund returned 3.1% over the past year; past performance is not indicative of future results.',
];

export function thirdPitches(): Pitch[] {
  return Object.entries(THIRD).flatMap(([flag, lines]) =>
    lines.map((text) => ({ flag, lang: /[\u4e00-\u9fff]/.test(text) ? ('zh' as const) : ('en' as const), text })),
  );
}
