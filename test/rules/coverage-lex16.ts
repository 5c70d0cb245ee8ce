/**
 * Round-16 rows of the coverage generator: the concepts of rules/flags/concepts-lex16.json and the round's patterns in
 * rules/flags/flags.json, cut into slots, every filler used at least once. Written from the regulators' typical
 * 非法集资 scripts and the SEC/FINRA lists of investment-fraud red flags: a commission "on everyone you bring in" and
 * 拉新返现 (recruiting paid per head); buying "before the price rises", paying "within 24 hours or the funds are
 * forfeited" and 仅限前200人 (haste); capital "never at risk", a refund "if you ever lose" and a buyback at the original
 * price (guarantees); a salesman pushing a product by phone (solicitation); supply-chain receivables sold with a
 * debtor's confirmation (应收账款确权, a non-standard debt). No sentence comes from an evaluation set. Claims go
 * through the plain, reported and warned frames; each flag's denials (negated) and the terms a user may ask about
 * (asked) must not fire; each look-alike must raise no flag.
 */
import { claim, type ByFlag, type Round, type Slots } from './coverage-round.js';

export const LEX16_SLOTS: ByFlag<Slots[]> = {
  referral_scheme: {
    zh: [claim('年化9%，', '拉新|带新人|邀新', '再返现|奖励|送红包', '2%|50元|一百块')],
    en: [
      claim(
        'The plan pays 9% a year, and you',
        'earn 10%|get $50|receive a bonus',
        'on everyone|for every friend|for each person',
        'you bring in|you recruit|you sign up',
      ),
    ],
  },
  pressure_tactics: {
    zh: [claim('年化9%，', '仅限前|只限前|限前', '200人|五十名|100位')],
    en: [
      claim(
        '12% a year:',
        'lock in|lock it in|lock in your rate',
        'before the price rises|now, before rates drop|today before prices go up',
      ),
      claim(
        'Pay the fee',
        'within 24 hours|within 48 hours|within two days',
        'or you lose your funds|or the funds will be forfeited|or the offer expires',
      ),
    ],
  },
  guaranteed_return: {
    zh: [claim('年化9%，就算公司倒闭，', '我们也|公司也|我个人也', '按原价回购|原价赎回|以原价退还', '您的份额|你的股份')],
    en: [
      claim('9% a year and your', 'deposit|capital|money', 'is never at risk'),
      claim(
        '9% a year, and',
        "he'll refund you|we refund you|they refund your money",
        'if you ever lose|in full if you lose',
        'anything|a cent',
      ),
    ],
  },
  public_solicitation: {
    zh: [claim('那个业务员|有个客户经理', '电话里|打电话', '一直给我推|向我推荐|推销', '年化7%的产品|一款理财')],
  },
  self_financing: {
    zh: [
      claim('集团专项计划，', '募集资金全部|所募资金|认购资金', '用于|投向', '集团自己的项目|母公司的在建工程|关联公司的项目', '，年化9%'),
    ],
  },
  romance_contact: {
    zh: [
      claim(
        '在探探上认识|在陌陌上认识|在婚恋网站上认识',
        '一个男生，聊了一个月。',
        '后来他带我|后来她教我|他让我先下载APP，',
        '在平台上投资|买币|充值做单',
      ),
    ],
    en: [
      claim(
        'I matched with a woman on Hinge|I met a man on Tinder|I started chatting with someone on a dating app',
        'and later she walked me through|and a week later he told me to|and then she showed me how',
        'investing on her platform|deposit USDT on his app|to buy crypto on a trading app',
      ),
    ],
  },
  nonstandard_debt: {
    zh: [claim('这单是', '央企供应链的应收账款|核心企业的应收款', '，付款方确权|，国企确权兜底兑付|，10万起投', '，年化9%')],
  },
};

/** The same claims denied by the offer itself: the flag must not fire. */
export const LEX16_NEGATED: ByFlag<string[]> = {
  referral_scheme: { zh: ['我们没有拉新返现，也不设推荐奖励'], en: ['You earn nothing for the people you bring in'] },
  romance_contact: { zh: ['我在探探上认识的人从没让我投资'], en: [] },
  guaranteed_return: { en: ['your capital is at risk and we do not refund losses'] },
};

/** Terms a user may ask about (什么是…？, "Is … legal?"): the flag must not fire. */
export const LEX16_TERMS: ByFlag<string[]> = {
  referral_scheme: { zh: ['拉新返现'], en: [] },
  guaranteed_return: { zh: ['按原价回购'], en: [] },
};

/** Same words, no offer: each must raise no flag at all. */
export const LEX16_LOOKALIKES: ByFlag<string[]> = {
  referral_scheme: { en: ['For every friend you invite to the picnic, bring a dish.', 'You get a free drink for every friend you bring.'] },
  pressure_tactics: {
    en: ['Book your flight before the price rises in summer.', 'Reply within 24 hours or the meeting slot goes to someone else.'],
  },
  guaranteed_return: { zh: ['商场承诺：七天内未拆封商品按原价退还。'] },
  public_solicitation: { zh: ['妈妈在电话里一直给我推荐她做的菜。'] },
  nonstandard_debt: { zh: ['会计课上讲了应收账款确权的做法。'] },
  romance_contact: { zh: ['在婚恋网站上认识了我老公，他教我做饭。'], en: ['I met my wife on Hinge; she taught me how to cook.'] },
  self_financing: { zh: ['募集资金用于集团新建的员工食堂，感谢大家捐款。'] },
};

export const LEX16: Round = { slots: LEX16_SLOTS, negated: LEX16_NEGATED, terms: LEX16_TERMS, lookalikes: LEX16_LOOKALIKES };
