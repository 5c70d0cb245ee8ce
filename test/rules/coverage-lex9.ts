/**
 * Round-9 rows of the coverage generator: the concepts of rules/flags/concepts-lex9.json and the
 * round's yield forms, each cut into slots, every filler of every slot used at least once, in Chinese
 * and English. Written for this generator from the regulators' typical 非法集资 scripts (who borrows the
 * money, how safety is promised, how haste is made, how a cold call opens); no sentence comes from an
 * evaluation set. The claims go through the plain, reported and warned frames (./coverage-cases.ts);
 * the look-alikes must raise no flag at all.
 */
import { claimsFrom, type ByFlag, type Round, type Slots } from './coverage-round.js';

export const LEX9_SLOTS: ByFlag<Slots[]> = {
  self_financing: {
    // Whose company borrows the money: the issuer's own group, its boss's or its shareholders' firms.
    zh: [
      [
        ['本期融资方是', '用款方为', '这笔资金将借给', '募集款项投向'],
        ['我们老板', '本集团', '我司大股东', '实际控制人'],
        ['控股的物流公司', '旗下的酒店项目', '关联的贸易企业', '名下的子公司'],
      ],
    ],
    en: [
      [
        ['The money is loaned to', 'Proceeds are advanced to', 'Subscriptions get channelled to', 'All funds flow to'],
        ['our parent company', 'our sister companies', 'affiliated firms of the group', 'companies owned by our chairman'],
      ],
    ],
  },
  guaranteed_return: {
    zh: [
      [
        ['这个项目', '平台的债权', '这期定融'],
        ['绝无', '不可能', '永远不会'],
        ['违约', '暴雷', '跑路'],
      ],
      [
        ['到期', '本息'],
        ['百分之百', '百分百'],
        ['兑付', '返还', '回本'],
      ],
      [
        ['投进来的钱', '本金'],
        ['完全', '绝对'],
        ['保本', '没风险'],
      ],
    ],
    en: [
      [
        ['Your capital is', 'The note is', 'Every deposit is'],
        ['100%', 'completely', 'absolutely'],
        ['safe', 'protected', 'covered'],
      ],
      [
        ['This bond', 'The issuer'],
        ['can never', 'will never'],
        ['default', 'miss a payment', 'go bust'],
      ],
    ],
  },
  pressure_tactics: {
    zh: [
      [
        ['年化10%的名额', '这期认购'],
        ['来晚了', '错过', '过了周五'],
        ['就没份了', '就抢不到了', '就轮不到了'],
      ],
      [
        ['请在', '务必'],
        ['今晚十点', '本周三', '月底'],
        ['之前', '以前'],
        ['打款', '把钱转过来', '完成认购'],
      ],
    ],
    en: [],
  },
  referral_scheme: {
    zh: [
      [
        ['每邀请', '每推荐', '多介绍'],
        ['一位好友', '一个朋友', '一个同事'],
        ['多领200元体验金', '额外加息1%', '再送一份空投'],
      ],
    ],
    en: [],
  },
  split_or_pooled: {
    zh: [
      [
        ['大家的投资款', '所有认购款', '会员本金'],
        ['进来后，由公司', '全部由平台', '都交给我们'],
        ['统一调配', '自行管理', '灵活调配'],
      ],
    ],
    en: [
      [
        ['The company', 'The platform'],
        ['allocates', 'deploys', 'controls'],
        ["all investors' money", 'all the funds', "everyone's money"],
      ],
    ],
  },
  public_solicitation: {
    zh: [[['您好，这里是', '喂，我是'], ['恒远财富', '鼎信资产管理', '华盈投资'], ['的客户经理，给您介绍一款年化8%的产品']]],
    en: [
      [
        ['Hello, this is', "Hi, I'm calling from"],
        ['Crestline Wealth', 'Harbor Capital', 'Summit Investments'],
        ['about a note paying 9% a year'],
      ],
    ],
  },
  nonstandard_debt: {
    zh: [
      [
        ['这款理财', '本期产品'],
        ['本质上是', '其实是', '底层是'],
        ['一笔企业借款', '应收账款', '企业债权'],
      ],
      [['本次推出', '这是一期'], ['股东', '集团'], ['借款'], ['项目，年化9%', '计划，年化9%']],
    ],
    en: [],
  },
  government_backing: {
    zh: [
      [
        ['融资方', '担保方', '兑付方'],
        ['是县属', '为市属', '是省属'],
        ['平台公司', '国企'],
      ],
    ],
    en: [],
  },
  no_custody: {
    zh: [
      [
        ['认购款请', '投资款一律'],
        ['转入', '汇到', '打到'],
        ['公司指定账户', '我们的对公账户', '合作公司账户'],
      ],
    ],
    en: [
      [
        ['Subscriptions are', 'Your money is'],
        ['sit in', 'paid into', 'wired to'],
        ['our corporate account', "our firm's account", 'our operating account'],
      ],
      [['Investor funds are'], ['not', 'never'], ['bank-custodied', 'escrowed', 'segregated']],
    ],
  },
  unlicensed: {
    zh: [
      [
        ['搞私募理财', '我们这个平台'],
        ['用不着', '哪需要', '犯不着'],
        ['什么金融牌照', '批文', '资质'],
      ],
    ],
    en: [],
  },
  hype_theme: { zh: [[['养老', '消费', '乡村振兴'], ['链', '区块链项目', '数字资产'], ['，投一万年化15%']]], en: [] },
  high_yield: {
    zh: [
      [
        ['投一万U', '一万U'],
        ['一天', '每天'],
        ['返三十U', '三十U'],
      ],
      [
        ['年化', '年利率'],
        ['九厘', '一分二'],
      ],
      [
        ['每个月', '每月'],
        ['都有', '能有'],
        ['一分多的利息', '一分五的利息'],
      ],
    ],
    en: [
      [
        ['Our fund targets', 'The note yields'],
        ['9.5% a year', '11% per annum'],
        ['net of fees', 'after all fees'],
      ],
    ],
  },
};

/** Legitimate texts that share the round-9 slot words and must raise no flag at all. */
export const LEX9_LOOKALIKES: ByFlag<string[]> = {
  guaranteed_return: {
    zh: ['这台冰箱完全静音，百分百正品。', '世上不存在零风险的投资，请理性配置。'],
    en: ['Our new app is completely safe to download.'],
  },
  pressure_tactics: { zh: ['读书会过了周五就不收报名表了。'], en: [] },
  public_solicitation: { zh: ['您好，这里是市图书馆，您借的书到期了。'], en: ['Hello, this is the library calling about your book.'] },
  self_financing: { zh: ['年会的奖品由我们老板旗下的酒店赞助。'], en: [] },
  no_custody: { zh: ['报销款请转入公司指定账户。'], en: [] },
  unlicensed: { zh: ['开个小饭馆有营业执照就行，用不着别的批文。'], en: [] },
  split_or_pooled: { zh: ['班费由班长统一管理。'], en: [] },
  high_yield: { zh: [], en: ['The gym membership is 30 dollars a month after all fees.'] },
};

export const lex9Claims = claimsFrom(LEX9_SLOTS);

export const LEX9: Round = { slots: LEX9_SLOTS, lookalikes: LEX9_LOOKALIKES };
