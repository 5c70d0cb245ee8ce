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
 * 3. The act of the whole text, when nothing in it offers now: a remark to the room (各位别贪心,
 *    "be sensible, everyone"), an observation credited to regulators (这是监管一再强调的), a group's
 *    rules (群规, "group rules"), or a past loss shared as a lesson (跟大家说说我的教训, "sharing my story").
 *    Such a text names flagged words because they are its subject. A shared story is a lesson only when it
 *    ended in a loss, and then retells its rates as history; one that boasts of gains (晒收益) is a testimonial.
 *
 * A text that offers anything keeps every claim: a seller who opens with a remark still pitches.
 */
import { ownWordsInPlace, SELF_CLAIM } from './frame-cues.js';
import type { YieldFinding } from './types.js';

export type StanceKind = 'remark' | 'rules' | 'shared' | 'story' | 'explainer';

export interface StanceSpan {
  start: number;
  end: number;
  kind: 'warning' | 'report';
}

// 1. What offers now. Each cue is a slot of the act, not a wording of any text.
const CALL =
  /私聊|私信|加我|找我|问我|来电|致电|加(?:个)?微信|加v|加vx|联系我|联系客服|扫码|进群|入群|拉你|报名|认购|下单|抢购|名额|额度有限|限时|速来|赶紧|抓紧|欢迎(?:咨询|加入|认购|转发|来)|了解一下|咨询|详聊|上车|入金|起投|起购|门槛|\d+\s*(?:元|块|万)\s*起|\b(?:dm|pm)\s+(?:me|us)\b|\bdms?\b|\bsign up\b|\bjoin (?:now|us|our|today|here)\b|\bcontact (?:me|us)\b|\b(?:call|text|message|email) (?:me|us)\b|\bwhatsapp\b|\btelegram\b|\bclick\b|\blink in\b|\blimited\b|\bspots? left\b|\bminimum\b|\binvest now\b|\bbuy now\b|\bregister\b/g;
// A call that is itself forbidden (禁止私聊, 不得发布, "no DMs") is part of a rule, not an invitation.
const FORBIDDING =
  /(?:禁止|严禁|不得|不许|不准|不能|别|不要|勿|切勿|谢绝|拒绝)[^，,。；;\n]{0,3}$|\b(?:no|never|don't|do not|without)\s+(?:\w+\s+)?$/;
const ADDRESSED =
  /(?<!等|当|如果|一旦|要是|假如|若|让|骗|坑|忽悠|套)你(?:们)?(?:只要|只需|就能|就可以|可以|能|每(?:天|月|年|周)|拿|赚|的本金|的钱)|(?<!等|当|如果|一旦|要是|假如|若|让|骗|坑|忽悠|套)您|\byou(?:'ll|'re| will| can| get| earn| could| only| just| receive)\b/;
const PITCHING_NOW =
  /(?:有人|对方|客服|业务员|经理|销售|老师|群主|他|她|他们)(?:现在|又|最近|还|正在|今天|天天)(?:在)?(?:说|推|拉|让|叫|劝|找|打电话|发|催)|(?:现在|最近|今天)[^，,。]{0,8}(?:说|推|拉我|让我|叫我|劝我|找我|打电话)/;
// An explainer: the text opens by asking what a scheme is or how it works (什么是庞氏骗局？, "How does a pig-butchering
// scam work?") and answers in general terms. Its rates are the scheme's, told as typical ("通常承诺月息5%").
const EXPLAIN_OPENER =
  /^\s*(?:(?:什么是|何为|啥是|什么叫)[^？?。\n]{1,20}|[^？?。\n]{1,20}(?:是什么|是啥|是怎么回事|怎么运作|如何运作|怎么骗人|的套路是什么))[？?]|^\s*(?:what (?:is|are)|what's|how (?:does|do))\b[^?\n]{1,60}\?/;
const SCHEME_TOPIC = /骗|非法|违法|传销|庞氏|杀猪盘|资金池|借新还旧|击鼓传花|崩盘|\b(?:scam|ponzi|pyramid|fraud|illegal|collapse)/;
// The issuer naming its own product (本产品由…担保, "this fund pays"): a seller's voice in a notice's dress.
const OWN_PRODUCT = /本(?:产品|项目|基金|计划|期|平台)|\bthis (?:fund|note|product|plan|pool|offer) (?:pays|offers|guarantees|is)\b/;
// In a story told in the past, habitual words (群主天天说, 他还让…) belong to that past; only "now" words pitch now.
const PITCHING_NOW_IN_STORY =
  /(?:现在|正在|今天|最近)[^，,。]{0,8}(?:说|推|拉我|让我|叫我|劝我|找我|打电话|催)|又有人(?:说|推|来|让|叫|找)|又(?:让|叫|催|要)我/;
// In a notice or a remark, someone pitching others now (最近有人在群里推…) is what it warns of; a pitch to the
// speaker (又在催我充值, 天天打电话让我…) is still the speaker's own case.
const PITCHING_TO_SPEAKER =
  /(?:有人|对方|客服|业务员|经理|销售|老师|群主|他|她|他们)(?:现在|又|最近|还|正在|今天|天天)(?:在)?(?:推|拉|让|叫|劝|找|打电话|发|催)(?:给)?(?:我|我们|我家)|(?:现在|最近|今天)[^，,。]{0,8}(?:推我|拉我|让我|叫我|劝我|找我|催我|给我打电话)/;
const ASKS =
  /[?？]|(?:是不是|是否|会不会|能不能|要不要|该不该)[^。！!\n]{0,16}(?:了|呢|吗|啊)?\s*$|怎么办|咋办|求助|如何是好|帮帮我|\bwhat (?:should|can|do) i do\b|\bhelp me\b/;

// 2. A class of others judged by what it claims. The claim verbs are the verbs of advertising and promising;
// the judgment after 的 is a quantifier or a modal over the class, whatever the predicate says.
const CLAIM_VERB = '(?:宣传|宣称|声称|号称|鼓吹|标榜|吹嘘|吹|承诺|许诺|保证|打着|说|发)';
const CLASS_ZH = new RegExp(
  `(?<![我您你])(?:凡是|凡|任何|所有|那些|有些|一些|很多|不少)?(?:嘴上|口口声声|张口就)?${CLAIM_VERB}[^。！？!?\\n]{1,40}?的(?:人|产品|项目|理财|平台|公司|机构|东西|广告|帖子|内容|话|群)?[，,]?\\s*(?:都|一律|全都|全|统统|通通|基本|多半|大多|往往|十有八九|十个|一概|没有一个|没一个|没有哪个|鲜有|很少|少有|要|该|得|必须|需要|请|别|不要|切勿|直接|一经)`,
  'g',
);
const CLASS_EN =
  /\b(?:anyone|anybody|whoever|those|people|someone|products?|platforms?|schemes?|firms?|companies|ads?|posts?|offers?|apps?|deals?|sellers?)\s+(?:who\s+|that\s+|which\s+)?(?:(?:is|are|was|were|keeps?)\s+)?(?:claim(?:s|ed|ing)?|promis(?:e|es|ed|ing)|advertis(?:e|es|ed|ing)|tout(?:s|ed|ing)?|boast(?:s|ed|ing)?|post(?:s|ed|ing)?|offer(?:s|ed|ing)?)\b(?:[^.!?\n]|\.(?=\d)){0,120}/g;
// A speaker named as a fraudster (骗子声称…, 不法分子往往以…, "scammers often say …"): what they say, to the end of the
// sentence (quotes and all) or a turn to the speaker's own product, is the fraud described, not a claim of this text.
const FRAUD_SPEAKER_ZH =
  /(?:骗子|不法分子|诈骗分子|犯罪分子|诈骗团伙|犯罪团伙|传销组织|传销分子|骗子公司|黑平台|非法平台|假平台)(?:们)?(?:往往|通常|一般|经常|常常|常|总是|都|会|就|一开始|先|则)*(?:说|声称|宣称|号称|承诺|许诺|保证|谎称|吹嘘|鼓吹|忽悠|以|用|拿|打着)(?:[“"「『][^”"」』]{0,80}[”"」』]|[^。！？!?\n“"「『]){0,80}/g;
const FRAUD_SPEAKER_EN =
  /\b(?:scammers?|fraudsters?|con (?:artists?|men)|crooks|criminals|swindlers?|fake platforms?|ponzi schemes?|pyramid schemes?)\b(?: \w+){0,4}? (?:say|says|said|tell|tells|told|claim|claims|claimed|promise|promises|promised|lure|lures|use|uses|pitch|pitches)\b(?:"[^"]{0,120}"|[^.!?\n"]|\.(?=\d)){0,120}/g;
// A seller naming their own class (我们承诺保本的产品都…) speaks for it.
const OWN_SUBJECT = /(?:我们|咱们|本公司|本平台|我司|我行)\s*$/;

// 3. The act of a text that offers nothing now.
const AUDIENCE = '(?:大家|各位|朋友们|家人们|群友们?|老铁们|街坊们?|邻居们|老人们|长辈们|你们)';
const ADMONISH_ZH = new RegExp(
  `${AUDIENCE}(?:一定|千万|务必|还是|都|可|也|最好)*(?:(?:不要|别|莫|勿|切勿|不能)(?!错过|犹豫|等|担心|怕|害怕|着急|客气|观望|纠结|嫌|走开|失望|后悔|不好意思|急)|要(?:警惕|小心|当心|留心|谨慎|理性|擦亮|多想|多问|查|核实|量力|三思|冷静|长点心)|量力而行|多想想|理性|擦亮眼睛|三思|谨慎|长点心|留个心眼)`,
);
// "大家别再存银行了", "不要把钱放余额宝": a pitch's opener turns the room away from a licensed product toward its own.
const FOIL_OBJECT = /^[^，,。！!；;]{0,8}?(?:存银行|放银行|存在银行|存定期|存款|余额宝|零钱通|理财通|定期|国债|大额存单|银行理财|货币基金)/;
const ADMONISH_ZH_ALL = new RegExp(ADMONISH_ZH.source, 'g');
const admonishes = (norm: string): boolean =>
  [...norm.matchAll(ADMONISH_ZH_ALL)].some((m) => !FOIL_OBJECT.test(norm.slice((m.index ?? 0) + m[0].length)));
const ADMONISH_EN =
  /\b(?:be (?:sensible|careful|wary|cautious|smart|safe|alert)|think twice|stay (?:safe|sharp|alert)|don't be greedy|take care)\b/;
const CREDITED =
  /(?:监管|监管部门|金融监管总局|银保监会?|证监会|央行|人民银行|警方|公安|反诈中心|专家|律师)[^，,。！!]{0,4}(?:反复|一再|多次|一直|再三|屡次|经常|早就|也)(?:强调|提醒|提示|警示|警告|说过|讲过|指出|告诫)|\b(?:as )?(?:regulators?|the police|authorities|officials)\b (?:have |has )?(?:repeatedly|often|always|long) (?:warned|stressed|said|reminded|cautioned)\b/;
// The speaker closing their own remark with its authority (这是监管一再强调的, "as regulators keep warning"): a remark,
// whatever it says.
const CREDITED_CLOSING =
  /(?:这是|这也是|这都是|这些都是|正如|如同)(?:监管|监管部门|金融监管总局|银保监会?|证监会|央行|人民银行|警方|公安|反诈中心)[^，,。！!]{0,4}(?:反复|一再|多次|一直|再三|屡次|经常|早就|也)?(?:强调|提醒|提示|警示|警告|说过|讲过|指出|告诫)|\bas (?:regulators?|the police|authorities) (?:keep|kept|have) (?:warning|saying|stressing)\b/;
const RULES_HEADER =
  /^\s*(?:【\s*)?(?:群规|版规|群公约|群约|群规则|本群规定|本群须知|入群须知|群须知|社区规则|社群规范)|^\s*(?:our )?(?:group|house|community|channel|chat|server) rules\b/;
const SHARED =
  /(?:跟|给|和|向|与|替)(?:大家|各位|你们|群友们?|朋友们|家人们)(?:说|讲|分享|聊|唠|提)(?:一下|一说|下|讲|说|聊)?(?:我|我家|我们家|我爸|我妈|家里|自己|这段|这次)?的?(?:教训|经历|遭遇|故事|醒)|分享(?:一下)?(?:我|我家|我们家|自己|家里)?的?(?:教训|经历|遭遇|故事)|写(?:出来|下来)(?:给|让|供)(?:大家|各位)|(?:当|作为)(?:个|一个)?(?:教训|前车之鉴|反面教材)|\b(?:just )?sharing (?:my|her|his|our|their|this|what happened|it)\b|\blearn from (?:us|me|my|our|his|her|their)\b|\bso (?:others|you all|everyone|people|nobody|no one)(?: else)? (?:can learn|learns?|doesn't|don't|won't|falls?|gets? (?:fooled|scammed|burned))\b|\bas a (?:lesson|warning) (?:to|for) (?:others|everyone|you)\b/;

const SHARED_ALL = new RegExp(SHARED.source, 'g');
// The speaker's own act of warning (谨防上当, 提高警惕, "investor alert:", "beware of"): with nothing offered now, a
// text that names a scheme in order to warn of it is a notice, whatever else it retells.
const WARN_ACT =
  /(?:谨防|提防|小心|当心|以防|以免|避免|防止|别|不要|切勿|莫)(?:再)?(?:上当|受骗|被骗|中招|入坑|掉坑|落入陷阱)|(?:别|不要|莫|切勿)(?:再)?被(?:人)?(?:带节奏|忽悠|洗脑|割韭菜|套路|骗了)|提高警惕|保持警惕|注意防范|谨防(?:诈骗|骗局|非法集资)|^\s*(?:【\s*)?(?:群公告|公告|重要提醒|风险提示|风险警示|温馨提示|反诈提醒|防骗提醒|提醒|通知)\s*(?:】|[:：])|\b(?:investor|scam|fraud|consumer) (?:alert|warning)\b|^\s*(?:warning|psa|public notice|alert)\s*[:：!]|\bbeware (?:of|:)|\bdon't (?:get|be) (?:scammed|fooled|conned)\b/;

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

// How a shared story ended: with the money lost, its rates are history; a testimonial of gains (分享一下我的经历：
// 每月稳拿3%) is a pitch, and its rates still count.
const LOST =
  /爆雷|暴雷|跑路|倒闭|倒了|清盘|清退|失联|出事|崩盘|卷款|血本无归|打水漂|亏光|拿不回|要不回|追不回|一分(?:钱)?(?:都)?没(?!少|差|落下)|只拿回|只追回|联系不上|人去楼空|关门|解散|提不出|取不出|逾期|维权|报(?:了)?警|\b(?:vanished|collapsed|disappeared|went bust|went under|is (?:now )?(?:empty|gone|closed)|shut down|ran off|lost (?:it|everything|all|most|half|(?:her|his|their|my|our) (?:whole |entire )?(?:savings|deposit|money|stake|pension)|[$¥£€]?\d[\d,.]*k?)|got (?:back )?(?:nothing|a (?:third|fifth|fraction|quarter)))\b/;

// A loss told as the teller's or a relative's past, without any sharing formula (我舅舅去年被拉进…，人也联系不上了):
// a victim's story. It needs a past frame and a victim's act — being talked into it, or putting the money in.
const STORY_PAST =
  /当时|当初|那时|前年|去年|前几年|几年前|那年|当年|早年|上个?月|之前|以前|后来|\b(?:last (?:year|spring|summer|autumn|fall|winter|month)|years? ago|back then|at the time|in (?:19|20)\d\d|in (?:january|february|march|april|may|june|july|august|september|october|november|december))\b/;
const STORY_VICTIM =
  /被[^，,。]{0,6}(?:忽悠|骗|拉|带|介绍|劝|套)|(?:跟|对|给)(?:我|他|她|我们|他们|老人|我爸|我妈|家里)(?:们)?(?:说|讲|推荐|介绍)|信了|听信|听人说|听了|(?:投|交|存|买|打)(?:了|进|进去)|\b(?:was|were) (?:told|promised|lured|talked into|persuaded)\b|\bpromised (?:him|her|them|us|me|my \w+)\b|\b(?:put in|invested|joined|signed up|deposited|paid in|handed over|sent|transferred|bought)\b/;
// Being fooled is past by itself (我爸被人忽悠投了…, "she was scammed"): no time word is needed then.
const FOOLED =
  /被[^，,。]{0,6}(?:忽悠|骗|坑|套路)|上了当|上当了|听信|\b(?:was|were|got) (?:scammed|conned|fooled|cheated|lured|talked into)\b/;
// In a notice, a third party's pitch described in the speaker's words (最近有人私加群成员推销…的产品，还让把钱转到个人卡;
// "someone is messaging members about …"), to the end of its sentence or a turn to the speaker's own product, is
// what the notice warns of, as a quote would be.
const THIRD_PARTY_ACT =
  /(?:有人|有些人|一些人|个别人|陌生人|不明人员|不法人员|不法分子|骗子|对方|此人|这些人|那些人|冒充[^，,。]{1,10}?(?:的人|人员)?|自称[^，,。]{1,10}?的人)[^。！？!?\n]{0,16}?(?:推销|推荐|兜售|宣称|声称|号称|鼓吹|许诺|承诺|宣传|发布|打着|以)[^。！？!?\n]*|\b(?:someone|somebody|people|strangers?|impostors?|accounts?|a man|a woman|fraudsters?|scammers?)\b[^.!?\n]{0,30}?\b(?:selling|pushing|promoting|offering|promising|messaging|pitching|claiming|advertising|posing)\b[^.!?\n]*/g;
const THIRD_PARTY_ONE = new RegExp(THIRD_PARTY_ACT.source);
// A warning act makes a notice only when the notice describes someone else's pitch — quoted, so-called, or acted by a
// third party. "谨防上当！正规国企项目，保本保息" warns of others and then pitches its own.
const describesOther = (norm: string): boolean =>
  /[“"「『]|所谓|号称|自称|冒充|so-called|posing as/.test(norm) || THIRD_PARTY_ONE.test(norm);
const thirdPartyActs = (own: string): string =>
  own.replace(THIRD_PARTY_ACT, (w) => {
    const turn = OWN_CLAUSE.exec(w);
    const reach = turn ? turn.index : w.length;
    return ' '.repeat(reach) + w.slice(reach);
  });
// A turn to the present product (现在这个不一样, "but this one is different") makes the old loss a foil of a pitch.
const TURN_NOW = /(?:现在|如今|目前|今天)(?:的)?(?:这个|这款|这家|我们|咱们)|不一样|\b(?:this one|but now|now we|this time)\b/;

// Where the speaker turns to their own product (，我们…, "; our note…", 但…): the fraudster's words end there.
const OWN_CLAUSE = /[，,；;:：—-]\s*(?:但是?|不过|可是|然而|我们|咱们|本平台|本公司|我司|我这|\bbut\b|\bhowever\b|\bwe\b|\bour\b|\bours\b)/;

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
  const own = blankSpans(opts.own ?? ownWordsInPlace(norm), classes).replace(SHARED_ALL, (w) => ' '.repeat(w.length));
  const pitching =
    opts.act === 'story' ? PITCHING_NOW_IN_STORY : opts.act === 'remark' || opts.act === 'rules' ? PITCHING_TO_SPEAKER : PITCHING_NOW;
  // An explainer's opening question is its topic, not a plea about the asker's own case.
  const asked = opts.act === 'explainer' ? norm.replace(EXPLAIN_OPENER, '') : norm;
  if (SELF_CLAIM.test(own) || OWN_PRODUCT.test(own) || ADDRESSED.test(own) || pitching.test(own) || ASKS.test(asked)) return true;
  if (yields.some((y) => own.slice(y.start, y.end).trim().length > 0)) return true;
  return callsNow(own);
}

// A credited remark is a warning only with a caution in it: sellers credit experts with hype too (专家指出养老是风口).
const CAUTION = /风险|问号|谨慎|警惕|小心|当心|多问|核实|查清|不要|别|勿|骗|违法|非法|\b(?:risk|careful|beware|scam|fraud|illegal|warn)/;

// A story shared is a lesson only when it ended in a loss; one that ends well is a testimonial (晒收益), a pitch.
function actOf(norm: string, own: () => string): StanceKind | null {
  if (RULES_HEADER.test(norm)) return 'rules';
  if (SHARED.test(norm) && LOST.test(norm)) return 'shared';
  if (EXPLAIN_OPENER.test(norm) && SCHEME_TOPIC.test(norm)) return 'explainer';
  if (LOST.test(norm) && (FOOLED.test(norm) || (STORY_PAST.test(norm) && STORY_VICTIM.test(norm))) && !TURN_NOW.test(norm)) return 'story';
  return admonishes(norm) ||
    ADMONISH_EN.test(norm) ||
    CREDITED_CLOSING.test(norm) ||
    (CREDITED.test(norm) && CAUTION.test(norm)) ||
    // The cheap test first: the speaker's own words are read only for a text that describes another's pitch.
    (describesOther(norm) && WARN_ACT.test(own()))
    ? 'remark'
    : null;
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
  const history = act === 'shared' || act === 'explainer';
  if (classes.length === 0 && act === null) return [];
  const heard = act === 'remark' || act === 'rules' ? thirdPartyActs(ownOf()) : ownOf();
  if (offersNow(norm, classes, history ? [] : yields, { own: heard, act })) return [];
  const spans: StanceSpan[] = classes.map((c) => ({ ...c, kind: 'warning' }));
  if (act)
    spans.push({ start: 0, end: norm.length, kind: act === 'shared' || act === 'story' || act === 'explainer' ? 'report' : 'warning' });
  return spans;
}
