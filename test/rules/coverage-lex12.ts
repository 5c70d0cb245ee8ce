/**
 * Round-12 rows of the coverage generator: the concepts of rules/flags/concepts-lex12.json and the round's
 * number readings, each cut into slots, every filler of every slot used at least once, in Chinese and English.
 * Written for this generator from the regulators' typical 非法集资 scripts — a pitch in a chat group or a
 * phone call, a platform whose bank custody is "still being set up", a deposit to a wallet address, a bonus
 * per friend invited, receivables and supply-chain "asset packages", staff-only wealth plans, a minimum stated
 * before its label, a relative borrowing at a monthly rate — and from the spec's flag lists; no sentence comes
 * from an evaluation set. The claims go through the plain, reported and warned frames; each flag's own denials
 * (negated) and the terms a user may ask about (asked) must not fire; each look-alike must raise no flag.
 */
import { claimsFrom, type ByFlag, type Round, type Slots } from './coverage-round.js';

export const LEX12_SLOTS: ByFlag<Slots[]> = {
  public_solicitation: {
    zh: [
      // The channel, then whom it reaches, then the pitch.
      [
        ['通过电话', '电话里', '这次致电'],
        ['向您', '给您', '跟您'],
        ['推荐一款年化9%的定融', '介绍我们的理财计划', '推销一个养老项目'],
      ],
      // A group as the place of sale, with no 在 before it.
      [
        ['群里', '业主群', '老乡群'],
        ['卖', '推销', '宣传'],
        ['一款私募产品，年化10%', '月息2分的项目', '公司的原始股'],
      ],
      // Cantonese: 喺 for 在, 俾 for 给.
      [
        ['喺群里', '喺业主群'],
        ['卖俾大家', '推销'],
        ['年化10%嘅理财', '一款私募基金'],
      ],
    ],
    en: [
      [
        ['A salesman in our', "Someone in my mum's", 'The agent in a'],
        ['WeChat group', 'WhatsApp group', 'Telegram channel'],
        ['is selling a 10% note', 'pitched a fund paying 9% a year', 'posts this plan every day'],
      ],
      [
        ['Got a', 'They sent a', 'Another'],
        ['WhatsApp blast', 'WeChat broadcast', 'Telegram broadcast'],
        ['about a 12% plan', 'for a fund paying 2% a month', 'pushing pre-IPO shares'],
      ],
    ],
  },
  no_custody: {
    zh: [
      // Custody promised, not in place.
      [
        ['平台称银行存管', '资金存管', '第三方存管'],
        ['正在对接中', '还在申请', '即将上线'],
        ['，年化12%', '，先投着', '，不影响出借'],
      ],
      // The amount between the transfer verb and its complement.
      [
        ['先充', '直接转', '打'],
        ['5000U到', '3万到', '两万块到'],
        ['这个钱包地址', '他的个人卡', '老师的支付宝'],
      ],
    ],
    en: [
      [
        ['Bank custody is', 'The custodian account is', 'Escrow is'],
        ['still in process', 'pending', 'coming soon'],
        ['but the 10% plan is open', 'so invest now', 'for now'],
      ],
    ],
  },
  referral_scheme: {
    zh: [
      [
        ['奖励', '返现', '佣金'],
        ['按推荐', '按拉', '根据邀请'],
        ['人数发放', '人头算', '好友数计算'],
      ],
    ],
    en: [
      [
        ['You get bonuses', 'We pay a 5% commission', 'Earn rewards'],
        ['for every', 'for each'],
        ['friend', 'new member', 'person'],
        ['you invite', 'you refer', 'who signs up'],
      ],
    ],
  },
  nonstandard_debt: {
    zh: [
      // Receivables as the underlying, the rate in the next clause.
      [
        ['某建工集团应收账款', '城投平台应收款', '医药公司应收账款'],
        ['，一年期，年化8.5%', '，12个月，预期收益7.8%', '，五万起投'],
      ],
      [
        ['供应链金融', '应收账款', '保理'],
        ['资产包', '债权包'],
        ['，年化9%', '，认购从速'],
      ],
    ],
  },
  self_financing: {
    zh: [
      [
        ['公司内部', '本厂职工', '内部员工'],
        ['理财', '集资', '借款'],
        ['，年息一分', '，年化10%', '，月息1分'],
      ],
    ],
    en: [
      [
        ['Our staff-only', 'An internal staff', 'This employee-only'],
        ['wealth plan', 'investment plan', 'financing plan'],
        ['pays 10% a year', 'yields 12%', 'returns 1% a month'],
      ],
    ],
  },
  split_or_pooled: {
    en: [
      [
        ['Private note', 'Directed financing plan', 'Private fund'],
        ['with a 10k entry ticket', 'from a 20,000 yuan minimum', 'at a 5k minimum'],
      ],
    ],
  },
  high_yield: {
    zh: [
      // The asker lends: the rate is what the asker is paid.
      [
        ['亲戚找我借', '朋友问我借', '表哥向我借'],
        ['10万', '五万块', '二十万'],
        ['，月息1分5', '，一万块一天三十块利息', '，年息一分二'],
      ],
      // Cantonese 蚊 for 块.
      [['佢问我借十万，'], ['一万蚊一个月三百蚊利息', '一万蚊一日三十蚊利息']],
    ],
    en: [
      [
        ['My neighbour wants to borrow', 'A friend asked to borrow'],
        ['50k from me', 'money from me'],
        ['at 2% a month', 'and pays 15% a year'],
      ],
    ],
  },
};

/** The same claims denied by the offer itself: the flag must not fire. */
export const LEX12_NEGATED: ByFlag<string[]> = {
  public_solicitation: { zh: ['本产品不通过电话向您推销', '我们从不在群里卖产品'], en: ['We never sell in WhatsApp groups'] },
  no_custody: { zh: ['银行存管不是还在申请，早已上线'], en: [] },
  referral_scheme: { zh: [], en: ['No bonuses for every friend you invite'] },
  nonstandard_debt: { zh: ['这不是应收账款产品，是银行定期存款'], en: [] },
  self_financing: { zh: ['不是公司内部员工理财，是银行代销的公募基金'], en: [] },
};

/** Terms a user may ask about (什么是…？, "Is … legal?"): the flag must not fire. */
export const LEX12_TERMS: ByFlag<string[]> = {
  public_solicitation: { zh: ['群里卖理财', '电话向您推荐的理财'], en: ['WhatsApp blasts', 'WeChat group sales'] },
  no_custody: { zh: ['银行存管筹备中'], en: ['custody pending'] },
  nonstandard_debt: { zh: ['供应链金融资产包', '应收账款资产包'], en: [] },
  self_financing: { zh: ['公司内部员工理财', '内部职工集资'], en: ['staff-only wealth plans'] },
};

/** Same words, no offer: each must raise no flag at all. */
export const LEX12_LOOKALIKES: ByFlag<string[]> = {
  public_solicitation: {
    zh: ['通过电话向您确认快递地址。', '业主群里卖二手家具的请注明价格。'],
    en: ['Our family WeChat group is planning the reunion dinner.', 'The WhatsApp broadcast said the school opens at nine.'],
  },
  no_custody: {
    zh: ['新房的物业交接正在办理中。', '先充50元话费到这个手机号。'],
    en: ['The visa application is still in process.'],
  },
  referral_scheme: { en: ['Bring a dish for every friend you invite to the picnic.'] },
  nonstandard_debt: { zh: ['今年企业应收账款周转天数有所增加。'] },
  self_financing: { zh: ['公司内部员工培训下周开始。'], en: ['The internal staff newsletter comes out on Fridays.'] },
  split_or_pooled: { en: ['The marathon has a 5k entry ticket for children.'] },
  high_yield: { zh: ['朋友问我借车，周末用一天。'], en: ['A friend asked to borrow my ladder for a week.'] },
};

export const lex12Claims = claimsFrom(LEX12_SLOTS);

export const LEX12: Round = { slots: LEX12_SLOTS, negated: LEX12_NEGATED, terms: LEX12_TERMS, lookalikes: LEX12_LOOKALIKES };
