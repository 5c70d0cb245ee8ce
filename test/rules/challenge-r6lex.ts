/**
 * Round 6 (lexicon round): a held-out batch for the contract flags, written at the start of the round
 * BEFORE any lexicon change, from a different angle than the lexicon work: victims and their families
 * retelling, after the fact, what they were told (我妈说…, 当时业务员跟我讲…, "they told my dad …").
 * Measured once at the end of the round (main d990b17: 34/45 fire, 10/10 clean; this branch: 38/45, 10/10),
 * never tuned for, under no floor. All sentences are my own.
 */
import type { Cause } from './challenge-causes.js';

export const CAUSES_LEX: Cause[] = [
  {
    id: 'held_out_lex_retold',
    first: '38/45',
    heldOut: true,
    cause: 'held out: victims and relatives retelling the pitch they heard, one contract flag each',
    kind: 'fire',
    texts: [
      // guaranteed_return
      { text: '我妈说那个经理拍着胸脯讲，钱放他们那儿一分都不会少。', flag: 'guaranteed_return' },
      { text: '当时业务员跟我讲，就算项目黄了，本钱也会原数退给我。', flag: 'guaranteed_return' },
      { text: 'They told my dad the capital was ring-fenced and could never be lost.', flag: 'guaranteed_return' },
      // high_yield
      { text: '我爸投了二十万，人家说每个月打四千块利息到他卡上。', flag: 'high_yield' },
      { text: '她们说这个年化差不多十五个点，比存银行强太多了。', flag: 'high_yield' },
      { text: 'My aunt was promised a monthly payout of 3 percent on what she put in.', flag: 'high_yield' },
      // exchange_channel
      { text: '当时合同上盖的是某某金融资产交易中心的章，说是在那里备过案的。', flag: 'exchange_channel' },
      { text: '我舅买的那个产品，说是在金交所挂的牌，正规得很。', flag: 'exchange_channel' },
      { text: 'The paperwork said the notes were listed on a provincial financial assets exchange.', flag: 'exchange_channel' },
      // pseudo_exchange
      { text: '他们说产品在一家叫什么资产登记结算中心的地方登记了，所以有保障。', flag: 'pseudo_exchange' },
      { text: '业务员说这个债权在产权交易中心挂牌发行，受保护。', flag: 'pseudo_exchange' },
      // government_backing
      { text: '我爸说那个项目是区里财政局出面担保的，所以他才敢投。', flag: 'government_backing' },
      { text: '推销的人一直强调融资方是市里的城投公司，政府不会让它违约。', flag: 'government_backing' },
      { text: 'They kept saying the county government stood behind the repayment.', flag: 'government_backing' },
      // nonstandard_debt
      { text: '我妈买的叫什么定融计划，一年期，说是给政府项目融资的。', flag: 'nonstandard_debt' },
      { text: '当时买的是一个应收账款转让的产品，说是企业的账款打包卖给我们。', flag: 'nonstandard_debt' },
      { text: 'What my father bought was a so-called income right transfer plan of a developer.', flag: 'nonstandard_debt' },
      // self_financing
      { text: '后来才知道，那些钱全拿去给老板自己的楼盘还债了。', flag: 'self_financing' },
      { text: '他们说募的钱是给集团旗下的子公司扩建厂房用的。', flag: 'self_financing' },
      // public_solicitation
      { text: '我爸是在公园里听了一场免费讲座，会上有人推荐的这个产品。', flag: 'public_solicitation' },
      { text: '我妈天天在抖音刷到他们的直播，主播说跟着投稳稳的。', flag: 'public_solicitation' },
      { text: 'He got a cold call from a wealth adviser who pitched him the plan.', flag: 'public_solicitation' },
      // split_or_pooled
      { text: '业务员说这个私募一千块就能买，他们把大份额拆小了卖。', flag: 'split_or_pooled' },
      { text: '当时说几百个客户的钱都放在一个池子里统一调度。', flag: 'split_or_pooled' },
      { text: 'They said the private fund could be bought from just 2,000 yuan.', flag: 'split_or_pooled' },
      // no_custody
      { text: '钱是我爸直接转到那个业务员私人微信上的。', flag: 'no_custody' },
      { text: '他们让我把钱存到一个财务的个人卡里，说走公账手续麻烦。', flag: 'no_custody' },
      { text: 'My mother wired the money straight to the manager’s own bank card.', flag: 'no_custody' },
      // referral_scheme
      { text: '我妈每拉一个老姐妹进去，人家就给她返两个点。', flag: 'referral_scheme' },
      { text: '他说介绍亲戚进来投，按亲戚投的钱给他提成。', flag: 'referral_scheme' },
      { text: 'She got a bonus for every neighbour she signed up.', flag: 'referral_scheme' },
      // pressure_tactics
      { text: '那天经理催得很急，说额度下午就抢光了，让我爸赶紧转。', flag: 'pressure_tactics' },
      { text: '业务员一直说这是最后一期，错过就再也没有了。', flag: 'pressure_tactics' },
      { text: 'They pushed him to pay before midnight or lose the slot.', flag: 'pressure_tactics' },
      // unlicensed
      { text: '后来一查，这家公司根本没有任何金融牌照。', flag: 'unlicensed' },
      { text: '他们说公司在开曼注册的，国内不需要批文。', flag: 'unlicensed' },
      { text: 'It turned out the firm held no licence from any regulator.', flag: 'unlicensed' },
      // p2p_lending
      { text: '我爸在一个叫什么什么贷的app上出借，说是借给做小生意的人。', flag: 'p2p_lending' },
      { text: '那个平台说把我们的钱撮合给有需要的借款人，到期收本收息。', flag: 'p2p_lending' },
      { text: 'My uncle lent money to borrowers through an online lending app.', flag: 'p2p_lending' },
      // crypto
      { text: '我哥被人带着买了一种币，说是马上要上交易所，能涨几十倍。', flag: 'crypto' },
      { text: '他们让我把钱换成U打到一个钱包地址里。', flag: 'crypto' },
      { text: 'They had my brother buy a token that was supposed to moon after listing.', flag: 'crypto' },
      // closed_entity
      { text: '我妈当年投的是团贷网，现在还有人说能帮忙追回。', flag: 'closed_entity' },
      { text: "Dad's notes came out of Hunan FAE and he still holds them.", flag: 'closed_entity' },
    ],
  },
  {
    id: 'held_out_lex_clean',
    first: '10/10',
    heldOut: true,
    cause: 'held out: relatives retelling legitimate purchases and everyday money talk — no flag',
    kind: 'clean',
    texts: [
      '我妈在银行买了三年期大额存单，利率2.6%左右。',
      '我爸在网点买了储蓄国债，柜员说到期还本付息。',
      '我姐在手机银行买了一款理财，业绩比较基准3.2%，不保本。',
      '我舅把钱放在余额宝，七日年化1.5%左右。',
      '我爸说他们单位的工资都打到个人工资卡上。',
      '我妈给孙子的压岁钱存了定期，一年期1.5%。',
      'My mother bought a five-year deposit at her local bank at 2.5%.',
      'My dad keeps his savings in a money market fund that yields about 1.8%.',
      '我哥在券商开户买了沪深300指数基金，说长期定投。',
      '我爸的退休金每个月打到社保卡上。',
    ],
  },
];
