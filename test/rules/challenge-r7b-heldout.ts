/**
 * Round 7b, held out: written after every round-7b change to the rules, in my own words, measured once
 * (`first`) and never tuned for. Legitimate texts with risky words that must raise no flag, and pitches
 * that must raise theirs.
 */
import type { Cause } from './challenge-causes.js';

export const HELD_OUT_R7B: Cause[] = [
  {
    id: 'r7bh_clean',
    first: '17/20',
    heldOut: true,
    cause: 'bank and broker marketing, notices, news, victims, moderators and rate questions',
    kind: 'clean',
    texts: [
      '农行新客户首次购买本行理财可享业绩比较基准上浮0.3%，产品不保本，详见说明书。',
      '京东金融上的这只同业存单指数基金，近一年收益2.7%，风险等级R2。',
      '【某银行】您尾号1234的账户收到工资代发8650元，当前活期利率0.15%。',
      '券商开户送一年免费Level-2行情，交易佣金万0.85，详询营业部。',
      '这款两全保险的演示利率为2.5%，只是演示，不代表保证收益。',
      '市反诈中心温馨提醒：自称“理财导师”拉您进群、让您下载陌生APP投资的，一律是诈骗。',
      '【防范非法集资】承诺高额回报就是陷阱，保本付息莫相信，投资请认准持牌机构。',
      '某县人民法院一审判决：被告人以月息2.5%为诱饵非法集资1.3亿元，判处有期徒刑九年。',
      '记者走访发现，多名老人此前被“以房养老”项目承诺年息10%，最终房子被抵押。',
      '我爸当年信了“年底翻倍”的鬼话，十几万打了水漂，各位长辈千万别再信这种话了。',
      '🚫禁止在本群发任何拉人头返利、USDT理财的广告，发现直接移出🚫',
      'Mods: the "AI trading bot, 3% daily" posts are spam. Do not click the links ⚠️',
      '年化12%的产品都是骗局吗？为什么银行理财只有3%？',
      '月利率1.5%折合年化是多少？',
      'Is an 8% annual return normal for the stock market over the long run?',
      'Vanguard says its cash fund (a money-market fund) currently yields 5.2%; yields change daily.',
      'The FTC sued the company for telling buyers they would earn "$10,000 a month guaranteed".',
      '表哥在群里推荐一个月息3分的项目，我查了一下是非法集资，已经劝住他了。',
      '大额存单可以质押贷款，年利率一般比存单利率高一点。',
      '公积金贷款利率下调0.25个百分点，首套房利率降到2.6%。',
    ],
  },
  {
    id: 'r7bh_pitches',
    first: '8/10',
    heldOut: true,
    cause: 'pitches in bank, notice, moderator and question disguises',
    kind: 'fire',
    texts: [
      { text: '银行利息太低了，来我们这边，每月固定分红3%，本金随时可取。', flag: 'high_yield' },
      { text: '温馨提示：本期额度只剩最后50万，今晚12点关闭通道，年化14%。', flag: 'pressure_tactics' },
      { text: '我们平台不是P2P，是合法的借贷信息撮合，出借人年化11%。', flag: 'p2p_lending' },
      { text: '管理员推荐：群内专属USDT理财，日收益0.8%，私聊管理员上车。', flag: 'crypto' },
      { text: '正规公司，有营业执照，投资款直接打老板个人卡，月返2%。', flag: 'no_custody' },
      { text: 'This is NOT a scam 🙏 our staking pool pays 1.2% a day, DM me to join.', flag: 'crypto' },
      { text: '想要年化20%还保本吗？加我微信，名额有限。', flag: 'guaranteed_return' },
      { text: '提现前需要先缴纳账户余额10%的个人所得税，缴清后立即到账。', flag: 'withdrawal_blocked' },
      { text: '每拉一个新会员入单，你就拿他投资额的8%，层层有奖。', flag: 'referral_scheme' },
      { text: '由国资控股的担保公司全额担保，政府平台发行，年化9.8%。', flag: 'government_backing' },
    ],
  },
];
