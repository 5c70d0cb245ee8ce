/**
 * The stance of a text as a whole: does anyone in it offer anything now? The frames of ./context.ts
 * read cues around a trigger; this reads the text's speech act, in three parts.
 *
 * 1. What offers now (`offersNow`): a speaker vouching for their own product (我们, "our"), a buyer
 *    addressed (你只要…, "you'll get"), a call to act or a contact (私聊, 名额, "DM me") that is not itself
 *    forbidden (禁止私聊, "no DMs"), someone pitching now (现在客服说…, 又有人推), a question or a plea for
 *    help about the asker's case (怎么办, "?"), or a rate stated in the speaker's own words. Only the
 *    speaker's own words count: quotes and what others said (对方说…) are what the text is about.
 * 2. What a class of others claims (`classClaims`): a headless relative on a claim verb, judged as a
 *    class — 凡是宣传“X”的，一律…, 号称X的，十有八九…, "anyone who claims X", "products that promise X".
 *    The claim X inside is what the class says, not what the speaker offers.
 * 3. The act of the whole text, when nothing in it offers now (./stance-acts.ts): a remark, a rule list, a notice
 *    that warns of another's pitch, a lesson shared, a victim's story, an explainer. Such a text names flagged
 *    words because they are its subject.
 *
 * A text that offers anything keeps every claim: a seller who opens with a remark still pitches.
 */
import { ownWordsInPlace, SELF_CLAIM } from './frame-cues.js';
import {
  actOf,
  EXPLAIN_OPENER,
  OWN_CLAUSE,
  PITCHING_NOW_IN_STORY,
  PITCHING_TO_SPEAKER,
  SHARED_ALL,
  thirdPartyActs,
  type StanceKind,
} from './stance-acts.js';
import { isIntake } from './notices.js';
import type { YieldFinding } from './types.js';

export type { StanceKind } from './stance-acts.js';

export interface StanceSpan {
  start: number;
  end: number;
  kind: 'warning' | 'report';
}

// 1. What offers now. Each cue is a slot of the act, not a wording of any text.
const CALL =
  /私聊|私信|加我|找我|(?<!有人|朋友|群友|网友|邻居|孩子|儿子|女儿|老伴|他|她|他们)问我|来电|致电|加(?:个)?微信|加v|加vx|联系我|联系客服|扫码|进群|入群|拉你|报名|认购|下单|抢购|名额|额度有限|限时|速来|赶紧|抓紧|欢迎(?:咨询|加入|认购|转发|来)|了解一下|咨询|详聊|上车|入金|起投|起购|门槛|\d+\s*(?:元|块|万)\s*起|\b(?:dm|pm)\s+(?:me|us)\b|\bdms?\b|\bsign up\b|\bjoin (?:now|us|our|today|here)\b|\bcontact (?:me|us)\b|\b(?:call|text|message|email) (?:me|us)\b|\bwhatsapp\b|\btelegram\b|\bclick\b|\blink in\b|\blimited\b|\bspots? left\b|\bminimum\b|\binvest now\b|\bbuy now\b|\bregister\b/g;
// A call that is itself forbidden (禁止私聊, 不得发布, "no DMs") is part of a rule, not an invitation.
const FORBIDDING =
  /(?:禁止|严禁|不得|不许|不准|不能|别|不要|勿|切勿|谢绝|拒绝)[^，,。；;\n]{0,3}$|\b(?:no|never|don't|do not|without)\s+(?:\w+\s+)?$/;
const ADDRESSED =
  /(?<!等|当|如果|一旦|要是|假如|若|让|骗|坑|忽悠|套)你(?:们)?(?:只要|只需|就能|就可以|可以|能|每(?:天|月|年|周)|拿|赚|的本金|的钱)|(?<!等|当|如果|一旦|要是|假如|若|让|骗|坑|忽悠|套)您|\byou(?:'ll|'re| will| can| get| earn| could| only| just| receive)\b/;
const PITCHING_NOW =
  /(?:有人|对方|客服|业务员|经理|销售|老师|群主|他|她|他们)(?:现在|又|最近|还|正在|今天|天天)(?:在)?(?:说|推|拉|让|叫|劝|找|打电话|发|催)|(?:现在|最近|今天)[^，,。]{0,8}(?:说|推|拉我|让我|叫我|劝我|找我|打电话)/;
// The issuer naming its own product (本产品由…担保, "this fund pays"): a seller's voice in a notice's dress.
const OWN_PRODUCT = /本(?:产品|项目|基金|计划|期|平台)|\bthis (?:fund|note|product|plan|pool|offer) (?:pays|offers|guarantees|is)\b/;
const ASKS =
  /[?？]|(?:是不是|是否|会不会|能不能|要不要|该不该)[^。！!\n]{0,16}(?:了|呢|吗|啊)?\s*$|怎么办|咋办|求助|如何是好|帮帮我|\bwhat (?:should|can|do) i do\b|\bhelp me\b/;

// The speaker (or its staff, its group) denying its own contact, sale or product, to the end of the clause: "we will never
// DM you", "our support team will never ask for …", "we do not run any pool", "we have no trading desk", 本群从不推荐理财.
const DISOWNED =
  /\b(?:we|our (?:[a-z]+ ){0,2}(?:team|staff|admins?|mods?|moderators?|bank|firm|company|group|server|channel|employees?|officers?))\s+(?:will\s+|would\s+|shall\s+)?(?:never|not|don't|do not|does not|doesn't|won't|have never|has never|did not|didn't)\s+(?:ever\s+)?(?:(?:first|personally|privately|directly)\s+)?(?:ask|dm|message|call|text|contact|email|sell|offer|run|promise|solicit|recommend|manage|have|charge|request|pitch|operate|endorse|authori[sz]e)\w*\b[^.;!?\n]*|\bwe\s+(?:have|run|offer|sell|manage)\s+no\b[^.;!?\n]*|(?:我们|本群|群主|管理员|本行|我行|本公司|我司|本平台)(?:的)?(?:工作人员|员工|客服|管理员)?(?:从来|从|绝|均|也|都)?(?:不会|不|没有|未|从未|没)(?:主动)?(?:私聊|私信|联系|打电话|致电|推荐|推销|销售|发行|发布|要求|索要|承诺|代客|开展|经营|授权|委托)[^，,。；;！!？?\n]*/g;

// A moderator's advice to ask before paying (拿不准的先问我, "if unsure, ask me or your bank"): a caution, not a contact.
const ASK_WHEN_UNSURE =
  /(?:拿不准|吃不准|不确定|不清楚|不明白|搞不懂|看不懂|不懂|有疑问|有疑虑|有疑惑|没把握|心里没底)(?:的)?(?:话)?[^，,。！!；;\n]{0,6}?(?:问我|找我|问问我|问群主|问管理员)|\bif (?:you(?:'re| are) )?(?:unsure|in doubt|not sure)\b[^.!?\n]{0,12}\b(?:ask|call|message|check with) (?:me|us|the admins?)\b/g;

// In a victim's story, the recruiting done to the victim (被一个业务员拉进群, 被朋友带去听讲座, "a friend introduced"):
// a call made to the victim back then, to the end of its clause, is what the story tells, not a call to the reader.
const RECRUITED_IN_STORY =
  /被[^，,。；;！!？?\n]{0,8}?(?:拉|带|叫|喊|劝|忽悠|介绍|推荐|邀请)[^，,。；;！!？?\n]*|\b(?:was|were|got) (?:added|invited|pulled|dragged|brought|talked|roped|lured)\b[^,.;!?\n]*|\b(?:a|his|her|my|our|their) (?:friend|neighbou?r|relative|colleague|cousin|salesman|agent) (?:had )?(?:introduced|recommended|pitched|sold)\b[^,.;!?\n]*/g;

// What a warning is about, to the end of its clause ("beware of chat-app channels", 警惕陌生人的微信群): the object warned of,
// not a contact the speaker gives.
const WARNED_OBJECT =
  /(?:\bbeware of|\bwatch out for|\bstay away from|\bsteer clear of|\b(?:don't|do not|never) trust|警惕|谨防|提防|当心|远离|不要相信|别信|不要轻信)[^.!?。！？\n，,;；:：]*/g;

// 2. A class of others judged by what it claims. The claim verbs are the verbs of advertising and promising;
// the judgment after 的 is a quantifier or a modal over the class, whatever the predicate says.
const CLAIM_VERB = '(?:宣传|宣称|声称|号称|鼓吹|标榜|吹嘘|吹|承诺|许诺|保证|打着|说|发)';
const CLASS_ZH = new RegExp(
  `(?<![我您你])(?:凡是|凡|任何|所有|那些|有些|一些|很多|不少)?(?:嘴上|口口声声|张口就)?${CLAIM_VERB}[^。！？!?\\n]{1,40}?的(?:人|产品|项目|理财|平台|公司|机构|东西|广告|帖子|内容|话|群)?[，,]?\\s*(?:都|一律|全都|全|统统|通通|基本|多半|大多|往往|十有八九|十个|一概|没有一个|没一个|没有哪个|鲜有|很少|少有|要|该|得|必须|需要|请|别|不要|切勿|直接|一经)`,
  'g',
);
const CLASS_VERB =
  '(?:claim(?:s|ed|ing)?|promis(?:e|es|ed|ing)|advertis(?:e|es|ed|ing)|tout(?:s|ed|ing)?|boast(?:s|ed|ing)?|post(?:s|ed|ing)?|offer(?:s|ed|ing)?|pitch(?:es|ed|ing)?|sell(?:s|ing)?|push(?:es|ed|ing)?|market(?:s|ed|ing))\\b(?:[^.!?\\n]|\\.(?=\\d)){0,120}';
// A class is named generically (anyone, those, products …) or as one of a kind under a relative or a quantifier
// ("a platform that promises", "any app offering"). A firm simply said to offer something ("A wealth firm offers …",
// "Someone offered my mother …") is a pitch reported, not a class judged.
const CLASS_EN = new RegExp(
  '\\b(?:anyone|anybody|whoever|those|people|products|platforms|schemes|firms|companies|ads|posts|offers|apps|deals|sellers|accounts|messages|sites|websites|bots|groups|channels|pools|ones)["”]?\\s+(?:who\\s+|that\\s+|which\\s+)?(?:(?:is|are|was|were|keeps?)\\s+)?' +
    CLASS_VERB +
    '|\\b(?:someone|somebody|product|platform|scheme|firm|company|ad|post|offer|app|deal|seller|account|message|site|website|bot|group|channel|pool|one)["”]?\\s+(?:(?:who|that|which)\\s+(?:(?:is|was|keeps?)\\s+)?' +
    CLASS_VERB +
    '|(?<=\\b(?:any|every|each|no)\\s+(?:[a-z-]+\\s+)?(?:product|platform|scheme|firm|company|ad|post|offer|app|deal|seller|account|message|site|website|bot|group|channel|pool|one)["”]?\\s+)' +
    CLASS_VERB +
    ')',
  'g',
);
// A speaker named as a fraudster (骗子声称…, 不法分子往往以…, "scammers often say …"): what they say, to the end of the
// sentence (quotes and all) or a turn to the speaker's own product, is the fraud described, not a claim of this text.
const FRAUD_SPEAKER_ZH =
  /(?:骗子|不法分子|诈骗分子|犯罪分子|诈骗团伙|犯罪团伙|传销组织|传销分子|骗子公司|黑平台|非法平台|假平台)(?:们)?(?:往往|通常|一般|经常|常常|常|总是|都|会|就|一开始|先|则)*(?:说|声称|宣称|号称|承诺|许诺|保证|谎称|吹嘘|鼓吹|忽悠|以|用|拿|打着)(?:[“"「『][^”"」』]{0,80}[”"」』]|[^。！？!?\n“"「『]){0,80}/g;
const FRAUD_SPEAKER_EN =
  /\b(?:scammers?|fraudsters?|con (?:artists?|men)|crooks|criminals|swindlers?|fake platforms?|ponzi schemes?|pyramid schemes?)\b(?: \w+){0,4}? (?:say|says|said|tell|tells|told|claim|claims|claimed|promise|promises|promised|lure|lures|use|uses|pitch|pitches)\b(?:"[^"]{0,120}"|[^.!?\n"]|\.(?=\d)){0,120}/g;
// A seller naming their own class (我们承诺保本的产品都…) speaks for it.
const OWN_SUBJECT = /(?:我们|咱们|本公司|本平台|我司|我行)\s*$/;

// Matches nothing: the blank for an act that has no recruiting of its own to blank.
const NOTHING = /(?!)/g;

const blankSpans = (text: string, spans: ReadonlyArray<{ start: number; end: number }>): string => {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
};

/** Where a class of others is judged by its claim; each span runs from its class word (凡是) or claim verb through the judgment. */
export function classClaims(norm: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of norm.matchAll(CLASS_ZH)) {
    const at = m.index ?? 0;
    if (!OWN_SUBJECT.test(norm.slice(Math.max(0, at - 6), at))) out.push({ start: at, end: at + m[0].length });
  }
  for (const m of norm.matchAll(CLASS_EN)) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out;
}

function callsNow(own: string): boolean {
  for (const m of own.matchAll(CALL)) if (!FORBIDDING.test(own.slice(Math.max(0, (m.index ?? 0) - 10), m.index ?? 0))) return true;
  return false;
}

// The end of the fraudster's clause, quotes kept whole (骗子说“保本，高息”，…).
const CLAUSE_OUTSIDE_QUOTES = /^(?:[“"「『][^”"」』]*[”"」』]|[^，,；;“"「『])*/;

/**
 * Where a fraudster is the speaker: from the fraudster to the end of the clause — or, when `wide` (the text offers
 * nothing now), to the end of the sentence; in both, up to a turn to the speaker's own product.
 */
export function fraudSpeech(norm: string, wide: boolean): StanceSpan[] {
  return [...norm.matchAll(FRAUD_SPEAKER_ZH), ...norm.matchAll(FRAUD_SPEAKER_EN)].map((m) => {
    const start = m.index ?? 0;
    const turn = OWN_CLAUSE.exec(m[0]);
    const reach = turn ? m[0].slice(0, turn.index) : m[0];
    const end = wide ? reach.length : (CLAUSE_OUTSIDE_QUOTES.exec(reach)?.[0].length ?? reach.length);
    return { start, end: start + end, kind: 'report' as const };
  });
}

/** Whether the speaker's own words offer anything now (see 1. above). */
export function offersNow(
  norm: string,
  classes: ReadonlyArray<{ start: number; end: number }>,
  yields: readonly YieldFinding[],
  opts: { own?: string; act?: StanceKind | null } = {},
): boolean {
  // The sharing act itself ("learn from us", 给大家说说我家的经历) is not a seller's voice.
  // So is the speaker disowning a contact or a product (we will never DM you, 本群从不推荐理财): a notice's own voice.
  const own = blankSpans(opts.own ?? ownWordsInPlace(norm), classes)
    .replace(SHARED_ALL, (w) => ' '.repeat(w.length))
    .replace(DISOWNED, (w) => ' '.repeat(w.length))
    .replace(ASK_WHEN_UNSURE, (w) => ' '.repeat(w.length))
    .replace(WARNED_OBJECT, (w) => ' '.repeat(w.length))
    .replace(opts.act === 'story' ? RECRUITED_IN_STORY : NOTHING, (w) => ' '.repeat(w.length));
  const pitching =
    opts.act === 'story' ? PITCHING_NOW_IN_STORY : opts.act === 'remark' || opts.act === 'rules' ? PITCHING_TO_SPEAKER : PITCHING_NOW;
  // An explainer's opening question is its topic, not a plea about the asker's own case.
  const asked = opts.act === 'explainer' ? norm.replace(EXPLAIN_OPENER, '') : norm;
  if (SELF_CLAIM.test(own) || OWN_PRODUCT.test(own) || ADDRESSED.test(own) || pitching.test(own) || ASKS.test(asked)) return true;
  // A complaint taken down (受害人反映：…, "caller says") is a case in hand, even when it ended in the loss it tells.
  if (isIntake(norm)) return true;
  if (yields.some((y) => own.slice(y.start, y.end).trim().length > 0)) return true;
  return callsNow(own);
}

/**
 * The spans the stance keeps from being claims: none when the text offers anything now; otherwise the
 * class claims, and the whole text when its act is a remark, a rule list or a shared lesson.
 * `yields` are the rates the other frames left standing.
 */
export function readStance(norm: string, yields: readonly YieldFinding[]): StanceSpan[] {
  // A fraudster's words are never the text's claim, whether or not the text offers anything else; how far they
  // reach depends on whether it does.
  const narrow = fraudSpeech(norm, false);
  if (narrow.length === 0) return textStance(norm, yields);
  const outside = (spans: StanceSpan[]): YieldFinding[] => yields.filter((y) => !spans.some((f) => y.start >= f.start && y.start < f.end));
  // Whether anyone else offers now is read outside the fraudster's whole sentence: a rate after a comma in their words
  // (骗子会说原始股，上市后翻十倍) is still theirs.
  const wide = fraudSpeech(norm, true);
  const fraud = offersNow(norm, wide, outside(wide)) ? narrow : wide;
  return [...fraud, ...textStance(norm, outside(fraud))];
}

function textStance(norm: string, yields: readonly YieldFinding[]): StanceSpan[] {
  const classes = classClaims(norm);
  // The speaker's own words are read at most once, for the act and for the offer, and only when needed.
  let own: string | undefined;
  const ownOf = (): string => (own ??= ownWordsInPlace(norm));
  const act = actOf(norm, ownOf);
  // A loss story's rates are history too (前年信了…年化15%…老板跑路了): the story ended in the loss it tells.
  const history = act === 'shared' || act === 'explainer' || act === 'story';
  if (classes.length === 0 && act === null) return [];
  const heard = act === 'remark' || act === 'rules' ? thirdPartyActs(ownOf()) : ownOf();
  if (offersNow(norm, classes, history ? [] : yields, { own: heard, act })) return [];
  const spans: StanceSpan[] = classes.map((c) => ({ ...c, kind: 'warning' }));
  if (act)
    spans.push({ start: 0, end: norm.length, kind: act === 'shared' || act === 'story' || act === 'explainer' ? 'report' : 'warning' });
  return spans;
}
