/**
 * Round-13 rows of the coverage generator: the concepts of rules/flags/concepts-lex13.json and the round's number
 * and amount readings, each cut into slots, every filler of every slot used at least once, in Chinese and English.
 * Written for this generator from the regulators' typical 非法集资 scripts — money paid into a person's account as
 * bank letters and chats abbreviate it (a/c, acct) or as Cantonese says it (转落佢户口, 入数), or onto the issuer's own
 * 对公账户 instead of a custodian's; a product pushed day after day in a 老乡群 or spammed into a group chat; an LGFV
 * or an SOE standing behind a plan; a 城投 bond sold on 政府兜底; money raised for a parent group's projects; friends
 * pooling to clear a private fund's threshold (拼单); a "window" closing on new investors; a bonus per recruit;
 * principal "back in full"; a directed-financing instrument; an offer not to be disclosed; spoken rates (利息两分,
 * 日息万五); a payout against a stake in English; a rate beside a downline in space-separated chat, and beside a
 * purchase cap — and from the spec's flag lists; no sentence comes from an evaluation set. Claims go through the
 * plain, reported and warned frames; each flag's own denials (negated) and the terms a user may ask about (asked)
 * must not fire; each look-alike must raise no flag.
 */
import { claim, claimsFrom, type ByFlag, type Round, type Slots } from './coverage-round.js';

export const LEX13_SLOTS: ByFlag<Slots[]> = {
  no_custody: {
    zh: [
      // Cantonese transfer verbs and 户口/户头 for an account.
      claim('钱直接转落|认购款入数去|本金过数俾', '佢|老细|经理', '个人户口|户口|私人户头'),
      // A bare 转/打 onto the issuer's own account instead of a custodian's.
      claim('钱转|认购款直接转|本金打', '公司对公账户|公司公户|公司基本户', '就行|即可|，年化10%'),
    ],
    en: [
      claim('Send the money to|Wire your stake to|Pay', "my|the director's|our boss's", 'personal a/c|private acct|bank a/c'),
      // The money as subject, landing in a person's payment channel.
      claim(
        'Your money|The subscription money|All payments',
        'goes straight to|is paid into|lands in',
        "the boss's|the director's|our manager's",
        'WeChat|Alipay|personal card',
      ),
      claim(
        'Deposit it into|Remit the funds to|Lodge the money in',
        "our CEO's|the chairman's|the founder's",
        'own account|personal bank account|Alipay',
      ),
    ],
  },
  public_solicitation: {
    zh: [
      // Southwestern 头 for 里: the group is where it is posted.
      claim('老乡群头|业主群里头|商会群里面', '天天有人|一直有人|每天都有人', '发这个理财|推这个项目|刷屏卖养老项目'),
      claim('家长群|同学群|广场舞群', '天天|成天|一天到晚', '推销这款理财|发月息2分的项目|打广告卖原始股'),
    ],
    en: [
      claim(
        'He spams|The agent keeps posting it in|She floods',
        'our community group|the group chat|our WeChat moments',
        'with a 12% plan|every day, 2% a month|with pre-IPO shares',
      ),
    ],
  },
  government_backing: {
    zh: [
      // A corporate bond sold on an explicit government-credit claim.
      claim('某城投公司发行的企业债|这只公司债|城投中期票据', '，宣传材料写着|，销售说有|，', '政府信用加持|政府兜底|财政兜底'),
    ],
    en: [
      claim(
        'A|This',
        'local govt financing platform|city investment company|chengtou',
        'note paying 9%|plan at 8.5% a year|bond, 10% p.a.',
      ),
      claim(
        'SOE-backed|State-backed|Govt-backed',
        'wealth plan|income note|financing plan',
        'at 9% a year|paying 5% p.a.|with monthly interest',
      ),
      claim(
        'Backed by|Underwritten by|Secured by',
        'an SOE|the local govt|a central SOE',
        'and this plan pays 9%|with returns of 8% a year|so your investment is safe',
      ),
    ],
  },
  self_financing: {
    zh: [claim('大家的钱|募集资金|投资款', '都进了|挪去|流进', '老板另一家公司|老板名下的地产项目|兄弟公司')],
    en: [
      claim(
        'The company raises funds for|It is raising money for|The plan raises capital for',
        'the projects of|the expansion of|the debts of',
        'its parent group|its controlling shareholder|its sister companies',
      ),
    ],
  },
  split_or_pooled: {
    zh: [
      claim(
        '这款私募门槛100万，|这个信托起投300万，|定融门槛50万，',
        '我帮你们几个人拼单，|大家合买一份，|可以凑份额，',
        '每人10万就能上车|一人出20万|每人5万',
      ),
    ],
    en: [
      claim(
        "Five of us can|Let's|We help clients",
        'pool our money|club together|split one subscription',
        'to buy into the private fund|for the trust plan|and meet the private placement minimum',
      ),
      // The minimum with a word between its label and the amount.
      claim(
        'Private fund,|Private placement,|Private equity note,',
        'min ticket just|minimum investment only|the threshold is just',
        '10k|20,000 yuan|5k',
      ),
    ],
  },
  pressure_tactics: {
    en: [
      claim(
        'Limited window:|Short window —|Narrow window:',
        'the plan|our fund|this note',
        'closes to new investors this Friday|stops taking new money tomorrow|closes to new subscriptions tonight',
      ),
    ],
  },
  referral_scheme: {
    en: [
      claim(
        'Each|Every|For every',
        'new member|recruit|investor',
        'you sign up|you bring in|you onboard',
        'pays you a bonus|earns a 5% commission|gets you 300 yuan',
      ),
    ],
  },
  guaranteed_return: {
    en: [
      claim(
        'Your principal|Your capital|The money you put in',
        'comes back in full|is returned in full|is paid back in full',
        'at maturity|after 12 months|when the term ends',
      ),
    ],
  },
  nonstandard_debt: {
    en: [
      claim(
        'Directional financing|Directed financing|Targeted financing',
        'instrument|scheme|certificate',
        'paying 9% a year|issued by a county LGFV|with quarterly interest',
      ),
    ],
  },
  secrecy: {
    en: [
      claim(
        'Please do not disclose|Do not mention|Do not share',
        'this offer|the quota|this allocation',
        'to anyone|to your family|with other people',
      ),
    ],
  },
  high_yield: {
    zh: [
      // Chat writing: a space, not a comma, between the rate and the downline's reward.
      claim('年化20%|一年翻倍|月息3分', ' ', '发展下线还有团队奖|拉人另有奖励|直推有提成'),
      // Spoken rates: a bare 分 after 利息 (monthly), 万N after a daily rate word, a payout written 6千5.
      claim('利息两分|月利一分半|日息万五', '，按月结|，天天到账|，本金随时取'),
      claim('5万块存进去，|十万放进来，', '一年利息6千5|一年利息1万2'),
    ],
    en: [
      // A cap on what one may buy beside the rate is no legal cap on a lender's rate.
      claim(
        'Agreed annualised rate 9%,|Fixed return 12% a year,|Interest of 2% a month,',
        'purchase capped at RMB 50,000|capped at 100,000 yuan per client|capped at RMB 20,000 per account',
      ),
      // A payout against a stake: the stake as the subject, or the payout first and the stake after "on every".
      claim('20,000 earns you|10k makes', '400 a month|150 every month'),
      claim('Earn 250 yuan a month on every|Get 300 a month on each', '10,000 invested|20,000 you put in'),
    ],
  },
};

/** The same claims denied by the offer itself: the flag must not fire. */
export const LEX13_NEGATED: ByFlag<string[]> = {
  no_custody: { zh: ['钱不转公司对公账户，全部进银行托管账户'], en: ["payments never go to the director's WeChat"] },
  public_solicitation: { zh: ['我们从不在业主群里头发产品信息'], en: ['We never spam the group chat'] },
  government_backing: { zh: ['这只企业债没有政府兜底，也没有政府信用加持'], en: ['it is not SOE-backed'] },
  self_financing: { zh: ['募集资金不会流进老板名下的项目'], en: ['The company never raises funds for the projects of its parent group'] },
  split_or_pooled: { zh: ['不能拼单，每位投资者须单独满足100万私募门槛'], en: [] },
  pressure_tactics: { en: ['There is no limited window and no rush'] },
  guaranteed_return: { en: ['Your principal may not come back in full'] },
  // Percentages that are not a return: a per-recruit reward in space-separated chat, a legal cap on a lender's rate.
  high_yield: { zh: ['推荐一人奖励10% 另有团队奖'], en: ['the rate on private loans is capped at 24% by law'] },
};

/** Terms a user may ask about (什么是…？, "Is … legal?"): the flag must not fire. */
export const LEX13_TERMS: ByFlag<string[]> = {
  no_custody: { zh: ['转落个人户口'], en: ['personal a/c payments'] },
  public_solicitation: { zh: ['群里头刷屏的理财'], en: ['spammed group chats'] },
  government_backing: { zh: ['政府信用加持'], en: ['SOE-backed plans', 'LGFV notes'] },
  split_or_pooled: { zh: ['私募拼单'], en: ['private fund group buys'] },
  pressure_tactics: { en: ['limited windows'] },
  high_yield: { zh: ['日息万五', '利息两分'], en: [] },
};

/** Same words, no offer: each must raise no flag at all. */
export const LEX13_LOOKALIKES: ByFlag<string[]> = {
  no_custody: {
    zh: ['户口本上的地址要和身份证一致。', '个人户口迁移请到派出所办理。'],
    en: ['Our private a/c unit broke down again.', 'Please send the invoice to my personal email.'],
  },
  public_solicitation: {
    zh: ['同学群里头天天有人发孩子照片。', '家长群天天发作业通知。'],
    en: ['He spams the group chat with cat videos.'],
  },
  government_backing: { en: ['State-backed schools reopen on Monday.'] },
  self_financing: { en: ['Volunteers raise funds for the projects of the local library.'] },
  split_or_pooled: { zh: ['拼单买水果更便宜。', '几个人合买一箱车厘子。'], en: ["Let's club together for a birthday present."] },
  pressure_tactics: { en: ['The museum has a limited window for school visits.'] },
  referral_scheme: { en: ['Every new member you sign up gets a club T-shirt.'] },
  guaranteed_return: { en: ['The concert was cancelled, so your ticket money is refunded in full.'] },
  secrecy: { en: ['Do not share your password with anyone.'] },
  high_yield: { en: ['By law, the rate on private loans is capped at 24%.'] },
};

export const lex13Claims = claimsFrom(LEX13_SLOTS);

export const LEX13: Round = { slots: LEX13_SLOTS, negated: LEX13_NEGATED, terms: LEX13_TERMS, lookalikes: LEX13_LOOKALIKES };
