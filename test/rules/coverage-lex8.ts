/**
 * Round-8 rows of the coverage generator: the concepts added for recall on new authors' wordings
 * (rules/flags/concepts-lex8.json and the yield readers), each cut into slots and every filler of
 * every slot used at least once, in Chinese and English. Registers: a sales script, a chat message,
 * a formal notice. Written for this generator from the regulators' typical 非法集资 wording; no
 * sentence comes from an evaluation set. The claims go through the generator's plain, reported and
 * warned frames (./coverage-cases.ts); the look-alikes must raise no flag at all.
 */
import { claimsFrom, type ByFlag, type Round, type Slots } from './coverage-round.js';

export const LEX8_SLOTS: ByFlag<Slots[]> = {
  no_custody: {
    // Verb-final payee: the channel first, then the verb and the person (微信转我).
    zh: [
      [
        ['认购款', '本金', '钱', '定金'],
        ['直接', '就', '统一'],
        ['微信', '支付宝', '银行卡', '云闪付'],
        ['转我', '转给财务', '打给经理', '转给业务员', '付给我'],
      ],
    ],
    // A person's channel behind a possessive and the words between verb and payee.
    en: [
      [
        ['Transfer', 'Send', 'Wire', 'Pay'],
        ['your stake', 'the subscription money', 'your deposit'],
        ['to our', 'into the', 'straight to our'],
        ["accountant's", "advisor's", "assistant's", "manager's", "cashier's"],
        ['WeChat Pay', 'Alipay', 'bank card', 'wallet'],
      ],
      [
        ['We collect the subscription', 'Pay your stake', 'Top up the plan'],
        ['through a', 'via a', 'with a'],
        ['personal Alipay', 'private bank card', 'personal PayPal'],
      ],
    ],
  },
  pressure_tactics: {
    zh: [
      [
        ['本期认购', '这一轮募集', '认购通道'],
        ['截止', '截至', '停止认购', '封账'],
        ['今晚12点', '明天中午', '本周五', '月底'],
      ],
      [
        ['加息额度', '这期定融', '新客认购'],
        ['仅限', '只限'],
        ['本周', '今天', '48小时'],
      ],
    ],
    en: [
      [
        ['The bonus rate', 'Early-bird pricing', 'The 2% top-up', 'This allocation'],
        ['this week only', 'today only', 'for 48 hours only', 'this weekend only'],
      ],
      [
        ['The subscription', 'This round', 'The presale'],
        ['ends', 'closes', 'expires'],
        ['tonight', 'at midnight', 'this Friday', 'tomorrow'],
      ],
    ],
  },
  third_party_guarantee: {
    zh: [
      [
        ['区财政局', '县城投公司', '合作的担保机构', '大股东', '母公司'],
        ['出具', '提供', '签署'],
        ['兑付承诺函', '担保函', '回购承诺书', '差额补足函'],
      ],
      [
        ['由城投', '集团', '母公司', '国企股东'],
        ['全额担保', '兜底', '到期回购', '代偿'],
      ],
    ],
    en: [
      [
        ['The city investment company', 'Our parent group', 'A state-owned shareholder'],
        ['issued', 'signed', 'provides'],
        ['a letter of comfort', 'a repurchase undertaking', 'a guarantee letter', 'a commitment letter'],
      ],
      [
        ['The city investment company', 'Our parent group', 'The controlling shareholder'],
        ['will buy back', 'guarantees', 'covers any shortfall on'],
        ['the notes', 'every payout', 'your principal'],
      ],
    ],
  },
  self_financing: {
    zh: [
      [
        ['募集资金', '所筹款项', '这笔钱'],
        ['用于', '补充', '投向'],
        ['自身', '母公司旗下', '关联公司', '实控人名下'],
        ['营运资金', '楼盘开发', '工程建设', '还贷'],
      ],
    ],
    en: [
      [
        ['The money raised will', 'Proceeds will', 'All funds will'],
        ['be used to fund', 'go to', 'top up'],
        ['its own', "the parent company's", "our affiliates'", "the chairman's"],
        ['working capital', 'property projects', 'debts'],
      ],
    ],
  },
  split_or_pooled: {
    zh: [
      [
        ['募集资金', '认购款', '各位的投资款'],
        ['统一', '全部', '集中'],
        ['归集到', '汇集到', '归拢到'],
        ['项目公司账户', '一个账户', '集团总账户'],
      ],
      [
        ['这款私募债', '应收账款收益权产品', '定融计划'],
        ['认购起点', '起点'],
        ['5万', '3万元', '两万'],
      ],
    ],
    en: [
      [
        ['All subscriptions are', 'Investor money is', 'Your deposits are'],
        ['collected into', 'pooled into', 'swept into'],
        ["the project company's account", 'one account', 'a master account'],
      ],
    ],
  },
  public_solicitation: {
    zh: [
      [
        ['这款私募年化7%', '定融收益8.5%', '这个理财保本'],
        ['，'],
        ['业主群', '家长群', '群里', '几个群里'],
        ['发一下', '转一转', '推一推', '扩散'],
      ],
    ],
    en: [
      [
        ['Share', 'Forward', 'Post'],
        ['this plan', 'the 9% note', 'our fund'],
        ['to all your contacts', 'to all your groups', 'in the class group', 'to all of you'],
      ],
    ],
  },
  rollover: {
    en: [
      [
        ['We pay', 'The fund repays', 'The company pays'],
        ['earlier', 'old', 'existing'],
        ['investors', 'holders', 'members'],
        ['from', 'with', 'out of'],
        ['new subscriptions', 'fresh money', 'incoming deposits'],
      ],
      [
        ['New subscriptions', 'Fresh money', "New investors' money"],
        ['pay', 'repay', 'cover'],
        ['earlier holders', 'old investors', 'previous tranches'],
      ],
    ],
  },
  pseudo_exchange: {
    zh: [
      [
        ['临江', '华东', '某某市'],
        ['资产交易服务平台', '债权流转中心', '收益权转让平台'],
        ['发行的定融', '挂牌的收益权产品，年化9%', '上线的债权产品'],
      ],
    ],
    en: [
      [
        ['Filed with the', 'Registered at the', 'Listed on the'],
        ['Eastern', 'provincial', 'Riverside'],
        ['Debt Filing Platform', 'Equity Custody Center', 'Asset Recordation Office', 'Receivables Listing Hub'],
      ],
      [
        ['Our note is issued via the', 'The 9% bonds trade on the'],
        ['Jiangnan', 'Northern'],
        ['Rights Trading Exchange', 'Asset Trading Platform'],
      ],
    ],
  },
  romance_contact: {
    zh: [
      [
        ['婚恋网站上认识的周先生', '天天视频的那个小姐姐', '交友软件里的男神'],
        ['，聊了一个月，', '说她表哥在券商，', '对我很好，'],
        ['一直让我', '带我', '非要我'],
        ['在他说的平台充值', '做外汇', '买币理财'],
      ],
    ],
    en: [
      [
        ['A man I met', 'Someone I matched with', 'A lady I met'],
        ['on Hinge', 'through people nearby', 'in a game'],
        ['pushes a gold app on me', 'wants me to invest with her', 'got me into a trading platform'],
      ],
    ],
  },
  secrecy: {
    zh: [
      [
        ['他叫我别', '客服叮嘱我不要', '老师让我不要'],
        ['告诉', '跟'],
        ['家里人', '子女', '银行'],
      ],
    ],
    en: [
      [
        ['He told me not to', 'The advisor asked me not to', 'She made me promise not to'],
        ['tell', 'mention it to'],
        ['my family', 'the bank', 'anyone'],
      ],
    ],
  },
  crypto: {
    zh: [
      [
        ['先用U充值', '把钱换U入金', '买U转账'],
        ['到平台', '再操作', '就能开始'],
      ],
      [['带你做币的合约', '币圈合约十倍杠杆', 'U本位合约跟单']],
    ],
  },
  guaranteed_return: {
    zh: [
      [
        ['到期本金', '您的本钱', '投进来的钱'],
        ['一分钱都不会少', '一毛也不少', '分文不差'],
      ],
    ],
    en: [
      [
        ['Your interest is', 'Payouts are', 'The income stays'],
        ['fixed', 'locked', 'assured'],
        ['whatever happens', 'rain or shine', 'even if the market falls'],
      ],
    ],
  },
  referral_scheme: {
    en: [
      [
        ['Earn 3% on', 'Pocket a bonus on', 'Get a cut of'],
        ['whatever your team', 'everything your downline', 'all that your recruits'],
        ['invests', 'deposits', 'puts in'],
      ],
    ],
  },
  high_yield: {
    zh: [
      [
        ['出借', '投资', '借出'],
        ['一万元', '两万', '五万块'],
        ['每月回款', '每月收益', '每月回款利息'],
        ['约150元', '大概300元', '差不多800元'],
      ],
      [
        ['矿机', '共享按摩椅', '种植项目'],
        ['2万元一台', '每台3万', '一份1万'],
        ['，'],
        ['每天产出约80元', '每月收益约2000元', '每天产出一百块'],
      ],
    ],
    en: [
      [
        ['A mining rig', 'A node', 'One share of the plan'],
        ['costs 20,000 yuan and makes', 'costs 8,000 yuan and earns'],
        ['about 60 yuan', 'around 35 yuan'],
        ['a day', 'every day'],
      ],
      [
        ['12,000 yuan per device,', '5,000 yuan per node,', '30,000 yuan per unit,'],
        ['about 50 yuan in rewards', 'around 20 yuan'],
        ['every day', 'each day'],
      ],
      [
        ['Earn', 'We pay', 'Returns of'],
        ['twelve percent', 'one and a half per cent', 'twenty-five percent'],
        ['a year', 'every month', 'annually'],
      ],
      [
        ['Buy a machine for 12,000 yuan:', 'Invest in our franchise:', 'Put in 50,000 yuan:'],
        ['it pays for itself within', 'payback in', 'you get your money back in'],
        ['5 months', 'half a year', '90 days'],
      ],
    ],
  },
};

/** Legitimate texts that share the round-8 slot words and must raise no flag at all. */
export const LEX8_LOOKALIKES: ByFlag<string[]> = {
  no_custody: { zh: ['这个月的房租微信转我就行。', '聚餐的钱支付宝转我吧。'], en: ["Send the rent to my landlord's bank card."] },
  pressure_tactics: {
    zh: ['报名截止本周五，欢迎参加读书会。'],
    en: ['Concert seats at half price, 48 hours only.', 'The sale ends tonight at midnight.'],
  },
  third_party_guarantee: {
    zh: ['律师出具法律意见书。', '银行为这笔进口贸易出具保函。'],
    en: ['Our parent company guarantees the quality of its products.'],
  },
  public_solicitation: {
    zh: ['业主群里发一下物业停水通知。', '把聚会照片发群里。'],
    en: ['Sending the party address to all of you now.'],
  },
  pseudo_exchange: {
    zh: ['国有资产转让平台公开挂牌转让一处厂房。'],
    en: [
      'Registered with the Land Registry.',
      'The Beijing Equity Exchange handles state-asset transfers.',
      "The company's debt registry shows no arrears.",
    ],
  },
  secrecy: { zh: ['妈妈不让我告诉爸爸生日惊喜。'], en: [] },
  split_or_pooled: { zh: [], en: ["Club members' holiday savings are collected into one account for the trip."] },
  guaranteed_return: { zh: [], en: ['Our football team trains every morning, rain or shine.'] },
  referral_scheme: { zh: [], en: ['Your team earns points when everyone helps at the charity run.'] },
  crypto: { zh: ['U盘充值卡在哪里买？', '货币基金合约条款在官网能查到。'], en: [] },
  high_yield: {
    zh: ['每台3000元的空调，每天电费约5元。', '二手车5万一台，每天跑车赚300元。'],
    en: ['A phone costs 3,000 yuan per unit, and we sell about 100 units a day.', 'This course pays for itself in a month.'],
  },
};

export const lex8Claims = claimsFrom(LEX8_SLOTS);

export const LEX8: Round = { slots: LEX8_SLOTS, lookalikes: LEX8_LOOKALIKES };
