/**
 * Round 12, precision: a generated challenge of legitimate look-alikes and of the voices that talk about risk
 * without selling it, written from domain knowledge before it was first run (`first` is that one measurement).
 *
 * Templates × phrasings × frames. Each licensed product kind (a bank deposit and a 大额存单, a 国债, a money-market
 * fund's 七日年化, a bank wealth product's 业绩比较基准 with 不保本, a broker's 收益凭证, an insurer's cash value and a
 * 分红险's demonstration rates, a public fund's past performance, the national exchanges, a 产权交易所 selling state
 * assets) is written in two or three phrasings of its own facts, and each phrasing is spoken in the voices that
 * raised fresh authors' false alarms: the seller of the licensed product itself (a live-streamer, a bank's or a
 * broker's account manager, an insurer's agent), a compliant adviser stating the risks, a moderator's warning
 * that names what to beware of, a news report of a closure, a victim's story, a question about the term, and an
 * English ad or adviser. None may raise a flag. Alongside, the same products' names borrowed by pitches (an
 * unlicensed "centre", money paid to a person, a rate no licensed product pays) must keep their flags, so that a
 * mechanism that silences the legitimate cannot silence the pitch.
 */
import type { Cause } from './challenge-causes.js';

interface Product {
  kind: string;
  /** Phrasings of the product's own facts, as its licensed seller states them. */
  facts: string[];
  /** The product's short name, for questions and stories. */
  name: string;
  /** A term that a user may ask about. */
  term: string;
}

const PRODUCTS: Product[] = [
  {
    kind: 'deposit',
    name: '定期存款',
    term: '存款保险',
    facts: [
      '工商银行三年期整存整取定期存款年利率1.75%，受存款保险保障，50万元以内本息全额偿付',
      '我行五年期定期存款利率1.8%，到期还本付息，属于存款保险保障范围',
    ],
  },
  {
    kind: 'large_cd',
    name: '大额存单',
    term: '大额存单',
    facts: [
      '建设银行个人大额存单20万元起存，三年期年利率1.9%，可提前支取、可转让，纳入存款保险',
      '本行本期大额存单额度有限，三年期2.15%，认购起点20万元，先到先得',
    ],
  },
  {
    kind: 'treasury',
    name: '储蓄国债',
    term: '凭证式国债',
    facts: [
      '财政部本期发行三年期储蓄国债（凭证式），票面年利率1.95%，到期一次还本付息，由国家信用担保',
      '本期电子式储蓄国债五年期利率2.0%，每年付息一次，在各承销银行柜台和手机银行均可购买，额度售完为止',
    ],
  },
  {
    kind: 'money_fund',
    name: '货币基金',
    term: '七日年化',
    facts: [
      '这只货币基金七日年化收益率1.45%，万份收益0.39元，随时申赎，基金不保证收益',
      '余额宝对接的货币市场基金最近七日年化1.3%左右，可随时转出，过往收益不代表未来',
    ],
  },
  {
    kind: 'bank_wmp',
    name: '银行理财',
    term: '业绩比较基准',
    facts: [
      '招银理财一款固收类产品业绩比较基准2.8%-3.6%，风险等级R2，不保本，业绩比较基准不代表未来表现',
      '本行代销的理财子公司产品，业绩比较基准年化3.2%，属于非保本浮动收益型，理财非存款，产品有风险',
    ],
  },
  {
    kind: 'broker_note',
    name: '收益凭证',
    term: '收益凭证',
    facts: [
      '中信证券发行的本金保障型收益凭证，期限182天，固定收益率2.6%，仅面向合格投资者，存在发行人信用风险',
      '我们券商本期收益凭证期限91天，年化2.3%，是证券公司自己发行的债务凭证，不属于存款，不受存款保险保护',
    ],
  },
  {
    kind: 'insurance_cash_value',
    name: '增额终身寿',
    term: '现金价值',
    facts: [
      '这款增额终身寿险预定利率2.0%，现金价值写在保险合同的现金价值表里，第六年起现金价值超过已交保费',
      '平安人寿的年金险保证领取20年，合同约定的保证利率1.75%，退保只能拿回现金价值，前几年会有损失',
    ],
  },
  {
    kind: 'participating_demo',
    name: '分红险',
    term: '演示利率',
    facts: [
      '这款分红险利益演示按低、中、高三档展示，中档演示红利实现率只是假设，实际分红不确定，可能为零',
      '分红险的分红水平取决于保险公司实际经营成果，合同里写明红利是不保证的，演示利率仅供参考',
    ],
  },
  {
    kind: 'fund_past',
    name: '公募基金',
    term: '过往业绩',
    facts: [
      '这只偏股混合基金近三年年化收益12%，过往业绩不代表未来表现，基金有风险，投资需谨慎',
      '易方达一只指数基金成立以来累计收益80%，基金过往业绩不预示其未来表现，投资人请阅读基金合同',
    ],
  },
  {
    kind: 'national_exchange',
    name: '国债逆回购',
    term: '国债逆回购',
    facts: [
      '在上海证券交易所做国债逆回购，一天期年化利率大约1.8%，由中国结算担保交收，月末节前利率会高一些',
      '北京证券交易所上市的股票需要开通北交所交易权限，资产要求50万元，股票价格随市场波动',
    ],
  },
  {
    kind: 'property_exchange',
    name: '产权交易所挂牌',
    term: '国有产权挂牌转让',
    facts: [
      '北京产权交易所公告：某市属国企挂牌转让所持子公司40%股权，挂牌底价1.2亿元，公告期20个工作日',
      '上海联合产权交易所公开挂牌转让一批国有企业闲置设备，意向受让方须在公告期内报名并缴纳保证金',
    ],
  },
];

/** Voices in which a licensed product's facts are spoken without selling anything unlawful. */
const VOICES: Array<{ id: string; say: (fact: string, p: Product) => string }> = [
  { id: 'seller', say: (f) => `家人们，今天直播间给大家讲讲：${f}。具体以官方公告为准。` },
  { id: 'manager', say: (f) => `客户经理：您好，跟您介绍一下，${f}，您看看是否符合您的需求。` },
  {
    id: 'adviser_risk',
    say: (f) => `理财师提醒：${f}。请根据自己的风险承受能力选择，不要相信任何保本保息、高收益的承诺。`,
  },
  {
    id: 'moderator',
    say: (_f, p) =>
      `群管理员提醒：正规的${p.name}在银行、券商或保险公司官方渠道办理，凡是打着${p.name}旗号承诺年化10%以上、保本保息、拉人返佣的，都是骗局，大家警惕。`,
  },
  {
    id: 'news',
    say: (_f, p) => `据当地媒体报道，一家冒用“${p.name}”名义的伪金交所平台已被关停，该平台此前宣称年化12%、保本保息，目前警方已立案侦查。`,
  },
  {
    id: 'victim',
    say: (_f, p) => `我妈去年被一个业务员拉进群，说是比${p.name}还稳的产品，年化15%还保本，投了十万，现在平台跑路了，报警也没追回来。`,
  },
  { id: 'question', say: (_f, p) => `请问${p.term}是什么意思？${p.name}是不是保本的？` },
];

const ENGLISH: string[] = [
  'HSBC China: 1-year time deposit at 1.6% p.a., protected under the Deposit Insurance Scheme up to RMB 500,000 per depositor.',
  'Bank of China large-denomination CDs: RMB 200,000 minimum, 3-year rate 1.9% p.a., limited quota, first come first served.',
  "Our bank's wealth product has a performance benchmark of 3.0%–3.5% a year. It is not principal-protected, and the benchmark is not a promised return.",
  'Savings bonds issued by the Ministry of Finance pay 1.95% a year for three years, backed by the full faith of the state.',
  'This money market fund shows a 7-day annualised yield of 1.4%. Past performance does not guarantee future results.',
  "The whole-life policy's cash value is set out in the contract; surrendering in the first years returns less than the premiums paid.",
  'As your adviser I must say it plainly: this bond fund returned 4% last year, but returns are not guaranteed and you can lose money.',
  'Mod note: anyone promising 12% a year, guaranteed, on a "registered asset centre" product is running a scam. Report and block.',
  'News: regulators shut down a sham exchange that had promised investors 11% guaranteed returns; police are investigating.',
  'My father put his savings into a "guaranteed 15%" plan a friend introduced; the platform collapsed and the money is gone.',
  'What does "performance benchmark" mean on a bank wealth product? Is it a guaranteed return?',
  'The Beijing Equity Exchange lists a 40% stake of a state-owned company for transfer, reserve price RMB 120 million.',
];

/** The same products' names borrowed by pitches: these must keep their flags. */
const BORROWED: Array<{ text: string; flag: string }> = [
  { text: '某资产登记结算中心推出的“类大额存单”产品，年化12%，保本保息，每月付息。', flag: 'high_yield' },
  { text: '这款“增额终身寿”不用签合同，钱直接转我个人卡，保证年化8%，比银行强多了。', flag: 'guaranteed_return' },
  { text: '直播间福利：内部渠道的国债额度，年化9%，稳赚不赔，名额只剩最后十个。', flag: 'high_yield' },
  { text: '我们的收益凭证由担保公司全额兜底，年化10%，推荐一个朋友再返2%。', flag: 'referral_scheme' },
  { text: 'Our "bank-grade deposit plan" pays 10% a year, guaranteed, and you can double it by inviting friends.', flag: 'high_yield' },
  { text: '这个基金保证每年收益15%，亏了公司全赔，今天不买明天就没额度了。', flag: 'guaranteed_return' },
];

function generate(): string[] {
  const out: string[] = [];
  for (const p of PRODUCTS)
    for (const v of VOICES) {
      if (v.id === 'seller' || v.id === 'manager' || v.id === 'adviser_risk') for (const f of p.facts) out.push(v.say(f, p));
      else out.push(v.say(p.facts[0] ?? '', p));
    }
  // The facts bare, as a customer pastes them.
  for (const p of PRODUCTS) for (const f of p.facts) out.push(`${f}。`);
  return out;
}

export const CHALLENGE_R12P_TEXTS = generate();

export const CAUSES_R12P: Cause[] = [
  {
    id: 'r12p_licensed_voices',
    first: '106/132',
    cause: "licensed products in their sellers', advisers', moderators', reporters', victims' and askers' voices",
    kind: 'clean',
    open: true,
    texts: CHALLENGE_R12P_TEXTS,
  },
  {
    id: 'r12p_english',
    first: '10/12',
    cause: 'English bank, fund and insurer ads, an adviser, a moderator, news, a victim and a question',
    kind: 'clean',
    open: true,
    texts: ENGLISH,
  },
  {
    id: 'r12p_borrowed',
    first: '6/6',
    cause: "pitches that borrow a licensed product's name",
    kind: 'fire',
    texts: BORROWED,
  },
];

/**
 * Held out: written after the round's fixes (ce7eb57 and the one after it), in templates and voices of their own, and
 * measured once, untuned (`first`); under no floor. Legitimate texts and, in the same dress, pitches that must keep
 * their flag.
 */
export const HELD_OUT_R12P: Cause[] = [
  {
    id: 'r12p_heldout_clean',
    first: '18/20',
    cause: "licensed products in agents', streamers', advisers' and members' words; bank promotions; qualified-investor sales",
    kind: 'clean',
    heldOut: true,
    texts: [
      '保险代理人小王：这份年金险交10年，60岁开始每年领，合同写明的保证部分按1.75%算，分红部分不保证，犹豫期15天内可全额退。',
      '直播间说明一下，今晚讲的是中银理财的一款R2产品，业绩比较基准2.6%-3.2%，过往业绩不代表未来，不保本，购买请走手机银行。',
      '券商营业部通知：本周发行的收益凭证，期限90天，年化2.4%，起购5万元，产品为发行人信用风险，不受存款保险保护。',
      '国债逆回购节前利率上去了，沪市1天期到了2.5%，通过证券账户就能操作，有中国结算做交收，跟借钱给陌生人完全不一样。',
      '某产权交易中心挂牌公告：市国资委所属企业转让闲置厂房一处，挂牌底价860万元，公告期满后网络竞价。',
      '基金经理路演回顾：这只债基近一年收益3.8%，最大回撤0.6%，基金过往业绩不预示未来表现。',
      '农商行员工在群里发：本行大额存单最后一天发售，3年期2.0%，额度有限，到网点或手机银行购买，存款保险保障。',
      '理财经理跟我说的很清楚：银行理财现在都是净值型，业绩比较基准不是承诺收益，可能亏，让我自己看风险等级。',
      '版主提示：近期有人冒充保险公司推销所谓“保本年化9%的养老计划”，正规保险合同的保证利率远没这么高，请勿上当。',
      '新闻：某地一家“资产管理公司”以高息吸收存款被取缔，警方通报称涉案金额3亿元，投资人可到公安机关登记。',
      '我舅妈前年被保健品店的人拉去听讲座，说投五万每月返一千五，签了个协议，后来店关了人也找不到。',
      '想问一下，分红险说的“红利实现率”是什么意思？是不是保险公司保证给的？',
      '我不是要理财，只是想问花呗和网贷逾期是不是都会影响征信？',
      '建设银行信用卡新户首刷送50元立减金，活动到本月底结束，名额有限。',
      '云闪付绑定银行卡支付满30减5，每天限量，先到先得。',
      '私募基金认购须知：仅限合格投资者，单笔认购不低于100万元，不承诺保本和最低收益，需完成风险测评。',
      'HSBC Jade: 2-year certificates of deposit at 2.2% a year, limited quota this month, covered by deposit insurance.',
      'Livestream recap: we covered money market funds — 7-day annualised yields around 1.5%, redeem any time, returns not guaranteed.',
      'Broker note: this wealth product is for qualified investors only, minimum RMB 1 million, no promised return, past performance is no guide.',
      'My aunt was talked into a "pension project" at a free seminar; she put in 80,000 yuan and the office shut down last spring.',
    ],
  },
  {
    id: 'r12p_heldout_pitches',
    first: '6/6',
    cause: 'the same dress on pitches: a licensed name borrowed, a threshold waived, a promotion that pays interest',
    kind: 'fire',
    heldOut: true,
    texts: [
      { text: '直播间专属：某资产登记中心挂牌的“收益凭证”，年化11%，到期保本保息，只剩20个名额。', flag: 'guaranteed_return' },
      { text: '无需合格投资者认证，1万元一份，人人可投，年化12%。', flag: 'public_solicitation' },
      { text: '我们不是网贷，是出借撮合：出借人年化10%，借款人逾期由风险备用金垫付。', flag: 'p2p_lending' },
      { text: '开户就送红包，再认购我们的定融产品，年化9%，政府平台兜底，本月底截止。', flag: 'government_backing' },
      { text: '保险代理人说这款“年金”不用签合同，钱转他个人账户，保证每年8%。', flag: 'no_custody' },
      { text: 'Our "bank CD" through a registration centre pays 10% a year, guaranteed, limited quota, DM me.', flag: 'guaranteed_return' },
    ],
  },
];
