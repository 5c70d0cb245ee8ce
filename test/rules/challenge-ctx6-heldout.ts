/**
 * Round 6 (context engineer): a held-out batch written before any change of this round, from my own
 * wording, never tuned for and under no floor. It is measured once at the end, on main and on the branch.
 * Clean texts must raise no flag; pitch texts must raise their flag.
 */
import type { Cause } from './challenge-causes.js';

export const HELD_OUT_C: Cause[] = [
  {
    id: 'held_out_c_clean',
    first: '16/20', // measured on main
    cause: 'warnings, notices, reports, retellings, disavowals, term questions, foils — nothing fires',
    kind: 'clean',
    heldOut: true,
    texts: [
      '街道反诈宣传：凡是让你下载陌生APP跟着老师炒股的，都是诈骗。',
      '天上不会掉馅饼，所谓内部名额、原始股马上上市，全是圈套。',
      '银保监局风险提示：不法分子假借养老服务名义，承诺高额回报，请老年人提高警惕。',
      '群主提醒：最近有人私信推荐带单老师，大家不要理会，发现了直接踢。',
      '记者调查发现，这些平台以解冻费、保证金为由一再要求受害人转账。',
      '警方通报，该团伙通过交友软件结识被害人，诱导其在虚假平台充值。',
      '法院判决书显示，被告公司以借新还旧方式维持兑付长达三年。',
      '我舅舅当年信了保本保息、年化15%，后来才知道是非法集资，钱一分没回来。',
      '事后回想，那个所谓的担保公司根本就是他们自己注册的空壳。',
      '本行郑重声明：我行工作人员不会以任何理由要求客户将资金转入个人账户。',
      '我公司从未通过微信群、直播间或者短视频渠道向社会公众募集任何资金。',
      '什么叫差额补足？和担保是一回事吗？',
      '请问金融资产交易中心到底是干什么的？',
      'What does "rollover" mean for a bond fund?',
      'PSA: nobody legit will ever ask you to pay a fee before you can withdraw your money.',
      'Heads up, folks — the "trading mentor" accounts in the comments are all scams, stay away.',
      "The court's ruling found the firm paid old investors with new investors' money for years.",
      'Stay away from anyone who promises 20% a month, it is a Ponzi.',
      '这些话术大家都见过吧：稳赚不赔、内部消息、名额有限，一听就是套路。',
      '老人们注意了，以康养基地为噱头的投资项目，千万别碰。',
    ],
  },
  {
    id: 'held_out_c_fire',
    first: '15/20', // measured on main
    cause: 'beyond-contract flags in fresh wording, victims asking about their own case, foils and similes',
    kind: 'fire',
    heldOut: true,
    texts: [
      { text: '老师每天早上在群里发买点，跟着他操作，一个月赚了三成。', flag: 'fake_platform' },
      { text: '客服说我的账户因为操作异常被冻结了，要交两万保证金才能解冻。', flag: 'withdrawal_blocked' },
      { text: '我在那个平台赚了十几万，一提现就说要先交百分之二十的个人所得税，我是不是被骗了？', flag: 'withdrawal_blocked' },
      { text: '项目由一家融资担保公司提供全额本息担保，到期不能兑付由它代偿。', flag: 'third_party_guarantee' },
      { text: '这期募到的钱，一部分用来兑付上一期到期的客户。', flag: 'rollover' },
      { text: '这个名额是我托关系拿的，千万别发到家族群里。', flag: 'secrecy' },
      { text: '认识三个月的网友，说他在新加坡做黄金，天天带我在一个平台上充钱。', flag: 'romance_contact' },
      { text: '投资养老床位，一次交十万，每年返一万二，还能优先入住。', flag: 'hype_theme' },
      { text: '新能源原始股，明年就在港股上市，现在一块钱一股。', flag: 'hype_theme' },
      { text: 'My mentor sends entry points on Telegram and we copy his trades on the app he gave us.', flag: 'fake_platform' },
      { text: 'The site says my balance is locked until I pay a 15% tax — have I been scammed?', flag: 'withdrawal_blocked' },
      { text: "This is an insiders-only allocation, please don't mention it to anyone at your bank.", flag: 'secrecy' },
      {
        text: 'Some guy from a dating app keeps bragging about his gains; he would like me to open an account on his platform.',
        flag: 'romance_contact',
      },
      { text: 'Your payout comes out of the next round of subscriptions, that is how we keep it going.', flag: 'rollover' },
      { text: '比你那个P2P稳多了，我们这个年化12%，按月付息。', flag: 'high_yield' },
      { text: '这款就跟存定期一样，只不过年化11%。', flag: 'high_yield' },
      { text: '说白了等于买国债，区财政兜底，年化9个点。', flag: 'government_backing' },
      { text: '钱打到我个人卡上，用于公司新厂房建设，年化13%。', flag: 'no_custody' },
      { text: '提醒各位家人：这期只剩最后五个名额，年化15%，抓紧上车！', flag: 'high_yield' },
      { text: '别的平台都是骗子，我们才是真的，保本保息，年化18%。', flag: 'guaranteed_return' },
    ],
  },
];

/**
 * A second held-out batch, written after the first was measured and before any further change; measured
 * once at the end, on main and on the branch.
 */
export const HELD_OUT_C2: Cause[] = [
  {
    id: 'held_out_c2_clean',
    first: '10/12', // measured on main
    cause: 'a second set of notices, reports, retellings, disavowals and term questions — nothing fires',
    kind: 'clean',
    heldOut: true,
    texts: [
      '管理员公告：本群禁止发布任何理财、荐股、虚拟币广告，违者移出。',
      '社区民警上门宣讲：陌生人让你下载APP投资、承诺高息的，一律是诈骗。',
      '证监局发布风险警示，提醒投资者警惕非法荐股和所谓的内幕消息。',
      '新闻里说，那家公司用后面募集的钱支付前面客户的利息，最后资金链断了。',
      '我老同学去年在交友软件上被一个“海外华人”骗去炒外汇，后来才发现整个平台是假的。',
      '本所工作人员不会私下向投资者推荐任何产品，也不会收取任何费用。',
      '差额补足协议在法律上算担保吗？',
      '请问“劣后级”是什么意思？',
      'Admin here: any post promising sure-fire profits or recovery services gets deleted.',
      'The prosecutors told the court the platform made victims pay a release charge and still never paid out.',
      'Looking back, the "insider quota" they sold my aunt was a textbook scam.',
      'What is a rollover scheme, and why do regulators treat it as a Ponzi?',
    ],
  },
  {
    id: 'held_out_c2_fire',
    first: '9/12', // measured on main
    cause: 'a second set of beyond-contract pitches and pitches that borrow notice words — they fire',
    kind: 'fire',
    heldOut: true,
    texts: [
      { text: '群里的分析师每天推两只票，照着买就行，上个月涨了四成。', flag: 'fake_platform' },
      { text: '平台说我提现金额太大触发风控，要交一笔认证费才能放款，我是不是上当了？', flag: 'withdrawal_blocked' },
      { text: '这个产品有大型国企担保公司兜底，到期不兑付他们全额代偿。', flag: 'third_party_guarantee' },
      { text: '每期到期前都会发新一期，用新的钱把老的接上。', flag: 'rollover' },
      { text: '这是给老客户的专属额度，你自己知道就行，别往外说。', flag: 'secrecy' },
      { text: '在抖音上认识的一个姐姐，说她叔叔在券商，让我跟着她在一个APP上买新股。', flag: 'romance_contact' },
      { text: '元宇宙数字土地，现在入手一块三千，明年至少翻五倍。', flag: 'hype_theme' },
      { text: 'Our Telegram tutor tells us exactly when to buy and sell.', flag: 'fake_platform' },
      { text: 'Before the listing next spring you can still buy the original shares at 2 yuan.', flag: 'hype_theme' },
      { text: '防骗小贴士看多了？放心，我们是正规公司，年化16%，月月付息。', flag: 'high_yield' },
      { text: '媒体都报道过我们的养老项目，投二十万送一张终身床位，每年返8%。', flag: 'hype_theme' },
      { text: 'Forget what the news says about crypto, our USDT vault pays 1% a day.', flag: 'crypto' },
    ],
  },
];
