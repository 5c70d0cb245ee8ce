/**
 * Round-9 extension of the coverage generator (./coverage-cases.ts): texts that retell someone else's pitch.
 * Written from the registers of the r9 precision causes (a described or quoted pitch inside a warning; English
 * notices and news), measured first on the round's base before the round-9 stance changes.
 *
 * Must NOT fire:
 * - story: a victim's (often a relative's) past loss, the pitch retold in quotes, no sharing formula and nothing
 *   offered now.
 * - warnact: a moderator's or an institution's notice that describes a third party's pitch in order to warn of it.
 * - newsretold: police, court or regulator news that retells the scheme's promise.
 * - explainer: what a scheme is or how it works, asked and answered in general terms.
 * Must still fire (the counterparts):
 * - foilstory: a past loss used as the foil of a pitch made now (但现在这个不一样, "this one is different").
 * - pitchedagain: a victim pitched again now, asking what to do.
 * - noticepitch: a seller's pitch dressed as a notice (谨防上当，认准我们…, "beware of copycats, only ours …").
 * - explainpitch: a seller's pitch dressed as an explainer (什么是我们的…？, "What is our plan? …").
 */
export type R9Frame = 'story' | 'warnact' | 'newsretold' | 'explainer' | 'foilstory' | 'pitchedagain' | 'noticepitch' | 'explainpitch';
export const R9_FRAMES: readonly R9Frame[] = [
  'story',
  'warnact',
  'newsretold',
  'explainer',
  'foilstory',
  'pitchedagain',
  'noticepitch',
  'explainpitch',
];

export const R9_TEMPLATES: Record<R9Frame, { fires: boolean; zh: string[]; en: string[] }> = {
  story: {
    fires: false,
    zh: [
      '我姑妈前年被一个老乡拉去投资，人家跟她说“{c}”，投了十二万，后来公司人去楼空，钱一分没要回来。',
      '同事当初听信了“{c}”这种话，把积蓄都投了进去，去年平台爆雷，现在还在维权。',
    ],
    en: ['My neighbour was told "{c}" by a man from her church. She put in $20,000 and the company vanished last spring.'],
  },
  warnact: {
    fires: false,
    zh: [
      '【业主群提醒】最近有陌生人私加邻居，推销所谓“{c}”的产品，请大家谨防上当。',
      '风险提示：有人冒充银行工作人员，宣称“{c}”，诱导老人转账，请提高警惕。',
      '各位群友注意：最近有人私加群成员推销{c}的产品，还让把钱转到个人账户，本群从未授权任何人推荐理财，谨防上当。',
    ],
    en: [
      'Scam alert: someone is messaging members with "{c}" offers. Do not reply and report them to the admins.',
      'Investor alert: be careful with anything sold as "{c}"; regulators have licensed nothing of the sort.',
    ],
  },
  newsretold: {
    fires: false,
    zh: [
      '据警方通报，该团伙以“{c}”为诱饵吸收公众存款，涉案金额逾两亿元，主要嫌疑人已被刑事拘留。',
      '【本地快讯】法院一审判决：被告以“{c}”为名非法集资，判处有期徒刑八年。',
      '【财经快讯】多地先后取消辖内交易场所的业务资质。监管提示，所谓“{c}”的产品，投资者应提高警惕。',
    ],
    en: [
      'Police arrested six people who had lured retirees with "{c}", officers told reporters on Monday.',
      'Nine suspects were held by police over an app that pitched users {c}, officials said. Detectives put the number of people who paid in at over 1,500.',
    ],
  },
  explainer: {
    fires: false,
    zh: ['什么是非法集资的套路？通常就是打出“{c}”的旗号，吸引老人投钱。'],
    en: ['What is a Ponzi scheme? It usually baits people with "{c}" and settles earlier savers with later cash.'],
  },
  explainpitch: {
    fires: true,
    zh: ['什么是我们的稳赢计划？简单说：{c}，绝对不是骗局，扫码加入。'],
    en: ['What is our Gold Plan? Simple: {c}. Not a scam. Join now.'],
  },
  foilstory: {
    fires: true,
    zh: [
      '我以前在P2P被坑过，钱都没拿回来，但现在这个不一样：{c}，私聊我。',
      '之前有人被骗了，大家要小心；我们这个项目是正规的，{c}，名额有限。',
    ],
    en: ['I lost money on a fake app last year, but this one is different: {c}. DM me to join.'],
  },
  noticepitch: {
    fires: true,
    zh: [
      '【温馨提示】谨防上当，认准我们正规平台：{c}，私聊客服。',
      '各位注意：有人冒充我们推销假产品，请认准官方渠道，我们的产品{c}，欢迎咨询。',
      '谨防上当受骗！这是正规项目：{c}。',
    ],
    en: ['Beware of copycats! Only our official app: {c}. DM me to join.'],
  },
  pitchedagain: {
    fires: true,
    zh: [
      '平台跑路后又有人找我，说{c}，让我再交一笔，这是不是又被骗了',
      '去年投的项目爆雷了，现在对方又说{c}，还让我拉亲戚进来，我该怎么办？',
    ],
    en: ['The app I used collapsed last year, and now their agent is messaging me again: {c}. Should I pay?'],
  },
};
