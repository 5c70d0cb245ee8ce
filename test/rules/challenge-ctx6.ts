/**
 * Round 6 (context engineer): batches that price the register-built cue lexicons of rules/notices.ts.
 * The pitch batches borrow the new cue words (slogans, news words, retrospective words, English headers)
 * and must still fire; the clean batches are notices in registers the lexicons enumerate. My own wording.
 * `first` was measured after the lexicons were written and before any change made for these batches
 * (on main the same batches score 13/14 and 5/12).
 */
import type { Cause } from './challenge-causes.js';

export const CAUSES_C: Cause[] = [
  {
    id: 'ctx_cost_pitches',
    first: '12/14',
    cause: "sellers' pitches that borrow notice, slogan, report or retrospective words — they still fire",
    kind: 'fire',
    texts: [
      { text: '天上不会掉馅饼，但我们这个是真的，年化15%，保本。', flag: 'guaranteed_return' },
      { text: '提醒各位客户注意：本期年化14%，名额有限，尽快打款。', flag: 'high_yield' },
      { text: '请广大客户不要错过，月息2分，到期还本。', flag: 'high_yield' },
      { text: '远离非法集资，选择我们正规备案的金交所产品，年化11%。', flag: 'exchange_channel' },
      { text: 'Heads up: just three places remain in the 15%-monthly plan, wire it to my own card.', flag: 'high_yield' },
      { text: 'Stay away from low-yield banks: our fund pays 12% annually, zero risk to the principal.', flag: 'guaranteed_return' },
      { text: '很多人后来才知道P2P是骗局，所以现在都来我们这，保本保息年化10%。', flag: 'guaranteed_return' },
      { text: '拒绝低收益，这款定融年化13%，政府平台担保。', flag: 'nonstandard_debt' },
      { text: '本项目已获主流财经媒体报道，年化16%，本金无忧。', flag: 'guaranteed_return' },
      { text: 'Reminder: payment is due tonight, 3% weekly, returns guaranteed.', flag: 'guaranteed_return' },
      { text: '老师带单，不允许外传，跟着做一个月翻倍。', flag: 'secrecy' },
      { text: '我们从不委托中介，直接打到老板个人卡上就行，年化12%。', flag: 'high_yield' },
      { text: '他说这个不需要备案，到期一定兑付，我要不要投？', flag: 'guaranteed_return' },
      { text: 'This is not a scam, we guarantee 20% a month.', flag: 'guaranteed_return' },
    ],
  },
  {
    id: 'ctx_registers_clean',
    first: '12/12',
    cause: 'notices in the enumerated registers — slogans, court and police reports, retold lessons, English alerts',
    kind: 'clean',
    texts: [
      '高收益往往意味着高风险，所谓保本高息的理财产品请大家远离。',
      '以案说法：某公司以“定融计划”为名吸收存款，年化12%，最终资金链断裂。',
      '经法院审理查明，被告人向投资人承诺月息3分，非法吸收资金两亿元。',
      '犯罪嫌疑人冒充导师带单，诱导受害人在虚假平台充值，目前已被刑事拘留。',
      '我同事前年被拉进一个荐股群，最后才发现是杀猪盘，二十万打水漂。',
      'Prosecutors said the defendants promised investors 30% a year and paid early members with new deposits.',
      'Heads up everyone, these "guaranteed 10% a month" DMs are a scam, never send money.',
      'Turned out it was a Ponzi: the 15% monthly payouts came from the next investors.',
      '群主提醒：凡是私聊你推荐内部额度、原始股的，一律拉黑。',
      '天上不会掉馅饼，年化20%还保本的东西别碰。',
      '投资者教育：金交所产品已全面清理，任何宣称在金交所挂牌的理财都不要买。',
      '我公司从未委托任何机构或个人以公司名义向社会销售定融产品。',
    ],
  },
  {
    id: 'ctx_beyond_slots',
    first: '9/10',
    cause: 'beyond-contract flags in the slot families written from domain knowledge (this round)',
    kind: 'fire',
    texts: [
      { text: '提现一直在审核，客服说要先补缴百分之十的风险金。', flag: 'withdrawal_blocked' },
      { text: "The app says my withdrawal is pending and won't let me withdraw until I upgrade to VIP.", flag: 'withdrawal_blocked' },
      { text: '优先级年化9%，劣后级由发起方出资兜底，亏了先算他们的。', flag: 'third_party_guarantee' },
      { text: '这种产品就是以新还旧，一期接一期往下滚。', flag: 'rollover' },
      { text: '悄悄告诉你，这个额度我只给了三个人。', flag: 'secrecy' },
      { text: '在相亲网站上认识的男朋友，人在迪拜，教我在他的平台做外汇。', flag: 'romance_contact' },
      { text: 'My fiancé overseas, who I have never met in person, set up a crypto account for me.', flag: 'romance_contact' },
      { text: '共享充电宝项目，一台两千，每月分红三百。', flag: 'hype_theme' },
      { text: 'Our AI trading robot earns 2% a day on autopilot.', flag: 'hype_theme' },
      { text: '影视项目分红，明年春节档上映，投五万分十万。', flag: 'hype_theme' },
    ],
  },
  {
    id: 'ctx_beyond_clean',
    first: '5/8',
    cause: 'everyday texts with the new slot words — no flag',
    kind: 'clean',
    texts: [
      '共享单车月卡19.9元，骑行不限次。',
      '我男朋友在国外读书，我们每天视频聊天。',
      '这家店的养生基地周末有采摘活动。',
      '悄悄告诉你，下周三公司团建去爬山。',
      '股票回购方案已经通过股东大会。',
      '提现到银行卡一般两小时到账。',
      '影视投资是一个高风险行业，这是大学课程的内容。',
      '老人小区要加装充电桩，物业在征求意见。',
    ],
  },
  {
    id: 'ctx_cost_b',
    first: '6/6',
    cause: 'pitches and everyday texts near the moderator headers, staff disavowals and the wider beyond-flag patterns',
    kind: 'fire',
    texts: [
      { text: '群公告：今晚八点直播讲新品，年化12%，名额有限。', flag: 'high_yield' },
      { text: '管理员提醒：本期认购截止今晚，月息1.5分，抓紧。', flag: 'high_yield' },
      { text: '我行客户经理不会让你失望，这款保本保息。', flag: 'guaranteed_return' },
      { text: 'Admin: new round open, 2% a week, guaranteed.', flag: 'guaranteed_return' },
      { text: '导师今天在直播间发了三个买点，跟上的都赚了。', flag: 'fake_platform' },
      { text: 'The whole account stays frozen until I deposit another 3,000 as a security bond.', flag: 'withdrawal_blocked' },
    ],
  },
  {
    id: 'ctx_cost_b_clean',
    first: '7/8',
    cause: 'everyday texts with the new pattern words — no flag',
    kind: 'clean',
    texts: [
      '群公告：周六上午十点小区广场义诊，请大家准时参加。',
      '这个项目组的周报别发到大群里，发小群就行。',
      '老师在家长群里发了期末考试的复习点。',
      'My bank account was frozen until I updated my ID documents at the branch.',
      'That dating app of mine added a video call feature.',
      'Interest on the loan comes from the borrower, not from the bank.',
      '我行员工不得私下接受客户宴请。',
      '分析师给出的目标价是二十元。',
    ],
  },
];
