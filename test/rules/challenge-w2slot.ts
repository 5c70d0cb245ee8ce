/**
 * Round 6 wave 2 (slot gaps): a held-out batch written at the start of the wave, BEFORE any change to
 * slot matching. Templates × insertions × flags: a short trigger with a modifier, a quoted name, an
 * amount, a place or organisation name or a parenthetical put inside it, or its parts reordered; plus
 * sham registry names built from parts, rates in 成, and legitimate look-alikes carrying the same
 * insertions. Measured once at the end of the wave (main 0015a91: 18/28 fire, 9/10 clean; this branch at b1cab65:
 * 27/28, 10/10), never tuned for, under no floor. All sentences are my own.
 */
import type { Cause } from './challenge-causes.js';

export const HELD_OUT_SLOT: Cause[] = [
  {
    id: 'held_out_slot_insertions',
    first: '27/28',
    heldOut: true,
    cause: 'held out: a modifier, quoted name, amount, place/organisation or parenthetical inside a slot pattern',
    kind: 'fire',
    texts: [
      // no_custody
      { text: '业务员让我们把30万元认购款直接转进他本人的招商银行卡里。', flag: 'no_custody' },
      { text: '认购款统一汇到“鑫达咨询”法人代表的私人账户。', flag: 'no_custody' },
      { text: '款项请打到我们合作的那家（深圳）贸易公司的账户，不走托管。', flag: 'no_custody' },
      { text: 'Please wire the 20,000 yuan deposit to the personal account of our "senior adviser" Ms Chen.', flag: 'no_custody' },
      // fake_platform
      { text: '客服让我下载一个名为「恒信环球」的交易软件，在上面买美股。', flag: 'fake_platform' },
      { text: '老师叫我们装一个叫《金桥国际》的APP跟着他下单。', flag: 'fake_platform' },
      { text: 'The tutor asked me to install an app called "GoldenBridge Pro" and follow his signals.', flag: 'fake_platform' },
      // guaranteed_return
      { text: '公司承诺到期后保你拿回全部20万元本金。', flag: 'guaranteed_return' },
      { text: '我们保证每一期（共十二期）的收益按时到账。', flag: 'guaranteed_return' },
      { text: '经理说本金由“安盛担保”全额兜底，一分不会少。', flag: 'guaranteed_return' },
      // self_financing
      { text: '募集资金将投向我们董事长控股的三家关联企业。', flag: 'self_financing' },
      { text: '这笔钱主要用于“华远置业”等集团自己的楼盘项目。', flag: 'self_financing' },
      // split_or_pooled
      { text: '他们把这只私募拆成每份1万元的小份额，卖给退休的老人。', flag: 'split_or_pooled' },
      { text: '所有客户（目前已有八百多位）的资金都统一放进公司的大账户调配。', flag: 'split_or_pooled' },
      // referral_scheme
      { text: '每推荐一位（亲戚同事都行）新会员，奖励对方投资额的5%。', flag: 'referral_scheme' },
      { text: '邀请两名“金卡会员”好友入金，可得300元佣金。', flag: 'referral_scheme' },
      // pressure_tactics
      { text: '本期额度（总共500万元）今天就要抢光了。', flag: 'pressure_tactics' },
      // government_backing
      { text: '这个项目由南湖新区管委会和区财政局共同兜底。', flag: 'government_backing' },
      // public_solicitation
      { text: '理财经理在“财富人生”微信群里天天推荐这个产品。', flag: 'public_solicitation' },
      // unlicensed
      { text: '这家叫“汇富通”的公司根本没有私募基金管理人资格。', flag: 'unlicensed' },
      // pseudo_exchange: names built from parts, in other orders, with a place and a brand
      { text: '产品在临川县鑫盛资产备案登记中心备案，安全可靠。', flag: 'pseudo_exchange' },
      { text: '该债权已在华东金融资产登记托管平台登记确权。', flag: 'pseudo_exchange' },
      { text: '项目在某某市产权登记交易服务公司挂牌转让给个人投资者。', flag: 'pseudo_exchange' },
      { text: '份额由江城股权托管结算中心登记，随时可以转让。', flag: 'pseudo_exchange' },
      // high_yield in 成, periods before or after, ranges
      { text: '这个项目每年三成的回报，比炒股稳。', flag: 'high_yield' },
      { text: '回报两成一年，到期一次付清。', flag: 'high_yield' },
      { text: '年收益一成五到两成，按季度分红。', flag: 'high_yield' },
      { text: '一年下来能赚两成多，我亲戚都投了。', flag: 'high_yield' },
    ],
  },
  {
    id: 'held_out_slot_lookalikes',
    first: '10/10',
    heldOut: true,
    cause: 'held out: legitimate texts with the same insertions and name parts',
    kind: 'clean',
    texts: [
      '下周去区不动产登记中心办理房产证过户手续。',
      '北京产权交易所公开挂牌转让一家市属国企的部分股权。',
      '单位把这个月的工资转到我本人名下的工商银行卡了。',
      '物业让业主把物业费交到“安居物业”的对公账户。',
      '今年公司的销售额比去年增长了两成。',
      '这家店的租金一年涨了三成，老板有点吃不消。',
      '中国证券登记结算公司发布了新的业务规则。',
      '房东承诺退租时把押金全额退还给我。',
      '请下载“国家反诈中心”APP，谨防电信诈骗。',
      '我们把年终奖拆成两份，一份存定期一份还房贷。',
    ],
  },
];
