/**
 * Round 13, precision and frames: a generated challenge, frames × flags × voices, written before any round-13 fix and
 * measured once then (`first`). Each cause is a frame that blanked a real claim, or a negator a frame reader did not
 * know, as last round's misses showed them (described, never copied): a complaint taken down by a hotline or a police
 * desk (受害人反映：…, 来电人称…) read as news; a caller asking whether the money can be recovered (能不能追回) read as a
 * recovery; a legality question that tells the pitch it is about (a seller, a recipient, a channel, a rate) read as a
 * question about a term; a question whether a venue is still operating, followed by the offer made there, read as a
 * question about the venue's name; a bare statement that a firm offers something read as a class judged by its claim;
 * Cantonese negators (唔, 冇) unknown to negation and Cantonese claims (冇風險, 係保本嘅) unknown to the lexicons.
 *
 * Each flag is carried by one phrase per language, and each phrase is spoken in each voice of its frame; every frame
 * has its controls in the same dress (news of a case, a recovery completed, a legality question about a term, a venue's
 * status asked with no offer, a class judged, a licensed product said in Cantonese), which must stay clean.
 */
import type { Cause } from './challenge-causes.js';

interface Pitch {
  flag: string;
  /** A noun phrase in Chinese: the product as the pitch named it. */
  zh: string;
  /** The same in English. */
  en: string;
}

const PITCHES: Pitch[] = [
  { flag: 'guaranteed_return', zh: '保本保息的理财', en: 'a principal-guaranteed wealth plan' },
  { flag: 'high_yield', zh: '年化12%的理财', en: 'a plan paying 12% a year' },
  { flag: 'pseudo_exchange', zh: '某资产登记备案中心挂牌的产品', en: 'a product filed with an asset registration centre' },
  { flag: 'exchange_channel', zh: '某金融资产交易中心发行的产品', en: 'a product listed on a financial asset exchange' },
  { flag: 'crypto', zh: 'USDT理财', en: 'a USDT staking plan' },
  { flag: 'p2p_lending', zh: 'P2P网贷平台的出借项目', en: 'a P2P lending platform' },
];

/** A complaint taken down by whoever takes it (a hotline, a police desk, a community worker): the case itself. */
const INTAKE_ZH: Array<(p: string) => string> = [
  (p) => `受害人反映：业务员向其推销${p}，要求当天打款。`,
  (p) => `受害人反映，对方推荐的是${p}，目前已投入8万元。`,
  (p) => `来电人称：朋友拉他投了${p}，现在爆雷了，能不能追回？`,
  (p) => `来电人称其母亲买了${p}，现在提不了现，能不能追回本金？`,
  (p) => `投诉人反映：客户经理私下推荐${p}，想核实是否正规。`,
];
const INTAKE_EN: Array<(p: string) => string> = [
  (p) => `Caller says a man sold her mother ${p}; the platform has now stopped paying. Can the money be recovered?`,
  (p) => `Complainant reports: an agent offered him ${p} and asked for payment today.`,
];

/** A legality question that tells the pitch it is about: who sold it, to whom, where. */
const LEGALITY_PITCH: Array<{ text: string; flag: string }> = [
  { text: 'Is it legal for a company to sell me a "guaranteed" plan at 7% via a WeChat Moments ad?', flag: 'guaranteed_return' },
  { text: 'Is it legal for a company to sell me a plan at 7% a year via a WeChat Moments ad?', flag: 'public_solicitation' },
  { text: 'Is it legal for a stranger on WhatsApp to offer me 12% a year, principal guaranteed?', flag: 'high_yield' },
  { text: 'Is it legal that a salesman pitched my dad a USDT staking plan paying 1% a day?', flag: 'crypto' },
  { text: 'Is it legal to sell me a P2P lending product at 10% a year through a phone call?', flag: 'p2p_lending' },
  { text: '有公司通过朋友圈广告卖给我年化7%的理财，这合法吗？', flag: 'public_solicitation' },
  { text: '业务员在群里向我推销保本保息、年化10%的产品，合不合法？', flag: 'guaranteed_return' },
  { text: '一个陌生人打电话给我妈推荐USDT理财，每天1%，这样合法吗？', flag: 'crypto' },
];

/** A venue's status asked, then the offer made there, pointing back at it. */
interface Venue {
  flag: string;
  zh: string;
  en: string;
}
const VENUES: Venue[] = [
  { flag: 'exchange_channel', zh: '贵州某金融资产交易中心', en: 'the Guizhou financial asset exchange' },
  { flag: 'pseudo_exchange', zh: '恒通资产登记备案中心', en: 'the Hengtong asset registration centre' },
  { flag: 'p2p_lending', zh: '鑫融P2P平台', en: 'the Xinrong P2P platform' },
  { flag: 'crypto', zh: 'BitX的USDT矿池', en: 'the BitX USDT mining pool' },
];
const STATUS_THEN_OFFER: Array<(v: Venue) => string> = [
  (v) => `Is ${v.en} still operating? My aunt was offered a plan there at 9.5% a year.`,
  (v) => `Is ${v.en} still open? A rep is selling its products to my parents at 11% annual interest.`,
  (v) => `${v.zh}还在运营吗？业务员说在那里投一年有11%，让我下周打款。`,
  (v) => `${v.zh}现在还开着吗？我妈被推荐去那边投了5万，说年化10%。`,
];

/** A bare statement that a firm offers something: a pitch reported, not a class judged by its claim. */
const FIRM_OFFERS: Array<{ text: string; flag: string }> = [
  {
    text: 'A wealth management firm offers a receivables income-right transfer product with an expected annual return of 9%.',
    flag: 'nonstandard_debt',
  },
  { text: 'A company sells a directional financing plan that pays 9% a year.', flag: 'nonstandard_debt' },
  { text: 'An app offers 1% a day on USDT deposits.', flag: 'crypto' },
  { text: 'A local platform promises principal protection and 12% a year.', flag: 'guaranteed_return' },
  { text: 'A broker offers a managed account with a guaranteed 10% return.', flag: 'guaranteed_return' },
  { text: 'Someone offered my mother a plan with guaranteed returns of 15% a year.', flag: 'guaranteed_return' },
];

/** Cantonese claims: 冇風險 (no risk), 係保本嘅 (it is principal-guaranteed), with no Mandarin guarantee word beside them. */
const CANTONESE_CLAIMS: string[] = [
  '呢个项目冇风险㗎，月息1分，每个月派息。',
  '放心啦，冇风险，本金到期全数还返畀你，年息8厘。',
  '佢话系保本嘅，冇任何风险，一年有8厘息。',
  '保證冇風險，錢放喺我哋度一年有15%。',
  '呢單嘢係冇風險嘅，年回報10%，好多人都買咗。',
  '呢个系保本嘅，唔使担心，年化9%。',
];

/** Cantonese negators (唔, 冇) before a term, in licensed products' own words: nothing is claimed. */
const CANTONESE_NEGATED: string[] = [
  '呢个产品唔保本，业绩比较基准2.8%，系银行柜台买嘅。',
  '呢隻銀行理財產品唔保本，業績比較基準3.2%，風險等級R2。',
  '呢份基金冇保本，亦唔承诺收益，过往业绩唔代表将来。',
  '呢个理财唔保证收益，都唔保本，你自己谂清楚先买。',
  '我问过银行，佢哋话呢款理财唔保本，基准3%左右。',
  '佢话呢个唔系金交所产品，系银行自己嘅定期存款，有存款保险。',
  '呢款理財冇保本保息，業績基準唔等於實際收益。',
];

/** A Cantonese question about an offer: asked, not claimed. */
const CANTONESE_ASKED: string[] = ['呢个产品系咪保本㗎？', '银行理财係唔係保本㗎？', '大额存单有冇保本？'];

/** Controls: the same frames where nothing is offered. */
const CONTROLS: string[] = [
  '据警方通报，受害人称被告人以保本保息、年化12%为诱饵吸收资金，目前案件正在审理中。',
  '法院审理查明，被害人陈述对方承诺年化15%，产品在某资产登记备案中心挂牌。',
  '感谢民警，我们已经追回了部分本金，当时那个平台说年化12%，后来才知道是骗局。',
  'Is it legal to promise guaranteed returns on a wealth product?',
  'Is it legal to sell wealth products on WeChat Moments?',
  '月息2分违法吗？',
  '朋友圈卖理财合法吗？',
  'Is the Guizhou financial asset exchange still operating? I read that all of them were shut down.',
  '贵州某金融资产交易中心还在运营吗？听说都关停了。',
  'Are P2P platforms still operating in China?',
  'Products that promise guaranteed 12% returns are scams.',
  'Anyone who offers 1% a day is running a Ponzi scheme.',
  'Platforms promising principal protection are illegal, so stay away from them.',
  'Fund factsheet: up 18% last year, annual management fee 1.2%, maximum drawdown 12%. Does this look sound?',
  'This mixed fund gained 15% over the past year; management fee 1.5% a year, maximum drawdown 9%.',
];

/**
 * Haste pressed on the buyer of a licensed product (an agent's 错过不再有, 抓紧时间, 催我今天就签, "hurry"), written after the
 * pool's fresh authors showed it (an insurance agent's 停售 call, an adviser pushing to sign today), in my own templates;
 * beside it the quota facts licensed issuers print (额度有限, 售完为止, 先到先得, a closing time), which stay clean.
 */
const LICENSED_URGING: string[] = [
  '保险代理人说这款年金险月底停售，错过不再有，让我赶紧交钱。',
  '客户经理一直催我今天就签大额存单，说这期额度马上就没了。',
  '理财经理：这只银行理财业绩比较基准3.5%，今天最后一天认购，错过再等一年，赶快。',
  'The agent kept saying "hurry, the annuity closes on Friday, last chance" and wants the premium today.',
  '增额终身寿马上停售了，抓紧时间锁定2.5%的预定利率！',
];
const LICENSED_QUOTA: string[] = [
  '本期储蓄国债额度有限，售完为止，各承销银行柜台均可购买，票面利率2.38%。',
  '本行本期大额存单额度有限，先到先得，三年期2.15%，纳入存款保险。',
  'This money market fund shows a 7-day annualised yield of 1.4%; subscriptions close at 3pm each trading day.',
  '本款增额终身寿险将于月底停售，预定利率2.5%，具体以保险合同为准。',
];

/** Denials and retold questions a probe of clean texts raised (a denial by "nothing", 问我…是真的假的), with variants. */
const DENIED_AND_ASKED: string[] = [
  'Nothing here is guaranteed: the bond fund returned 3.5% last year.',
  'Nothing about this bank product is guaranteed, the benchmark of 3% included.',
  '我妈问我“稳赚不赔”是真的假的，我说哪有这种事。',
  '邻居问我“保本保息”的理财是真是假，我说天下哪有这种好事。',
  '老伴打听那个“零风险”的说法靠不靠谱，我让他别信。',
];
const DENIED_KEPT: Array<{ text: string; flag: string }> = [
  { text: 'Nothing beats our guaranteed 12% a year.', flag: 'guaranteed_return' },
  { text: '客户经理说保本保息，年化12%，我问他是真的假的，他说绝对真的。', flag: 'guaranteed_return' },
];

/**
 * A pitch in hand beside the news it is set against, a salesman as the source (据业务员介绍), or the asker's doubt about
 * a quoted pitch (这种话能信吗？): the pitch is the asker's case, not the news, the verdict or a report. Found by a probe of
 * pitches in askers' voices; variants written with them, before the fix.
 */
const PITCH_BESIDE_NEWS: Array<{ text: string; flag: string }> = [
  { text: '我舅舅说这个P2P平台年化13%，让我也投，新闻上说P2P都关了，他说这家还在，能信吗？', flag: 'p2p_lending' },
  { text: '邻居推荐我投一个USDT矿池，每天1%，新闻里说虚拟货币都违法，她说这个不一样，真的吗？', flag: 'crypto' },
  { text: '新闻说P2P都清退了，但这个平台说他们转型成了助贷，年化12%，还能投吗？', flag: 'p2p_lending' },
  { text: '报道说金交所全关了，可这家金融资产交易中心还在卖产品，年化9%，能买吗？', flag: 'exchange_channel' },
  { text: '客户经理原话：“这款产品政府兜底，年化9%，稳赚不赔。”这种话能信吗？', flag: 'guaranteed_return' },
  { text: '业务员说“保本保息，年化12%”，这种说法可信吗？', flag: 'guaranteed_return' },
  { text: '据业务员介绍，这款定融产品由城投公司担保，年化9.5%，一万起投。', flag: 'nonstandard_debt' },
  { text: '据客户经理讲，这个产品在资产登记备案中心挂牌，保本保息。', flag: 'pseudo_exchange' },
];
const NEWS_KEPT: string[] = [
  '新闻说P2P都清退了，但该平台仍有部分出借人未拿回本金。',
  '据警方介绍，该团伙以年化12%、保本保息为诱饵，已骗取多名老人钱财。',
  '“保本保息、年化20%”，这种话你也信？',
  '报道说金交所全关了，这家金融资产交易中心也在名单里。',
];

function intake(): Array<{ text: string; flag: string }> {
  const out: Array<{ text: string; flag: string }> = [];
  for (const p of PITCHES) {
    for (const v of INTAKE_ZH) out.push({ text: v(p.zh), flag: p.flag });
    for (const v of INTAKE_EN) out.push({ text: v(p.en), flag: p.flag });
  }
  return out;
}

const statusThenOffer = (): Array<{ text: string; flag: string }> =>
  VENUES.flatMap((v) => STATUS_THEN_OFFER.map((say) => ({ text: say(v), flag: v.flag })));

export const CAUSES_R13P: Cause[] = [
  {
    id: 'r13p_intake',
    first: '23/42',
    cause: 'a complaint taken down (受害人反映：…, 来电人称…, "caller says") is the case in hand, not news',
    kind: 'fire',
    texts: intake(),
  },
  {
    id: 'r13p_legality_pitch',
    first: '3/8',
    cause: 'a legality question that tells its pitch (a seller, a recipient, a channel) asks about that offer',
    kind: 'fire',
    texts: LEGALITY_PITCH,
  },
  {
    id: 'r13p_status_then_offer',
    first: '0/16',
    cause: "a venue's status asked, then the offer made there",
    kind: 'fire',
    texts: statusThenOffer(),
  },
  {
    id: 'r13p_firm_offers',
    first: '2/6',
    cause: 'a firm said to offer something is a pitch reported, not a class judged by its claim',
    kind: 'fire',
    texts: FIRM_OFFERS,
  },
  {
    id: 'r13p_cantonese_claims',
    first: '2/6',
    cause: 'Cantonese claims of no risk or principal protection (冇風險, 係保本嘅)',
    kind: 'fire',
    flag: 'guaranteed_return',
    texts: CANTONESE_CLAIMS,
  },
  {
    id: 'r13p_cantonese_negated',
    first: '3/10',
    cause: "Cantonese negators (唔, 冇) in licensed products' own words, and Cantonese questions",
    kind: 'clean',
    texts: [...CANTONESE_NEGATED, ...CANTONESE_ASKED],
  },
  {
    id: 'r13p_licensed_urging',
    first: '2/5',
    cause: "haste pressed on the buyer of a licensed product (错过不再有, 抓紧时间, 'hurry')",
    kind: 'fire',
    flag: 'pressure_tactics',
    texts: LICENSED_URGING,
  },
  {
    id: 'r13p_licensed_quota',
    first: '4/4',
    cause: "a licensed product's quota and deadline as its issuer prints them",
    kind: 'clean',
    texts: LICENSED_QUOTA,
  },
  {
    id: 'r13p_denied_asked',
    first: '0/5',
    cause: 'a denial by "nothing" and a question retold (问我…是真的假的, 打听…靠不靠谱)',
    kind: 'clean',
    texts: DENIED_AND_ASKED,
  },
  {
    id: 'r13p_denied_kept',
    first: '2/2',
    cause: 'a boast by "nothing beats", and a claim the asker questioned, keep their flag',
    kind: 'fire',
    texts: DENIED_KEPT,
  },
  {
    id: 'r13p_pitch_beside_news',
    first: '2/8',
    cause: 'a pitch in hand set against the news, a salesman as the source, a doubt about a quoted pitch',
    kind: 'fire',
    texts: PITCH_BESIDE_NEWS,
  },
  {
    id: 'r13p_news_kept',
    first: '4/4',
    cause: "the same dress where the news, the police's account or a rhetorical verdict is all there is",
    kind: 'clean',
    texts: NEWS_KEPT,
  },
  {
    id: 'r13p_controls',
    first: '13/15',
    cause: 'the same frames offering nothing: case news, a recovery, term and status questions, a class judged, a factsheet',
    kind: 'clean',
    texts: CONTROLS,
  },
];

/**
 * Held out: written after the round's fixes (2d9949f to 845f631), in templates of its own, and
 * measured once, untuned (`first`); under no floor.
 */
export const HELD_OUT_R13P: Cause[] = [
  {
    id: 'r13p_heldout_pitches',
    first: '12/12',
    cause: "intake records, legality and status questions, firms said to offer, Cantonese claims, an agent's urging",
    kind: 'fire',
    heldOut: true,
    texts: [
      { text: '举报人反映：某理财工作室在小区里发传单，宣传保本保息，年化18%。', flag: 'guaranteed_return' },
      { text: '求助人自述，儿子在网上被拉进一个USDT搬砖群，现在充值的钱提不出来，问还能不能要回。', flag: 'crypto' },
      { text: 'The complainant states that a man at the community centre sold her a P2P loan plan at 13% a year.', flag: 'p2p_lending' },
      { text: 'Is it legal for a bank employee to sell my grandmother a 10% guaranteed product on the side?', flag: 'guaranteed_return' },
      { text: '有个经理私下给我爸推荐一款定融，年化9%，这算不算违法？', flag: 'nonstandard_debt' },
      {
        text: 'Is Jinxin Asset Registration Centre still in business? My uncle says they still pay 10% annual interest.',
        flag: 'pseudo_exchange',
      },
      { text: '那个金融资产交易中心倒闭了吗？客户经理还在推它的产品，说年化8.8%。', flag: 'exchange_channel' },
      { text: 'An online platform promises 2% a week on a "quant" fund.', flag: 'high_yield' },
      { text: 'A fund company sells a private note with a guaranteed 11% coupon to anyone with 10,000 yuan.', flag: 'guaranteed_return' },
      { text: '呢個基金冇風險㗎，每個月派2%息，我哋公司包底。', flag: 'guaranteed_return' },
      { text: '我哋呢度係保本嘅，一年穩穩陣陣有12%。', flag: 'guaranteed_return' },
      { text: '保险顾问天天催我，说这款分红险下周停售，不买就亏大了，赶紧定下来。', flag: 'pressure_tactics' },
    ],
  },
  {
    id: 'r13p_heldout_clean',
    first: '12/12',
    cause: 'court and press reports of victims, term and status questions, classes judged, Cantonese negations, quotas',
    kind: 'clean',
    heldOut: true,
    texts: [
      '法院审理查明，被害人陈某称，被告人以年化15%、保本保息为诱饵，吸收资金200余万元。',
      '据媒体报道，多名受害人反映该平台承诺月息3分，如今人去楼空。',
      'Is it legal for a company to promise a fixed return on a private fund?',
      '私募基金可以承诺保本吗？',
      'Is the Tianjin financial asset exchange still operating after the clean-up?',
      'Apps that promise 1% a day in USDT rewards are running Ponzi schemes.',
      'Any firm that guarantees 12% a year is lying to you.',
      '呢隻國債唔係咩高息產品，票面利率2.38%，銀行櫃檯買得到。',
      '呢款银行理财冇承诺保本，业绩比较基准3.1%，R2风险。',
      '本期储蓄国债最后一天发售，额度有限，售完即止。',
      'Fund monthly report: the fund gained 9% over the past year; custody fee 0.2%, maximum drawdown 7%.',
      '来电人咨询：银行的大额存单有没有存款保险？',
    ],
  },
];
