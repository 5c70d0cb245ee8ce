/**
 * Round-8 extension of the coverage generator (./coverage-cases.ts): the stance of a text as a whole —
 * whether anyone in it offers anything now. Written from the registers people use, before the
 * round-8 stance reader (rules/stance.ts) existed, and measured first as they stood.
 *
 * Must NOT fire:
 * - remark: a generic remark about a class of products ("those who claim X, all …", "各位别贪心"),
 *   an observation attributed to regulators; nobody offers X.
 * - rules: a group's numbered rules, one line of which names the banned pitch.
 * - shared: a victim's past loss shared with the room as a lesson, with nothing pitched now.
 * - fraudster: the claim put in the mouth of a fraudster as a class (骗子常说…, "scammers usually say …").
 * Must still fire (the counterparts, so a stance that blocks a real pitch shows up here):
 * - hedged: a pitch that opens with a generic remark but speaks for its own product or asks for contact.
 * - help: a victim's past pitch retold with a plea for help about their own money.
 * - testimonial: gains "shared" as an experience (晒收益) — a pitch in the form of a story.
 * And, for a term: compared — the term is the standard a pitch measures itself by (和当年X那种一样, "just
 * like the old X"), not what it sells: the term's flag must not fire.
 */
import type { Lang } from './coverage-cases.js';

export type StanceFrame = 'remark' | 'rules' | 'shared' | 'fraudster' | 'hedged' | 'help' | 'testimonial' | 'compared';
export const STANCE_FRAMES: readonly StanceFrame[] = [
  'remark',
  'rules',
  'shared',
  'fraudster',
  'hedged',
  'help',
  'testimonial',
  'compared',
];

export const STANCE_TEMPLATES: Record<Exclude<StanceFrame, 'compared'>, { fires: boolean; zh: string[]; en: string[] }> = {
  remark: {
    fires: false,
    zh: [
      '凡是鼓吹“{c}”的项目，基本都要打个问号。',
      '号称{c}的，十个里有九个撑不过两年，大家量力而行。',
      '理财这件事，嘴上说“{c}”的往往最不靠谱，大家多想想。',
      '说句实在话，标榜“{c}”的东西，十有八九经不起查，各位别贪。',
      '没有什么理财是白捡的，宣传“{c}”的都该多问一句，这是监管一再提醒的。',
    ],
    en: [
      'Anyone who claims "{c}" deserves a hard second look, folks.',
      'In my experience, products that promise "{c}" rarely end well. Be sensible, everyone.',
    ],
  },
  rules: {
    fires: false,
    zh: [
      '群规\n1. 禁止发广告\n2. 凡是宣传“{c}”的，直接移出\n3. 禁止私聊拉人',
      '本群须知：\n一、不得发布理财推广\n二、发“{c}”这类内容的一律踢出',
    ],
    en: ['Group rules:\n1. No ads\n2. Anyone posting "{c}" gets removed\n3. No DMs to members'],
  },
  shared: {
    fires: false,
    zh: [
      '2018年我在一个平台投了8万，当时对方说{c}，后来平台出事，到现在只拿回两成，跟大家分享一下教训。',
      '前几年我爸信了“{c}”，投进去十万，平台倒了，现在还在等清退，写出来给各位说说我家的经历。',
    ],
    en: ['Back in 2019 my mother put in $8,000 after being told "{c}". It collapsed and she got back a third. Sharing her story here.'],
  },
  fraudster: {
    fires: false,
    zh: ['不法分子常常谎称“{c}”，专挑退休老人下手。', '骗子一开始会说{c}，等你投多了人就不见了。'],
    en: ['Scammers usually say "{c}" to get you to wire the money.'],
  },
  hedged: {
    fires: true,
    zh: ['各位别图便宜买杂牌理财，我们这款正规：{c}，有兴趣私聊我。', '外面很多产品往往不靠谱，跟着我做：{c}，名额不多。'],
    en: ['Most products out there are junk, folks. Ours is different: {c}. DM me to join.'],
  },
  testimonial: {
    fires: true,
    zh: ['跟大家分享一下我的经历：{c}，半年来每个月都按时到账。'],
    en: ['Sharing my experience: {c}, and it has paid out on time every month.'],
  },
  help: {
    fires: true,
    zh: [
      '去年在一个平台投了5万，对方说{c}，现在提不了现，我该怎么办？',
      '前年我妈投了个项目，业务员讲{c}，现在电话打不通了，求助大家怎么办',
    ],
    en: ['Last year I put $5,000 into an app that told me "{c}". Now I cannot withdraw. What should I do?'],
  },
};

/** A term as the standard of a comparison (see the header): its flag must not fire. */
export const COMPARED_TEMPLATES: Record<Lang, string[]> = {
  zh: ['手续和当年{t}那种一样齐全，放心。', '我们这边和当年的{t}差不多，只是管得更严。'],
  en: ['Just like the old {t}, only run properly.'],
};

/**
 * Legitimate programmes and products that share a flag's words (tabulated as look-alikes: no flag at all):
 * a bank's fixed-reward referral programme, a deposit quoted "p.a.", a regulated fund's yield.
 */
export const PROGRAMME_LOOKALIKES: Record<string, Record<Lang, string[]>> = {
  referral_scheme: {
    zh: ['某银行推荐有礼：推荐亲友办理借记卡并首次存入，双方各得30元立减金。', '本行信用卡推荐办卡，每成功核卡一张送200积分。'],
    en: ['Refer a friend to our bank: when they open a current account, you each get a $40 credit.'],
  },
  high_yield: {
    zh: ['某银行一年期定期存款年利率1.9%，受存款保险保障。'],
    en: ['Six-month fixed deposit: 3.6% p.a., covered by the deposit guarantee scheme.'],
  },
};
