/**
 * Round-11 rows of the coverage generator: the concepts of rules/flags/concepts-lex11.json, each cut into
 * slots, every filler of every slot used at least once, in Chinese and English. Written for this generator
 * from the regulators' typical 非法集资 scripts — a matured product "renewed" into the next issue instead of
 * repaid, a pool rolled on, a buy-back at the original price, a deadline at an hour, a cold call, money sent
 * to the treasurer's WeChat, the seller's own project funded, a commission per sale for the buyer — and from
 * the spec's flag lists; no sentence comes from an evaluation set. The claims go through the plain, reported and
 * warned frames (./coverage-cases.ts); each row's look-alike (same words, no offer) must raise no flag.
 */
import { claimsFrom, type ByFlag, type Round, type Slots } from './coverage-round.js';

export const LEX11_SLOTS: ByFlag<Slots[]> = {
  rollover: {
    zh: [
      // A matured product renewed into the next issue instead of repaid.
      [
        ['上期产品到期后', '老产品期满', '原产品到期'],
        ['统一转为', '直接续投到', '一律转入', '全部展期到', '本金不退，自动进入'],
        ['新一期', '下一期', '新的一期'],
      ],
      // A pool rolled on.
      [
        ['资金池里的钱', '统一归集的资金', '大家的钱汇集起来'],
        ['滚动投资', '循环投资', '滚动使用'],
      ],
    ],
    en: [
      [
        ['At maturity, your principal', 'When the term ends, the money', 'Once the term ends, your holding'],
        ['automatically rolls into', 'is carried into', 'simply goes into'],
        ['the next issue', 'a new tranche', 'the next round'],
      ],
      [
        ['Matured notes', 'At maturity your holding'],
        ['are converted into', 'is rolled into', 'gets switched into'],
        ['the next tranche', 'a new series', 'the next issue'],
      ],
      [
        ['All capital is pooled', 'The money is commingled'],
        ['and rolled over', 'and recycled', 'and rolled'],
        ['every quarter', 'monthly'],
      ],
    ],
  },
  split_or_pooled: {
    en: [
      [
        ['All investor funds', 'Subscriptions', 'Capital'],
        ['are pooled', 'is commingled', 'gets pooled together'],
        ['before the payouts', 'and paid 10% a year'],
      ],
      [['We take', 'The plan accepts'], ['any number of investors', 'any number of subscribers'], ['from 10,000 yuan']],
    ],
    zh: [
      // A private product opened to anyone, across a comma.
      [
        ['五万块就能买的私募', '这款定融', '我们的私募基金'],
        ['，', '，门槛低，'],
        ['人人都能参与', '谁都可以买', '不限身份'],
      ],
    ],
  },
  third_party_guarantee: {
    zh: [
      [
        ['商铺五年后', '到期后', '期满后'],
        ['由开发商原价回购', '公司按原价回购', '集团溢价回购'],
      ],
      [
        ['由县属企业提供', '担保方承担'],
        ['全额无条件连带责任担保', '无条件连带保证责任', '无限连带责任担保'],
      ],
    ],
    en: [
      [
        ['After five years the developer', 'At the end of the term the group', 'The company'],
        ['will buy back your unit', 'buys the bed back', 'will repurchase the shop'],
        ['at the original price', 'at full price', 'at the purchase price'],
      ],
      [
        ['The seller', 'We'],
        ['buys your share', 'will buy the unit', 'buy your bed'],
        ['back at cost', 'back at the original price', 'back at par'],
      ],
    ],
  },
  pressure_tactics: {
    zh: [
      [
        ['认购仅限', '本期只限', '名额截止到'],
        ['今晚', '明天', '本周五'],
        ['八点前', '十二点之前', '下午三点以前'],
      ],
      [
        ['本期', '这批额度'],
        ['周日中午', '月底', '明晚'],
        ['停止认购', '停止募集', '关闭通道'],
      ],
    ],
    en: [
      [
        ['Quota is', 'Allocation is'],
        ['strictly limited', 'very limited', 'limited'],
      ],
      [['Limited'], ['quota', 'allocation'], ['for this note', 'on this plan']],
      [
        ['Subscriptions', 'This tranche', 'The offer'],
        ['close', 'shuts', 'ends'],
        ['at 8 pm tonight', 'on Sunday', 'at month end'],
      ],
    ],
  },
  referral_scheme: {
    zh: [
      // A cash reward per recruit, with the recruit's joining in between.
      [
        ['推荐', '介绍', '带'],
        ['一位老伙伴', '每位新会员', '一名亲友'],
        ['入会', '加入', '进来'],
        ['奖励现金', '返您', '提成'],
      ],
      // A recruit counted (一位, 两个, 每位…), whatever the person is called and however they join.
      [
        ['介绍', '叫上', '发展'],
        ['两位老同事', '每位战友', '三个老邻居'],
        ['买一份，', '投一单，', '进群下单，'],
        ['奖励现金五百', '再给您加息', '红包两百'],
      ],
      // The buyer earns on each sale passed on.
      [
        ['每成交一单', '每卖出一份', '每介绍成交一笔'],
        ['您得', '你拿', '返您'],
        ['千分之五佣金', '百分之一提成', '三百元奖励'],
      ],
      // A higher rate for each recruit.
      [
        ['多拉一个朋友', '每带一个人', '介绍一位亲戚'],
        ['进来', '入伙', '加入'],
        ['年化就再加两个点', '利息多加一个点', '收益上浮一个点'],
      ],
    ],
    en: [
      [
        ['For every friend', 'For each person', 'For every new member'],
        ['you sign up', 'you bring in', 'you introduce'],
        ['you earn a commission', 'we pay you a bonus', 'you receive 2% cash'],
      ],
      [
        ['Bring two', 'Refer one', 'Introduce each'],
        ['neighbours', 'colleague', 'relative'],
        ['and you pocket 300 yuan', ', we pay you a bonus', 'and your rate goes up a point'],
      ],
    ],
  },
  public_solicitation: {
    zh: [
      [
        ['给您打电话', '打电话给您', '这次致电您'],
        ['就是想介绍', '主要是推荐', '是想跟您说说'],
        ['一款定融产品', '我们的理财项目', '年化8%的计划'],
      ],
    ],
    en: [
      [
        ["I'm calling", 'We are calling you', 'I called'],
        ['to tell you about', 'to introduce', 'to offer you'],
        ['our new fund', 'an investment plan', 'a 9% return'],
      ],
    ],
  },
  hype_theme: {
    zh: [
      [
        ['这款养老储备金', '养老备用金计划', '养老增值计划'],
        ['年化十个点', '每月分红', '收益稳定'],
      ],
      [
        ['旅居', '候鸟式', '银发'],
        ['会员', '基地套餐', '床位'],
        ['，每月返息', '，年年分红', '，到期返本'],
      ],
    ],
    en: [
      [
        ['Our retirement reserve plan', 'The pension reserve scheme'],
        ['pays 9% a year', 'earns monthly dividends', 'returns 1% a month'],
      ],
      [
        ['A pension-themed', 'Our elderly-care project', 'This wellness project'],
        ['fund paying dividends', 'returns 10% a year', 'pays interest monthly'],
      ],
    ],
  },
  no_custody: {
    zh: [
      [
        ['认购款转到', '钱直接打到', '资金统一归集在', '本金交到'],
        ['财务小刘', '会长', '群主', '会计王姐'],
        ['微信上', '的支付宝', '个人账户里', '私人卡上'],
      ],
    ],
    en: [
      [
        ['Send the money to', 'Pay your stake into', 'Transfer it to'],
        ["our treasurer's", "the chairman's", "my assistant's"],
        ['WeChat', 'private account', 'Alipay'],
      ],
      [
        ['Wire your subscription to', 'Pay the money into'],
        ["our manager's", "the accountant's", "the agent's"],
        ['bank card', 'own account', 'QR code'],
      ],
    ],
  },
  self_financing: {
    en: [
      [
        ['The money', 'Your subscription', 'Funds raised'],
        ['goes into', 'pays for', 'will build'],
        ["our boss's own", "the chairman's", "our group's own"],
        ['hotel', 'factory', 'housing project'],
      ],
    ],
    zh: [
      [
        ['认购款', '募集的钱'],
        ['用来', '主要投到', '拿去'],
        ['老板名下', '我们集团', '实控人名下'],
        ['的酒店', '开发的小区', '的商场'],
      ],
      [
        ['这笔钱', '认购的资金', '大家的本金'],
        ['是公司自己', '给集团自己', '用于老板自己'],
        ['建茶厂融资用的', '盖养老院', '扩建工厂'],
      ],
    ],
  },
  guaranteed_return: {
    zh: [
      [
        ['您的本金', '这笔钱', '本息'],
        ['绝对', '百分之百', '包'],
        ['安全', '能拿回来', '亏不了'],
      ],
      [
        ['到期', '满三年'],
        ['连本带利', '本息'],
        ['一分不少', '如数', '分文不少'],
        ['还给您', '退还'],
      ],
    ],
    en: [
      [
        ['Should you lose anything,', 'If you lose money,', 'Any loss at all,'],
        ['we pay you back in full', "we'll pay you back", 'we make you whole'],
      ],
      [
        ['Your principal is', 'Every cent stays', 'Your money will be'],
        ['absolutely', '100%', 'definitely'],
        ['safe', 'coming back', 'repaid'],
      ],
    ],
  },
};

/** Same words, no offer: each must raise no flag at all. */
export const LEX11_LOOKALIKES: ByFlag<string[]> = {
  rollover: {
    zh: ['定期存款到期后自动转存，利率按当日挂牌利率执行。', '每月定投自动扣款，可随时暂停。'],
    en: [
      'Your bank CD rolls over at maturity unless you ask the bank to pay it out.',
      'When the term ends, the money goes into your current account.',
    ],
  },
  split_or_pooled: {
    zh: ['私募基金只卖给合格投资者。'],
    en: ['The neighbours pooled their money for a wedding gift.', 'Any number of readers can borrow the e-book.'],
  },
  third_party_guarantee: {
    zh: ['金店按当日金价回购黄金首饰，需收取手续费。'],
    en: ['The phone shop buys back old handsets at a discount.'],
  },
  pressure_tactics: {
    zh: ['快递网点今晚八点前可以取件。', '超市周日停止营业。', '月底封账，请各部门提交报销单。'],
    en: ['The import quota is set by the ministry each year.', 'Parking is limited near the venue.', 'The shop closes at 8 pm tonight.'],
  },
  referral_scheme: {
    zh: ['推荐一位靠谱的装修师傅给我吧，谢谢。', '房产中介每成交一单能拿多少提成？', '介绍一个对象给你，送你一束花。'],
    en: ['For every friend you invite to the picnic, bring a dish.', 'Tell a buddy about our gym and you both get a free month.'],
  },
  public_solicitation: {
    zh: ['给您打电话是想确认一下快递地址。'],
    en: ["I'm calling to confirm your dental appointment on Friday."],
  },
  hype_theme: {
    zh: ['养老储备不足是很多家庭面临的难题。', '养老钱存了大额存单，利息3%。', '旅居会员可享受酒店八折。'],
    en: ['Our pension reserve is low, so we save more each month.', 'The town opens its elderly-care project in May.'],
  },
  no_custody: {
    zh: ['报销款由财务转到你的工资卡上。', '会费请交给会长，开具收据。'],
    en: [
      "Send the invoice to our treasurer's email.",
      "Send the photos to the host's WeChat after the party.",
      "Pay the rent into the landlord's bank card.",
    ],
  },
  self_financing: {
    zh: ['装修的钱是公司自己出的，不用员工掏。', '我们集团的楼盘用来出租。'],
    en: ["The money goes into the chairman's charity for orphans."],
  },
  guaranteed_return: {
    zh: ['存款保险保障储户本金安全。', '储蓄国债到期一次性还本付息。'],
    en: ['Deposits are insured for each saver up to 500,000 yuan.', 'If you lose your card, we will send you a new one for free.'],
  },
};

export const lex11Claims = claimsFrom(LEX11_SLOTS);

export const LEX11: Round = { slots: LEX11_SLOTS, lookalikes: LEX11_LOOKALIKES };
