/**
 * An independent challenge set for the offer check, written for issue 15's continuation from
 * domain knowledge only: the spec's lists, the typical 非法集资 话术 that police and regulators
 * publish (保本保息, 高额回报, 拉人头, 限时抢购, 政府背景, 私人账户收款 …), and how such pitches
 * read in WeChat chats, SMS, livestreams and cold calls — colloquial, with typos and emoji-free
 * shorthand. Each pitch carries one intended flag; other flags may fire too.
 * Look-alikes and warnings are ordinary texts that must raise no flag at all.
 * Measured by ./challenge-table.ts; floors asserted in ./challenge.test.ts.
 */

export interface Pitch {
  flag: string;
  lang: 'zh' | 'en';
  text: string;
}

type PitchLines = Record<string, { zh: string[]; en: string[] }>;

const PITCHES: PitchLines = {
  guaranteed_return: {
    zh: [
      '姐你放心，这个本金是一分都不会少的，到期连本带利打给你',
      '亏了我全额赔你，白纸黑字写进合同',
      '公司兜底，收益是锁定的，闭眼投就行',
      '投多少回多少，利息另算，稳稳的',
      '保证您每个季度都能按时拿到利息',
      '放心吧，本金百分百安全，利息一分不差',
      '这个跟存银行一样稳，还比银行多好几倍',
      '万一亏了，公司承诺全款回购，您没有任何损失',
    ],
    en: [
      'Your principal is fully protected and you get paid every month, no matter what the market does.',
      'We promise you will never lose a cent of what you put in.',
      'Returns are locked in from day one, it is basically a sure thing.',
    ],
  },
  high_yield: {
    zh: [
      '一个月给你3个点的利息，按月发',
      '年收益能到百分之十八，比理财强多了',
      '每天千分之三的收益，利滚利',
      '投十万，一年稳拿两万五的利息',
      '半年回报率20%，到期一次性兑付',
      '周周分红，每周收益1.2%',
      '月息2分5，老客户都在投',
      '预期年化收益率15%-18%，随时可以追加',
    ],
    en: [
      'Earn 2% every week, paid straight to your wallet.',
      'Annual return expected around 24%, paid monthly.',
      'Monthly interest of 3.5% on every dollar you deposit.',
    ],
  },
  exchange_channel: {
    zh: [
      '这个产品在天津金交所挂牌的，正规得很',
      '我们是通过金融资产交易中心发行的，有备案',
      '金交所的产品，比银行理财收益高一截',
      '项目已经在某某金融资产交易所登记，可以查',
      '这款是金交所备案产品，起投五万',
      '走的是金交所通道，合规没问题',
      '在金融资产交易中心摘牌认购就行',
      '金交所登记发行，信息披露很完整',
    ],
    en: [
      'This note is listed on a finance-asset exchange, fully above board.',
      'We issue it through a regional 金交所, so it is compliant.',
      'Tianjin financial-assets exchange has it on record, look it up.',
    ],
  },
  pseudo_exchange: {
    zh: [
      '我们在某某资产登记结算中心做了登记，放心',
      '产品在区域产权交易中心挂牌备案，期限一年',
      '这是在备案中心备案过的定向产品',
      '已在产登信息平台登记，每期都有编号',
      '通过某市产权交易所发行的债权产品，年化9%',
      '资产登记备案完成，合同随时可以看',
      '在股权托管交易中心挂牌的收益权产品',
      '由某某登记备案中心出具备案函',
    ],
    en: [
      'The debt plan is filed with an asset registration centre, fully on record.',
      'A regional property rights exchange issued these notes for us.',
      'Last week we finished our filing at a registration & settlement center.',
    ],
  },
  government_backing: {
    zh: [
      '这是区政府的项目，钱是财政拨款兜着的',
      '融资方是城投平台，背后是地方政府',
      '国资控股企业发行，有国企担保',
      '县财政局出的承诺函，违约不可能',
      '政府重点工程配套融资，安全性极高',
      '央企背景，国家队的项目',
      '地方融资平台的定融，政府增信',
      '有政府信用背书，跟买国债差不多',
    ],
    en: [
      'The issuer is a city investment company backed by the local government.',
      'A state-owned firm guarantees the whole project.',
      'Government-backed infrastructure note, the finance bureau stands behind it.',
    ],
  },
  nonstandard_debt: {
    zh: [
      '这期定融一年期，年化8.5',
      '某城投定向融资计划，百万起',
      '应收账款收益权转让，每半年付息',
      '债权转让产品，转让方回购',
      '私募债直接对个人销售，起投十万',
      '这是个非标产品，收益比标品高',
      '定向债务融资工具，认购从速',
      '投资的是某公司的债权收益权，期限两年',
    ],
    en: [
      'It is a directed financing plan for a city developer, 9% a year.',
      'You buy the receivables income right and get paid twice a year.',
      'A private placement bond offered to retail investors, minimum 50k.',
    ],
  },
  self_financing: {
    zh: [
      '募集的钱全部用于我们集团自己的地产项目',
      '资金投向是老板控股的另一家公司',
      '钱借给我们母公司周转，利息高',
      '用于集团旗下关联企业的扩产',
      '这笔钱是给股东的矿场融资用的',
      '我们自己公司用钱，所以给的利息高',
      '资金用途：补充本集团流动资金',
      '募资给实控人名下的酒店项目',
    ],
    en: [
      'The money goes to our own group companies to fund their expansion.',
      'Funds are lent to a related party owned by our chairman.',
      'We raise from investors to finance our parent company projects.',
    ],
  },
  public_solicitation: {
    zh: [
      '帮忙发一下朋友圈，让更多人知道这个项目',
      '周六酒店有投资讲座，免费领鸡蛋',
      '我们在小区门口摆摊推广，来了都送米面油',
      '您好，我是某某财富的理财顾问，给您打电话介绍一个好产品',
      '群里每天都有老师讲课，欢迎拉亲戚进来听',
      '短信通知：高收益产品火热认购中，回复1了解',
      '转给身边需要理财的朋友',
      '直播间的家人们，这个项目今天给大家讲透',
    ],
    en: [
      'Please forward this to everyone in your contacts.',
      'Free seminar with lunch this Saturday, bring your neighbours.',
      'We are cold calling selected customers about a special investment.',
    ],
  },
  split_or_pooled: {
    zh: [
      '私募产品拆成一万一份，人人都能买',
      '五千起投，门槛很低',
      '大家的钱放在一个池子里统一投资',
      '已经有三百多位投资人认购了',
      '资金归集到公司账户再统一调配',
      '份额拆分转让，小额也能参与',
      '起购金额1万元，上不封顶',
      '投资人超过500名，口碑很好',
    ],
    en: [
      'Entry from just 1,000 dollars, we split the fund into small units.',
      'All deposits go into one big pooled account, then we allocate.',
      'Over 800 investors have already joined this private fund.',
    ],
  },
  no_custody: {
    zh: [
      '钱直接转我个人微信就行，我帮你操作',
      '打到财务的私人卡上，卡号发你',
      '转账到我老婆的支付宝',
      '款汇到这个对公账户，不走银行存管',
      '没有第三方存管，钱直接进公司',
      '转到下面这个个人银行卡：工行 张某',
      '扫我的个人收款码付款',
      '资金由公司自己保管，没有托管银行',
    ],
    en: [
      'Just send the money to my personal account and I will handle it.',
      'Transfer to our manager personally, the bank custody is not needed.',
      'Pay via my Alipay, no custodian involved.',
    ],
  },
  referral_scheme: {
    zh: [
      '拉一个朋友进来，你拿他投资额的5%',
      '带新人有提成，越多越赚',
      '直推奖加间推奖，三代都有收益',
      '发展到10个下线升级为经理，拿团队业绩',
      '介绍客户投资，每单给你返点',
      '邀请好友注册送20元，好友投资你再拿佣金',
      '团队奖每月结算，市场奖另算',
      '推一个人奖励500块',
    ],
    en: [
      'Bring in three friends and you unlock the team bonus.',
      'Earn commission on every person you invite, plus their downline.',
      'Refer your buddy and you both get 100 dollars.',
    ],
  },
  pressure_tactics: {
    zh: [
      '今晚十二点截止，过了就没了',
      '只剩最后三个名额，要的抓紧',
      '额度快抢完了，赶紧转账',
      '这周不投就要等明年了',
      '机会难得，手慢无',
      '明天涨价，今天是最后优惠',
      '先占个位，今天之内把钱打过来',
      '仅限前50名，售完即止',
    ],
    en: [
      'Only a few spots left, you need to decide today.',
      'This offer expires at midnight, act now.',
      'Hurry, once the quota is gone it is gone.',
    ],
  },
  unlicensed: {
    zh: [
      '我们没有金融牌照，但是老板关系很硬',
      '牌照在申请中，不影响投资',
      '公司在开曼注册的，国外监管',
      '我们持有全能金融牌照，什么都能做',
      '不需要什么牌照，我们是科技公司',
      '在香港注册的，不受内地监管',
      '我们有美国MSB牌照，国际认可',
      '没有经过金融监管部门批准，但很多人在投',
    ],
    en: [
      'We do not need a licence, we are a tech company.',
      'Regulated offshore in Vanuatu, so mainland rules do not apply.',
      'Our licence is still pending but you can invest now.',
    ],
  },
  p2p_lending: {
    zh: [
      '这是个网贷平台，出借人年化10%',
      '我们做点对点借贷，撮合借款人',
      '平台上的借款标，一个月一期',
      '网络借贷信息中介，出借资金有风险保证金',
      '散标和智能投标都可以选',
      'P2P理财，资金直接借给借款人',
      '个人对个人的借贷平台，收益每日结算',
      '在我们app里把钱出借给小微企业主',
    ],
    en: [
      'Lend to borrowers directly on our peer-to-peer platform.',
      'A p2p app where your money funds personal loans.',
      'Our web lending marketplace pays lenders 11%.',
    ],
  },
  crypto: {
    zh: [
      '买我们的币，上了交易所就翻十倍',
      '用USDT充值，收益按币结算',
      '矿机托管，每天出币',
      '新币预售，现在认购价格最低',
      '数字货币量化搬砖，稳定收益',
      '参与空投拿代币，早进早赚',
      '比特币合约带单，一晚上赚30%',
      '币圈最火的项目，私募轮还能上车',
    ],
    en: [
      'Buy our token now, ahead of the Binance listing.',
      'Stake your USDT and earn daily rewards.',
      'Cloud-mining plan, payouts in bitcoin every day.',
    ],
  },
  fake_platform: {
    zh: [
      '跟着老师操作，下载这个APP开户',
      '股票群里有内幕消息，明天必涨',
      '我们导师带单，胜率90%',
      '在MT5平台上做外汇，我带你',
      '先下载我们的交易软件，链接发你',
      '进VIP群，老师每天推票',
      '这个平台是国际大盘，可以做黄金原油',
      '分析师一对一指导，跟单就行',
    ],
    en: [
      'Download our trading app and follow the mentor signals.',
      'Join the VIP group, insider tips every morning.',
      'Our analyst will place trades for you on MT4.',
    ],
  },
  withdrawal_blocked: {
    zh: [
      '提现前需要先交20%的个人所得税',
      '您的账户被冻结，缴纳解冻费后可提现',
      '提不了现是因为流水不够，再充一笔',
      '要先交保证金才能出金',
      '系统显示您操作异常，交一万认证金才能提款',
      '现在提现要扣违约金，不如再等等',
      '出款通道维护中，先缴手续费激活',
      '账户升级后才能提现，升级费3000',
    ],
    en: [
      'To withdraw you must first pay a 15% tax on your profits.',
      'Your account is frozen, pay the unlock fee to release funds.',
      'Withdrawal requires a verification deposit of 500 dollars.',
    ],
  },
  third_party_guarantee: {
    zh: [
      '有融资担保公司全额担保',
      '大股东出具差额补足承诺',
      '到期由关联公司溢价回购',
      '我们有兑付承诺函，盖了章的',
      '担保方是某某担保集团，实力雄厚',
      '第三方兜底回购，不用担心',
      '资产方承诺到期无条件回购',
      '担保公司承担连带责任',
    ],
    en: [
      'A guarantee company covers the full amount if we default.',
      'The sponsor signed a buy-back agreement at maturity.',
      'A third party provides a shortfall top-up undertaking.',
    ],
  },
  rollover: {
    zh: [
      '上一期到期的钱直接转到新一期，利息更高',
      '用新募集的资金兑付老客户',
      '产品滚动发行，一期接一期',
      '到期可以续投，续投有额外奖励',
      '短期资金投长期项目，靠后面的认购周转',
      '下一期募集完成后统一兑付上一期',
      '老期兑付靠新期接上',
      '借新还旧，资金链没问题',
    ],
    en: [
      'New investors money is used to pay earlier investors.',
      'When your term ends we roll it into the next series.',
      'Each new round pays out the previous round.',
    ],
  },
  secrecy: {
    zh: [
      '这是内部额度，别往外说',
      '只对老客户开放，千万别告诉家里人',
      '这个消息保密，不要跟银行的人讲',
      '内部认购，外面买不到',
      '别让你儿子知道，他不懂',
      '不要声张，名额是给熟人的',
      '这是内部渠道拿的份额',
      '千万别跟别人说是我介绍的',
    ],
    en: [
      'This is an insider allocation, keep it to yourself.',
      'Do not tell your family, they will not understand.',
      'Private internal quota, not offered to the public.',
    ],
  },
  romance_contact: {
    zh: [
      '亲爱的，我舅舅在做这个平台，带你一起赚',
      '网上认识的哥哥教我投资，他说稳赚',
      '宝贝我们以后结婚要钱，先在这个平台存点',
      '交友软件上认识的姐姐推荐了个理财',
      '我男朋友是做外汇的，网恋半年了，他带我投',
      '游戏里认识的网友让我买他说的币',
      '老公你信我，这个平台我自己也在投',
      '相亲网站认识的人拉我进了投资群',
    ],
    en: [
      'My online boyfriend showed me a platform where he makes money every day.',
      'A woman I met on a dating app suggested I invest with her uncle.',
      'Honey, trust me, put some in this app and we can buy a house.',
    ],
  },
  hype_theme: {
    zh: [
      '投资养老公寓，买床位还返租金',
      '原始股马上上市，现在买就是赚',
      '消费返利，买多少返多少',
      '区块链理财，科技赋能',
      '以房养老，房子抵押给我们拿月息',
      '养老基地预售，会员卡锁定收益',
      '元宇宙数字藏品，限量发售',
      '乡村振兴项目，国家大力支持',
    ],
    en: [
      'Pre-IPO shares, buy now while they are cheap.',
      'Invest in senior living beds and earn rent back.',
      'A blockchain wealth plan powered by AI.',
    ],
  },
};

/** Ordinary legitimate products, plainly described: no flag may fire. */
export const LOOKALIKES: string[] = [
  '工商银行三年期定期存款，年利率1.75%，受存款保险保护',
  '大额存单20万起存，三年期利率2.15%',
  '储蓄国债（凭证式）三年期票面利率2.38%，到期还本付息',
  '余额宝七日年化收益率1.6%，随存随取',
  '某银行理财子公司固收类产品，业绩比较基准2.8%-3.5%，不保本',
  '这款R2级理财产品业绩比较基准3.2%，过往业绩不代表未来表现',
  '货币基金近一年收益2.1%，风险较低',
  '结构性存款，挂钩黄金价格，收益区间1.3%-2.9%',
  '增额终身寿险，合同约定现金价值，按合同载明的利率增长',
  '养老保险个人账户，保单红利不保证',
  '在上交所买国债逆回购，年化1.8%',
  '通过券商APP在深交所买指数基金定投',
  '华融资产管理公司处置不良资产的公告',
  '数字人民币钱包消费满减活动',
  '个人养老金账户每年缴费上限12000元，可享税收优惠',
  '银行App上买的国债，一年期利率1.5%',
  'A licensed bank pays 2% a year on a 3-year fixed deposit, insured by the deposit scheme.',
  'The money market fund yielded 1.9% over the last seven days.',
  'Treasury savings bonds pay 2.5% annually and are redeemed at maturity.',
  'This bank wealth product benchmarks 3% and is not capital protected.',
  'Structured deposit linked to gold, return between 1.5% and 3%.',
  'A property rights exchange in Beijing auctions state-owned equity stakes.',
];

/** Warnings and explanations about the red flags: nothing is claimed, no flag may fire. */
export const WARNINGS: string[] = [
  '提醒大家：凡是承诺保本保息的投资都要当心，那是非法集资',
  '警方提示：让你往个人账户转账投资的都是骗子',
  '风险提示：金交所产品正在清理，不要购买',
  '谨防所谓“内部额度”“原始股”骗局',
  '遇到拉人头返利的项目，请拨打96110咨询',
  '什么是定向融资计划？和银行理财有什么区别？',
  'Beware of anyone promising guaranteed returns of 20% a year.',
  'Police warn that a real bank never asks you to pay a fee before withdrawing.',
];

export function challengePitches(): Pitch[] {
  return Object.entries(PITCHES).flatMap(([flag, { zh, en }]) => [
    ...zh.map((text) => ({ flag, lang: 'zh' as const, text })),
    ...en.map((text) => ({ flag, lang: 'en' as const, text })),
  ]);
}
