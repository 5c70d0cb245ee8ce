/**
 * Round-6 extension of the coverage generator (./coverage-cases.ts), written from domain knowledge before
 * any tuning: each beyond-contract flag's concept slots phrased across registers, and the frames that
 * decide whether a claim is made — a regulator's, police or moderator's notice, a news or court report,
 * a victim's retrospective lesson (all must NOT fire), and a victim asking about their own case (must fire).
 */
import type { Lang } from './coverage-cases.js';

/** More claims for the flags beyond the contract, one per concept slot family. */
export const BEYOND_CLAIMS: Record<string, Record<Lang, string[]>> = {
  fake_platform: {
    zh: [
      '带单老师每天在群里发买卖点',
      '加助理微信进VIP群跟老师做单',
      '有内幕消息，庄家下周拉升',
      '下载我们指定的交易软件跟投',
      '分析师荐股，准确率九成',
    ],
    en: [
      'the analyst posts buy and sell calls in our VIP group',
      'install our trading app and copy the mentor',
      'we have inside information on this stock',
    ],
  },
  withdrawal_blocked: {
    zh: [
      '提现失败，客服说要交激活费',
      '账户被冻结，需缴纳解冻金',
      '流水不足不能提现，还要再充五万',
      '要先交个税才能把收益提出来',
      '出金通道维护，补缴保证金后恢复',
    ],
    en: [
      'my withdrawal is on hold until I pay an unlock fee',
      'they say a 20% tax deposit comes first, then I can cash out',
      'the account got frozen and support wants a verification deposit',
    ],
  },
  third_party_guarantee: {
    zh: ['担保公司出具兜底函', '大股东签了差额补足协议', '到期由关联公司无条件回购', '融资担保公司全额代偿'],
    en: [
      'every note is backed by a guarantee firm',
      'the parent group signs a buyback agreement at maturity',
      'the sponsor covers any shortfall',
    ],
  },
  rollover: {
    zh: ['借新还旧，后期资金兑付前期', '用新一期募集款兑付上一期本息', '前面客户的利息靠后面进来的钱支付', '资金池滚动发行，期限错配'],
    en: ['earlier investors are paid with money from new investors', 'each new tranche repays the one maturing'],
  },
  secrecy: {
    zh: ['内部名额，不要外传', '有事私聊，别在群里说', '这事别告诉你家里人', '只对内部员工开放的额度'],
    en: ['an internal quota only, so say nothing to others', "don't tell your family about this deal"],
  },
  romance_contact: {
    zh: ['网恋男友说他在海外做数字货币，让我跟着投', '交友软件上认识的女孩带我买黄金期货', '网上认识的男朋友让我在他的平台充值'],
    en: ['my online boyfriend overseas got me trading on his platform', 'a woman I matched with on Tinder got me investing in crypto'],
  },
  hype_theme: {
    zh: [
      '康养项目，投十万送养老床位',
      '元宇宙地产项目',
      '新能源原始股，上市后翻十倍',
      '消费全返，买多少返多少',
      '区块链理财，国家政策扶持',
    ],
    en: ['a metaverse land project', 'pre-IPO new-energy shares', 'a state-backed blockchain fund for retail savers'],
  },
};

export type CtxFrame = 'notice' | 'news' | 'retold' | 'victim' | 'foil' | 'closure' | 'cites' | 'lesson' | 'staff' | 'judged' | 'refused';
export const CTX_FRAMES: readonly CtxFrame[] = [
  'notice',
  'news',
  'retold',
  'victim',
  'foil',
  'closure',
  'cites',
  'lesson',
  'staff',
  'judged',
  'refused',
];

/** Templates of the context frames; `fires` says whether the claim inside must still fire. */
export const CTX_TEMPLATES: Record<Exclude<CtxFrame, 'foil' | 'closure'>, { fires: boolean; zh: string[]; en: string[] }> = {
  notice: {
    fires: false,
    zh: [
      '【消费者风险提示】不法分子常以“{c}”等说辞诱骗群众，请勿轻信。',
      '反诈民警提醒：凡是跟你说{c}的，都是诈骗。',
      '天上不会掉馅饼，听到“{c}”就要多个心眼。',
      '群公告：有人私信说{c}，一律别理，发现就踢。',
    ],
    en: [
      'PSA: if anyone tells you "{c}", it is a scam.',
      'Heads up — "{c}" is a classic scam line, stay away.',
      'Don\'t fall for it when a stranger says "{c}".',
    ],
  },
  news: {
    fires: false,
    zh: [
      '据媒体报道，该团伙以“{c}”为诱饵，涉案金额上亿元。',
      '警方通报：犯罪嫌疑人向受害人宣称{c}，现已被刑拘。',
      '法院审理查明，被告人对外宣称“{c}”，骗取群众资金。',
    ],
    en: ['Police said the gang told victims "{c}" before vanishing.', 'In the court\'s ruling, the firm had told investors "{c}".'],
  },
  retold: {
    fires: false,
    zh: ['我妈去年听信了“{c}”，后来才知道是骗局，大家别上当。', '当初对方说{c}，事后才发现是非法集资，钱全没了。'],
    en: ['Last year they told my dad "{c}"; turned out it was a scam and he lost everything.'],
  },
  cites: {
    fires: true,
    zh: ['新闻说那些平台都被关了，我们不一样：{c}。', '监管清退了一批机构，但我们这边照常：{c}。'],
    en: ['Regulators closed the others, but we are different: {c}.'],
  },
  // Round 7: a relative's or colleague's loss told as a lesson to others, with the everyday cues people use
  // (长点心, 留个心眼, learn from his mistake) rather than the notice words above.
  lesson: {
    fires: false,
    zh: [
      '我舅舅前年信了{c}这一套，老板跑了，钱要不回来，大家长点心。',
      '同事被人忽悠，对方说{c}，结果血亏，各位留个心眼。',
      '我爸被套路了，那边说{c}，我该怎么劝他别再投？',
    ],
    en: ['My uncle was told "{c}" and the whole thing vanished overnight. Learn from his mistake.'],
  },
  // Round 7: an institution reminding clients what its staff never say (no 本行从未… disavowal wording).
  staff: {
    fires: false,
    zh: ['温馨提示：我行工作人员绝不会向您说“{c}”，如遇此类情况请拨打客服电话。'],
    en: ['Reminder: no one from our bank will ever tell you "{c}". Report any such message to us.'],
  },
  // Round 7: a claim judged in the next sentence (…？这就是典型的骗局) or named as a line (…这种说辞).
  judged: {
    fires: false,
    zh: ['{c}？这就是典型的非法集资。', '“{c}”这种话你也信？', '面对“{c}”之类的说辞，一定要冷静。'],
    en: ['"{c}" — anyone saying that is lying to you.'],
  },
  // Round 7: a pitch the reader turned down, told with their refusal.
  refused: {
    fires: false,
    zh: ['以前的同学找我，说{c}，我没理他。', '有人跟我讲{c}，我才不信，果断拒绝了。'],
    en: ['A guy at the gym told me "{c}". I said no and walked off.'],
  },
  victim: {
    fires: true,
    zh: ['对方一直说{c}，我已经转了五万，我是不是被骗了？', '平台那边讲{c}，我投了三次，这算不算上当？'],
    en: ['They keep telling me "{c}" and I have already sent $5,000. Am I being scammed?'],
  },
};

/**
 * Wave 2: news of what authorities did to a kind of product, or a question whether it is legal, names the
 * term and offers nothing (must NOT fire); a pitch that cites such news keeps its own claim ('cites' in
 * CTX_TEMPLATES, must fire). Written before the news reader was measured on them.
 */
export const CLOSURE_TEMPLATES: Record<Lang, string[]> = {
  zh: ['据报道，多地监管部门已全面清退{t}。', '警方通报：一家从事{t}的公司已被立案侦查。', '在国内做{t}违不违法？', '{t}到底是不是骗局？'],
  en: ['Reuters: regulators have shut down {t} across the province.', 'Is {t} even allowed in China, or was it banned?'],
};

/** A term named as the rival the pitch beats ("比你那个P2P靠谱"): the rival's flag must not fire. */
export const FOIL_TEMPLATES: Record<Lang, string[]> = {
  zh: ['我们这个比你那个{t}靠谱多了。', '不像那些{t}，我们是正规的。'],
  en: ['Much safer than that {t} of yours.', 'Unlike those {t}, we are properly run.'],
};

/** More ways to ask about a term (什么叫, 是什么意思, a question put to the room). */
export const MORE_ASKED: Record<Lang, string[]> = {
  zh: ['什么叫{t}？', '{t}是什么意思？', '有人能解释一下什么是{t}吗？'],
  en: ['What does {t} mean?', 'Could somebody here explain what {t} is?'],
};

/** An institution's disavowal of a claim, as a whole sentence: the claim must not fire. */
export const DISAVOWED: Record<Lang, string[]> = {
  zh: ['本公司郑重声明：我们从未授权任何人对外宣称“{c}”。'],
  en: ['Our firm has never authorised anyone to tell clients "{c}".'],
};
