/**
 * Round 11, precision: a held-out pair in my own words, written after the round's first two fixes (ee3731d, 287c5c9)
 * and measured once, untuned: clean texts in the registers of an elderly residents' chat and of English seniors (a
 * police talk retold in a voice message, a loss told as a story, a question about a word, news of a sentence, a
 * wind-down share, rates denied for all, bank and insurer products, percentages that are pay rises, pensions and
 * rebates), and pitches in the same dress, which must keep their flags. `first` is that single measurement.
 */
import type { Cause } from './challenge-causes.js';

export const HELD_OUT_R11P: Cause[] = [
  {
    id: 'r11p_heldout_clean',
    first: '14/18',
    cause: "warnings, stories, questions, news and legitimate products in a residents' chat and seniors' English",
    kind: 'clean',
    heldOut: true,
    texts: [
      '语音转文字：喂，老姐姐啊，我跟你说，昨天社区民警来讲课了，说现在骗子专门找咱们老年人，说什么投养老项目月月返利，都是假的，你可千万别信啊。',
      '我家老头子前两年被人带去听讲座，人家说买他们的保健品还能拿分红，买了三万多，现在那家店早就关门了，唉，说多了都是泪。',
      '请问群里懂行的：“保本理财”这个说法现在还有吗？报纸上说资管新规以后银行都不让这么说了，是真的吗？',
      '新闻说咱们省又抓了一个非法集资团伙，他们打着“养老服务”的旗号，承诺年化18%，骗了两千多位老人，主犯已经被判了。',
      '县里那家投资公司出了清退公告，说会按比例退钱，目前退了本金的23%，还在走程序。',
      '银行的大额存单今年降到2.1%了，国债也就2.3%左右，我家闺女说现在没有哪个正规产品能保证年化10%的。',
      '跟大家说个正经的：邮储的五年期整存整取年利率2.5%，存款保险保障五十万以内，咱们放心存。',
      '孙子说他们公司今年给员工涨薪15%，我们老两口都高兴坏了。',
      '超市会员卡积分能返现1%，买菜攒着也挺好。',
      '老伴的养老金今年上调了3%，每月多了一百来块。',
      '我可没投那个什么数字货币，群里那人说每天收益2%，我一听就不对，直接把他拉黑了。',
      '提醒一下老年朋友：保险公司正规的年金险，合同上写的保证利率现在一般也就2%左右，谁跟你说保证8%以上，那都是忽悠。',
      'Grandpa asked what "rollover" means on his CD statement. It just means the bank renews the deposit at the new rate when it matures.',
      'PSA from the residents\' committee: a man knocking on doors has been telling seniors that a "government-backed pension fund" pays 12% a year. It is a fraud and the police are aware. Please do not let him in.',
      'My aunt got caught by one of those crypto "mining pools" that promised 1% a day. She put in $8,000 and the app disappeared in March.',
      'The county savings bank raised its 1-year CD to 4.1% APY; deposits are FDIC-insured up to $250,000.',
      'My pension went up 2.5% this year with the cost-of-living adjustment.',
      'Is it true that no bank in China is allowed to call a wealth product "principal-guaranteed" any more?',
    ],
  },
  {
    id: 'r11p_heldout_pitches',
    first: '6/7',
    cause: "pitches in the same dress (a residents' 'we', a warning turned to one's own plan, an explainer that sells)",
    kind: 'fire',
    heldOut: true,
    texts: [
      {
        text: '叔叔阿姨们好，咱们小区楼下新开的养生馆有个养老项目，投五万每月返息一千五，到期本金全退，名额有限，想参加的找我登记。',
        flag: 'guaranteed_return',
      },
      {
        text: '群里提醒大家别上当，外面的都是骗子！我这个是国企背景的定融，年化9.8%，政府兜底，加我微信详聊。',
        flag: 'government_backing',
      },
      { text: '有人问我定融是什么，我跟大家说，就是我们公司发的，年化12%，保本保息，想买的私聊。', flag: 'guaranteed_return' },
      {
        text: 'My neighbour lost money with a fake app, but this one is legit: our fund pays 2% a week, guaranteed. Text me to join.',
        flag: 'guaranteed_return',
      },
      { text: 'Beware of copycats! Only our official Telegram sells the real plan: 15% monthly, principal protected.', flag: 'high_yield' },
      { text: '我们村好多人都投了，每个月返3个点，稳赚不赔，你也赶紧来吧。', flag: 'guaranteed_return' },
      { text: '老人家别担心，这个不是骗局，公司承诺保本，每年返12%，带身份证来门店签约就行。', flag: 'guaranteed_return' },
    ],
  },
];

/**
 * A second held-out pair, written after e22525e (every round-11 fix) and measured once on it and on 09a0f32: a bank
 * compliance desk's and a family chat's registers (a mis-selling notice, a product sheet's disclaimers, a term asked
 * about in a voice message, a court report, a fee table), with pitches that borrow them.
 */
export const HELD_OUT_R11P2: Cause[] = [
  {
    id: 'r11p2_heldout_clean',
    first: '9/10',
    cause: "a compliance desk's notices, product sheets, fee tables, term questions and court reports",
    kind: 'clean',
    heldOut: true,
    texts: [
      '合规部提示：近期发现有外部人员冒用我行名义，在小区里推广所谓“行内特供理财”，号称保本年化9%。我行所有产品均在网点和官方渠道销售，请客户勿轻信。',
      '本理财产品为R3级，业绩比较基准3.0%-4.2%，不承诺保本，历史表现不预示将来，请结合自己的风险承受能力审慎购买。',
      '语音转文字：闺女啊，我们跳舞队的老王问我“对赌回购”是个啥意思，我也说不清，你有空给我讲讲。',
      '法院一审判决：某公司以“投资养老床位、每年返利12%”为名，非法吸收公众存款1.6亿元，三名被告人分别被判处三至七年有期徒刑。',
      '我家孩子说，基金申购费打一折以后是0.15%，赎回费持有满两年就免了，管理费一年1.2%。',
      '居委会通知：下周三上午社区民警来讲防范养老诈骗，会讲到哪些“高额返利”“以房养老”的套路，欢迎老人们来听。',
      'A compliance reminder to staff: never describe a structured deposit as "guaranteed 5%". Only the principal is protected, and the rate depends on the index.',
      'My mother wanted to know what a "capital-protected note" is. I told her it usually means the bank returns the principal at maturity, but the upside is capped.',
      'The court heard that the defendants promised retirees "20% a year, risk free" and took in 90 million yuan before the firm collapsed.',
      'Our credit union charges a 1% fee on wire transfers abroad and pays 0.5% on savings.',
    ],
  },
  {
    id: 'r11p2_heldout_pitches',
    first: '5/5',
    cause: "pitches in a compliance notice's or a product sheet's dress",
    kind: 'fire',
    heldOut: true,
    texts: [
      { text: '合规提示：市面上很多产品不规范，我们这款是内部特供的，保本年化9%，只对老客户开放，名额有限。', flag: 'guaranteed_return' },
      { text: '本产品风险等级R1，由担保公司全额担保，年化收益11%，投资人只需把钱转到项目负责人个人账户。', flag: 'no_custody' },
      { text: '老王问我“定融”是啥，我说就是我们集团的融资计划，年化10%，政府平台兜底，你要买我给你留一份。', flag: 'government_backing' },
      {
        text: 'Compliance note: unlike those scam apps, our fund is safe. Guaranteed 3% a month, send it to my own bank card today.',
        flag: 'guaranteed_return',
      },
      {
        text: 'People ask me what "rollover" means: with us your 15% monthly interest is reinvested automatically. DM me to start.',
        flag: 'high_yield',
      },
    ],
  },
];
