/**
 * What a text is about. Haste, secrecy, 下载…软件, 为母公司的项目 and hot
 * themes are everyday words: they are red flags only in a text about money. Round 4 tried "no money
 * word at all → no flag" and it cost too much recall (名额有限，今晚截止 carries no money word), so
 * these tests need positive evidence of another subject, or of a text that reports or explains,
 * and no money word at all.
 */
import { isInsurersOwn, isLicensedPromotion } from './licensed.js';
import { isBankReferral, isBrokerReferral, isStaffPay } from './programmes.js';

/**
 * Words that put money or an investment on the table. Rates, redemption and financial products count
 * (利率, 兑付, 理财产品, "interest rate"): a guarantee made at a 年会 about a product's rate is about money.
 * A bare 产品 does not, because shops sell products too (商场产品限时五折). A 财富讲座 on 资产配置 and a bond
 * are money too; "counterparty" is not a party.
 */
const FINANCE_WORDS =
  '利率|兑付|刚兑|稳赚|刚性兑付|本息|保本|保息|(?:理财|金融|投资|保本|固收|信托|资管|私募|基金|保险)产品|产品(?:到期|收益|本金|年化|利率|兑付|期限)|\\binterest rates?\\b|\\brates? of return\\b|\\b\\d+(?:\\.\\d+)?\\s*% (?:rate|a year|p\\.a\\.)|\\bproducts? (?:pays?|yields?|returns?|matures?)\\b|principal|redemption';
const MONEY_BASE =
  /钱|(?<!尾|货|付尾|余)款|资金|投资|理财|财富|资产配置|收益|利息|回报|年化|本金|融资|募集|认购|入股|股票|炒股|股份|基金|币|账户|转账|打款|汇款|充值|额度|分红|返利|利润|赚|买入|下单|交易|募|投(?!票|诉|递|稿|篮|简历)|外汇|期货|黄金|荐股|带单|跟单|喊单|涨停|会员费|平台|财富(?:讲座|管理|规划|课|沙龙|论坛|讲堂)|资产(?:配置|规划|增值)|养老规划|\bwealth (?:seminars?|management|planning|talks?|workshops?)\b|mt4|mt5|put (?:some|money|it|a little) in|存点|充点|forex|platform|trades|signals|gold|silver|\b(?:investment|savings|wealth|pension|retirement|financing|income|staking|mining|financial|payment|instal?lment|this|the|our|a|your) plans?\b(?! (?:to|for|is to) (?!invest|buy|pay|deposit))|\bplans? (?:pays?|yields?|returns?|earns?)\b|invest|money|fund|return|profit|\bbonds?\b|wire|transfer|cash|crypto|coin|(?<!limited |in |out of |low |while )\bstocks?\b(?! (?:lasts?|runs? out))|shares|portfolio|retire rich|trading|deposit|payment|\$(?!\s?\d+(?:\.\d+)? (?:off|credit|coupon|voucher|gift card|store credit)\b)|¥|￥/;
const MONEY = new RegExp(`${MONEY_BASE.source}|${FINANCE_WORDS}`);

/** Everyday subjects: shopping, events, exams, health, family surprises, a gym's membership, a restaurant's set meal, a group buy of fruit. */
const EVERYDAY =
  /体检|报名|生日|惊喜|聚会|派对|抽奖|年会|考试|考研|高考|五折|打折|全场|双十一|双11|双十二|双12|618|年货节|购物节|大促|预售|付尾款|定金\d*抵|满减|领券|无门槛券|优惠券|促销|商场|门票|演唱会|电影票|床位|挂号|预约|亲子|招聘|包吃包住|月薪|岗位|hiring|\bjob\b|专家号|放号|医院|成绩|期末|作业|秒杀|直降|包邮|商品|鞋|衣服|手机壳|iphone|shoes|mall|\bshop|% off|grades|homework|\bparty\b|surprise|birthday|\bsale\b|discount|black friday|concert|tickets?\b|exam|enrol|cinema|booking|婚礼|结婚|求婚|婚宴|喜酒|辞职|离职|跳槽|怀孕|义诊|量血压|开会|例会|会议|聚餐|搬家|走失|寻狗|寻猫|面包店|蛋糕店|打烊|关门|验证码|动态码|密码|健身|健身房|会籍|年卡|月卡|私教|瑜伽|游泳卡|晒娃|萌娃|宝宝|点赞|集赞|餐厅|饭店|本店|套餐|午市|晚市|堂食|饮料|奶茶|菜品|团购|团长|截单|接龙|车厘子|水果|生鲜|蔬菜|(?:[一二三四五六七八九]{1,2}|\d{1,2}(?:\.\d)?)折(?!现|算|合)|\bgym\b|fitness|yoga|free month|free class|month free|months free|week free|free trial|joining fee|\bdues\b|免费试用|试用|学(?:英语|日语|韩语|法语|德语|西班牙语|外语)|背单词|超级会员|field trip|school trip|sneakers|trainers|restaurant|\bmenu\b|\blunch\b|\bcafe\b|groceries|group[- ]buy|wedding|\bpropos(?:e|ing)\b|\bengaged\b|pregnan|resign|quit my job|\bmeeting\b|potluck|moving house|lost (?:dog|cat|pet)|\bpet\b|bakery|verification code|\bpin\b|password|\botp\b|one-time code/;

/** School and class notices: a link shared in the parents' group is not a promotion. */
const SCHOOL = /school|class group|parents?\b|homework|班级群|家长群|学校|家长/;

/** Apps and services that have nothing to do with money: a study app, a game, an audit. */
const EVERYDAY_SERVICE =
  /学习|课程|作业|游戏|外卖|homework|school|lesson|个人所得税|个税|退税|社保|医保|公积金|打车|导航|健身|音乐|视频|政务|反诈|审计|咨询服务|设计|施工|装修|维修|翻译|培训|法律服务|体检|study|game|fitness|music|audit|consulting|design work|translation/;

/** Market reports: a theme named as a board or a price move is news, not an invitation. */
const MARKET_NEWS =
  /概念股|板块|跌停|涨停|收盘|大盘|个股|集体(?:上涨|下跌|走高|走低)|价格(?:今日|今天)?(?:上涨|下跌|大涨|大跌|暴跌|暴涨)|跌破|涨破|shares (?:fell|rose|slumped|jumped)|\b(?:fell|rose|dropped|jumped|climbed|slid|slumped|surged|plunged|gained|declined|grew|shrank|increased|decreased) (?:by )?\d|[涨跌](?:了|幅)?\d|\bprices? (?:are|is|were|remain) (?:very |highly |extremely )?volatile\b|价格波动|prices? (?:fell|rose|dropped|jumped|slumped|plunged)|dropped below|rose above|sector/;
/** Someone inviting the reader in: without it a market report offers nothing. */
const INVITATION = /我们|本平台|本公司|你|您|认购|入股|加入|抢|上车|买|抄底|充值|\bwe\b|\bour\b|\byou\b|join|\bbuy\b|invest/;

/** An explainer speaks of a class of firms and a consequence, never of "us" or "this product". */
const EXPLAINER = /所以|因此|意味着|通常|一般来说|也就是说|which means|so investors|therefore/;
const DEICTIC = /我们|我司|本平台|本公司|这个|这款|这家|本产品|你|您|\bwe\b|\bour\b|\bthis\b|\byou\b/;

/** A pitch turns "no regulator" into a benefit; an explainer turns it into a risk. */
const BENEFIT =
  /收益|回报|赚|利息|灵活|高息|自由|(?:不用|无需|不需要|用不着)(?:在国内)?(?:申请|办理|拿)?(?:任何)?(?:牌照|许可|执照|审批)|return|profit|yield|flexib/;

/** Words that put an investment on the table, not just a payment. */
const INVESTING_BASE =
  /投(?!票|诉|递|稿|篮|简历)|理财|收益|息|回报|年化|本金|认购|项目|入股|分红|返利|保本|兜底|定融|非标|存款|融资|募集|invest|return|profit|interest|yield|principal/;
const INVESTING = new RegExp(`${INVESTING_BASE.source}|${FINANCE_WORDS}`);

/**
 * Everyday payments and pots: wages, rent, team outings, class funds, paying a shop, a stall or a ticket. A domestic
 * helper is named by her work (保洁阿姨); 阿姨 alone is how anyone addresses an older woman (张阿姨, 叔叔阿姨们).
 */
const EVERYDAY_PAYMENT =
  /店里|店铺|小店|商店|摊位|买菜|菜市场|水果店|早餐|门票|演唱会|电影票|票钱|车费|打车|外卖|闲鱼|二手|\b(?:shop|store|stall|groceries|concert|movie tickets?|taxi|fare|takeaway|second-hand|secondhand|garage sale)\b|field trip|school trip|\bthe bus\b|团建|费用|工资|保姆|(?:保洁|家政|钟点工?|做饭|带娃|住家|育儿)阿姨|房租|学费|餐费|饭钱|\baa\b|代购|快递|礼金|份子钱|班费|班级|活动经费|经费|水电|物业|修车|报销|差旅|押金|发票|开票|服务费|货款|plumber|\binvoices?\b|\brent\b|\bflat\b|apartment|landlord|reimburse|wages|salary|babysitter|nanny|tuition|dinner|the bill/;

/** Shops and stalls that need a trade licence, not a financial one. */
const EVERYDAY_BUSINESS = /饭馆|餐厅|饭店|小店|理发|超市|摊位|小摊|网吧|民宿|food truck|restaurant|barber|\bshop\b|\bstall\b/;

/** A licensed institution as the subject: its owner is a fact, not a promise of backing. */
// Named as a foil (比银行还稳, "safer than a bank") it is not the subject.
const LICENSED_SUBJECT = /(?<!比|不如|胜过|超过)(?:银行|保险公司|证券公司|券商)|(?<!than (?:a |the |any )?)\b(?:bank|insurer|brokerage)\b/;

/** A state asset or stake put up at a property-rights exchange: what such an exchange is for. */
const STATE_DISPOSAL =
  /(?:产权交易|产交所)[^。！？!?]{0,30}(?:转让|拍卖|处置|竞价|招租)|(?:转让|拍卖|处置|竞价|招租)[^。！？!?]{0,30}(?:产权交易|产交所)/;

/** A card swallowed by a cash machine, or a bank holding one's own account, is not a platform withholding money. */
const CASH_MACHINE = /atm|吞卡|吞了|取款机|柜员机|cash machine|bank account|\bthe bank will\b|银行卡|银行账户/;
const PLATFORM_HOLD = /平台|app|解冻|提现|出金|缴纳|保证金|税|withdraw|platform|\btax\b|\bfee\b/;

/** Live streams and short videos that sell cooking, clothes or make-up: shopping, not an investment. */
const CONSUMER_GOODS = /做菜|菜谱|食谱|不粘锅|锅|衣服|化妆品|护肤|零食|带货|recipe|cooking|makeup|skincare/;

const PERSONAL_LOAN = /借的|借了|借你|借我|借给我|欠你|欠的|还你|\bborrowed\b|lent me|owe you/;

/** A giveaway or a raffle (评论区扣1抽奖送书) solicits comments, not money. */
const GIVEAWAY = /抽奖|送书|赠书|抽个|giveaway|raffle|\bprize\b/;
const GIVEAWAY_MONEY = /推广|宣传|转发|朋友圈|promot|share|收益|年化|回报|返|分红|息|本金|%|投(?!票)|return|yield|interest|invest/;

/**
 * A borrower's own loan (网贷逾期罚息, 还不上网贷, "my payday app charges a late fee"): the words of online
 * lending name what they owe, not money they are asked to lend — unless the text asks them to lend or invest.
 */
const BORROWER =
  /逾期|罚息|还款|还不上|借款(?:前|时|之前)|理性借贷|借钱|催收|征信|借款合同|贷款|借了|下款|分期|滞纳金|\b(?:repay|repayment|overdue|late fee|debt collectors?|credit score|borrowed)\b/;
// A platform's record shown to lenders (累计撮合借款80亿, "matched loans") is a pitch for their money.
const LENDER =
  /出借|撮合|累计成交|累计交易|\bmatched (?:loans|borrowers)\b|投资|理财|收益|回报|年化收益|赚|投了|出借人|债权|invest|\blend (?:your|my|our)\b|\bearn|returns?\b|\byield/;

// A borrower who denies investing (我不是要投资，就想问网贷逾期…, "I'm not investing") asks about their own loan: the
// denied intent is no lender's word.
const DENIED_INVESTING =
  /(?:不是|并不是|不|没|没有|并没有|不想|不打算|并不想)(?:要|想|打算|在|是)?(?:投资|理财|出借|投钱)|\b(?:not|never) (?:looking to |planning to |trying to )?(?:invest|lend)\w*/g;
const lends = (n: string): boolean => LENDER.test(n.replace(DENIED_INVESTING, (w) => ' '.repeat(w.length)));

/**
 * A bank's or a payment app's own consumer promotion (开通送红包, 满100减10, 立减, 积分, cashback) with its campaign
 * deadline is a shop's kind of offer made by a licensed institution: no investment, whatever its haste.
 */
const CONSUMER_PROMO = /红包|满\d+减\d+|立减|优惠券|代金券|积分|返现|消费券|\b(?:cashback|coupons?|vouchers?|reward points)\b/;
const PAYMENT_ISSUER =
  /(?<!比|不如)(?:银行|数字人民币|数币钱包|云闪付|支付宝|微信支付|信用卡|借记卡)|\b(?:bank|credit card|debit card|e-cny|alipay|wechat pay)\b/;
const bankPromo = (n: string): boolean => CONSUMER_PROMO.test(n) && PAYMENT_ISSUER.test(n) && !INVESTING.test(n);

/**
 * Flags whose words are behaviour, not money. Round 4's lesson stands: a bare deadline or a bare "别告诉别人" is how a
 * pitch's line reads when pasted alone, so only positive evidence of another subject clears them.
 */
const BEHAVIOUR = new Set([
  'secrecy',
  'public_solicitation',
  'pressure_tactics',
  'referral_scheme',
  'romance_contact',
  'hype_theme',
  'fake_platform',
]);

/** Someone selling, or a coin, beside the everyday words (体检完就推荐产品, "the pool closes at midnight, send the USDT"). */
const SELLING =
  /产品|项目|推荐(?![^，,。]{0,3}(?:朋友|好友|新人|同事|邻居|家人|会员)|越多|得越多)|推销|推广|业务员|销售|\b(?:usdt|btc|bitcoin|eth|tokens?|products?|sales(?:man|person|people)?|agents?)\b/;

/** Flags that need a money subject; the value says which non-offer reading clears them. */
const GATES: Record<string, (norm: string) => boolean> = {
  // A bank's or a broker's own fixed-reward referral programme (./programmes.ts) recruits no investors.
  // …and a firm's commission for its own sales staff (./programmes.ts) recruits nobody either.
  referral_scheme: (n) => isBankReferral(n) || isBrokerReferral(n) || isStaffPay(n),
  // A school trip's fee due by Friday, a shop's bill: a deadline on a payment that buys nothing to invest in.
  pressure_tactics: (n) => bankPromo(n) || (EVERYDAY_PAYMENT.test(n) && !INVESTING.test(n)),
  // 借的五千块下个月如数奉还, 考试保底: a friend repaying a loan or an exam, not an issuer protecting principal.
  guaranteed_return: (n) => (PERSONAL_LOAN.test(n) || EVERYDAY.test(n)) && !INVESTING.test(n),
  public_solicitation: (n) =>
    ((SCHOOL.test(n) || CONSUMER_GOODS.test(n)) && !MONEY.test(n)) || (GIVEAWAY.test(n) && !GIVEAWAY_MONEY.test(n)),
  fake_platform: (n) => EVERYDAY_SERVICE.test(n) && !MONEY.test(n),
  self_financing: (n) => EVERYDAY_SERVICE.test(n) && !MONEY.test(n),
  hype_theme: (n) => MARKET_NEWS.test(n) && !INVITATION.test(n),
  crypto: (n) => MARKET_NEWS.test(n) && !INVITATION.test(n),
  unlicensed: (n) => (EXPLAINER.test(n) && !DEICTIC.test(n) && !BENEFIT.test(n)) || (EVERYDAY_BUSINESS.test(n) && !INVESTING.test(n)),
  no_custody: (n) => EVERYDAY_PAYMENT.test(n) && !INVESTING.test(n),
  split_or_pooled: (n) => EVERYDAY_PAYMENT.test(n) && !INVESTING.test(n),
  // A state owner's asset sold at a property-rights exchange (国资委所属企业的厂房在产权交易中心拍卖) is a disposal.
  government_backing: (n) => (LICENSED_SUBJECT.test(n) || STATE_DISPOSAL.test(n)) && !INVESTING.test(n),
  withdrawal_blocked: (n) => CASH_MACHINE.test(n) && !PLATFORM_HOLD.test(n),
  // 网上认识 alone is how many couples met: a romance flag needs money on the table.
  // A market statistic (网贷规模同比下降, "online lending volumes declined 40%") invites nobody to lend.
  p2p_lending: (n) => (BORROWER.test(n) && !lends(n)) || (MARKET_NEWS.test(n) && !INVITATION.test(n)),
  romance_contact: (n) => !MONEY.test(n) && !/\bapp\b|网站|链接|link/.test(n),
};

/**
 * True when the text's subject shows that `flagId`'s words are not a pitch here. A rate the offer
 * claims (`claimsYield`) is money on the table, so no everyday subject clears a flag then.
 */
export function notAnOfferFor(flagId: string, norm: string, claimsYield = false, topPercent: number | null = null): boolean {
  // An insurer's own contract (./licensed.ts) states its guaranteed rate: a rate there is the contract's, not a pitch's.
  if (isInsurersOwn(flagId, norm, topPercent) || isLicensedPromotion(flagId, norm, topPercent)) return true;
  if (claimsYield) return false;
  // Behaviour words (别告诉别人, 转发给身边朋友, "hurry", "invite your friends") about an everyday subject (a wedding kept
  // secret, a clinic day shared, a bakery's hours, a verification code) with no money anywhere are not a pitch.
  if (BEHAVIOUR.has(flagId) && EVERYDAY.test(norm) && !MONEY.test(norm) && !SELLING.test(norm)) return true;
  return GATES[flagId]?.(norm) ?? false;
}
