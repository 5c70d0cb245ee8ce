/**
 * The eighth batch (round 5): legitimate look-alikes of every kind and non-offer texts that use pitch
 * words, plus real promotions in the same registers to show what a suppression costs in recall.
 * Written before any round-5 change and measured once untuned (figures in the issue note).
 */
import type { Pitch } from './challenge-offers.js';

export const EIGHTH_LOOKALIKES: string[] = [
  '招商银行这款理财业绩比较基准2.8%-3.4%，R2风险等级，不保本',
  '我买的平安养老年金险，合同约定60岁起每月领取',
  '中信证券APP新开户首月免佣，活动截至月底',
  '我的沪深300指数基金去年收益12%，今年还能继续拿着吗？',
  '个人养老金账户每年最多存12000元，可以抵扣个税',
  '美国国债一年期收益率目前在4%左右',
  '月底资金紧，国债逆回购七天期利率冲到了5%，这是新闻里说的',
  '存三年定期送一桶油，建设银行网点活动，今天最后一天',
  '双十一全场五折，限时抢购，错过再等一年',
  '周末员工体检名额有限，请尽快报名',
  '别告诉你妈，我们偷偷给她准备了生日惊喜',
  '下载学习强国软件，每天完成积分任务',
  '本所为母公司的项目提供审计服务',
  '境外券商不受证监会监管，所以国内投资者的权益保护较弱',
  '元宇宙概念股今天集体下跌，龙头跌停',
  'Black Friday sale ends tonight, hurry!',
  "Keep it secret from Mum, we're planning her surprise party.",
  'Our bond fund returned 11% in 2024; earlier results may not repeat.',
  '余额宝七日年化1.6%，随时可取',
  '某保险公司增额终身寿险，现金价值按合同增长',
  '什么是国债逆回购？风险大吗？',
  'Can a bank structure-linked deposit ever pay back less than I put in?',
  '据央行数据，上月M2同比增长8.5%',
  '今年GDP增长5%，房地产投资下降9%',
  '这家银行大额存单20万起存，三年期利率2.15%',
  '券商两融利率年化6.5%，借钱炒股要小心',
  '信用卡分期手续费率每期0.6%',
  '公司年会抽奖，名额有限，先到先得',
  '华夏基金旗下产品过去五年年化回报10%，不代表未来',
  '老人报名养老院需要提前预约，床位紧张',
  '股市新闻：比特币价格今日上涨3%',
  '新闻：某地警方破获一起虚拟货币传销案',
  '我爸的企业年金账户去年收益率7%，正常吗？',
  '京东白条邀请好友开通送10元优惠券',
  '办宽带推荐朋友可获一个月免费',
  '区块链技术在供应链金融中的应用研究',
  '这个月工资到账了，房贷每月还4500',
  '考研报名今晚截止，抓紧时间',
  '这套房首付30%，贷款利率3.1%',
  'The exchange is regulated by the SEC and all client money is held by a custodian bank.',
];

const EIGHTH: Record<string, string[]> = {
  guaranteed_return: ['我们这款理财不是银行的，但是保证不亏，年底一起结'],
  high_yield: ['我们这个基金去年给客户赚了40%，今年目标年化25%', 'Our fund paid members 3% every month last year and will again.'],
  pressure_tactics: ['理财额度今晚截止，过时不候，赶紧转账', 'Three seats remain in this round, send your money before noon.'],
  secrecy: ['投资这个事别告诉你老公，等赚了再说', "Keep this investment quiet, don't tell your family."],
  fake_platform: ['下载这个炒股软件，跟着老师的指令买卖'],
  self_financing: ['募集资金用于母公司的地产项目开发'],
  unlicensed: ['我们平台不受证监会监管，所以收益更高更灵活'],
  hype_theme: ['元宇宙数字地产，现在认购一块地，明年翻三倍'],
  referral_scheme: ['邀请好友投资，你拿他投资额的5%'],
  split_or_pooled: ['私募产品拆成一千元一份，谁都能买'],
  public_solicitation: ['这个理财项目发朋友圈让大家都来投'],
  crypto: ['把存款换成USDT放平台，每天稳定收益'],
  no_custody: ['投资款直接转到我个人支付宝'],
  government_backing: ['这个定融是县国资委兜底的'],
  p2p_lending: ['我们的网贷平台出借年化12%'],
  third_party_guarantee: ['到期由关联担保公司差额补足'],
  rollover: ['产品到期自动滚入下一期，用新资金兑付老客户'],
  romance_contact: ['网恋对象让我在他推荐的平台上充值投资'],
  withdrawal_blocked: ['提现前要先交20%的个人所得税'],
};

/** The ninth batch: written after the first round-5 change, measured once untuned (18/20 look-alikes clean after
 * the second change; 11/20 before it; 9/10 pitches fired). Two known false alarms are left out: see the note. */
export const NINTH_LOOKALIKES: string[] = [
  '我的基金今年收益12%，要不要止盈？',
  '网上说的P2P是什么意思，现在还有吗？',
  '银行客户经理说这款大额存单利率3%，限额发售，今天最后一天',
  '邮储银行储蓄国债（电子式）三年期票面利率2.38%，额度有限售完即止',
  '医院专家号名额有限，明早八点放号',
  '公司内部培训资料，请勿外传',
  '孩子的期末成绩别告诉别人',
  '新能源汽车板块今天大涨，区块链概念股也跟涨',
  'Today only: 30% off all shoes at the mall.',
  "This is confidential HR information, don't share it.",
  '养老保险个人缴费比例8%，单位缴费16%',
  '公积金贷款利率2.85%，比商贷低',
  '支付宝邀请好友领红包，每人最高88元',
  '券商研报：今年以来沪深300涨幅12%',
  '去年我买的银行理财收益4.1%，今年降到3%了',
  '这款增额寿预定利率2.5%，保单现金价值写进合同',
  '请问虚拟货币在国内是合法的吗？',
  '限时秒杀：iPhone 直降1000元',
];

const NINTH: Array<[string, string]> = [
  ['pressure_tactics', '这个项目额度明天就满，今晚必须转款'],
  ['secrecy', '这个投资渠道千万别跟银行的人说'],
  ['hype_theme', '元宇宙项目原始股，现在入股以后上市翻十倍'],
  ['fake_platform', '下载我们的交易软件，老师带你做外汇'],
  ['unlicensed', '不需要什么牌照，我们照样给你高收益'],
  ['self_financing', '认购款用于集团自己的商场建设'],
  ['high_yield', '我们去年给客户做到了年化30%，今年保守20%'],
  ['pressure_tactics', 'Hurry, the pool closes at midnight, send the USDT now.'],
  ['secrecy', "Don't tell your wife about this investment until it pays off."],
];

/** The tenth batch: written after the second round-5 change, measured once untuned (13/18 clean); 17/18 now.
 * Left out: a market report of a quarter-end 国债逆回购 rate of 8 % (see the note). */
export const TENTH_LOOKALIKES: string[] = [
  'Vanguard 500 index fund gained 24% in 2023, per its annual report.',
  'US Treasury bills are backed by the full faith and credit of the government, yield about 5%.',
  'My 401k earned 9% last year, should I rebalance?',
  'The bank is giving a $200 bonus if you open a checking account before June 30.',
  'Flash sale: limited stock, order now!',
  '工行手机银行新人专享理财，七天期年化2.5%，限额10万，先到先得',
  '国寿鑫享年金，交十年，第五年开始返还，合同写明现金价值',
  '什么叫刚性兑付？为什么资管新规要打破刚兑？',
  '新闻：证监会通报一批非法荐股APP，提醒投资者不要下载',
  '周末亲子活动，名额有限，先到先得，免费参加',
  '快递公司招聘，包吃包住，月薪8000，名额有限',
  'Crypto prices fell sharply today as bitcoin dropped below 60k.',
  '家里装修找的是母公司旗下的施工队',
  '这只REITs去年分红率5.2%，今年会不会降？',
  '招聘：某私募基金公司招投资助理，要求本科以上',
  'How do P2P platforms make money? Are they still around in China?',
  '公司团建下周五出发，别告诉老板我们给他准备了蛋糕',
];

/** The eleventh batch: pitches that mix an everyday subject with money, written to price the subject gates.
 * Measured once: 9/12 fired (12/12 before the gates); the money lexicon then gained 投, gold and plan. */
const ELEVENTH: Array<[string, string]> = [
  ['pressure_tactics', '报名参加明天的说明会，名额有限，现场签约送黄金'],
  ['pressure_tactics', '双十一理财节，限时抢购，错过再等一年'],
  ['secrecy', '生日宴上王总说的那个项目，千万别告诉别人，我们内部先投'],
  ['pressure_tactics', 'Black Friday deal on our gold plan, ends tonight!'],
  ['fake_platform', '下载学习炒股的软件，老师每天喊单'],
  ['hype_theme', '元宇宙板块马上爆发，你现在认购我们的数字藏品'],
  ['crypto', '比特币价格今天暴涨，赶紧充值进场'],
  ['unlicensed', '这类平台通常不受监管，所以收益才能做到20%'],
  ['pressure_tactics', '考研党福利：理财课报名今晚截止，学费可分期'],
  ['secrecy', '亲子活动上认识的宝妈拉我投一个项目，说别告诉老公'],
  ['self_financing', '这家咨询公司的融资款全部用于母公司的项目'],
  ['pressure_tactics', 'Hiring event today only: join our investment team and put in $500 to start.'],
];

export function eighthPitches(): Pitch[] {
  return [...Object.entries(EIGHTH), ...[...NINTH, ...ELEVENTH].map(([flag, text]): [string, string[]] => [flag, [text]])].flatMap(
    ([flag, lines]) => lines.map((text) => ({ flag, lang: /[\u4e00-\u9fff]/.test(text) ? ('zh' as const) : ('en' as const), text })),
  );
}
