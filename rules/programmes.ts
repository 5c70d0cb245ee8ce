/**
 * A licensed institution's own referral programme (推荐好友开户，双方各得20元立减金; "refer a friend to our bank,
 * you both get $50"): a fixed, small reward for a banking act, paid by the bank. A referral scheme in the
 * spec's sense pays for recruiting investors — a share of their money, or rewards that grow with a downline —
 * so the reading needs all three parts (the bank, the banking act, a fixed reward) and none of a scheme's.
 */
const BANK = /(?<!比|不如)(?:[\u4e00-\u9fff]{0,6}银行|本行|我行|信用社|农商行|城商行)|\b(?:our|the|this|my) bank(?:'s)?\b|\bbank's\b/;
const BANK_ACT =
  /开户|开卡|办卡|核卡|开立|绑卡|首笔存款|存款|(?:app|手机银行|银行)[^，,。]{0,8}注册|注册(?:账户|账号)?|办理(?:信用卡|借记卡|储蓄卡|手机银行)|注册手机银行|\bopen(?:s|ing)? (?:a |an |their |your )?(?:\w+ )?(?:account|card)\b|\bsigns? up for (?:a |an )?(?:\w+ )?(?:card|account)\b|\b(?:credit|debit) card\b|\b(?:current|savings|checking) account\b|\b(?:they |first |direct )?deposits? (?:of )?[$£€]\s?\d/;
const FIXED_REWARD =
  /\d+\s*(?:元|块)|[一二两三四五六七八九十百千]+\s*(?:元|块)(?!起)|立减金|立减券|红包|积分|话费|礼品|购物卡|京东卡|超市卡|代金券|优惠券|[$£€]\s?\d+|\d+\s?(?:dollars?|pounds?|euros?|hkd|sgd)\b|\b(?:credit|voucher|gift card|bonus)\b/;
// A share, a tier or an investment makes it a scheme whatever the institution says it is.
const SCHEME =
  /%|百分之|[个分厘]点|层级|二级|间接|团队|下线|伞下|见点|对碰|级差|平台|投资|理财|入金|返佣|提成|分红|收益|\b(?:downline|levels?|tiers?|team|overrides?|invest\w*|profits?|returns?|commissions?|platform)\b/;

/** The text is a bank's fixed-reward referral programme, not a recruiting scheme (normalised text). */
export const isBankReferral = (norm: string): boolean =>
  BANK.test(norm) && BANK_ACT.test(norm) && FIXED_REWARD.test(norm) && !SCHEME.test(norm);

// A broker's programme is the same shape (邀请好友开通证券账户，入金满一万元得30元购物卡; "refer a friend to our brokerage,
// get $50 when they fund the account"): the friend moves their own money into their own securities account (银证转账),
// which a broker calls 入金. Everything else of a scheme's still makes it one.
const BROKER = /证券公司|券商|证券账户|股票账户|期货公司|期货账户|\b(?:brokerage|broker)\b/;
const BROKER_ACT =
  /开户|开通(?:证券|股票|基金|期货)?账户|开立|\bopen(?:s|ing)? (?:a |an |their |your )?(?:brokerage|trading|securities|investment) account\b/;
const BROKER_SCHEME = new RegExp(SCHEME.source.replace('|入金', ''));

/** The text is a broker's fixed-reward referral programme for opening an account (normalised text). */
export const isBrokerReferral = (norm: string): boolean =>
  BROKER.test(norm) && BROKER_ACT.test(norm) && FIXED_REWARD.test(norm) && !BROKER_SCHEME.test(norm);

/**
 * A recruiting structure: a downline or tiers, or a percentage paid per recruit. With it, a referral text is a scheme
 * whatever perks it also names (积分, 开户礼, "open an account"): the look-alike words of a bank's or a broker's
 * programme do not silence it.
 */
const RECRUITING =
  /层级|[二三四]级(?:奖励|返|分佣|提成|佣金|分红)|间接(?:推荐|奖励|返)|团队奖|下线|伞下|见点|对碰|级差|拉人头|发展(?:会员|下级|团队)|(?:推荐|邀请|拉|介绍|直推)[^，,。；;]{0,12}(?:返|奖励|提成|分成|佣金|得|拿)[^，,。；;]{0,6}(?:\d+(?:\.\d+)?\s*[%％]|百分之)|\b(?:downlines?|uplines?|tiers?|team bonus|overrides?|level (?:one|two|three|\d))\b|\b(?:refer|invite|recruit|bring)\w*\b[^.;]{0,40}\d+(?:\.\d+)?\s*%/;

export const isRecruitingScheme = (norm: string): boolean => RECRUITING.test(norm);

/**
 * A firm's pay for its own staff (销售提成是业绩的10%，年底另有团队奖; "our sales team earns a 15% commission"): a
 * commission on sales made for an employer recruits no investors. Members, agents and partners who join, or any
 * investment, make it a scheme's wording again.
 */
const STAFF_PAY =
  /员工|职员|公司的销售|销售人员|销售团队|底薪|工资|薪资|薪酬|绩效|年终奖|招聘|岗位|\b(?:staff|employees?|sales (?:team|staff|reps?|force)|salary|salaries|wages|payroll|hiring|base pay)\b/;
const JOINERS =
  /会员|代理|加盟|入会|合伙人|下线|拉人头|推荐|邀请|介绍|直推|间推|投(?!票|诉|递|稿|篮|简历)|项目|平台|认购|入金|理财|收益|返利|\b(?:invest\w*|downlines?|members?|recruit\w*|join\w*|partners?|affiliates?|returns?|refer\w*|invite\w*|platform|project)\b/;

export const isStaffPay = (norm: string): boolean => STAFF_PAY.test(norm) && !JOINERS.test(norm);
