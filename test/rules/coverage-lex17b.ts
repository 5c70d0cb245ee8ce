/**
 * Round-17 rows, second batch (read from blind pool offers-p16 after it was measured): what investment-fraud alerts
 * (SEC/FINRA, the regulators' 非法集资 scripts) list, in wordings the first batches missed. A platform that lends your
 * money to borrowers (P2P told without the word), a district government's company or 管委会支持函 (government backing),
 * 天金所/武金所 (the exchanges' short names), "past midnight it's gone" and 认购窗口本周日就关 (haste), a wallet address
 * from the assistant and a consulting firm's account (no custody), units from RMB 10,000 and money in one pot (splitting
 * and pooling), staking stablecoins in a vault (crypto), a share of what recruits earn (referral), mass texts and flyers
 * (solicitation), a chairman repaying principal from his own pocket (guarantee), money into the seller's own base (self
 * financing). Look-alikes: a gym's and a language app's referral months, a school trip's fee, a sneaker sale, a denial
 * that crypto is accepted. No sentence comes from an evaluation set.
 */
import { claim, type ByFlag, type Round, type Slots } from './coverage-round.js';

export const LEX17B_SLOTS: ByFlag<Slots[]> = {
  p2p_lending: {
    en: [
      claim(
        'Our platform',
        'lends your money to|lends your cash out to',
        'small-business owners|individuals|borrowers',
        'and you earn 12% a year.',
      ),
    ],
  },
  government_backing: {
    zh: [claim('本期产品年收益8.6%，', '区管委会|县政府|市政府', '出具了', '支持函|承诺函|会议纪要')],
    en: [
      claim(
        'The borrower is',
        'owned by a district government|wholly owned by the Jiangning district administration|controlled by the city government',
        ', target return 9% a year.',
      ),
    ],
  },
  exchange_channel: { zh: [claim('本期产品由', '天金所|武金所|北金所|广金所', '挂牌发行，年收益8.6%')] },
  pressure_tactics: {
    zh: [
      claim('周回报15%，新人今晚入金送20%体验金，', '过了零点就没了|过了今晚就没|过了12点就取消'),
      claim('年化10%，', '认购窗口本周日晚上就关了|窗口明天就关', '，下一次开放要等半年'),
    ],
  },
  no_custody: {
    zh: [
      claim('周回报15%，入金方式：', '私聊助理|找客服|联系老师', '拿钱包地址'),
      claim('年化9%，认购请', '付款至|转账至|打款至', '“某某商务咨询有限公司”|某某科技有限公司|“某某贸易有限公司”'),
    ],
    en: [
      claim('You earn 9.5% a year, so', 'scan the QR below and pay|pay Ms Chen on WeChat|pay Mr Wong directly', 'to top up.'),
      claim('It doubles in 12 months, and deposits go to', "our founder's Revolut|the CEO's PayPal|the manager's bank account"),
    ],
  },
  split_or_pooled: {
    en: [
      claim('Private placement, 9% a year:', 'units start at RMB 10,000|the minimum investment is RMB 20,000|units start from CNY 5,000'),
    ],
  },
  crypto: {
    en: [claim('Earn a 1% daily yield when you', 'stake your stablecoins|stake SOL|connect your wallet', 'in our liquidity vault.')],
  },
  referral_scheme: {
    en: [
      claim(
        'Stake with us for 300% APY and',
        'get 20% of their rewards|get a share of their payouts|get a cut from whoever they invite',
        'when friends join.',
      ),
    ],
    zh: [claim('日收益千分之三，你再', '带三个朋友|拉两个人|介绍好友', '来买机器，他们的产出5%', '永远归你|都给你|分你')],
  },
  public_solicitation: {
    zh: [claim('“元宇宙链”新币首发认购，预计涨50倍，', '小区好几个邻居也都收到了一模一样的|好多人都收到了同样的')],
    en: [
      claim(
        'Our gold mine pays 3% weekly, and',
        'this message has been sent to selected investors|we are handing out flyers all over town|our team is knocking on doors',
      ),
    ],
  },
  guaranteed_return: {
    en: [
      claim(
        '14% fixed annual interest:',
        'our chairman stands behind every dollar|your principal is certain to be repaid|he repays your principal out of his own pocket',
      ),
    ],
  },
  self_financing: {
    zh: [claim('每年分红12%，', '募集的钱|募来的钱|资金', '全部投到', '他们自己公司旗下的茶叶基地|集团自己的楼盘')],
  },
};
export const LEX17B_NEGATED: ByFlag<string[]> = {
  crypto: { en: ['We do not accept Bitcoin or any other crypto'] },
};
export const LEX17B_TERMS: ByFlag<string[]> = {};
export const LEX17B_LOOKALIKES: ByFlag<string[]> = {
  referral_scheme: {
    en: [
      "Refer a friend to FitZone and get $25 off your next month's dues, and your friend skips the joining fee.",
      'Invite friends to the language app: when they subscribe, you both get one month free.',
    ],
    zh: ['学外语App推送：邀请好友一起学西班牙语，双方各得一周超级会员免费试用。'],
  },
  pressure_tactics: {
    en: [
      'Dear parents, please pay the $15 field trip fee by Friday. Only 30 seats on the bus.',
      'FLASH SALE! 40% off all sneakers, today only, limited stock!',
    ],
  },
  crypto: { en: ['We do not accept Bitcoin or any other crypto; subscriptions settle through your own brokerage account.'] },
};
export const LEX17B: Round = { slots: LEX17B_SLOTS, negated: LEX17B_NEGATED, terms: LEX17B_TERMS, lookalikes: LEX17B_LOOKALIKES };
