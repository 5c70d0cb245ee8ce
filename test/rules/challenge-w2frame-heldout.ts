/**
 * Round 6, wave 2 (frame engineer): a held-out batch written before any change of this wave, in my own
 * wording, never tuned for and under no floor. It is measured once at the end, on main and on the branch.
 * News about what regulators, police and courts did, and questions whether a kind of product is legal,
 * must raise no flag; pitches that cite such news, askers stating facts of their own offer, guarantees at
 * everyday events, bundles and hype themes in new wordings must raise their flag.
 */
import type { Cause } from './challenge-causes.js';

export const HELD_OUT_W2: Cause[] = [
  {
    id: 'held_out_w2_clean',
    first: '11/18', // measured on main 0015a91 before any change
    cause: 'news of closures, arrests and verdicts; legality questions; pension look-alikes — nothing fires',
    kind: 'clean',
    heldOut: true,
    texts: [
      '财新消息：又有两个省份的地方金融监管局注销了本地金融资产交易中心的经营许可。',
      '某市公安局经侦支队通报，已对一家以虚拟货币投资为名的平台立案侦查，冻结涉案资金3000余万元。',
      '据央视新闻，多地已全面清退网贷机构，P2P平台在营数量归零。',
      '法院一审判决：某定融项目的实际控制人犯非法吸收公众存款罪，判处有期徒刑七年。',
      'Bloomberg said regulators had shut dozens of P2P lenders across one region last year.',
      'Police arrested twelve people who ran an unlicensed crypto mining pool, the city bureau said on Monday.',
      '十部门此前联合发文，明确虚拟币相关交易属于非法金融活动。',
      'That exchange was shut down by its provincial watchdog in 2022 and lost its licence.',
      '想问下，在国内买卖比特币到底合不合法？',
      '用家里电脑挖矿违法吗？会被查吗？',
      '听说金交所都要关了，那以前买过的金交所产品算不算违法？',
      'Is it legal to invest in USDT staking from China, or is that a scam by definition?',
      'So are those P2P loan apps still permitted in China, or did all of them get banned?',
      '定融产品是不是骗局？为什么好多地方都出事了？',
      '银行养老理财产品，封闭期五年，业绩比较基准4.8%-6%，不保本，风险等级R2，可在手机银行购买。',
      '商业养老保险：交满十年，六十岁起每月领取养老金，领取金额以合同约定为准。',
      '我们年会今年在湖边的酒店办，老板承诺每人都有红包。',
      '这家基金公司发行的养老目标日期基金，管理费率0.6%，不承诺收益，过往业绩不预示未来表现。',
    ],
  },
  {
    id: 'held_out_w2_fire',
    first: '14/16', // measured on main 0015a91 before any change
    cause: 'pitches that cite closures or legality, asker-stated offers, everyday-event guarantees, hype themes',
    kind: 'fire',
    heldOut: true,
    texts: [
      { text: '新闻说金交所都关了，但我们这款是在金融资产交易中心备案的老产品，年化11%，照样兑付。', flag: 'exchange_channel' },
      { text: '网上说P2P都被取缔了，我们平台不一样，是网贷里唯一合规的，年化13%。', flag: 'p2p_lending' },
      { text: '国家都在打击虚拟币了，现在正是低价进场的时候，充USDT给我，每天返1%。', flag: 'crypto' },
      {
        text: 'Regulators closed the other platforms, but ours is different: we guarantee the capital you put in and 15% a year.',
        flag: 'guaranteed_return',
      },
      { text: '有人跟我推荐一个项目，说保本保息，年化15%，这种合法吗？', flag: 'guaranteed_return' },
      { text: '朋友拉我买一个定向融资计划，年化10%，他说完全合法，真的合法吗？', flag: 'nonstandard_debt' },
      { text: '在公司聚会上，主管说这款理财产品到期保本，利率8.8%。', flag: 'guaranteed_return' },
      { text: '年会抽奖环节，经理顺便介绍了一款收益稳定、本金保证的产品，年化十个点。', flag: 'guaranteed_return' },
      { text: '公司把十几笔工程应收款打包成一个收益权产品，1万起投，分给两百多个客户。', flag: 'split_or_pooled' },
      { text: '投十万买康养公寓的使用权，每年返八千，十年后原价回购。', flag: 'hype_theme' },
      { text: '数字藏品每周上新，抢到就是赚到，转手就能翻三倍。', flag: 'hype_theme' },
      { text: '这家新能源企业的原始股，上市后至少翻十倍，内部价每股一块五。', flag: 'hype_theme' },
      { text: '乡村振兴扶贫项目，认购一份五千，每月分红两百。', flag: 'hype_theme' },
      { text: '买我们的养老消费卡，消费的钱年底全部返还，还送米面油。', flag: 'hype_theme' },
      { text: 'Buy a metaverse land parcel now, early buyers doubled their money in a month.', flag: 'hype_theme' },
      { text: '以房养老：把房子抵押给我们，每月拿一万二的理财收益，到期本金全额返还。', flag: 'hype_theme' },
    ],
  },
];
