/**
 * Texts that are not an offer at all: a news report of what regulators, police or courts did, and a
 * question whether a kind of product or activity is legal. Such a text names flagged words (金交所,
 * P2P, 挖矿) because they are its topic, so every flag's words in it are reported, not claimed.
 *
 * Sellers cite the same news ("国家都关了金交所，我们不一样") and askers tell what was pitched to them
 * ("有人推荐我…年化15%，合法吗？"), so the reading holds only when the text makes no offer of its own:
 * no one speaking for a product (我们, "we"), no one addressed as a buyer (你/您, "you'll"), no rate,
 * amount, entry, contact or call to act, and no pitch reported by the asker (推荐我, 拉我).
 */
import { isIntake, RECOVERY_PLEA, tellsPitch } from './notices.js';

// A news source or a dateline: 据…报道, 新华社, "Reuters:", "Bloomberg reported".
// An authority's own notice header (地方金融管理局公告：, 公安局提醒：) and a progress report (清退进展：) are sources too.
const NEWS_SOURCE =
  /^\s*[^，,。：:]{0,12}(?:消息|报道|快讯|讯|新闻|进展|最新进展|进度通报|情况通报)\s*[:：]|^\s*(?:【\s*)?[^，,。：:]{0,12}(?:金融管理局|金融监督管理局|金融监管局|监管局|金融局|金融办|公安局|公安分局|派出所|人民法院|法院|检察院|证监局|人民银行[^，,。：:]{0,8}|市场监督管理局|市场监管局|反诈中心)\s*(?:】\s*)?(?:公告|通告|通报|提示|提醒|声明|公示)?\s*[:：】]|^\s*【[^】]{0,8}(?:快讯|新闻|资讯|要闻|消息|报道|头条|观察)】|据[^，,。]{0,12}(?:报道|消息|新闻|通报|披露|公告)|新华社|央视|人民日报|财新|证券时报|经济日报|第一财经|澎湃|路透|彭博|(?:公告|通报|通知)(?:称|显示|指出)|^\s*(?:reuters|bloomberg|xinhua|caixin|ap|afp|breaking|news|update)\s*[:：-]|\b(?:reuters|bloomberg|xinhua|caixin|scmp)\b|\b(?:officers|police|officials|investigators|detectives|prosecutors|regulators) (?:said|say|told reporters)\b|\b(?:the )?(?:indictment|charge sheet|court (?:filings?|documents?|papers)|verdict|ruling|judgment) (?:says|said|shows|showed|states)\b|\b(?:(?:it was|it is|has been|have been|was|were) reported|reported (?:that|on)|according to)\b/;

// What an authority did, done or declared (已关停, 全面清退, 判处, 立案侦查, 明确…属于非法金融活动).
const AUTHORITY =
  '(?:监管|金融局|金融办|金融监管|证监|银保监|金融监督管理|人民银行|央行|公安|警方|经侦|政府|国家|国务院|部门|各地|多地|多省|[一二三四五六七八九十两几\\d]+(?:个)?(?:省|地|市|部门)|省份|地方|法院|检察院|市场监管|工商)';
const ACT =
  '(?:关停|取缔|清退|严厉打击|严打|打击|注销|吊销|撤销|取消|叫停|关闭|查处|查封|冻结|处罚|罚款|整顿|整治|清零|归零|立案|判决|判处|宣判|审结|起诉|抓获|逮捕|刑拘|通报|发布(?:了)?(?:通知|公告|文件)|印发)';
const DONE =
  /已(?:经)?(?:被)?(?:全面|全部|陆续|先后|正式|依法|明令)?(?:关停|取缔|清退|注销|吊销|撤销|取消|叫停|关闭|查处|查封|冻结|清零|归零|退出|立案|判决|判处|清理整顿|整顿|禁止|停止(?:发行|营业|经营|业务))|(?:被|遭)(?:监管|警方|法院|国家|依法)?(?:全面)?(?:关停|取缔|清退|注销|吊销|叫停|关闭|查处|查封|立案|判处|禁止?)|(?:都|全|全部|早就|早已)(?:被)?(?:关停|取缔|清退|清零|归零|关闭|关了|停了|倒闭|退出)|属于非法(?:金融活动|集资|经营)|(?:压降|下降|减少|降)(?:至|到)(?:零|0)(?![.\d])|(?:已|已经)(?:基本)?(?:出清|化解完毕|处置完毕)|被认定为非法|判处(?:有期徒刑|无期|罚金)|获刑|立案(?:侦查|调查)|刑事拘留|犯[^，,。]{0,12}罪/;
const AUTHORITY_ACT = new RegExp(`${AUTHORITY}[^。！？!?]{0,30}?${ACT}`);
// A reporter's voice without a byline (2019年某P2P平台爆雷…; 经查，该公司…; 近期多地出现…，已有老人上当): a third party named
// indefinitely or by anaphor, and what became of it. With no voice of its own, such a text retells.
const REPORTED_PARTY =
  /某(?:个|家|些)?[^，,。]{0,8}?(?:平台|公司|机构|团伙|项目|企业|驿站|基金|金交所|交易所|交易场所|交易中心)|(?:一些|部分|不少|多家|个别)(?:[^，,。]{0,4})?(?:平台|公司|机构|团伙|企业|驿站)|该(?:公司|平台|团伙|机构|企业)|涉事|经查|据悉|多地(?:出现|发生)/;
// A wind-down is an outcome too (良性退出, 关停以后逾期的产品, 剩余债权继续催收, 兑付进度): the text reports what became of it.
const OUTCOME =
  /爆雷|暴雷|跑路|倒闭|失联|良性退出|退出网贷|关停|停业|清盘|逾期|催收|追偿|兑付(?:比例|进度|率)|非法集资|非法吸收|上当|受骗|被骗|立案|维权|无法提现|提不了现|未取得|涉嫌|被查|查处|判处|获刑|血本无归|清退/;
const EN_ACT =
  /\b(?:regulators?|authorities|police|officials|the government|governments|the (?:central|people's) bank|(?:a|the) (?:\w+ )?court|courts|(?:a|the) judge|prosecutors|provinces|regions|china|beijing|the (?:csrc|pboc|cbirc|nfra|sec|fca|ftc|doj))\b[^.!?]{0,50}?\b(?:shut|closed|revoked|banned|arrested|raided|froze|seized|ordered|sentenced|fined|charged|wound down|outlawed|cracked down|cancelled|suspended|detained|deregistered|jailed|convicted|imprisoned|indicted|prosecuted|held|caught|busted)\b|\b(?:was|were|has been|have been|had been|got)\s+(?:all\s+)?(?:shut|closed|banned|revoked|raided|seized|frozen|outlawed|ordered|wound down|deregistered|delisted|arrested|sentenced|convicted)\b/;

// A question whether something is legal, allowed or a scam (合不合法, 算不算违法, "is it legal", "were they banned").
const LEGALITY =
  /(?:受|不受)(?:到)?法律保护[^。！!]{0,8}(?:吗|[？?])|合法吗|合不合法|违法吗|违不违法|犯法吗|犯不犯法|合规吗|合不合规|是否(?:合法|违法|合规|允许|被禁止?)|算不算(?:违法|非法|诈骗|传销|骗局)|算(?:违法|非法)吗|(?:被|还)?允许吗|让不让|是不是(?:骗局|诈骗|传销|非法|违法|合法)|是(?:骗局|诈骗|传销)吗|是正规的吗|是不是正规|正不正规|正规吗|还能(?:做|玩|搞|买|投)(?:[^，,。？?]{0,10})?吗|被禁(?:止)?了吗|取缔了吗|\b(?:is|are|was|were)\b[^.?!]{0,60}\b(?:legal|illegal|allowed|permitted|banned|a scam|scams|a ponzi)\b[^.!]{0,60}\?|\blegal (?:to|in)\b[^.!]{0,60}\?|\bscam by definition\b/;

// The text's own offer, by its voice: someone speaking for a product, a buyer addressed, a call to act or a
// contact, a pitch retold by the asker (推荐我, 拉我), the asker's own money in.
const VOICE =
  /这(?:款|家|笔|期|只(?!是|不过|能|会|有)|份)|该产品|这个(?=平台|产品|项目|理财|基金|app|公司|群|是不是|是骗|合法吗|靠谱|能投|能买)|是合法的|合法合规|(?<!是不是|是否|不|正)正规(?!金融机构|吗|不正规)|(?<!不|受不)受法律保护(?![吗么])|持牌|有牌照|\b(?:this|the) (?:product|platform|app|plan|deal|offer|scheme|one)\b|\b(?:fully legal|licensed|legit)\b|\b(?:is|are) (?:this|these)\b(?! kinds?\b| sorts?\b| types?\b)|有(?:个|一个|款|一款|家|人)(?!说|什么)|我们|咱们|咱家|本平台|本公司|我司|我行|本产品|跟着我|跟我|找我|给我|加我|私信|私聊|微信|加v|vx|联系|电话|扫码|进群|加群|链接|点击|下载|报名|认购|入股|加入|上车|进场|入场|抄底|入金|充值|打款|转账|汇款|起投|起购|门槛|名额|抢购|限时|招商|热销|火热|发售|预售|开售|上线|欢迎|咨询|赶紧|快来|速来|机会|推荐|介绍|拉我|让我|叫我|劝我|带我|约我|我(?:已经|都|刚|又|也|还)?(?:交|转|投|充|付|买|打)了|我的钱|我(?:在|的|投的|存的)[^，,。]{0,8}(?:钱|资金|本金|账户|余额|[\d一二三四五六七八九十两几]+万)|提不了|提不出|提现|解冻|\bmy (?:money|account|funds|deposit|savings)\b|\bi (?:paid|sent|deposited|invested|transferred|lost)\b|\bwithdraw|你(?!们觉得|们说|们知道)|您(?!好)|\b(?:we|ours?|join us|with us|contact us)\b|\byou(?:'ll|'re|r| will| can| get| earn| could| should)\b|\b(?:invest now|sign up|dm|whatsapp|telegram|click|link|deposit|now open|available now|limited)\b|\$\s*\d/;

// In a report, "the app" or "the platform" is the party reported on (the platform had promised…); only "this" points at
// an offer in hand.
const VOICE_IN_NEWS = new RegExp(
  VOICE.source.replace(
    '\\b(?:this|the) (?:product|platform|app|plan|deal|offer|scheme|one)\\b',
    '\\bthis (?:product|platform|app|plan|deal|offer|scheme|one)\\b',
  ),
);

// …and by its terms: a rate or a promise. Inside a legality question they are the term asked about (月息2分违法吗？);
// anywhere else they are the offer's own.
const TERMS =
  /\d\s*[%％]|百分之|[个分厘]点|年化|月息|日息|周息|收益率|利率|回报率|返(?:利|现|还|\d)|分红|翻倍|翻番|保本|保息|稳赚|\b(?:guarantee[ds]?|per (?:day|week|month)|a (?:day|week|month))\b/;

export type NotAnOffer = 'news' | 'question' | null;

// A question about a term in general (民间借贷利率上限是多少？): its rate is the topic asked about, not an offer's.
const TERM_QUESTION =
  /上限|下限|多少|是多少|怎么算|怎么规定|有规定吗|规定是|正常吗|算高吗|\b(?:what is|what's|how high|is there a) (?:the )?(?:legal |maximum |usual )?(?:cap|limit|ceiling|rate)\b/;
const ASKED_OF_OFFER = /这个|这款|这家|该产品|我们|你们|他们|对方|朋友|有人|我(?:的|投|买)|\b(?:this|they|my|you|we)\b/;
const isTermQuestion = (q: string): boolean => /[？?]\s*$/.test(q) && TERM_QUESTION.test(q) && !ASKED_OF_OFFER.test(q);

/** The text without its legality questions and term questions (each up to its question mark or sentence end). */
const outsideQuestions = (norm: string): string =>
  (norm.match(/[^。！？!?\n]*(?:[。！？!?\n]+|$)/g) ?? []).filter((q) => !LEGALITY.test(q) && !isTermQuestion(q)).join(' ');

// In news, what the scheme claimed, told in the third person (此前它们…宣称年化12%, "the app had promised 15% a year"),
// or with the subject dropped at the head of a clause (…向不特定对象募资，承诺年化15%), to the end of its clause: the
// reporter retells it, nobody offers it.
const RETOLD_CLAIM =
  /(?<=^|[，,；;。])\s*(?:并|还|却|又|均|都)?(?:对外)?(?:承诺|宣称|声称|号称|许诺|宣传)[^，,。；;！？!?]*|(?:它们|他们|该(?:公司|平台|团伙|机构|项目|产品|企业)|涉事(?:公司|平台|机构)|这些(?:公司|平台|机构|产品)|(?:一些|部分|不少|多家|个别)(?:平台|公司|机构|团伙|企业)|此前|曾经?)[^，,。；;！？!?]{0,14}(?:宣称|声称|号称|承诺|许诺|宣传|鼓吹|以(?=[“"「]))[^，,。；;！？!?]*|\b(?:it|they|which|that|the (?:company|firm|platform|app|scheme|group|fund|gang))\b[^.;!?]{0,24}\b(?:had )?(?:promised|claimed|advertised|offered|touted|guaranteed|lured|drew in|drawn in|attracted|enticed|pitched|told)\b(?:[^.,;!?]|[.,](?=\d))*/g;

// In closure news a percentage is usually what the investors got back (兑付比例38%, 清退兑付进度42%, 首期按本金的15%发还,
// "repaid only 21% of principal", "recover about 30% of what they are owed"): a share of a loss, not a rate anyone offers.
const RECOVERED_BEFORE =
  /(?:兑付|清退|清偿|受偿|回款|追缴|追回|退赔|发还|返还|分配|偿付|化债)(?:了)?(?:的)?(?:比例|进度|率|本金的|金额的|资金的)?(?:已经?|约|仅|只有|不足|达到?|超过|为|是|累计)*\s*$|(?:按|占)(?:其)?(?:待收|出借|投资|剩余|未兑付)?(?:本金|债权|待收|本息)(?:的)?\s*$|\b(?:repaid|recovered|returned|paid back|recover|get back|recovery (?:rate|ratio) of)\s+(?:only |just |about |around |nearly |roughly |some )?$/;
const RECOVERED_AFTER =
  /^\s*(?:的)?(?:本金|出借本金|待收|债权)|^\s*of (?:their |the |its |investors' |lenders' |creditors' )?(?:principal|claims?|money|funds|deposits|what (?:they|investors|lenders|creditors) (?:are|were) owed)\b/;
const PERCENT = /\d+(?:\.\d+)?\s*[%％]/g;
const withoutRecovered = (norm: string): string =>
  norm.replace(PERCENT, (w, at: number) =>
    RECOVERED_BEFORE.test(norm.slice(Math.max(0, at - 24), at)) || RECOVERED_AFTER.test(norm.slice(at + w.length, at + w.length + 40))
      ? ' '.repeat(w.length)
      : w,
  );

const RETOLD_QUOTE =
  /(?:承诺|号称|宣称|声称|宣传|许诺|鼓吹|标榜|谎称|以|打着|曾|称)\s*[“"「『][^”"」』\n]{0,80}[”"」』]|\b(?:promised|promising|claimed|claiming|advertised|advertising|offered|offering|touted|touting|pitched|pitching|lured \w+ with|baited \w+ with)\s+["“][^"”\n]{0,120}["”]/g;

// One pass over the text, however many spans (a long paste has a frame per sentence).
const blank = (norm: string, spans: ReadonlyArray<{ start: number; end: number }>): string => {
  const chars = norm.split('');
  for (const s of spans) for (let i = Math.max(0, s.start); i < Math.min(chars.length, s.end); i += 1) chars[i] = ' ';
  return chars.join('');
};

/**
 * Reads whether the whole text is news or a legality question that offers nothing (normalised text). `framed`
 * are the spans the sentence frames already keep from being claims (a warned 所谓“…”, a retold rate): in news,
 * terms inside them are what the report is about. The voice is read on the whole text, framed or not.
 */
export function notAnOffer(norm: string, framed: ReadonlyArray<{ start: number; end: number }> = []): NotAnOffer {
  // A claim quoted after a third party's claim verb (以“本产品保本保息”为名, 'once promised "your money back"') is the
  // scheme's voice in the report, not the text's. A legality question keeps it: the asker describes a pitch in hand.
  if (LEGALITY.test(norm)) return VOICE.test(norm) || tellsPitch(norm) || TERMS.test(outsideQuestions(norm)) ? null : 'question';
  const retold = norm.replace(RETOLD_QUOTE, (w) => ' '.repeat(w.length));
  // A complaint taken down, or a plea to get the money back, is someone's case in hand, however much it tells of a collapse.
  if (VOICE_IN_NEWS.test(retold) || isIntake(norm) || RECOVERY_PLEA.test(norm)) return null;
  const news =
    NEWS_SOURCE.test(norm) ||
    DONE.test(norm) ||
    AUTHORITY_ACT.test(norm) ||
    EN_ACT.test(norm) ||
    (REPORTED_PARTY.test(norm) && OUTCOME.test(norm));
  if (!news) return null;
  const told = withoutRecovered(framed.length > 0 ? blank(retold, framed) : retold).replace(RETOLD_CLAIM, (w) => ' '.repeat(w.length));
  return TERMS.test(told) ? null : 'news';
}

// A question whether a venue is still there (还在运营吗？, 倒闭了吗？, "Is X still operating?"): asked beside an offer made there
// (…？My aunt was offered a plan there at 9.5%), it asks about that offer, whose venue the question names.
const STATUS =
  /还在(?:运营|经营|营业|运作|开|做|吗|不在)|还开着|还(?:能|可以)(?:投|买|提现|用)吗|(?:倒闭|跑路|爆雷|暴雷|关门|关停|倒|黄)了(?:吗|没)|还正常吗|\b(?:still|even) (?:operating|open|running|around|in business|active|paying|trading|licensed|registered)\b/;

/**
 * A legality (or a venue's status) question about an offer the text describes elsewhere (USDT理财合法吗？每天1%，朋友推荐的。) asks
 * about that offer, so its words are claims: the asker's facts still count. `from`/`to` bound the question.
 */
export function asksAboutStatedOffer(norm: string, from: number, to: number): boolean {
  // The rest of the text is read only for a legality question: reading it for every sentence made a
  // long paste quadratic (400 sentences × 5,000 characters).
  const question = norm.slice(from, to);
  if (!LEGALITY.test(question) && !STATUS.test(question)) return false;
  const rest = outsideQuestions(`${norm.slice(0, from)} ${norm.slice(to)}`);
  return VOICE.test(rest) || TERMS.test(rest);
}
