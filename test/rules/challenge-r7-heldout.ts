/**
 * Round 7, held out: written after every round-7 change to the rules, in my own words, measured once
 * (`first`) and never tuned for. Same shape as ./challenge-r7.ts: look-alikes that must raise no flag,
 * pitches that must raise theirs.
 */
import type { Cause } from './challenge-causes.js';

export const HELD_OUT_R7: Cause[] = [
  {
    id: 'r7h_clean',
    first: '14/15',
    heldOut: true,
    cause: 'deposits, funds, insurance, warnings, news, stories, term questions and non-yield percentages',
    kind: 'clean',
    texts: [
      '农商行整存整取五年期利率2.2%，受存款保险保护，五十万以内全额赔付。',
      '这只纯债基金去年回报3.9%，托管在工商银行，基金有风险。',
      '万能险结算利率现在3%，保底2%是合同约定的，靠谱吗？',
      '券商开户邀请好友，好友入金后你们各得一个月免费Level-2。',
      '某区公安分局提示：对方说“刷流水才能提现”的，全部是诈骗，请立即报警。',
      '家族群里我发了条提醒：所谓“养老床位返租年化9%”，警方已经立案，别再交钱了。',
      '新闻：某省最后一家网贷机构完成退出，累计兑付出借人本金七成。',
      '我小姨前年在一个投资群里被骗走二十万，对方一开始也是天天晒收益，大家吸取教训。',
      '“资金池”具体是指什么？为什么监管不允许？',
      'What is a Ponzi scheme and why does it collapse?',
      '公积金贷款利率2.85%，首付比例降到两成。',
      '这个月基金销售服务费0.4%，赎回费持有满七天后为0。',
      'Inflation was 3.2% last year and wages grew 4%.',
      '银行推出存款送礼活动，存五万送一桶油，年利率1.9%。',
      'Our firm will never ask you to move money into a personal account or promise a fixed return. — Compliance',
    ],
  },
  {
    id: 'r7h_pitch',
    first: '12/15',
    heldOut: true,
    cause: 'pitches in wordings written after the round-7 lexicons',
    kind: 'fire',
    texts: [
      { text: '放心，本金一分都不会让你亏，年底连本带息一起结。', flag: 'guaranteed_return' },
      { text: '投五万，每周给你结一千二的利息。', flag: 'high_yield' },
      { text: '每介绍一个新客户进来，给你返他首笔投资的6个点。', flag: 'referral_scheme' },
      { text: '先把钱换成U，再转到我给你的地址，系统自动分红。', flag: 'crypto' },
      { text: '平台把你的钱借给急需周转的小老板，月息一分八。', flag: 'p2p_lending' },
      { text: '认购款请直接转到我们老总的个人工行卡。', flag: 'no_custody' },
      { text: '项目在某地资产确权登记中心备案，安全可查。', flag: 'pseudo_exchange' },
      { text: '我们是市国资委下属平台公司的项目，财政兜底。', flag: 'government_backing' },
      { text: '这批额度周五就收回了，想上车的赶紧。', flag: 'pressure_tactics' },
      { text: '这个计划不需要任何备案，监管也管不着，所以收益高。', flag: 'unlicensed' },
      {
        text: 'Message me and I will send you the setup file for our trading terminal — it is not in any app store.',
        flag: 'fake_platform',
      },
      { text: 'To release your balance you first need to clear a 12% anti-fraud deposit.', flag: 'withdrawal_blocked' },
      { text: '每一期都由一家大型担保集团签署代偿承诺。', flag: 'third_party_guarantee' },
      { text: 'Keep it quiet — this allocation is only for friends of the founder, no one else should know.', flag: 'secrecy' },
      { text: 'Put your savings into our AI-powered carbon-neutral fund, the sector everyone will chase next year.', flag: 'hype_theme' },
    ],
  },
];
