/**
 * The fourth batch, written after the third lexicon wave and measured once, never tuned for:
 * the figure that estimates how the concepts meet a stranger's wording. Look-alikes must raise
 * no flag. Do not extend the lexicons from its misses; write a new batch instead.
 */
import type { Pitch } from './challenge-offers.js';

const BLIND: Record<string, string[]> = {
  guaranteed_return: [
    '本金我给你打包票，少一分我补一分',
    '这单绝对不会让你吃亏，到期本利全拿',
    'Even in a crash your money stays whole, that is our promise.',
  ],
  high_yield: ['存一万进去，每个月能领三百的收益', '日赚千分之五，复利滚起来很吓人', 'Make 30% in three months on this deal.'],
  exchange_channel: [
    '这单是某地金交所备案的理财计划',
    '产品编号可以在金融资产交易所官网查到',
    'Backed by a listing on a provincial financial asset exchange.',
  ],
  pseudo_exchange: [
    '项目在某产权登记中心登记，相当于官方认证',
    '资产登记中心出具了登记证书',
    'Each note carries a filing number from an asset registration platform.',
  ],
  government_backing: [
    '区财政每年拨款还本付息，稳的',
    '这是国有平台公司发的，地方政府托底',
    'Repayment comes from the city budget, so it cannot fail.',
  ],
  nonstandard_debt: [
    '某地产公司的债权收益权，年化8%',
    '定融项目，融资方是区属国企',
    'You subscribe to a private debt plan issued by a developer.',
  ],
  self_financing: [
    '钱募来直接给老板的另一个公司还贷款',
    '资金投向我们自己的矿山',
    'Your money goes straight into the boss’s other companies.',
  ],
  public_solicitation: [
    '明天小区广场扫码送鸡蛋，顺便介绍个理财',
    '我在抖音直播讲这个项目，欢迎来看',
    'We advertise this plan on TikTok every evening.',
  ],
  split_or_pooled: ['资金进入统一的资金池滚动使用', '这个私募一千块就能上车', 'Minimum ticket is only 500 dollars for this private deal.'],
  no_custody: [
    '钱转到这个人名下的卡，他是我们的出纳',
    '别走对公，直接给我现金更方便',
    'Send USDT to my wallet address and I will credit you.',
  ],
  referral_scheme: [
    '团队做到一百万业绩，每月多拿两万',
    '你下面的人再拉人，你也有分成',
    'Build your team and you earn on three levels below you.',
  ],
  pressure_tactics: ['这个价格只保留到今晚', '名额剩得不多，晚了就进不去了', 'Decide by tonight or the rate goes back up.'],
  unlicensed: [
    '我们暂时没拿到牌照，但不影响兑付',
    '不归银保监管，所以收益高',
    'We operate without any financial licence, that keeps costs low.',
  ],
  p2p_lending: [
    '网上出借平台，出借一年给12%',
    '借款人都是做生意的小老板，平台撮合',
    'Our peer lending app lets you fund small business loans.',
  ],
  crypto: ['买这个币，明年翻一百倍', '把钱换成U，打到平台地址', 'Put your savings into our coin staking pool.'],
  fake_platform: ['老师带你炒美股，一天赚一个点', '下载这个炒黄金的APP，客服指导你', 'Our trading coach tells you exactly when to buy.'],
  withdrawal_blocked: [
    '出金需要先交个人所得税10%',
    '提现被退回了，要交钱认证银行卡',
    'To unlock your balance, pay the anti-money-laundering fee first.',
  ],
  third_party_guarantee: [
    '如果到期还不上，担保公司全额代偿',
    '有大型集团出具兜底函',
    'An insurance company guarantees the full repayment.',
  ],
  rollover: ['前面客户的收益用后面客户的本金发', '到期了不取就自动续下一期', 'Payouts to existing members come from new members joining.'],
  secrecy: ['这是我们内部的产品，别对外说', '只有VIP客户能拿到，别告诉其他人', 'This is an off-the-record deal, tell no one.'],
  romance_contact: [
    '网恋对象说他在交易所上班，让我跟着买',
    '微信上加的陌生帅哥，天天教我理财',
    'The man I chat with online wants me to open an account on his platform.',
  ],
  hype_theme: ['原始股认购，公司明年上市', '投资养老社区，买会员卡返利息', 'Invest in the metaverse land sale before it sells out.'],
};

export const BLIND_LOOKALIKES: string[] = [
  '建设银行整存整取五年期利率1.8%，受存款保险保障',
  '储蓄国债（电子式）五年期，按年付息，票面2.5%',
  '某银行理财产品，业绩比较基准3.0%，R2风险，不保证收益',
  '货币基金七日年化1.8%，T+1到账',
  '年金险合同约定每年领取，具体以合同为准',
  '在深交所上市的国债ETF',
  '东方资产管理公司转让债权公告',
  '数字人民币试点红包活动',
  'A savings bond from the Ministry of Finance pays 2.3% a year.',
  'Bank certificate of deposit, 3 years, 2.1%, insured.',
];

export function blindPitches(): Pitch[] {
  return Object.entries(BLIND).flatMap(([flag, lines]) =>
    lines.map((text) => ({ flag, lang: /[\u4e00-\u9fff]/.test(text) ? ('zh' as const) : ('en' as const), text })),
  );
}
