/**
 * The act of a text that offers nothing now (part 3 of ./stance.ts): a remark to the room (各位别贪心, "be sensible,
 * everyone"), an observation credited to regulators (这是监管一再强调的), a group's rules (群规, "group rules"), a
 * notice that warns of someone else's pitch (谨防上当, "investor alert"), a past loss shared as a lesson (跟大家说说我的
 * 教训, "sharing my story") or told as a victim's story, and an explainer of what a scheme is. Such a text names
 * flagged words because they are its subject. A shared story is a lesson only when it ended in a loss, and then
 * retells its rates as history; one that boasts of gains (晒收益) is a testimonial.
 *
 * ./stance.ts decides whether anyone offers now; this file says what the text does when nobody does.
 */

export type StanceKind = 'remark' | 'rules' | 'shared' | 'story' | 'explainer';

// An explainer: the text opens by asking what a scheme is or how it works (什么是庞氏骗局？, "How does a pig-butchering
// scam work?") and answers in general terms. Its rates are the scheme's, told as typical ("通常承诺月息5%").
export const EXPLAIN_OPENER =
  /^\s*(?:(?:什么是|何为|啥是|什么叫)[^？?。\n]{1,20}|[^？?。\n]{1,20}(?:是什么|是啥|是怎么回事|怎么运作|如何运作|怎么骗人|的套路是什么))[？?]|^\s*(?:what (?:is|are)|what's|how (?:does|do))\b[^?\n]{1,60}\?|^\s*(?:有人|朋友|群友|网友|邻居|老伴|孩子|儿子|女儿|不少人|很多人|好几个人|好多人)(?:问我|问过我|问起|跟我打听|打听)[^？?。\n]{1,24}?(?:是什么|是啥|啥意思|什么意思|怎么回事)(?:东西|意思|玩意儿?)?[，,？?。]|^\s*(?:someone|a friend|people|a few (?:of you|people)|several (?:of you|members)|many of you) (?:asked|has asked|have asked|keeps? asking) (?:me )?what\b[^.?!\n]{1,60}[.?]/;
// What an explainer is about: a scheme, or a caution about the kind of product it explains (监管不让公开卖, 多留个心眼).
const SCHEME_TOPIC =
  /骗|非法|违法|传销|庞氏|杀猪盘|资金池|借新还旧|击鼓传花|崩盘|不让|不允许|禁止|不得|留(?:个)?心眼|当心|警惕|小心|谨慎|风险(?:很|较|比较|非常|极|挺)?(?:大|高)|高风险|不受(?:法律)?保护|\b(?:scam|ponzi|pyramid|fraud|illegal|collapse|not allowed|banned|careful|wary|risky)/;

// In a story told in the past, habitual words (群主天天说, 他还让…) belong to that past; only "now" words pitch now.
export const PITCHING_NOW_IN_STORY =
  /(?:现在|正在|今天|最近)[^，,。]{0,8}(?:说|推|拉我|让我|叫我|劝我|找我|打电话|催)|又有人(?:说|推|来|让|叫|找)|又(?:让|叫|催|要)我/;
// In a notice or a remark, someone pitching others now (最近有人在群里推…) is what it warns of; a pitch to the
// speaker (又在催我充值, 天天打电话让我…) is still the speaker's own case.
export const PITCHING_TO_SPEAKER =
  /(?:有人|对方|客服|业务员|经理|销售|老师|群主|他|她|他们)(?:现在|又|最近|还|正在|今天|天天)(?:在)?(?:推|拉|让|叫|劝|找|打电话|发|催)(?:给)?(?:我|我们|我家)|(?:现在|最近|今天)[^，,。]{0,8}(?:推我|拉我|让我|叫我|劝我|找我|催我|给我打电话)/;

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
  /\b(?:be (?:sensible|careful|wary|cautious|smart|safe|alert|vigilant)|be on (?:your|our|their) guard|think twice|stay (?:safe|sharp|alert|vigilant|on (?:your )?guard)|don't be greedy|take care)\b/;
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

export const SHARED_ALL = new RegExp(SHARED.source, 'g');
// The speaker's own act of warning (谨防上当, 提高警惕, "investor alert:", "beware of"): with nothing offered now, a
// text that names a scheme in order to warn of it is a notice, whatever else it retells.
const WARN_ACT =
  /(?:谨防|提防|小心|当心|以防|以免|避免|防止|别|不要|切勿|莫)(?:再)?(?:上当|受骗|被骗|中招|入坑|掉坑|落入陷阱)|(?:别|不要|莫|切勿)(?:再)?被(?:人)?(?:带节奏|忽悠|洗脑|割韭菜|套路|骗了)|提高警惕|保持警惕|注意防范|(?:务必|一定要?|千万要?|都要|要)(?:警惕|提防|当心)|谨防(?:诈骗|骗局|非法集资)|\b(?:investor|scam|fraud|consumer) (?:alert|warning)\b|^\s*(?:warning|psa|public notice|alert)\s*[:：!]|\bbeware (?:of|:)|\bdon't (?:get|be) (?:scammed|fooled|conned)\b/;

// How a shared story ended: with the money lost, its rates are history; a testimonial of gains (分享一下我的经历：
// 每月稳拿3%) is a pitch, and its rates still count.
const LOST =
  /爆雷|暴雷|跑路|(?:店|公司|门店|平台|办公室|工作室)(?:也|都|早)?(?:关|倒|黄)了|人(?:也|都)?(?:找不到|联系不上)|倒闭|倒了|清盘|清退|失联|没(?:了)?着落|人(?:都|也)?没了|没人了|找不到人|联系不到|音讯全无|出事|崩盘|卷款|血本无归|打水漂|亏光|拿不回|要不回|追不回|一分(?:钱)?(?:都)?没(?!少|差|落下)|只拿回|只追回|联系不上|人去楼空|关门|解散|提不出|取不出|逾期|维权|报(?:了)?警|\b(?:vanished|collapsed|disappeared|went bust|went under|is (?:now )?(?:empty|gone|closed)|shut down|ran off|lost (?:it|everything|all|most|half|(?:her|his|their|my|our) (?:whole |entire )?(?:savings|deposit|money|stake|pension)|[$¥£€]?\d[\d,.]*k?)|got (?:back )?(?:nothing|a (?:third|fifth|fraction|quarter)))\b/;

// A loss told as the teller's or a relative's past, without any sharing formula (我舅舅去年被拉进…，人也联系不上了):
// a victim's story. It needs a past frame and a victim's act — being talked into it, or putting the money in.
const STORY_PAST =
  /当时|当初|那时|那会儿?|那阵子?|前年|去年|前几年|几年前|前些年|早些年|那几年|前(?:[一二两三四五六七八九十几]|\d{1,2})(?:年|个月)|(?:[一二两三四五六七八九十几]|\d{1,2})(?:年|个月)前|那年|当年|早年|上个?月|之前|以前|后来|\b(?:last (?:year|spring|summer|autumn|fall|winter|month)|years? ago|back then|at the time|in (?:19|20)\d\d|in (?:january|february|march|april|may|june|july|august|september|october|november|december))\b/;
const STORY_VICTIM =
  /被[^，,。]{0,6}(?:忽悠|骗|拉|带|介绍|劝|套)|(?:跟|对|给)(?:我|他|她|我们|他们|老人|我爸|我妈|家里)(?:们)?(?:说|讲|推荐|介绍)|信了|听信|听人说|听了|(?:投|交|存|买|打)(?:了|进|进去)|\b(?:was|were) (?:told|promised|lured|talked into|persuaded)\b|\b(?:told|promised|assured|convinced|persuaded) (?:him|her|them|us|me|my \w+)\b|\bput (?:his|her|their|my|our) (?:\w+ )?(?:savings|pension|money|cash|nest egg)\b|\bpromised (?:him|her|them|us|me|my \w+)\b|\b(?:put in|invested|joined|signed up|deposited|paid in|handed over|sent|transferred|bought)\b/;
// English marks the past on the verb: a loss told in the past tense (the platform collapsed, the firm vanished, "he lost his
// savings") dates the story without any time word.
const PAST_LOSS_EN =
  /\b(?:collapsed|vanished|disappeared|went (?:bust|under|dark|silent)|ran off|shut down|folded|lost (?:his|her|their|my|our|it|everything))\b/;
const storyPast = (norm: string): boolean => STORY_PAST.test(norm) || PAST_LOSS_EN.test(norm);
// Being fooled is past by itself (我爸被人忽悠投了…, "she was scammed"): no time word is needed then.
const FOOLED =
  /被[^，,。]{0,6}(?:忽悠|骗|坑|套路)|上了当|上当了|听信|\b(?:was|were|got) (?:scammed|conned|fooled|cheated|lured|talked into)\b|\bfell for (?:it|a|the|this|that|their|his|her)\b|\bgot (?:caught|taken in|sucked in(?:to)?|roped in(?:to)?) by\b/;
// In a notice, a third party's pitch described in the speaker's words (最近有人私加群成员推销…的产品，还让把钱转到个人卡;
// "someone is messaging members about …"), to the end of its sentence or a turn to the speaker's own product, is
// what the notice warns of, as a quote would be.
const THIRD_PARTY_ACT =
  /(?:有人|有些人|一些人|个别人|陌生人|不明人员|不法人员|不法分子|骗子|对方|此人|这些人|那些人|冒充[^，,。]{1,10}?(?:的人|人员)?|自称[^，,。]{1,10}?的人)[^。！？!?\n]{0,16}?(?:推销|推荐|兜售|宣称|声称|号称|鼓吹|许诺|承诺|宣传|发布|打着|以|说什么|说是|说|讲|推|拉|忽悠)[^。！？!?\n]*|\b(?:someone|somebody|people|strangers?|impostors?|accounts?|a man|a woman|fraudsters?|scammers?)\b[^.!?\n]{0,30}?\b(?:selling|pushing|promoting|offering|promising|messaging|pitching|claiming|advertising|posing)\b[^.!?\n]*/g;
const THIRD_PARTY_ONE = new RegExp(THIRD_PARTY_ACT.source);
// A warning act makes a notice only when the notice describes someone else's pitch — quoted, so-called, or acted by a
// third party. "谨防上当！正规国企项目，保本保息" warns of others and then pitches its own.
const describesOther = (norm: string): boolean =>
  /[“"「『]|所谓|号称|自称|冒充|so-called|posing as/.test(norm) || THIRD_PARTY_ONE.test(norm);
// A moderator's header, bracketed or dressed in emoji (【群公告】, ⚠️⚠️群公告⚠️⚠️, 📢群里提个醒): the act of a notice.
const NOTICE_HEADER =
  /^[\s\p{Extended_Pictographic}\u{FE0F}【[]*(?:群公告|公告|重要提醒|重要通知|风险提示|风险警示|温馨提示|反诈提醒|防骗提醒|提醒|通知|群里提个醒|提个醒|群主提醒|管理员提醒)(?:[\p{Extended_Pictographic}\u{FE0F}]+|[ \t]*[】\]:：\n!！])/u;
const warnsAct = (own: string): boolean => WARN_ACT.test(own) || NOTICE_HEADER.test(own);
export const thirdPartyActs = (own: string): string =>
  own.replace(THIRD_PARTY_ACT, (w) => {
    const turn = OWN_CLAUSE.exec(w);
    const reach = turn ? turn.index : w.length;
    return ' '.repeat(reach) + w.slice(reach);
  });
// A turn to the present product (现在这个不一样, "but this one is different") makes the old loss a foil of a pitch.
const TURN_NOW = /(?:现在|如今|目前|今天)(?:的)?(?:这个|这款|这家|我们|咱们)|不一样|\b(?:this one|but now|now we|this time)\b/;

// Where the speaker turns to their own product (，我们…, "; our note…", 但…): the fraudster's words end there.
export const OWN_CLAUSE =
  /[，,；;:：—-]\s*(?:但是?|不过|可是|然而|我们|咱们|本平台|本公司|我司|我这|\bbut\b|\bhowever\b|\bwe\b|\bour\b|\bours\b)/;

// A credited remark is a warning only with a caution in it: sellers credit experts with hype too (专家指出养老是风口).
const CAUTION = /风险|问号|谨慎|警惕|小心|当心|多问|核实|查清|不要|别|勿|骗|违法|非法|\b(?:risk|careful|beware|scam|fraud|illegal|warn)/;

// A story shared is a lesson only when it ended in a loss; one that ends well is a testimonial (晒收益), a pitch.
export function actOf(norm: string, own: () => string): StanceKind | null {
  if (RULES_HEADER.test(norm)) return 'rules';
  if (SHARED.test(norm) && LOST.test(norm)) return 'shared';
  if (EXPLAIN_OPENER.test(norm) && SCHEME_TOPIC.test(norm)) return 'explainer';
  if (LOST.test(norm) && (FOOLED.test(norm) || (storyPast(norm) && STORY_VICTIM.test(norm))) && !TURN_NOW.test(norm)) return 'story';
  return admonishes(norm) ||
    ADMONISH_EN.test(norm) ||
    CREDITED_CLOSING.test(norm) ||
    (CREDITED.test(norm) && CAUTION.test(norm)) ||
    // The cheap test first: the speaker's own words are read only for a text that describes another's pitch.
    (describesOther(norm) && warnsAct(own()))
    ? 'remark'
    : null;
}
