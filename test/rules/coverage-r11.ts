/**
 * Round-11 extension of the coverage generator (./coverage-cases.ts), written before any round-11 change from the
 * registers the round's precision causes name: a group moderator's notice that quotes the pitch it warns of (an
 * elderly residents' chat, emoji headers, voice-message phrasing), a neighbour's story of a loss, a question or an
 * explainer about what a term means, and a regulator's or police alert. Each is paired with a pitch in the same
 * dress, which must keep its flags. My own wording throughout; `{c}` is a claim of the flag, `{t}` a term.
 *
 * Must NOT fire:
 * - modnotice: a moderator's notice retelling what strangers pitch to the group's members, with a call to be wary.
 * - neighbour: a resident's or relative's loss told as a story (who said what, how much went in, how it ended).
 * - termask: a question, or a retold question answered, about what a term means ({t}).
 * - regalert: a regulator's or police alert quoting the promise of the schemes it warns of.
 * Must still fire (the counterparts):
 * - modpitch: a notice's dress (提个醒, "admin note") turned to the speaker's own pitch.
 * - storypitch: someone else's loss told as the foil of the speaker's own pitch.
 */
export type R11Frame = 'modnotice' | 'neighbour' | 'termask' | 'regalert' | 'modpitch' | 'storypitch';
export const R11_FRAMES: readonly R11Frame[] = ['modnotice', 'neighbour', 'termask', 'regalert', 'modpitch', 'storypitch'];

/**
 * Frames filled with a term (`{t}`) instead of a claim (`{c}`). high_yield's terms are rates (月息2分): a rate a friend
 * quoted and asked about is a pitch in hand, so it must fire and the row leaves that flag out, as the compared rows do.
 */
export const R11_TERM_FRAMES: ReadonlySet<R11Frame> = new Set(['termask']);

export const R11_TEMPLATES: Record<R11Frame, { fires: boolean; zh: string[]; en: string[] }> = {
  modnotice: {
    fires: false,
    zh: [
      '📢📢群里提个醒📢📢\n这阵子有陌生人加咱们群里老人的微信，说什么“{c}”，请各位务必警惕！这些都是骗老年人的惯用说辞。\n买理财只去银行网点办，拿不准的先问问子女。',
      '群主说两句哈：最近外面有人到处拉老人去听课，嘴上讲的是“{c}”，大家千万提高警惕，钱别往陌生人账户里打，有不懂的先问我。',
      '⚠️重要提醒⚠️ 有人冒充社区工作人员上门推销理财，话术是“{c}”。这是典型的非法集资套路，大家互相转告，不要上当！',
    ],
    en: [
      'Moderator note 📌 Some people have been messaging our older members with lines like "{c}". Please be on your guard: these are textbook fraud pitches. Buy savings products only at your bank branch, and if unsure, ask me or your children first.',
      'Reminder from the group admin: a stranger is going round the chat saying "{c}". Stay alert, everyone, and do not send money to private accounts.',
    ],
  },
  neighbour: {
    fires: false,
    zh: [
      '我们楼里的张阿姨，前年信了一个理财项目，那帮人跟她说{c}，她前后投了十几万。去年公司关门了，现在报了案还在等，一分钱没拿回来，大家要引以为戒啊！！',
      '我们村的老李，前几年被人拉进一个群，对方说“{c}”，他把养老钱都投进去了。今年那个老板跑路了，钱到现在还没着落😭',
      '唉说起来就气，我们单元的刘大姐去年听人家讲“{c}”，就把存款取出来投了，结果没几个月平台就打不开了，人也联系不上了。',
    ],
    en: [
      'A lady in our building put her pension into a scheme two years ago; they told her "{c}". The office closed last spring, the police are still investigating, and she has got nothing back.',
      'My uncle fell for it last year: the man said "{c}". He lost most of his savings when the company vanished.',
    ],
  },
  termask: {
    fires: false,
    zh: [
      '请问一下，朋友推荐的“{t}”到底是什么意思？跟银行存款有什么区别？我还没买，就是想先弄明白。',
      '有人问我“{t}”是什么东西，我查了一下，一般是监管不允许向普通老百姓公开推销的，大家看到这几个字要多留个心眼。',
      '群主，打听一下“{t}”是啥意思呀？孩子不在身边，不好意思问🙏',
    ],
    en: [
      'Quick question: a friend mentioned "{t}". What does it actually mean? I have not bought anything yet.',
      'Someone asked me what "{t}" means, so I looked it up: regulators do not allow it to be sold to the public, so be careful when you see it.',
    ],
  },
  regalert: {
    fires: false,
    zh: [
      '【风险提示】近期有不法分子在微信群里宣称“{c}”，借机骗取老年人钱财。请广大市民谨防上当，不要向陌生账户转账。',
      '反诈中心提醒：凡是对你说“{c}”的，十有八九是诈骗，请勿转账。',
    ],
    en: [
      'Regulator alert — beware of chat groups that keep promising "{c}". Such schemes break the law, and people who pay in seldom get anything back. Send no money to strangers.',
      'Consumer warning from the city police: watch out for WhatsApp messages offering "{c}". Report them and never pay.',
    ],
  },
  modpitch: {
    fires: true,
    zh: [
      '📢群里提个醒：外面骗子多，大家小心！正规的在我这里：{c}，名额不多，想参加的私聊我。',
      // 理财项目, not 项目: with 报名 and no money word, the everyday gate (../../rules/subject.ts) reads an event sign-up;
      // that gap is open and named in the round's note (7 cases at the base with 项目).
      '群主说两句：别信外面那些乱七八糟的，咱们群里这个理财项目{c}，今晚截止报名，找我登记。',
    ],
    en: ['Admin note: watch out for scammers out there. Ours is the real deal: {c}. DM me to join before Friday.'],
  },
  storypitch: {
    fires: true,
    zh: ['我们楼里的张阿姨前年被骗了十几万，真是教训。不过我现在推荐的这个不一样：{c}，想了解的加我微信。'],
    en: ['My neighbour lost her savings to a fake scheme last year. This one is different: {c}. Message me to sign up.'],
  },
};
