/**
 * Round 10, precision: one batch per cause of a false alarm named for this round — a licensed issuer's own
 * guarantee, rate or programme (insurers, banks, trust companies, fund managers, brokers), news and notices about
 * closures that retell the promise or give a repayment share, and English admin notices that disown contact and
 * judge a class of scammers — in my own words, written from what China's regulated firms are allowed and required
 * to say, plus agents' pitches that borrow those words and must keep their flags. Written before any round-10
 * change; `first` is the figure measured on the round's base (dcd8dfb) on the same texts.
 */
import type { Cause } from './challenge-causes.js';

export const CAUSES_R10P: Cause[] = [
  {
    id: 'r10p_insurer_own',
    first: '7/10',
    cause: "an insurer's own contract: its contractual rate, payout or cash value, or a minimum credited rate",
    kind: 'clean',
    texts: [
      '这款增额终身寿险的合同写明保证利率2.5%，现金价值按合同表格逐年增长，前几年退保会有损失，投保前请看清条款。',
      '年金险从六十岁起每年保证领取两万元，保证领取二十年，这是保险合同约定的给付，不是理财收益。',
      '万能险账户的保底利率是1.75%，目前结算利率2.8%，以保险公司每月公布为准，过去的结算利率不代表将来。',
      '按监管要求，普通型人身保险的预定利率上限已经下调到2.5%，各家寿险公司的新产品都按这个上限定价。',
      '保险公司万一经营不下去，还有保险保障基金依法救助，人寿保单的利益大部分能得到保障。',
      '分红险的红利是不保证的，宣传里的演示利益只是假设，确定能拿到的只有合同里的现金价值。',
      'Written into the policy: the life insurer guarantees this ten-year fixed annuity 3% a year, and surrendering it early carries a charge.',
      'Under the contract the cash value of her whole-life cover is guaranteed; the 4% dividend scale shown in the illustration is not.',
      '保险公司官网上的养老年金：保证给付期十年，预定利率2.0%，犹豫期十五天内退保可全额退还保费。',
      '寿险代理人给我看了条款：第五年起现金价值超过已交保费，保证部分写进合同，受保险法保护。',
    ],
  },
  {
    id: 'r10p_bank_own',
    first: '10/10',
    cause:
      "a bank's own products (deposits, structured deposits, certificates, wealth products, government bonds, money funds) with their disclosures",
    kind: 'clean',
    texts: [
      '某银行结构性存款，保本浮动收益型，预期年化收益率1.30%-2.85%，纳入存款保险保障范围，五万元起存。',
      '该理财为非保本浮动收益类，业绩比较基准2.9%-3.6%，风险等级R2，历史业绩不预示未来，理财不是存款，投资要谨慎。',
      '股份制银行三年期大额存单，年利率2.15%，二十万起存，受存款保险保障，可以在手机银行转让。',
      '储蓄国债（凭证式）本期三年期票面利率2.38%，由财政部发行，到承销银行柜台购买，提前兑取按规定扣一部分利息。',
      '货币基金的七日年化收益率1.6%，基金有风险，货币基金不保证本金不受损失，也不保证最低收益。',
      '理财子公司发行的固收类产品，不保本，业绩比较基准3%-4.5%，募集期十天，可在银行手机银行认购。',
      'A 12-month certificate at the bank: 4.1% APY, FDIC-insured to $250,000 for each depositor.',
      'This structured deposit keeps the principal protected by the issuing bank when it matures; its index-linked upside tops out at 3.5% a year.',
      '本行存款受存款保险保障，同一存款人在同一家银行的存款本息合计五十万元以内全额赔付。',
      '现金管理类理财七日年化2.0%，不保本，赎回T+1到账，单日快速赎回上限一万元。',
    ],
  },
  {
    id: 'r10p_trust_fund_broker',
    first: '9/10',
    cause: 'the own terms of licensed trusts, private funds and brokers: investor tests, custodians, benchmarks, fees and commissions',
    kind: 'clean',
    texts: [
      '某信托集合资金信托计划，仅向合格投资者推介，认购起点一百万元，业绩比较基准6.0%，信托财产由托管银行保管，信托公司不承诺保本和最低收益。',
      '私募证券投资基金已在基金业协会备案，只面向合格投资者，一百万元起投，托管人为一家证券公司，过往业绩不代表未来。',
      '在券商开户，股票交易佣金万分之1.5，免五，融资年利率5.8%，开通两融需要五十万元资产。',
      '证券营业部的客户经理按所服务客户交易佣金的两成提成，这是券商内部的薪酬制度。',
      '推荐好友在本行办理信用卡并激活，双方各得两百积分，活动期至本月底，详见手机银行活动页。',
      '邀请好友开通证券账户，好友入金满一万元，邀请人得三十元购物卡，每人最多邀请十位。',
      'Refer a friend to the bank: when they open a checking account and set up direct deposit, you both get $100, up to five referrals a year.',
      'Fees: 1.2% a year to the manager, 0.2% for custody, and a 20% performance fee on gains over an 8% hurdle.',
      '按规定，公募基金的广告要提示历史业绩不预示未来，管理人既不能保证盈利，也不能保证最低收益。',
      'Only investors holding 3 million yuan or more of investable wealth may buy this trust plan; its benchmark of 5.8% promises nothing, and the trust company does not guarantee principal.',
    ],
  },
  {
    id: 'r10p_closure_news',
    first: '7/10',
    cause: 'news and notices about closures that retell the promise or report a repayment share, with nothing offered',
    kind: 'clean',
    texts: [
      '某网贷平台宣布良性退出已满三年，截至上月末累计兑付比例38%，剩余债权继续催收，出借人可在官网查看进度。',
      '据报道，又有两个省份取消辖内金融资产交易中心的经营资格，这只是地方交易场所整体清退的一部分。',
      '业内人士称，随着最后一批P2P平台退出，网贷机构已经归零，没拿回钱的出借人只能走司法程序追偿。',
      '该平台此前以年化12%吸引投资者，去年被立案侦查，目前清退兑付率不足两成。',
      '区法院公告：某投资公司非法吸收公众存款一案已进入财产处置阶段，集资参与人请于三十日内登记，首期按本金的15%发还。',
      '市金融局通报：某理财公司承诺“保本保息、月息1分5”，已被依法取缔，相关人员已移送公安机关。',
      'Nanjing police said a peer-to-peer lender which had promised savers 10% a year has handed back just 21% of principal since its 2019 collapse.',
      'The exchange was wound down last year; the liquidator said creditors would recover about 30% of what they are owed.',
      '某地金交所关停以后，逾期的定融产品由当地平台公司分期兑付，第一期兑付本金的10%，投资人意见很大。',
      '通报显示，这家公司此前打着“养老项目”的旗号发展会员两千多人，目前资金追缴率约为三成。',
    ],
  },
  {
    id: 'r10p_admin_notice_en',
    first: '5/6',
    cause: 'an English admin or institution notice that disowns contact and judges a class of scammers by what it promises',
    kind: 'clean',
    texts: [
      'Mod notice: this server will never ask you to send crypto to anyone. Anyone offering "guaranteed 5% a day" is a scammer; block them and tell a mod.',
      'Reminder from the admins: we do not run any investment pool. If someone DMs you about doubling your USDT, it is a scam.',
      'Our support team will never ask for your seed phrase or a "verification deposit". Accounts promising 300% returns are fakes.',
      'PSA from the mods: the "staff" account pitching a 2% daily staking plan is an impostor. We never DM first.',
      'Group rules reminder: no investment ads. People who post "risk-free 20% monthly" deals get banned.',
      'Heads up: we have no trading desk and offer no managed accounts. Anyone selling signals in our name with 10% weekly gains is lying.',
    ],
  },
  {
    id: 'r10p_lookalike_pitch',
    first: '10/10',
    cause: "an agent's pitch that borrows a licensed issuer's words (insurer, bank, trust, broker) and must keep its flag",
    kind: 'fire',
    texts: [
      { text: '某人寿保险公司全额担保，年化12%，每月付息，额度只剩最后五份，需要的私聊我。', flag: 'third_party_guarantee' },
      { text: '银行内部渠道的结构性存款，保本保息，年化9%，款项转到客户经理个人卡上就行。', flag: 'no_custody' },
      { text: '信托计划一万元起投，地方政府兜底，年化10%，到期本息全额兑付。', flag: 'government_backing' },
      { text: '推荐一位好友投资，即得好友投资额5%的现金返利，上不封顶，多推多得。', flag: 'referral_scheme' },
      {
        text: 'A note backed by an insurer: 15% a year guaranteed, and a large insurance company insures all of it. Message me to hold a slot.',
        flag: 'guaranteed_return',
      },
      { text: '我们是持牌券商的合作方，跟着老师操作，保证每月收益20%，亏了全额赔付。', flag: 'guaranteed_return' },
      { text: '存款保险只保五十万，我们的产品由保险公司承保，本息无忧，年化8.8%，名额有限。', flag: 'third_party_guarantee' },
      {
        text: 'A branch manager is selling a structured deposit outside the books at 12% annually, with the cash sent straight into his own account.',
        flag: 'high_yield',
      },
      { text: '这款“增额寿”其实是我们公司自己的理财计划，保证年化8%，不用签保险合同，转账给我就行。', flag: 'guaranteed_return' },
      { text: '大额存单转让专区：我们这里的存单年利率7.5%，比银行高一倍，加微信下单。', flag: 'high_yield' },
    ],
  },
  {
    id: 'r10p_news_pitch',
    first: '5/6',
    cause: 'a pitch dressed as closure news or a notice (P2P is gone, but ours pays…), which must keep its flag',
    kind: 'fire',
    texts: [
      { text: '据报道P2P已经全部清退，但我们平台是持牌的，出借年化12%，随时可提。', flag: 'high_yield' },
      { text: '金交所关停以后，我们的定融产品改在产权登记中心挂牌，年化10%，五万起投。', flag: 'nonstandard_debt' },
      {
        text: 'Headline: the old lending apps were shut by regulators. Our new platform still pays 1% daily, guaranteed. DM me.',
        flag: 'guaranteed_return',
      },
      { text: '通报里那家公司倒了，和我们没关系，我们国企兜底，月息2分，欢迎认购。', flag: 'government_backing' },
      {
        text: 'From the admins: we never DM first. To join our guaranteed 3% weekly pool, send USDT to the wallet pinned above.',
        flag: 'crypto',
      },
      { text: '这只是开始，越早上车越赚钱：每天收益1.5%，拉一个好友再返10%。', flag: 'referral_scheme' },
    ],
  },
];

/**
 * A second set, written after the first round-10 fixes and before any fix for its own texts: licensed products beyond
 * batch one (reverse repos, REITs, broker income notes, pension accounts, I bonds, FSCS savings), regulators',
 * courts' and police notices, explainers of licensed products, and pitches that borrow them. `first` is measured at
 * 3160386 (the commit before it), not at the round's base.
 */
export const CAUSES_R10P2: Cause[] = [
  {
    id: 'r10p2_licensed_more',
    first: '10/10',
    cause: 'licensed products and accounts not in batch one, with their own terms and disclosures',
    kind: 'clean',
    texts: [
      '上交所国债逆回购GC001昨天收盘年化2.1%，用沪市证券账户就能操作，资金第二天就可以用。',
      '某理财子公司的稳健系列，业绩比较基准4.8%-5.5%，不保本，中风险R3，封闭期三年，到期前不能赎回。',
      '公募REITs在交易所上市，过去一年的分派率大约4.5%，分派不等于保本，价格也会波动。',
      '某农商行三年期定期存款利率2.6%，受存款保险保障，比国有大行高出0.35个百分点。',
      '个人养老金账户每年最多缴存一万二千元，可以抵扣个税，账户里能买储蓄、理财、基金和商业养老保险。',
      '某证券公司发行的本金保障型收益凭证，固定收益率2.8%，期限182天，以券商自身信用兑付，不属于存款。',
      '家族信托的门槛是一千万元，由信托公司担任受托人，信托财产托管在商业银行，受托人不承诺收益。',
      "Easy-access saver at 4.5% AER; the FSCS protects each person's deposits to £85,000.",
      'Series I savings bonds currently pay 4.3% and are backed by the full faith and credit of the U.S. government.',
      'Seven-day yield of this money market fund: 4.9%. No FDIC cover, and losing money is possible.',
    ],
  },
  {
    id: 'r10p2_authority_notice',
    first: '7/10',
    cause: "a regulator's, court's or police notice, or news, that retells the promise of a scheme it acted against",
    kind: 'clean',
    texts: [
      '人民法院公告：被告单位以年化15%至18%的高额回报为诱饵向社会公众吸收资金，本院已依法作出判决。',
      '公安机关提醒：凡是承诺“稳赚不赔、日息1%”的投资，都是诈骗，请勿轻信。',
      '证监局通报：某私募机构违规向投资者承诺保本保收益，已被采取责令改正的监管措施。',
      'A firm that had told investors of "20% a year, guaranteed" was charged by the SEC with running a Ponzi scheme.',
      'Court records show the defendant told victims the fund was "backed by the government" and paid 2% a month.',
      '地方金融管理局公告：以下十二家机构未取得金融业务许可，不得从事任何理财、借贷业务。',
      'P2P平台清退进展：截至目前已向出借人兑付3.2亿元，占待收本金的18%，后续兑付视催收情况而定。',
      '2019年以来，网贷机构从高峰期的约五千家压降至零，监管部门表示网贷风险已基本出清。',
      'Some 5,000 peer-to-peer lending sites once ran in China, regulators said; the last of them closed in 2020.',
      '检察院以非法吸收公众存款罪对该公司提起公诉，起诉书称其承诺投资人每月返息2%。',
    ],
  },
  {
    id: 'r10p2_licensed_explainer',
    first: '6/6',
    cause: 'an explainer of how licensed products work (wealth products priced at net value, structured deposits, CDs), with their rates',
    kind: 'clean',
    texts: [
      '银行理财从2022年起全面净值化，不再承诺保本，业绩比较基准只是参考，不是承诺给你的收益。',
      '大额存单和结构性存款的区别：前者利率固定，后者保本但收益浮动，两者都在存款保险的保障范围内。',
      'How does a structured deposit work? The bank ties its interest to an index; principal is protected, the upside is not guaranteed.',
      '货币基金的七日年化收益率是过去七天的收益折算成一年，不代表未来一年都能拿到这个收益。',
      '保险里说的“保证利率”是合同约定的最低利率，现在新产品普遍在2%左右，红利和结算利率超出的部分不保证。',
      'A CD locks your money for a fixed term at a fixed rate; withdrawing early usually costs a few months of interest.',
    ],
  },
  {
    id: 'r10p2_pitch_guard',
    first: '6/8',
    cause: 'pitches that borrow licensed products or authority notices and must keep their flag',
    kind: 'fire',
    texts: [
      { text: '我们的收益凭证由券商担保，年化9%，一万起投，加微信认购。', flag: 'high_yield' },
      { text: '国债逆回购太低了，我们这里的国债收益权年化12%，政府信用背书，名额有限。', flag: 'government_backing' },
      { text: '保险公司全额承保的定融产品，本息无忧，年化10%，本周截止。', flag: 'third_party_guarantee' },
      { text: 'Backed by the full faith of the government, our note pays 14% a year. Limited spots left.', flag: 'government_backing' },
      { text: '本行内部员工专享理财，保本保息年化7.5%，私下转账到理财经理个人账户即可。', flag: 'no_custody' },
      { text: '法院判了又怎样，我们这个项目照常兑付，月息3分，推荐一人返5%。', flag: 'referral_scheme' },
      { text: '这款年金险其实是我们合作方的理财计划，保证年化6%，不用签合同，钱转我个人卡。', flag: 'guaranteed_return' },
      {
        text: 'My insured annuity plan guarantees 9% a year with zero risk. Send the premium to my own bank card.',
        flag: 'guaranteed_return',
      },
    ],
  },
];

/**
 * Held out: written after every round-10 change above, measured once, never tuned for and under no floor. `first` is
 * that single measurement (at e4db983); on the round's base (dcd8dfb) the same texts give 10/16 and 7/8.
 */
export const HELD_OUT_R10P: Cause[] = [
  {
    id: 'r10p_heldout_clean',
    first: '12/16',
    heldOut: true,
    cause: "licensed issuers' own terms, closure and authority news, admin notices — new wordings",
    kind: 'clean',
    texts: [
      '某保险公司的两全保险，合同约定满期给付所交保费的105%，中途退保只能拿回现金价值。',
      '这款养老年金险的保证领取期是十五年，预定利率1.75%，条款写得很清楚，其余部分都不保证。',
      'A deferred annuity from a rated insurer credits at least 2% a year under the contract; anything above that is discretionary.',
      '某股份行发行的挂钩黄金的结构性存款，保本，收益区间1.2%-2.6%，以银行自身信用兑付，纳入存款保险。',
      "The bank's market-linked CD protects the principal if held to maturity and is FDIC insured; the index-linked interest may be zero.",
      '证券公司的收益凭证是券商以自身信用发行的债务凭证，本金保障型的到期兑付本金，不受存款保险保障。',
      '信托公司只能向合格投资者推介集合信托，单笔不低于一百万元，而且不得承诺保本保收益。',
      '推荐朋友开立本行借记卡并完成首笔消费，推荐人可得十元立减金，上限十次。',
      '记者从区法院获悉，某养老服务公司以“预存养老费、月返1%”为名非法集资一案已宣判，被害人可申请执行。',
      '警方通报：涉事平台以“稳赚不赔、拉人有奖”为噱头，发展会员三千余人，目前追赃挽损比例约为两成。',
      '某P2P平台清退公告：截至上月底，平台已累计向出借人返还本金6000万元，约占未兑付本金的11%。',
      '据悉，多地金交所已陆续停止新增业务，业内人士表示，这只是清理整顿的开始。',
      'Note from the mods: nobody on the team will ever DM you with an investment. Posts offering "guaranteed 4% weekly" get removed.',
      'Statement from the exchange: we do not offer staking products. Any account selling "our" 20% APY staking is an impersonator.',
      'The regulator said the collapsed app had promised depositors 12% a year; creditors have so far recovered 14 cents on the dollar.',
      '年内第三家网贷机构完成退出，监管部门称后续将督促已退出机构继续清收，保障出借人合法权益。',
    ],
  },
  {
    id: 'r10p_heldout_pitches',
    first: '7/8',
    heldOut: true,
    cause: 'pitches that borrow licensed words, closure news or a notice — new wordings',
    kind: 'fire',
    texts: [
      { text: '保险公司合作的年金计划，保证年化9%，不用体检也不用签合同，直接转账给我。', flag: 'guaranteed_return' },
      { text: '结构性存款内部额度，月息1分，保本，钱打到理财经理私人账户。', flag: 'high_yield' },
      { text: '金交所都关门了，可我们平台照常兑付，年化13%，推荐一人奖励500元。', flag: 'referral_scheme' },
      { text: 'Mod note: we never DM first, so trust only this post. Our vault pays 1.5% a day in USDT, guaranteed.', flag: 'crypto' },
      { text: '券商开户送好礼！另有内部跟单群，保证月赚15%，亏损全赔，扫码进群。', flag: 'guaranteed_return' },
      { text: '清退公告里说的那家跟我们无关，我们是国资控股平台，出借年化10%，五万起投。', flag: 'government_backing' },
      { text: 'Our insurer-guaranteed bond pays 11% a year with zero risk. Only 10 spots, reply YES to reserve.', flag: 'high_yield' },
      { text: '据报道P2P都没了，我们换成“供应链金融”，每月付息1.2%，拉新返佣5%。', flag: 'referral_scheme' },
    ],
  },
];
