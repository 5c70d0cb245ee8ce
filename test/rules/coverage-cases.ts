/**
 * Coverage generator for the offer check: for every flag, claims phrased several ways in Chinese and
 * English, put through frames — plain pitch, a seller's quoted speech, negated, warned about, asked
 * about — plus legitimate look-alikes. Each combination says whether the flag must fire, so a flag's
 * coverage is a measured table, not a list of hand-picked items. Written for this generator; no
 * sentence comes from the evaluation sets.
 */

import { LEX6_LOOKALIKES, LEX6_LOOKALIKES_B, lex6Claims } from './coverage-lex6.js';
import { LEX8 } from './coverage-lex8.js';
import { LEX9 } from './coverage-lex9.js';
import { LEX10 } from './coverage-lex10.js';
import { LEX11 } from './coverage-lex11.js';
import { LEX12 } from './coverage-lex12.js';
import { LEX13 } from './coverage-lex13.js';
import { LEX15 } from './coverage-lex15.js';
import { LEX16 } from './coverage-lex16.js';
import { LEX17 } from './coverage-lex17.js';
import { LEX17B } from './coverage-lex17b.js';
import { claimsFrom, listOf, type Round } from './coverage-round.js';
import {
  BEYOND_CLAIMS,
  CLOSURE_TEMPLATES,
  CTX_FRAMES,
  CTX_TEMPLATES,
  DISAVOWED,
  FOIL_TEMPLATES,
  MORE_ASKED,
  type CtxFrame,
} from './coverage-ctx.js';
import { fillAll, SLOT_LOOKALIKES, SLOT_TEMPLATES } from './coverage-slot.js';
import { COMPARED_TEMPLATES, PROGRAMME_LOOKALIKES, STANCE_FRAMES, STANCE_TEMPLATES, type StanceFrame } from './coverage-stance.js';
import { R9_FRAMES, R9_TEMPLATES, type R9Frame } from './coverage-r9.js';
import { R10_FRAMES, R10_TEMPLATES, type R10Frame } from './coverage-r10.js';
import { R11_FRAMES, R11_TEMPLATES, R11_TERM_FRAMES, type R11Frame } from './coverage-r11.js';

export type Lang = 'zh' | 'en';
export type Frame =
  'plain' | 'reported' | 'negated' | 'warned' | 'asked' | 'lookalike' | 'inserted' | CtxFrame | StanceFrame | R9Frame | R10Frame | R11Frame;
export const FRAMES: readonly Frame[] = [
  'plain',
  'reported',
  'negated',
  'warned',
  'asked',
  'lookalike',
  'inserted',
  ...CTX_FRAMES,
  ...STANCE_FRAMES,
  ...R9_FRAMES,
  ...R10_FRAMES,
  ...R11_FRAMES,
];

interface FlagLexicon {
  /** Claims as a pitch would make them (no final punctuation). */
  claims: Record<Lang, string[]>;
  /** The same claims denied by the offer itself. */
  negated: Record<Lang, string[]>;
  /** The term a user might ask about. */
  terms: Record<Lang, string[]>;
  /** Legitimate texts that share words with the claim and must raise no flag at all. */
  lookalikes: Record<Lang, string[]>;
}

export interface Case {
  flag: string;
  frame: Frame;
  lang: Lang;
  text: string;
  /** True when the flag must fire; false when it must not (look-alikes: no flag at all). */
  fires: boolean;
}

export const LEXICON: Record<string, FlagLexicon> = {
  guaranteed_return: {
    claims: {
      zh: [
        '本产品保本保息',
        '公司保证每季度都有收益',
        '到期全额退还本金',
        '稳赚不赔，亏了公司兜底',
        '承诺三年回报翻一番',
        '本金绝对安全',
        '合同写明到期一定兑付',
        '亏损由我们全额赔付',
        '本金由公司全额保障',
        '无论市场涨跌都能拿到收益',
      ],
      en: [
        'your principal is fully protected',
        'we guarantee you a fixed return',
        'you cannot lose money on this',
        'the company promises your capital back in full',
        'You will get your principal back no matter what',
        'zero risk, fixed income every month',
      ],
    },
    negated: {
      zh: ['本产品不保本，也不承诺收益', '我们不保证任何回报', '本金可能亏损，非保本'],
      en: ['returns are not guaranteed', 'we do not promise any return on your capital'],
    },
    terms: { zh: ['保本保息', '刚性兑付'], en: ['guaranteed returns', 'capital guaranteed'] },
    lookalikes: {
      zh: ['大额存单受存款保险保障，年利率2.1%', '储蓄国债到期还本付息，票面利率2.3%'],
      en: ['a 2% fixed deposit in a state bank'],
    },
  },
  high_yield: {
    claims: {
      zh: [
        '年化收益15%',
        '月息2分',
        '日息千分之一',
        '一年给12个点',
        '每周回报2%',
        '投十万一个月拿三千利息',
        '三个月翻倍',
        '存一万一年拿两千',
        '一万块一天二三十块',
        '季度收益5%',
        '年化收益在8%到12%之间',
      ],
      en: [
        'returns of 18% a year',
        '2% weekly profit',
        '1.5% monthly interest',
        'earn 0.5% every day',
        'we double the capital within 6 months',
        'earn 3 percent per month',
      ],
    },
    negated: { zh: ['销售提成是15%', '首付比例30%', '今年营收增长20%'], en: ['a 20% sales commission', 'GDP growth of 7%'] },
    terms: { zh: ['月息2分'], en: ['a 2% monthly rate'] },
    lookalikes: { zh: ['货币基金七日年化1.9%', '银行理财业绩比较基准3.1%，不保本'], en: ['a money market fund yielding 1.7%'] },
  },
  exchange_channel: {
    claims: {
      zh: ['产品在某金融资产交易中心挂牌', '通过金交所备案发行', '某金交所的收益权产品'],
      en: ['sold via a 金融资产交易中心 listing'],
    },
    negated: { zh: ['本产品并非金交所产品'], en: [] },
    terms: { zh: ['金交所'], en: ['a 金交所 product'] },
    lookalikes: { zh: ['在上交所上市的公司债', '深交所挂牌的股票'], en: ['blue chips traded on the SSE'] },
  },
  pseudo_exchange: {
    claims: {
      zh: ['在某资产登记备案中心备案', '某产登信息服务公司挂牌备案', '某产权交易中心挂牌的债权收益权'],
      en: ['filed with a local asset registration center'],
    },
    negated: { zh: ['本产品没有在任何登记备案中心备案'], en: [] },
    terms: { zh: ['登记备案中心'], en: ['asset registration center'] },
    lookalikes: { zh: ['私募基金管理人已在基金业协会登记备案，合格投资者100万起', '北京产权交易所挂牌转让国有股权'], en: [] },
  },
  government_backing: {
    claims: {
      zh: [
        '政府兜底，国企担保',
        '融资方是县城投公司',
        '有财政资金做增信',
        '国资背景，地方政府在背后支持',
        '项目由区政府牵头',
        '区财政每年安排资金还款',
      ],
      en: ['backed by the city government', 'a state-owned company guarantees it', 'the local finance bureau stands behind it'],
    },
    negated: { zh: ['本项目没有政府兜底'], en: ['there is no government guarantee'] },
    terms: { zh: ['政府兜底', '城投'], en: ['government-backed'] },
    lookalikes: { zh: ['在国有银行买了大额存单', '储蓄国债由财政部发行，票面利率2.3%'], en: ['government bonds yield 2.2%'] },
  },
  nonstandard_debt: {
    claims: {
      zh: [
        '某集团定向融资计划',
        '应收账款收益权转让产品',
        '债权收益权认购',
        '某商业保理的应收账款转让',
        '收益来自企业应收账款',
        '融资租赁收益权，每月付息',
      ],
      en: ['a directed financing plan', 'a receivables transfer product', 'a private debt note for individual investors'],
    },
    negated: { zh: ['不是定融，也不是收益权产品'], en: [] },
    terms: { zh: ['定融', '非标'], en: ['directed financing'] },
    lookalikes: { zh: ['四大资产管理公司之一的信达资产公开处置不良资产', '公募债券基金，银行托管'], en: [] },
  },
  self_financing: {
    claims: {
      zh: [
        '募集的钱全部用于我们集团自己的楼盘',
        '资金给股东旗下的关联公司用',
        '老板说公司需要资金，员工借钱给公司',
        '资金用途是补充实控人控制的企业',
        '钱是给集团下属的公司周转的',
        '融资方和担保方是同一个老板',
      ],
      en: [
        "the proceeds go to our parent group's own projects",
        "the money funds the issuer's affiliated companies",
        'the issuer will use the funds for its own construction projects',
      ],
    },
    negated: { zh: ['资金不用于集团自己的项目，而是投向标准化债券'], en: [] },
    terms: { zh: ['自融'], en: ['self-financing'] },
    lookalikes: { zh: ['上市公司公告可转债募集资金投向生产线', '公司向银行申请了流动资金贷款'], en: [] },
  },
  public_solicitation: {
    claims: {
      zh: [
        '在朋友圈和微信群里公开推广',
        '抖音直播间主播天天推荐',
        '接到陌生推销电话介绍理财',
        '超市门口扫码送鸡蛋推荐理财',
        '转发到三个群就送100元',
        '在公园里给老人发宣传单',
        '群里发红包拉人进群听课',
      ],
      en: [
        'I saw it in a Facebook ad',
        'they cold call people to sell it',
        'they hold free seminars at the hotel',
        'someone knocked on my door selling this plan',
      ],
    },
    negated: { zh: ['我们不做任何公开宣传，不打推销电话'], en: [] },
    terms: { zh: ['公开宣传'], en: ['public solicitation'] },
    lookalikes: { zh: ['手机银行App里购买国债', '短信验证码请勿告诉他人'], en: [] },
  },
  split_or_pooled: {
    claims: {
      zh: [
        '把私募产品拆分成1万一份卖',
        '所有钱进资金池统一运作',
        '已经有五百多个客户认购了',
        '资金归集后统一打理',
        '一份只要5千，凑够份数就成立',
        '上千人一起认购',
      ],
      en: ['money from all investors goes into one pooled fund', 'over 1,000 investors have already joined'],
    },
    negated: { zh: ['不设资金池，每笔资金独立托管'], en: [] },
    terms: { zh: ['资金池'], en: ['a cash pool'] },
    lookalikes: { zh: ['上市公司宣布股票拆分'], en: [] },
  },
  no_custody: {
    claims: {
      zh: [
        '钱直接转到老板个人账户',
        '打款到业务员的银行卡',
        '没有银行存管，钱放在平台自己的账户',
        '扫这个个人收款码付款',
        '钱交给王经理就行',
        '用支付宝转给我',
      ],
      en: [
        'wire the money to his personal account',
        'send the USDT to my wallet',
        'pay the agent in cash',
        'deposit into the account of our director',
      ],
    },
    negated: { zh: ['资金由银行存管，不转个人账户'], en: [] },
    terms: { zh: ['资金存管'], en: ['custody'] },
    lookalikes: { zh: ['个人养老金账户每年可存12000元', '资金进入银行托管专户'], en: [] },
  },
  referral_scheme: {
    claims: {
      zh: [
        '推荐一人奖励10%',
        '邀请三位好友额外送300元',
        '发展下线拿团队奖',
        '介绍亲友认购享受分红',
        '每拉一个人进来你拿他投资额的5%',
        '直推奖5%，间推奖2%',
        '团队越大收益越高',
      ],
      en: [
        'refer someone and pocket 10%',
        'invite friends to get a bonus on their deposits',
        'earn commission on three levels of your downline',
        'the more people you bring in, the more you earn',
        'earn on every person you sign up',
      ],
    },
    negated: { zh: ['本产品没有任何推荐奖励'], en: ['there is no referral bonus'] },
    terms: { zh: ['拉人头'], en: ['a referral scheme'] },
    lookalikes: { zh: ['推荐朋友办信用卡送积分'], en: ['refer a friend to open a checking account'] },
  },
  pressure_tactics: {
    claims: {
      zh: [
        '名额有限，今天截止',
        '额度仅剩最后几份，欲购从速',
        '这周五前必须打款',
        '错过这期再等一年',
        '抓紧转账锁定额度',
        '本轮认购仅限三天',
        '满额即止，先来先得',
        '这期马上满额了',
      ],
      en: ['this offer closes tonight', 'only three slots left, act now', 'only available until Friday', 'you need to decide by tomorrow'],
    },
    negated: { zh: ['不着急，您可以慢慢考虑，没有截止日期'], en: [] },
    terms: { zh: ['限时抢购'], en: ['limited-time offers'] },
    lookalikes: { zh: ['这周五前要还信用卡', '银行网点营业时间到下午五点'], en: [] },
  },
  unlicensed: {
    claims: {
      zh: [
        '我们不需要牌照',
        '公司注册在开曼群岛，无需国内批准',
        '还没有取得任何金融许可',
        '管理人登记还在办理中',
        '我们的牌照在迪拜',
        '营业执照上经营范围是咨询服务',
      ],
      en: [
        "we don't need a license",
        'licensed in the Seychelles, so no approval is needed here',
        'no CSRC registration at all',
        'this platform is not regulated by any authority',
      ],
    },
    negated: { zh: ['公司持有金融监管部门颁发的牌照'], en: [] },
    terms: { zh: ['无牌照'], en: ['unlicensed'] },
    lookalikes: { zh: ['经国家金融监督管理总局批准设立的银行'], en: [] },
  },
  p2p_lending: {
    claims: {
      zh: ['P2P网贷平台的出借计划', '撮合个人借款给小商户', '个人对个人借贷平台', '平台把你的钱借给有需要的个人'],
      en: ['a peer-to-peer lending platform', 'a peer-lending app', 'lend your money to borrowers through our app'],
    },
    negated: { zh: ['我们不是P2P平台'], en: [] },
    terms: { zh: ['P2P'], en: ['P2P lending'] },
    lookalikes: { zh: ['银行发放的个人住房贷款'], en: [] },
  },
  crypto: {
    claims: {
      zh: ['USDT质押挖矿', '比特币搬砖套利', '注册钱包领空投代币', '买这个币稳赚', '把钱换成U打到钱包'],
      en: ['a USDT staking pool', 'buy our new token before listing', 'a new coin presale with airdrops'],
    },
    negated: { zh: ['本产品不涉及任何虚拟货币'], en: [] },
    terms: { zh: ['虚拟货币'], en: ['crypto'] },
    lookalikes: { zh: ['用数字人民币App付款'], en: [] },
  },
  fake_platform: {
    claims: {
      zh: ['导师带单炒外汇', '下载指定APP跟单', '进荐股群听内幕消息'],
      en: ['join our WhatsApp group for stock tips', 'download the MT5 app our mentor uses'],
    },
    negated: { zh: ['我们从不导师带单'], en: [] },
    terms: { zh: ['荐股群'], en: ['signal groups'] },
    lookalikes: { zh: ['下载手机银行APP查询余额'], en: [] },
  },
  withdrawal_blocked: {
    claims: {
      zh: ['平台无法提现，要先交解冻费', '缴税才能提现', '账户冻结，交保证金才能出金'],
      en: ["I can't withdraw unless I pay a tax first"],
    },
    negated: { zh: ['本平台不收取任何解冻费'], en: [] },
    terms: { zh: ['解冻费'], en: ['an unfreeze fee'] },
    lookalikes: { zh: ['银行卡余额随时可以提现'], en: [] },
  },
  third_party_guarantee: {
    claims: { zh: ['担保公司全额担保', '出具兑付承诺函', '第三方差额补足'], en: ['a guarantee company covers any loss'] },
    negated: { zh: ['本产品没有担保公司担保'], en: [] },
    terms: { zh: ['差额补足'], en: ['a guarantee company'] },
    lookalikes: { zh: ['保险公司承保的车险'], en: [] },
  },
  rollover: {
    claims: { zh: ['借新还旧，滚动发行', '老产品到期转投新一期兑付'], en: ['new money pays off the old investors, a rollover'] },
    negated: { zh: ['不存在期限错配'], en: [] },
    terms: { zh: ['借新还旧'], en: ['rollover'] },
    lookalikes: { zh: ['国债到期后续发新一期'], en: [] },
  },
  secrecy: {
    claims: { zh: ['这是内部额度，不要告诉别人', '内部认购，别跟家人说'], en: ["don't tell anyone about this deal"] },
    negated: { zh: ['信息公开透明，没有内部额度'], en: [] },
    terms: { zh: ['内部额度'], en: ['insider allocation'] },
    lookalikes: { zh: ['员工须签保密协议'], en: [] },
  },
  romance_contact: {
    claims: { zh: ['网恋对象推荐的投资平台', '网上认识的朋友带我投资'], en: ['someone I met online got me into a trading platform'] },
    negated: { zh: ['不是网友推荐的'], en: [] },
    terms: { zh: ['杀猪盘'], en: ['romance scams'] },
    lookalikes: { zh: ['婚恋网站会员月费30元'], en: [] },
  },
  hype_theme: {
    claims: { zh: ['养老项目投资', '原始股即将上市', '区块链理财'], en: ['pre-IPO shares'] },
    negated: { zh: ['本公司不涉及原始股'], en: [] },
    terms: { zh: ['原始股'], en: ['pre-IPO shares'] },
    lookalikes: { zh: ['按时缴纳养老保险'], en: [] },
  },
};

export const TEMPLATES: Record<
  Exclude<Frame, 'lookalike' | 'inserted' | CtxFrame | StanceFrame | R9Frame | R10Frame | R11Frame>,
  Record<Lang, string[]>
> = {
  plain: {
    zh: ['有人给我推了个理财：{c}。', '【产品推介】{c}，详情私聊'],
    en: ['Got this pitch today: {c}.', 'Investment opportunity — {c}!'],
  },
  reported: {
    zh: ['销售说：“{c}。”这个靠谱吗？', '理财师原话：“{c}”'],
    en: ['The salesman said: "{c}." Is it legit?', 'Their advisor told me: "{c}"'],
  },
  negated: { zh: ['产品说明：{c}。'], en: ['The terms say: {c}.'] },
  warned: {
    zh: ['警惕“{c}”之类的话术。', '风险提示：凡是说{c}的都要当心。', '不要相信{c}这种宣传。', '如果有人说“{c}”，那多半是骗局。'],
    en: ['Beware of anyone who says {c}.', 'Scam alert: "{c}" is a classic line.', 'If a stranger tells you "{c}", it is a scam.'],
  },
  asked: {
    zh: ['什么是{t}？', '为什么说{t}有问题？', '{t}合法吗？'],
    en: ['What is {t}?', 'Why are {t} illegal?', 'Is {t} legal in China?'],
  },
};

function fill(template: string, value: string, slot: '{c}' | '{t}'): string {
  return template.replace(slot, value);
}

const claimsOf = (flag: string, lex: FlagLexicon, lang: Lang): string[] => [...lex.claims[lang], ...(BEYOND_CLAIMS[flag]?.[lang] ?? [])];

/** The context frames (./coverage-ctx.ts): notices, reports, retold lessons, victims' own questions, rivals. */
function contextCases(flag: string, claims: readonly string[], terms: readonly string[], lang: Lang): Case[] {
  const out: Case[] = [];
  for (const frame of ['notice', 'news', 'retold', 'victim', 'cites', 'lesson', 'staff', 'judged', 'refused'] as const)
    for (const t of CTX_TEMPLATES[frame][lang])
      for (const c of claims) out.push({ flag, frame, lang, text: fill(t, c, '{c}'), fires: CTX_TEMPLATES[frame].fires });
  // Round 8: the stance of the whole text (./coverage-stance.ts).
  for (const frame of STANCE_FRAMES.filter((f) => f !== 'compared') as Array<Exclude<StanceFrame, 'compared'>>)
    for (const t of STANCE_TEMPLATES[frame][lang])
      for (const c of claims) out.push({ flag, frame, lang, text: fill(t, c, '{c}'), fires: STANCE_TEMPLATES[frame].fires });
  // Round 9: someone else's pitch retold (./coverage-r9.ts).
  for (const frame of R9_FRAMES)
    for (const t of R9_TEMPLATES[frame][lang])
      for (const c of claims) out.push({ flag, frame, lang, text: fill(t, c, '{c}'), fires: R9_TEMPLATES[frame].fires });
  for (const frame of R10_FRAMES)
    for (const t of R10_TEMPLATES[frame][lang])
      for (const c of claims) out.push({ flag, frame, lang, text: fill(t, c, '{c}'), fires: R10_TEMPLATES[frame].fires });
  // Round 11: moderators' notices, neighbours' stories, term questions, alerts and their pitches (./coverage-r11.ts).
  for (const frame of R11_FRAMES)
    for (const t of R11_TEMPLATES[frame][lang])
      for (const v of R11_TERM_FRAMES.has(frame) ? (flag === 'high_yield' ? [] : terms) : claims)
        out.push({ flag, frame, lang, text: fill(t, v, R11_TERM_FRAMES.has(frame) ? '{t}' : '{c}'), fires: R11_TEMPLATES[frame].fires });
  if (flag !== 'high_yield')
    for (const t of COMPARED_TEMPLATES[lang])
      for (const term of terms)
        out.push({ flag, frame: 'compared', lang, text: fill(t, term.replace(/^(?:a|an|the) /, ''), '{t}'), fires: false });
  for (const t of DISAVOWED[lang])
    for (const c of claims) out.push({ flag, frame: 'negated', lang, text: fill(t, c, '{c}'), fires: false });
  // A rate is not a rival product; the article of an English term is the template's.
  if (flag !== 'high_yield')
    for (const t of FOIL_TEMPLATES[lang])
      for (const term of terms)
        out.push({ flag, frame: 'foil', lang, text: fill(t, term.replace(/^(?:a|an|the) /, ''), '{t}'), fires: false });
  for (const t of MORE_ASKED[lang])
    for (const term of terms) out.push({ flag, frame: 'asked', lang, text: fill(t, term, '{t}'), fires: false });
  for (const t of CLOSURE_TEMPLATES[lang])
    for (const term of terms) out.push({ flag, frame: 'closure', lang, text: fill(t, term, '{t}'), fires: false });
  return out;
}

/** The rounds written as slot tables (./coverage-round.ts), in the order they were added. */
const ROUNDS: readonly Round[] = [LEX8, LEX9, LEX10, LEX11, LEX12, LEX13, LEX15, LEX16, LEX17, LEX17B];

/** Every generated case: flags × frames × languages × phrasings × templates. */
export function generateCases(): Case[] {
  const out: Case[] = [];
  for (const [flag, base] of Object.entries(LEXICON)) {
    for (const lang of ['zh', 'en'] as const) {
      const lex = { ...base, claims: { ...base.claims, [lang]: claimsOf(flag, base, lang) } };
      out.push(...contextCases(flag, lex.claims[lang], lex.terms[lang], lang));
      for (const frame of ['plain', 'reported', 'warned'] as const) {
        for (const t of TEMPLATES[frame][lang])
          for (const c of [...lex.claims[lang], ...lex6Claims(flag, lang), ...ROUNDS.flatMap((r) => claimsFrom(r.slots)(flag, lang))])
            out.push({ flag, frame, lang, text: fill(t, c, '{c}'), fires: frame !== 'warned' });
      }
      for (const t of TEMPLATES.negated[lang])
        for (const c of [...lex.negated[lang], ...ROUNDS.flatMap((r) => listOf(r.negated, flag, lang))])
          out.push({ flag, frame: 'negated', lang, text: fill(t, c, '{c}'), fires: false });
      for (const t of TEMPLATES.asked[lang])
        for (const term of [...lex.terms[lang], ...ROUNDS.flatMap((r) => listOf(r.terms, flag, lang))])
          out.push({ flag, frame: 'asked', lang, text: fill(t, term, '{t}'), fires: false });
      const lookalikes = [LEX6_LOOKALIKES, LEX6_LOOKALIKES_B, ...ROUNDS.map((r) => r.lookalikes), PROGRAMME_LOOKALIKES].flatMap(
        (l) => l[flag]?.[lang] ?? [],
      );
      for (const text of [...lex.lookalikes[lang], ...lookalikes]) out.push({ flag, frame: 'lookalike', lang, text, fires: false });
      // A phrase inside the trigger (./coverage-slot.ts): the flag still fires.
      for (const t of SLOT_TEMPLATES[flag]?.[lang] ?? [])
        for (const text of fillAll(t, lang)) out.push({ flag, frame: 'inserted', lang, text: `${text}。`, fires: true });
    }
  }
  // Look-alikes with the same phrases belong to no flag; they are tabulated under the first flag.
  for (const lang of ['zh', 'en'] as const)
    for (const t of SLOT_LOOKALIKES[lang])
      for (const text of fillAll(t, lang))
        out.push({ flag: 'guaranteed_return', frame: 'lookalike', lang, text: `${text}。`, fires: false });
  return out;
}
