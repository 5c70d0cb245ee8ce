/**
 * Round-17 rows of the coverage generator: the concepts of rules/flags/concepts-lex17.json, cut into slots, every
 * filler used at least once. Written from the regulators' typical 非法集资 scripts: money sent straight to the
 * seller's WeChat or Alipay (微信转我, 打我支付宝: no custody), and "today or the quota is gone" told as
 * 今天不转明天就没额度 (haste), a payment QR code of a person (收款码), 直融 and 政信直融 (non-standard debt), a
 * state firm's guarantee letter, a stall at a market (赶集时到摊位咨询), money in one company account (pooling), new
 * recruits' deposits paying the recruiter; and everyday look-alikes (a gym, a restaurant's set meal, a group buy). No sentence comes from an evaluation set. Claims go through the plain, reported and
 * warned frames; each flag's denials (negated) and the terms a user may ask about (asked) must not fire; each
 * look-alike must raise no flag.
 */
import { claim, type ByFlag, type Round, type Slots } from './coverage-round.js';

export const LEX17_SLOTS: ByFlag<Slots[]> = {
  no_custody: {
    zh: [
      claim('年化9%，钱直接', '微信|支付宝|银行卡|个人卡|私人卡|云闪付', '转我|打我|付我|转给我|打给我|转到我|打到我', '就行|就可以'),
      claim('月息1分，', '扫我的微信收款码|扫经理的支付宝收款码|用我的收钱码', '付认购款|付款|支付'),
      claim('月息1分，', '转账到|打款到|汇款到', '支付宝', '138****5678|13912345678'),
    ],
    en: [
      claim(
        'We pay 10% a year, and',
        "we don't use a custodian bank|we do not use any custodian|we never use an escrow",
        '; money goes to the boss.',
      ),
    ],
  },
  unlicensed: {
    en: [
      claim(
        'We are a tech company, so we',
        "don't need|do not need|don't require",
        'any financial permit|a licence|any approval',
        ', and pay 11% a year.',
      ),
    ],
  },
  nonstandard_debt: {
    zh: [claim('某区城投', '直融项目|直融计划|政信直融', '，年化9%，一年期')],
    en: [claim("It's a", 'direct-financing plan|direct financing plan|directed financing plan', 'yielding 9.5% a year')],
  },
  government_backing: {
    zh: [claim('这单', '市属国企|区属国企|县属国企|省属国企', '全资子公司', '出具担保函|提供兜底|出具担保', '，年化9%')],
    en: [
      claim(
        'The issuer is the',
        "district government's investment arm|county government's financing vehicle|city government's development company",
        ', coupon 9.5%.',
      ),
    ],
  },
  public_solicitation: {
    zh: [claim('公司光伏项目年化9%，', '赶集时|集市上|社区活动中心|老年活动中心', '欢迎到摊位', '咨询|认购|报名')],
    en: [
      claim(
        'Our pension plan pays 10% a year —',
        'join our free talk for retirees|come to the free seminar for seniors|free eggs for everyone',
        'at the community centre.',
      ),
      claim(
        'Units yield 12% a year, so',
        'please share this in every WeChat group|share it with all your contacts|share the link across your groups',
        "you're in.",
      ),
    ],
  },
  self_financing: {
    zh: [claim('年化9%，', '钱|资金|认购款', '用来|用于|拿去', '建咱们公司自己的养老社区|盖我们公司自己的厂房')],
  },
  referral_scheme: {
    zh: [claim('老会员', '带新人|拉新人|介绍朋友', '入金，', '新人每投一万元|每认购一万', '，你直接到账300元现金奖励|，返你3%提成')],
  },
  split_or_pooled: {
    en: [
      claim(
        "All investors' money|Everyone's money|Every investor's cash",
        'sits in one|is pooled into one|is kept in the same',
        'company account, paying 10% a year.',
      ),
    ],
  },
  pressure_tactics: {
    zh: [
      claim(
        '月息2分，',
        '今天|今晚|今日|现在|这周|本周',
        '不转|不打款|不付|不交|不认购|不报名|不锁定|不转账',
        '，明天|就没|，额度就没了|，没额度了|，没名额了|，就给别人|，就涨价',
      ),
    ],
  },
};
/** The same claims denied by the offer itself: the flag must not fire. */
export const LEX17_NEGATED: ByFlag<string[]> = {
  no_custody: {
    zh: ['资金由银行存管，不用微信转我', '资金由银行存管，不会让你扫个人收款码付款'],
    en: ["Our fund is held by a custodian bank; we don't use personal accounts."],
  },
  unlicensed: { en: ['We hold a securities licence and every product needs an approval.'] },
};
/** Terms a user may ask about (什么是…？, "Is … legal?"): the flag must not fire. */
export const LEX17_TERMS: ByFlag<string[]> = {};
/** Same words, no offer: each must raise no flag at all. */
export const LEX17_LOOKALIKES: ByFlag<string[]> = {
  no_custody: { zh: ['聚餐的钱你微信转我就行，我先垫上了。'] },
  pressure_tactics: {
    zh: ['今天不交作业，明天老师就要批评了。', '本店限时优惠！午市套餐一律八八折，每天限量50份，先到先得。'],
    en: ['Gym promo: refer a friend and you both get a free month. Offer ends Sunday!'],
  },
  public_solicitation: { zh: ['朋友圈晒娃：宝宝今天第一次自己走了五步！大家帮忙点个赞～', '社区活动中心周三有免费体检，欢迎到摊位咨询'] },
  referral_scheme: {
    zh: [
      '健身房老会员福利：推荐新朋友办年卡，双方各送一个月会籍，推荐越多送得越多。',
      '小区团购群通知：明早8点截单，拉新邻居进群团长发红包。',
    ],
  },
};
export const LEX17: Round = { slots: LEX17_SLOTS, negated: LEX17_NEGATED, terms: LEX17_TERMS, lookalikes: LEX17_LOOKALIKES };
