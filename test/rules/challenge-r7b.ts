/**
 * Round 7b: a challenge batch on false alarms, written before any round-7b change for it, in my own words.
 * Most texts are legitimate and name risky words: bank and broker marketing, regulators' and police notices
 * in many styles, journalists' reports, victims' posts, moderators' warnings with emojis, and questions
 * about a rate. The rest are pitches of hard shapes (dressed as a bank, a notice, a question or a moderator).
 * `first` is the figure measured once, before any fix written from the batch.
 */
import type { Cause } from './challenge-causes.js';

export const CAUSES_R7B: Cause[] = [
  {
    id: 'r7b_bank_broker',
    first: '14/14',
    cause: "a bank's, broker's or insurer's own marketing: new-client rates, CDs, reverse repos, money funds, commissions, points",
    kind: 'clean',
    texts: [
      '招行新客专享7天理财，业绩比较基准年化3.5%，每人限购5万元，风险等级R1，不保本。',
      '国债逆回购1天期今天收益率2.8%，资金次日可用，在券商APP交易界面直接操作。',
      '大额存单20万起存，三年期年利率2.15%，可部分提前支取，受存款保险保护。',
      '余额宝七日年化1.62%，万份收益0.44元，随存随取。',
      '这只货币基金七日年化收益率1.8%，过往收益不代表未来表现。',
      '券商开户佣金万一免五，两融利率5.5%，欢迎扫码开户，有问题找客户经理。',
      '信用卡新户办卡送500积分，首刷满88元再送拉杆箱，详询各网点。',
      '推荐好友办理我行信用卡，核卡成功后双方各得200积分，积分可兑换礼品。',
      '这款分红型年金险的利益演示：中档按3.5%演示，分红不保证，以实际经营为准。',
      '下载手机银行APP注册即送10元话费券，新客首笔一年期定期存款利率上浮0.2%。',
      '【某银行】尊敬的客户，您的定期存款将于3月5日到期，到期后将按约定自动转存一年期，当前利率1.45%。',
      '本期三年期储蓄国债票面利率1.95%，额度有限，售完即止，可在手机银行购买。',
      'Our high-yield savings account pays 4.25% APY, FDIC-insured, no minimum balance.',
      'Money market fund 7-day yield: 5.1%. Past performance does not guarantee future results.',
    ],
  },
  {
    id: 'r7b_official',
    first: '9/10',
    cause: "a regulator's, police station's, anti-fraud centre's or bank's warning, slogan or SMS quoting the risky words",
    kind: 'clean',
    texts: [
      '国家反诈中心APP提醒您：凡是自称客服要求您下载屏幕共享软件的，都是诈骗！',
      '【处非办】守住钱袋子，护好幸福家。高息诱惑不可信，保本承诺莫轻信。',
      '防范非法集资宣传月｜投资理财要理性，“高回报、零风险”是陷阱，拒绝非法集资，从我做起。',
      '【某银行】温馨提示：银行工作人员不会要求您将资金转入所谓“安全账户”，请勿向陌生人转账。',
      '反诈民警提示：网上刷单、投资导师带你炒股、稳赚不赔的理财群，都是骗局，接到可疑电话请拨打96110。',
      '金融监管总局风险提示：警惕以“养老投资”“以房养老”为名的非法集资，年化收益动辄20%以上的多为骗局。',
      '派出所提醒：冒充金融监管局工作人员，称可以帮您清退P2P本金、追回损失的，都是诈骗。',
      '社区宣传栏：不听、不信、不转账，保护好自己的养老钱。高利息背后是高风险！',
      'Anti-fraud notice from the city police: no real investment pays 30% a month. If someone asks you to move savings to a "safe account", hang up and call 110.',
      'FCA warning: this firm is not authorised and is targeting UK consumers with offers of guaranteed 15% returns.',
    ],
  },
  {
    id: 'r7b_report',
    first: '2/4',
    cause: "a journalist's report or a court case that retells what a scheme promised",
    kind: 'clean',
    texts: [
      '记者调查发现，该平台以“月息3分、保本保息”吸引老年人，累计吸收资金2亿元，目前负责人已失联。',
      '本报讯 近日，某区法院审理一起非法吸收公众存款案，被告人以年化18%的高息为诱饵，向400余名群众募集资金。',
      '财经记者梳理发现，今年以来多家“养老公寓”项目承诺每年返租8%，最终均无法兑付。',
      'A local paper reported that the "green energy" fund promised investors 2% a week before it collapsed in March.',
    ],
  },
  {
    id: 'r7b_victim',
    first: '1/3',
    cause: "a victim's post told as a warning to others",
    kind: 'clean',
    texts: [
      '唉，去年听信了“稳赚不赔”，把十万块投进一个外汇平台，现在一分钱都取不出来，大家别学我。',
      '我妈被拉去听养生讲座，送鸡蛋送米，最后买了三万块的“保本理财”，现在人去楼空，发出来给大家提个醒。',
      'My uncle lost $40k to a "guaranteed 10% monthly" crypto club. Sharing so nobody else falls for it.',
    ],
  },
  {
    id: 'r7b_moderator',
    first: '3/4',
    cause: "a moderator's warning with emojis, quoting the pitches it bans",
    kind: 'clean',
    texts: [
      '⚠️群规提醒⚠️ 禁止发布任何“高收益理财”“拉人返利”广告，违者直接踢出🙅',
      '🚨 Mod note: anyone DMing you about "guaranteed 20% returns" is a scammer. Report and block 🚫',
      '📢管理员提醒：最近有人冒充群主私聊推荐“内部原始股”，大家千万别转账❗❗',
      '‼️注意‼️ 所谓“USDT搬砖套利日赚2%”全是骗局，看到就举报👮',
    ],
  },
  {
    id: 'r7b_question',
    first: '4/5',
    cause: 'a question whether a rate is normal, high or legal',
    kind: 'clean',
    texts: [
      '年化20%正常吗？',
      '银行理财经理说有款产品年化4.5%，这个水平算高吗？',
      '货币基金七日年化2%和一年期定期1.5%哪个更划算？',
      'Is 12% a year realistic for a bond fund, or is that a red flag?',
      '月息2分合法吗？民间借贷利率上限是多少？',
    ],
  },
  {
    id: 'r7b_pitches',
    first: '19/20',
    cause: 'pitches dressed as a bank, a notice, a moderator or a question, and pitches in plain new wordings',
    kind: 'fire',
    texts: [
      { text: '我行合作的私募产品，年化12%，保本保息，老客户内部额度，今晚截止。', flag: 'guaranteed_return' },
      { text: '⚠️谨防诈骗⚠️ 我们是正规平台，不是骗子！每天返1.5%，推荐一人奖励50元。', flag: 'referral_scheme' },
      { text: '反诈中心都说了别信陌生人，但我们是熟人介绍，月息3分，本金公司兜底。', flag: 'guaranteed_return' },
      { text: '年化18%还保本，这么好的机会谁还不上车？私聊我。', flag: 'guaranteed_return' },
      { text: '新客理财年化15%，每人限投一次，下载我们的APP注册即送888体验金。', flag: 'high_yield' },
      { text: '国债逆回购才两个点太低了，来我们这里，同样安全，月收益5%。', flag: 'high_yield' },
      { text: 'Not a scam, I promise 😊 — our trading club pays 3% weekly, withdraw anytime, DM me.', flag: 'high_yield' },
      {
        text: 'Banks pay 1%; our note pays 15% a year and a partner guarantee company covers your principal.',
        flag: 'third_party_guarantee',
      },
      { text: '大额存单利率太低？我们的定融产品由城投担保，年化9.5%，100万起。', flag: 'nonstandard_debt' },
      { text: '📢群主通知：本群专属福利，比特币量化机器人日收益1%，名额仅剩10个！', flag: 'crypto' },
      { text: '养老公寓床位认购，每年返租8%，十年后原价回购，政府重点扶持项目。', flag: 'government_backing' },
      { text: '你的账户已被冻结，需缴纳20%的解冻保证金才能提现。', flag: 'withdrawal_blocked' },
      { text: '进我们的股票交流群，老师每天免费荐股，跟着老师操作，月赚30%不是梦。', flag: 'fake_platform' },
      { text: '公司上市前内部认购原始股，1元一股，上市后翻十倍，仅限熟人。', flag: 'hype_theme' },
      { text: 'Not financial advice, but our DeFi pool pays 1% daily, fully audited, no lock-up.', flag: 'crypto' },
      { text: '钱直接转我支付宝就行，我帮你在平台上操作，每月分红8%。', flag: 'no_custody' },
      { text: '投资款打到我们财务的个人卡上，每月返息2分。', flag: 'no_custody' },
      { text: 'Your funds are on hold — pay the 15% tax first and the withdrawal will be released.', flag: 'withdrawal_blocked' },
      { text: '这个项目别告诉家里人，银行问起就说是借给朋友的，月息4分。', flag: 'secrecy' },
      { text: '网上认识的男朋友说他在博彩平台有内部漏洞，让我充值五万一起赚。', flag: 'romance_contact' },
    ],
  },
];
