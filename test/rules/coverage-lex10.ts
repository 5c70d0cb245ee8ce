/**
 * Round-10 rows of the coverage generator: the concepts of rules/flags/concepts-lex10.json, each cut into
 * slots, every filler of every slot used at least once, in Chinese and English. Written for this generator
 * from the regulators' typical 非法集资 scripts (who receives the money, who issues, how recruits are paid
 * by level, how a missing licence is explained away); no sentence comes from an evaluation set. The claims go
 * through the plain, reported and warned frames (./coverage-cases.ts); the look-alikes must raise no flag.
 * "label: value" lines need a line of their own and are tested in ./round10-recall.test.ts.
 */
import { claimsFrom, type ByFlag, type Round, type Slots } from './coverage-round.js';

export const LEX10_SLOTS: ByFlag<Slots[]> = {
  no_custody: {
    zh: [
      // The payee is an ordinary trading or consulting firm.
      [
        ['认购款汇入收款账户', '请把本金转到指定账户', '打款至对公账户'],
        ['某某商贸有限公司', '某某信息咨询有限公司', '某某供应链管理有限公司'],
      ],
      // A UnionPay card number is a person's card.
      [
        ['钱打到这个卡号', '请转账至', '收款卡号'],
        ['6222 1234 5678', '6217 0000 1111', '6228 4800 0000'],
      ],
      // A relative's or an employee's card.
      [
        ['认购款直接打到', '钱先转给', '本金汇给'],
        ['我表哥', '财务小王', '我老婆'],
        ['的卡上', '的银行卡', '的支付宝'],
      ],
    ],
    en: [
      [
        ['Please wire to', 'The payee is', 'Send to'],
        ['Hengda Trading Company', 'Bright Consulting Ltd', 'a supply chain firm'],
      ],
    ],
  },
  self_financing: {
    en: [
      [
        ['The borrower is', 'Proceeds go to', 'The issuer is'],
        ['an affiliate of our', 'a subsidiary of our', 'one of our sister companies, owned by our'],
        ['group', 'chairman', 'parent'],
      ],
      [
        ['Your investment will', 'The money raised will', 'Subscriptions'],
        ['bankroll', 'prop up', 'go towards'],
        ["our parent company's plants", "our chairman's hotels", 'the group firms of our founder'],
      ],
    ],
  },
  guaranteed_return: {
    zh: [
      [
        ['这期定融', '本金和利息'],
        ['到期', '期满'],
        ['必兑', '全额兑付', '保证兑付'],
      ],
    ],
    en: [
      [
        ['If you lose money', 'Should you lose any', 'In case of loss'],
        ['we make it up', 'we cover the loss', 'the company will reimburse'],
      ],
      [
        ['Worst case', 'At worst'],
        ['principal back in full', 'your capital back is certain'],
      ],
    ],
  },
  pressure_tactics: {
    zh: [
      [
        ['下周起', '下个月'],
        ['收益下调到5%', '利率降到6%'],
        ['现在上车还是9%', '趁今天锁定9%'],
      ],
    ],
    en: [
      [
        ['From next week', 'Tomorrow'],
        ['the rate drops to 6%', 'rates are cut'],
        ['so lock in 9% now', 'while 9% still stands'],
      ],
    ],
  },
  government_backing: {
    zh: [
      [
        ['这期债权由', '本产品是', '项目'],
        ['市属国企', '央企', '城投集团'],
        ['发行', '发起', '出品'],
      ],
    ],
  },
  referral_scheme: {
    zh: [
      [
        ['拉进来的会员', '推荐好友入金', '发展团队'],
        ['享三代收益', '拿三级分润', '多级返佣'],
      ],
      [
        ['一代', '一级'],
        ['10%', '5个点'],
        ['二代', '二级'],
        ['5%', '3个点'],
      ],
      [
        ['每拉', '每介绍', '每带'],
        ['一个朋友', '一位新人', '一个客户'],
        ['利率提高一个点', '收益上调0.5%', '年化再加一点'],
      ],
    ],
    en: [
      [
        ['Recruit', 'Bring in', 'Refer'],
        ['two friends', 'new members', 'more investors'],
        ['and your rate goes up', 'for a higher rate', 'to earn extra interest'],
      ],
      [
        ['Commission is paid', 'Bonuses are paid', 'Team rewards flow'],
        ['down three levels', 'five tiers deep', 'across multiple levels'],
      ],
    ],
  },
  split_or_pooled: {
    zh: [
      [
        ['本期', '这个计划'],
        ['不限认购人数', '投资人数不设上限', '不限投资人数'],
      ],
    ],
    en: [
      [
        ['This round has', 'There is'],
        ['no cap on how many investors join', 'no limit on subscribers', 'an unlimited number of investors'],
      ],
    ],
  },
  unlicensed: {
    zh: [
      [
        ['我们持有的', '平台拿的是'],
        ['海外牌照', '美国MSB牌照', '离岸执照'],
        ['全球通用', '覆盖全球', '所有国家都有效'],
      ],
    ],
    en: [
      [
        ['The platform is', 'We are still', 'The fund is'],
        ['waiting on', 'applying for', 'yet to receive'],
        ['its licence', 'a license', 'regulatory approval'],
      ],
      [
        ['Our licence', 'Our registration'],
        ['is good in every country', 'is valid worldwide', 'works everywhere'],
      ],
    ],
  },
  nonstandard_debt: {
    en: [
      [
        ['It is a', 'Sold as a', 'Structured as a'],
        ['debt transfer', 'receivable-transfer', 'creditor rights'],
        ['plan', 'product', 'note'],
      ],
    ],
  },
  pseudo_exchange: {
    en: [
      [
        ['Filed with the', 'Registered with a', 'Listed on the'],
        ['county property rights exchange', 'Jinhua 产权交易中心', '资产登记 centre'],
      ],
    ],
  },
};

export const LEX10_LOOKALIKES: ByFlag<string[]> = {
  no_custody: {
    zh: ['货款请付至收款账户：某某商贸有限公司，开具增值税发票。'],
    en: [],
  },
  referral_scheme: {
    zh: ['一级市场和二级市场的区别是什么？', '邀请好友注册，双方各得10元话费。'],
    en: ['Refer a friend: you both get a free coffee.'],
  },
  split_or_pooled: { zh: ['本店不限购买人数，满100减20。'], en: ['The choir sets no limit on singers.'] },
  unlicensed: { zh: [], en: ['Your passport is valid in every country except two.'] },
  government_backing: { zh: ['国企发行的纪念邮票明天开售。'], en: [] },
  guaranteed_return: { zh: ['优惠券到期必兑，请尽快使用。'], en: ['At worst the shop gives a refund within 30 days.'] },
  pressure_tactics: { zh: ['央行下周起下调存款利率，房贷利率也将下降。'], en: [] },
  self_financing: { zh: [], en: ['We build lasting value for shareholders of our firm.'] },
};

export const lex10Claims = claimsFrom(LEX10_SLOTS);

export const LEX10: Round = { slots: LEX10_SLOTS, lookalikes: LEX10_LOOKALIKES };
