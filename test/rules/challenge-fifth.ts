/**
 * The fifth batch, written at the start of round 4 before any change of that round and measured
 * once untuned: the round's own held-out estimate of how the lexicons meet new wording. Do not
 * extend the lexicons from its misses; write a sixth batch instead. Look-alikes and warnings must
 * raise no flag.
 */
import type { Pitch } from './challenge-offers.js';

const FIFTH: Record<string, string[]> = {
  guaranteed_return: [
    '亏了算公司的，赚了算你的，本钱一分不会少',
    '签了协议，到期连本带利一次性还你，白纸黑字',
    'We promise you will get every cent back plus the agreed interest.',
  ],
  high_yield: [
    '放五万进来，每个季度分你四千',
    '年回报做到了百分之二十五，比存银行强多了',
    'Earn 1.2% every single week, paid to your wallet.',
  ],
  exchange_channel: [
    '这款是在地方金融资产交易中心挂的，手续齐全',
    '通过金交所发行，每一期都有编号',
    'The product is issued via a regional financial assets exchange centre.',
  ],
  pseudo_exchange: [
    '在某某资产登记结算中心做了备案，可以放心',
    '产品在权益登记平台挂牌，非常正规',
    'Each unit carries a record number from an equity filing centre.',
  ],
  government_backing: [
    '县里的城投公司发行，财政局出了承诺函',
    '背后是市国资委，政府不会让它出事',
    'The local government stands behind this bond, it is state money.',
  ],
  nonstandard_debt: [
    '认购某城投应收账款收益权，期限两年',
    '这是一款定向融资产品，面向合格会员',
    'You buy a share of the receivables income right of a developer.',
  ],
  self_financing: [
    '募集的钱用于集团旗下楼盘的开发建设',
    '资金给我们董事长控股的公司周转',
    'Funds raised go to finance our parent group’s own projects.',
  ],
  public_solicitation: [
    '这篇推文大家帮忙转发到各自的群里',
    '我们在老年大学开投资讲座，听课送米送油',
    'We cold-call people from a list and pitch the plan on the phone.',
  ],
  split_or_pooled: [
    '把一笔大额私募拆成很多份小额，人人都能买',
    '所有投资人的钱统一放进公司账户，集中调配',
    'Entry starts at 1,000 yuan for this private placement.',
  ],
  no_custody: ['款项请汇到财务小王的个人支付宝', '钱直接打给我，我帮你统一买', 'Transfer the money to my personal bank account please.'],
  referral_scheme: [
    '每介绍一个客户进来，你拿他投资额的3%',
    '升级成合伙人以后，团队业绩都有你的提成',
    'Bring in two new members and you move up a level with bigger payouts.',
  ],
  pressure_tactics: [
    '活动周五截止，过了就恢复原价',
    '只剩最后三个名额，抓紧时间打款',
    'Only a few spots are left, you have to decide today.',
  ],
  unlicensed: [
    '我们是在开曼注册的，不需要国内的批文',
    '公司没有金融许可证，但是老板关系硬',
    'We are not regulated by any authority, which is why returns are high.',
  ],
  p2p_lending: [
    '这是一个个人对个人的借贷平台，出借人赚利息',
    '网贷平台的优质标，年化9%',
    'Lend money to borrowers directly through our P2P marketplace.',
  ],
  crypto: ['挖矿机托管，每天产币', '充值泰达币参与新币认购', 'Buy our token now during the presale, it will list soon.'],
  fake_platform: [
    '进群跟着分析师老师操作，稳赚',
    '安装这个外汇交易软件，导师每天喊单',
    'Join the VIP stock group, our mentor shares insider tips daily.',
  ],
  withdrawal_blocked: [
    '账户被冻结了，交百分之二十的保证金才能解冻',
    '想取钱要先缴纳个税和手续费',
    'Your withdrawal is on hold until you pay the verification fee.',
  ],
  third_party_guarantee: [
    '由融资担保公司提供全额连带责任担保',
    '大股东签了差额补足协议，到期一定兑付',
    'A guarantee company has signed to cover any shortfall.',
  ],
  rollover: [
    '这一期的本息靠下一期募集的资金来兑付',
    '产品到期直接滚入下一期，利息继续算',
    'Old investors are repaid with money from the next round of investors.',
  ],
  secrecy: ['这是内部名额，千万不要外传', '别跟你老公说，等赚了钱再给他惊喜', 'Keep this between us, do not mention it to your bank.'],
  romance_contact: [
    '在交友软件上认识的男朋友，带我一起投资数字货币',
    '婚恋网站上认识的对象，让我在他推荐的平台充值',
    'My online girlfriend showed me her profits and asked me to join her platform.',
  ],
  hype_theme: ['认购这家公司的原始股，上市后翻十倍', '养老项目入会，每月返还会员费', 'Get in early on this AI blockchain wealth plan.'],
};

export const FIFTH_LOOKALIKES: string[] = [
  '招商银行大额存单，三年期年利率2.15%，纳入存款保险',
  '农行手机银行新客理财专区，业绩比较基准2.8%，产品不保本',
  '这只沪深300指数基金过去五年年化6%，过往业绩不代表未来表现',
  '上期所黄金期货主力合约今日上涨1%',
  '某保险公司增额终身寿险，现金价值以合同为准',
  '华融资产发布不良债权转让公告',
  '风险提示：凡是承诺保本高收益、拉人头返利的，都是非法集资',
  '警方提醒：陌生网友推荐的投资平台，一律不要充值',
  'Reminder from the bank: we never ask you to move money to a personal account.',
  'Warning: anyone promising guaranteed 20% returns is running a scam.',
  '信用卡分期手续费率0.6%/月，可提前还款',
  '公司今年营收同比增长15%，员工年终奖发三个月',
];

export function fifthPitches(): Pitch[] {
  return Object.entries(FIFTH).flatMap(([flag, lines]) =>
    lines.map((text) => ({ flag, lang: /[\u4e00-\u9fff]/.test(text) ? ('zh' as const) : ('en' as const), text })),
  );
}
