/**
 * The cue lexicons the frames of ./context.ts are read with: notices, everyday verdicts, object frames,
 * verdicts, reports, term questions, and the helpers that tell a speaker's own words from reported ones.
 * Round-6 registers live in ./notices.js and are joined here.
 */
import { DEFINE_MORE, NEWS, OBJECT_MORE, RETRO, SLOGAN, VERDICT_MORE } from './notices.js';

export const either = (...res: RegExp[]): RegExp => new RegExp(res.map((r) => r.source).join('|'));

// A notice: the sentence is a warning (a header, a regulator's or police reminder), so nothing in it
// is offered, before or after the frame.
// A class of schemes told by its habits (这类产品往往宣称…, 此类平台一般以…为诱饵, "such schemes usually claim…"), a verdict
// that heads its sentence ("This is a scam: …", 这就是骗局：…) and what a legitimate firm never does ("a genuine bank will
// never guarantee…", 正规机构不会承诺…) describe scams in general: the sentence is a warning.
const CLASS_NOTICE =
  /(?:这类|此类|这些|这种|该类|那些|那种|类似的?)(?:所谓的?)?[^。！？!?]{0,16}?(?:往往|常常|通常|一般|多半|大多|多以|惯用|总是|经常)[^，,。]{0,4}?(?:宣称|号称|声称|承诺|打着|以|标榜|鼓吹|许诺|谎称)|\b(?:such|these|those|many|most|typical) (?:[a-z-]+ ){0,3}(?:schemes?|platforms?|products?|apps?|scams?|groups?|frauds?|fraudsters?|scammers?|sites?)\s+(?:usually|typically|often|always|commonly|tend to|will)\s+(?:claim|promise|advertise|offer|lure|use|boast|pitch|tout)\w*|^\s*(?:this|that|it)(?:'s| is) (?:a |an |another |obviously a |clearly a )?(?:scam|ponzi|fraud|con)\s*[:：—-]|^\s*这(?:个|就|又)?是(?:个|一个|典型的)?(?:骗局|诈骗|庞氏骗局|非法集资)\s*[:：]|\b(?:a |any )?(?:genuine|legitimate|legit|real|licensed|regulated|proper) (?:banks?|firms?|advis[eo]rs?|brokers?|investments?|products?|platforms?|institutions?) (?:will never|would never|never|doesn't|don't|do not|does not|won't|cannot|can't)\b|\b(?:genuine|legitimate|legit|real) (?:[a-z-]+ ){1,3}(?:are|is) (?:never|not) (?:sold|offered|pitched|marketed|promoted)\b|正规(?:的)?(?:银行|机构|金融机构|平台|理财|投资)(?:从来)?(?:不会|绝不会|从不|不可能|不)(?:承诺|保证|向|要求|让|给)/;
const NOTICE_BASE =
  /防范(?:非法|金融|电信|网络|养老)?(?:集资|诈骗|骗局)|风险提示|风险提醒|监管提示|监管提醒|警方提醒|警方提示|反诈|防骗|识破|揭秘|非法集资的?(?:典型|常见)|遇到.{0,24}(?:请|要|应|拨打|报警|举报)|(?:听到|看到|碰到|一听到|只要听到|凡是听到)[^。！!]{0,30}(?:就要|就得|就该|要|请)(?:警觉|警惕|小心|当心|报警|提高警惕|留心|多个心眼)|\btoo good to be true\b|\bshould make you (?:suspicious|wary|worried|nervous)\b|96110|scam alert|fraud alert|warning:|\bwarn(?:s|ed|ing)?\b|never (?:asks?|ask) you\b(?![^.!?]{0,30}\b(?:fees?|charges?|commissions?)\b)|\b(?:we|our (?:[a-z]+ )?(?:bank|firm|team|staff|company|admins?|mods?|moderators?)) (?:will )?never (?:ask|text|call|dm|message|contact|email)s? (?:you|members|customers|clients|users|anyone|for)\b(?![^.!?]{0,30}\b(?:fees?|charges?|commissions?)\b)|\b(?:is|are) not us\b|\b(?:isn't|aren't) us\b|\b(?:nobody|no one|no staff|no employee)\b[^.!?]{0,40}\bwill ever\b|(?:工作人员|员工|客服|本行|我行|我司|本公司)[^，,。]{0,6}(?:绝不会|不会|从不)(?:主动)?(?:向您|向你|要求|承诺|索要|推荐)|从不会?要求|不会要求你|^\s*(?:explainer|科普|小知识)\s*[:：]|科普(?:了)?(?:一下)?\s*[:：]|^\s*(?:【[^】]{0,8}】)?\s*(?:提防|谨防|警惕|当心|小心|注意)[^。！？!?]{0,24}(?:骗局|诈骗|陷阱|套路)\s*[:：！!]|群规[^。！!\n]{0,6}(?:禁止|严禁|不得|不许)|禁止发布|严禁发布|不得发布|庞氏骗局(?:就是|是指)|(?:a |the )?ponzi schemes? (?:is|are|pays?|uses?|relies|rely)\b/;
// What a scammer does, told of scammers (骗子会让你把钱转到个人账户, 骗子才叫你微信转他, "scammers will ask you to wire…"):
// the sentence describes the fraud to a reader; nothing in it is offered.
const SCAMMER_HABIT =
  /骗子(?:们)?(?:一般|通常|往往|常常|经常|总是|总|都|才|就|最爱|最喜欢)?(?:会)?(?:让|叫|要|要求|诱导|哄|骗|劝)(?:你|您|受害人|老人|大家|人)|\b(?:scammers?|fraudsters?|con artists?|crooks)\s+(?:will\s+|often\s+|usually\s+|typically\s+|always\s+|may\s+)?(?:ask|tell|get|make|want|pressure|push|urge|convince)s?\s+(?:you|victims|people)\b/;
export const NOTICE = either(NOTICE_BASE, SLOGAN, CLASS_NOTICE, SCAMMER_HABIT);
// Everyday verdicts and victims' words (别上当, 引以为戒, 被骗, 拉黑, "PSA", "got scammed"): a notice for the
// sentence — unless the sentence also vouches for the speaker's own product (我们是正规的, 跟着我做, "with us"),
// where they only cover their own clause: the rival is the foil, the pitch is ours.
const EVERYDAY_BASE =
  /别上当|不要上当|千万别信|引以为戒|踩过的坑|踩坑|都是坑|一个比一个坑|被骗|上当受骗|被人忽悠|被忽悠|被套路|被坑了|怎么劝(?:他|她|我爸|我妈|老人|家里)|劝劝(?:他|她|我爸|我妈)|长点心|长个心眼|多个心眼|留个心眼|吃一堑|前车之鉴|(?:血的|惨痛的?)教训|引以为鉴|卷款跑路|老板跑了|重蹈覆辙|结果[^，,。]{0,8}(?:暴雷|爆雷|跑路|倒闭|失联)|只拿回来|后来(?:平台|老板|公司|对方)?(?:就)?跑路|钱(?:都|全)没了(?![^。！？]{0,8}又)|追回(?:来)?了|(?<!能不能|能否|可不可以|可以|还能|怎么|怎样|如何|办法|想|要怎么|能)(?:追回|拿回|要回)(?:了)?(?:部分|全部|最后一笔)?(?:本金|损失|钱)(?!吗|么|嘛)|感谢(?:警方|公安|民警)|退赔款|人去楼空|钱要不回来|别学我|不要学我|别像我一样|不要像我一样|(?:给|跟)大家提(?:个)?醒|learn from (?:his|her|my|their|our|this) mistakes?|don't be like me|so (?:nobody|no one|others|you) (?:else )?(?:doesn't |don't |won't )?(?:falls?|fall) for|\blost (?:[$¥£€]\s?)?[\d,.]+\s?(?:k|万|grand)? (?:\w+ )?to an?\b|lesson learned|don't make the same mistake|(?:vanished|disappeared) (?:after|overnight|with)|ran off with|血本无归|拉黑|\bpsa\b|running a scam|got scammed|was scammed|been scammed|lost (?:his|her|my|their|our|all)(?: \w+)? (?:savings|money)|话术|骗局特征|诈骗特征|常见手法|惯用手法|避坑|防骗|识别(?:虚假|非法|骗局|诈骗)|转发提醒|涉嫌|被立案|red flags?\b|warning signs|signs of an? (?:scam|ponzi|fraud|fake)|how to (?:spot|tell|recognise|recognize) an? (?:scam|fake|fraud|ponzi)|鬼话|踢了|踢出去|移出群|\b(?:obviously|clearly|totally|such) an? (?:scam|ponzi|fraud)\b|\bshill(?:ing|s)?\b|\bspam\b|reported (?:it|him|her|them)|only quoting|was quoting|\bban (?:this|him|her|them)\b/;
export const EVERYDAY = either(EVERYDAY_BASE, RETRO);
export const SELF_CLAIM = /我们|咱们|跟着我|跟我做|跟我干|这次是|还是我|本平台|本公司|我司|\bwe\b|\bour\b|\bus\b/;
// An object frame: what follows it, to the end of its clause, is what the warning is about
// (警惕“保本保息、高息回报”的产品 — the list and its quotes stay inside one clause).
const OBJECT_BASE =
  /警惕|别再去|别再听|别再参加|别去听|不要再去|不要去听|谨防|提防|当心|谨慎对待|不要相信|不要轻信|切勿相信|切勿轻信|别信|别轻信|勿信|勿轻信|不要上当|所谓|beware|so-called|watch out for|be wary|be careful of|don't fall for|do not fall for|never trust|don't trust/;
export const OBJECT = either(OBJECT_BASE, OBJECT_MORE);
// A verdict: the words before it in its sentence are what it judges (凡是…的，都是诈骗; "…, it is a Ponzi").
// Also a pretext (以“政府背书”为幌子, 以“定融”为名，…: the words are the cover story of someone judged),
// a disavowal (“稳赚不赔”这种话我不会说) and a thing said to be long gone (P2P早就没了).
const VERDICT_BASE =
  /(?:都是|一定是|肯定是|多半是|就是|全是|均为|均是|一律是|统统是|全都是|通通是|基本都是|十有八九是|百分百是|100%是)(?:典型的|一种|一个|标准的|彻头彻尾的|赤裸裸的|变相的?|披着[^，,。]{0,6}外衣的)?(?:骗子|骗局|诈骗|非法集资|传销|庞氏|骗人|坑人|套路|耍流氓|忽悠|陷阱|圈套|违法的?|非法的?|假的)|\b(?:is|are) (?:lying|liars?|scammers?|fraudsters?|crooks?|con artists?|a con)\b|(?:这种|这样的|这类|这些)(?:话|说法|鬼话|承诺|宣传|说辞)(?:你|您)?(?:(?:也|还)(?:信|能信|敢信)|(?:信|能信|敢信)(?![吗么嘛]|\s*[?？]))|(?:的|等|这些|这类|这种)(?:说辞|噱头|诱饵|鬼话)|(?:it|that|they|these|this) (?:is|are) (?:a |all |probably a )?(?:ponzi|scams?|fraud)|为(?:幌子|诱饵|噱头|旗号)|为名(?=[，,。；;]|义)|的(?:幌子|旗号)|(?:这种|这样的|这类|之类的)(?:话|说法|字眼|宣传)[^，,。]{0,6}(?:不会|从不|从来不|绝不|不)(?:说|讲|用|提)|早就(?:没了|没有了|取缔了?|清退了?|不存在了?|关了|停了)|早已(?:取缔|清退|退出|清零|关停)|已经?全部(?:清退|取缔|退出|清零|停业|关停|关闭|倒闭)|(?:都是|全是|就是|多半是|肯定是)(?:击鼓传花|拆东墙补西墙|割韭菜|杀猪盘|资金盘)|(?:个|都|全|就|多半|肯定|绝对)是骗(?:子|局)|(?:一律|统统|全都|都)(?:不要|别|勿|不能)(?:理|信|碰|买|投|参与|相信|点)/;
// "没有什么年化15%还零风险的好事", 世上哪有…的美事: the words between deny that such an offer exists.
const NO_SUCH_LUCK =
  /(?<=(?<![就再也])(?:没有|哪有|哪里有|哪儿有|哪会有|不会有|不存在)(?:什么|这种|这样的|这么)?[^。！？!?]{0,30}?)的(?:好事|美事|馅饼|便宜事)/;
// "…promising 10% a month is an impostor", "anyone still recruiting lenders … is running something illegal", "P2P platforms
// don't operate in China anymore": the words before are judged, or said to be gone.
const JUDGED_EN =
  /\b(?:is|are) (?:an? )?(?:impostors?|imposters?|fakes?|fraudulent|not (?:us|from us|our staff|affiliated with us))\b|\b(?:is|are) (?:running|doing|operating|pushing) (?:something illegal|something shady|a scam|an illegal|illegal|a ponzi)|\b(?:don't|do not|no longer|can't|cannot) (?:operate|exist|legally operate)\b|\b(?:had|have) (?:all )?(?:exited|been shut down|been banned)\b/;
// 真正的上市前股权不会…推销: what the genuine thing never does describes the fake.
const GENUINE_NEVER = /(?<=真正的[^，,。！？!?]{0,16})(?:不会|绝不会|从不|不可能)/;
export const VERDICT = either(VERDICT_BASE, VERDICT_MORE, NO_SUCH_LUCK, JUDGED_EN, GENUINE_NEVER);
// Where an object frame's reach ends when it names a list: 警惕X、Y之类的话术, "beware of whoever tells you X, Y".
export const OBJECT_END = /之类|这种|这类|这样的|等话术|等说法|的话术|的说法|的宣传|的套路|的说辞|等说辞|的噱头|的承诺/;
export const OBJECT_TO_STOP = /anyone who|people who|those who|anyone promising|someone who|任何(?:人|说)/;
export const WARNING = new RegExp(`${NOTICE.source}|${EVERYDAY.source}|${OBJECT.source}|${VERDICT.source}`);
const REPORT_BASE =
  /据报道|新闻[:：]|看到新闻|涉案|非法集资案|诈骗案|法院(?:审理|判决|认定|判了)|判处|获刑|被判|立案侦查|报道说|报道称|有报道|新闻(?:联播|节目|频道|报道里|里面)?(?:说|里|上|报道)|文章(?:里|中)?(?:说|写|提到|指出)|专家(?:说|称|指出|提醒)|证监会(?:提醒|提示|表示)|央行(?:提醒|提示)|公安(?:机关)?(?:提醒|提示|通报)|通报|according to (?:the )?(?:police|regulator|report|news|complaint|indictment|filing|prosecutors|sec)|^\s*news\s*[:：]|\bcharged (?:a|an|the|two|three|four|\d+) [^.!?]{0,40}?\bwith (?:running|operating|fraud|defrauding|orchestrating)|\bpolice\b|the article|news report|police poster|regulators? (?:say|warn)/;
export const REPORT = either(REPORT_BASE, NEWS);
// A question about a topic, not about the offer in hand.
// Comparing terms (A和B是一回事吗, 和城投定融不一样吧) is about the terms even when it says 这个.
export const COMPARE = /一回事|区别|不一样|一样吗|不同吗|有什么不同|有何不同|the same (?:thing )?as|the difference|different from/;
const DEFINE_BASE =
  /什么|啥|干嘛|干啥|做什么的|哪些|为什么|为何|怎么回事|怎么算|怎么换算|换算|多少|区别|一回事|是否合法|合法吗|违法吗|犯法|算高吗|高不高|高利贷|是不是|正常吗|合理吗|\b(?:realistic|reasonable|normal|typical)\b|怎么界定|算不算|是指|存在吗|真的存在|现实吗|现不现实|可能吗|有这么高|真有这种|哪有这么|有这种好事|\bdoes [^?]{0,40}\bexist\b|\bis there really\b|意思|含义|(?:^|[:：])\s*(?:what (?:is|are|does|do)|what's|why|how (?:does|do|is|are))\b|\b(?:legal|illegal|the difference)\b/;
export const DEFINE = either(DEFINE_BASE, DEFINE_MORE);
// …unless it is about an offer in hand: a demonstrative, someone who pitched it, the user's own case.
// A seller's question put to the buyer (想不想要一份…？, 要不要来一份…？, "want a risk-free 10%?") offers what it names.
export const ABOUT_THIS =
  /想不想要|想不想来|要不要来一?份|想要一份|来一份|有没有兴趣|感不感兴趣|私聊|详情(?:咨询|请|加|联系)|\b(?:interested in|want (?:a|an|some|to earn|to make))\b|这个|这款|这家|这笔|这期|这份|这只|这种|这类产品|该产品|有个(?!叫)|有一个(?!叫)|有款|有一款|有家|有人(?!说)|朋友|同事|亲戚|他们|你们|他说|她说|对方|我(?:的|该|能|可以|要|应该|想|买|投)|还能续投|续投|还能买|还能投|能投吗|能买吗|可以投吗|可以买吗|要不要投|要不要买|该不该|值得投|值得买|你觉得|帮我|帮忙|\bthis\b|\bthese\b|\bthey\b|\bmy\b|should i|can i|\bi\b|there's a|someone|somebody|a friend/;
// Speakers whose quoted words are the pitch itself.
export const QUOTE_OPEN = /[“"「『]/;
export const QUOTE_CLOSE: Record<string, RegExp> = { '“': /[”"]/, '"': /["”]/, '「': /」/, '『': /』/ };
export const SAID =
  /(?:说|称|讲|表示|原话|介绍|发的|写着|写的|宣传|承诺|保证|告诉我|said|says|told me|wrote|claims?|promised?)\s*[:：,，]?\s*$|[:：]\s*$/;
export const CONDITIONAL =
  /如果|假如|要是|若是|倘若|万一|凡是|任何人|\bif\b|\bwhen\b|\bwhenever\b|anyone who|anybody who|whoever|people who|those who|someone who/;
export const AUTHORITY =
  /警方|公安|派出所|银行柜台|社区|监管|反诈|海报|标语|提示|提醒|公告|报道|新闻|文章|专家|police|poster|article|regulator|notice|warning/;

// An institution disowning what others sell in its name (本行从未委托…, 我司不会通过微信推荐…,
// 冒充本公司…, "our bank has never authorised…"): the whole notice is a warning, not an offer.
export const DISAVOWAL =
  /(?:本行|我行|本公司|我公司|我司|本司|本社|本所|本营业部|本机构|本平台)(?:从未|从来没有|从来不|从不|不会|绝不会|绝不|未曾|没有|均未|并未)(?:授权|委托|发行|发售|销售|推荐|推出|(?:通过|与)[^，,。]{0,10}(?:推荐|销售|推销|发售|合作))|冒(?:充|用)(?:本|我)(?:行|公司|司|社|所)|(?:均|并)?非(?:本|我)(?:行|公司|司|社)(?:发布|发行|产品)|\b(?:our|this) (?:bank|firm|company|securities firm|institution) (?:has never|never|does not|doesn't|will never|did not) (?:authori[sz]ed?|sold|sells?|issued?|offered|offers?|asks?|asked|partnered|promised|promises|texts?|calls?|emails?|messages?|dms?|contacts?)\b|\bnot from us\b/;

// A closing call for vigilance with nothing after it (…，大家要提高警惕。 / "…. Please be careful, folks.") makes
// the whole text a warning about what it retold — unless the text vouches for a product of the speaker's own.
export const CLOSING_CALL =
  /(?:^|[，,。！？!?；;—\s])(?:请|大家|各位|长辈|朋友们|家人们|老人|街坊|邻居|千万|一定|都|要|务必|提醒大家|多|please|everyone|,|\s)*(?:提高警惕|警惕|注意防范|防范|当心|小心|留个心眼|留心|勿参与|别碰|不要碰|不要参与|别参与|别信|不要信|远离|别进|别买|别投|不要进|不要买|不要投|勿进|勿投|千万别|(?:别|不要|勿|切勿)(?:转账|汇款|打款|付款|交钱|掏钱|充值|去|参加|理他们|理会)|steer clear|avoid it|stop and report(?: it| them| him| her)?|report (?:it|them) to the police|call the police|立即报警|及时报警|马上报警|请报警|don't invest|don't buy|stay alert|be careful|beware|watch out|do not join|don't join|stay away|keep away|don't touch|be wary)[\s,，]*(?:大家|各位|everyone|folks|all|people|guys)?[\s!！。.~～了啊哦呀]*$/;
export const VOUCH =
  /我们(?:的|是|这|平台|公司|产品|项目)|跟着我|跟我做|本平台|本公司|我司|\bwe (?:are|offer|pay|guarantee)|\bour (?:fund|platform|product|plan|company|firm|project)|with us/;

// The reader's own reaction (拉黑举报, 挂了电话, "hung up") makes the whole text an account of a pitch refused.
export const REACTION =
  /举报了|已举报|直接挂了|挂了电话|挂断了|不敢碰|不敢投|没敢投|没敢碰|我没投|我没参与|没理他|没理她|没搭理|我拒绝了|果断拒绝|直接拒绝|我才不信|幸好|幸亏|差点(?:就)?(?:被骗|上当|投进|把)|(?:被|让)[^，,。]{0,8}(?:拦下|劝住|劝阻|拦住)|(?:劝住|拦下|拦住)(?:了|他|她)|我(?:就|当时|赶紧|马上)?劝(?:他|她|他们|她们|对方|朋友|家里人|家人|老人|我爸|我妈)(?:千万|还是|先|最好)?(?:别|不要)(?:碰|投|买|信|参与|去|理)|\bi (?:told|warned|advised|urged) (?:him|her|them) (?:not to|to stay away)\b|\btalked (?:him|her|them) out of\b|\bhow (?:do|can|should) i (?:get|stop|convince|persuade|talk|make) (?:her|him|them|my \w+)\b[^.?!]{0,40}\b(?:stop|not|out of|away from|from)\b|\b(?:luckily|thankfully),? (?:i|we|she|he|they) (?:didn't|did not|never)\b|\bi (?:said no|declined|refused)\b|\b(?:didn't|did not|never) invest(?:ed)?\b|\bstayed away\b|\bhung up\b|blocked (?:him|her|them|the number)|reported (?:him|her|them|it)|^\s*no,? thanks?\b|\bposting this so (?:nobody|no one|others|you|people)\b|\bso (?:nobody|no one) else (?:falls|fall|gets|get) (?:for|scammed|caught)\b|\b(?:the )?(?:sec|police|fca|finra|regulators?|authorities) (?:shut (?:it|him|her|them) down|charged (?:him|her|them))\b|\bcents on the dollar\b|\bnever saw (?:it|the money|a cent|a penny|any of it) again\b|\blesson learned\b\W*$|我没打算买|不打算买|没打算投|不打算投|我没买|就想了解一下|只是想了解一下|我没想买|纯(?:数学|理论|技术)问题|纯好奇|\bjust curious\b|\bnot planning to (?:buy|invest)\b|没让(?:他|她|我爸|我妈|家里人|老人)(?:买|投|碰)|\bplease stop (?:messaging|texting|calling|contacting|emailing|dm-?ing) me\b|\bi (?:don't|do not|never|won't|will not) (?:invest in|put money (?:in|into)|buy|touch) (?:anything|any\b)/;

export const SIGNED =
  /(?:——|--|—)\s*[^，,。\n]{0,24}(?:金融管理局|金融监督管理局|监管局|金融局|金融办|公安局|公安分局|派出所|人民银行|证监局|反诈中心|金融工作办公室)(?:的)?(?:微信)?(?:公众号|官微|官方微博|微博|官网|网站|视频号)?\s*$/;

// "谨防假冒，认准官方" is a seller's line, not a warning about the offer.
export const SELLER_WARNING = /(?:谨防|提防|当心|警惕)(?:假冒|山寨|冒充|仿冒|错过)/g;
// "已获主流媒体报道", "上过央视新闻": coverage claimed as an endorsement is the seller's, not a report.
export const ENDORSED = /(?:获|获得|受到|得到|登上|上过|荣登|被)[^，,。]{0,8}(?:报道|曝光|采访|新闻)/g;

// A question put to the room without a question mark (资金池哪里违规了，有没有懂的讲讲): a request to explain plus a
// question word in the same sentence.
export const EXPLAIN_REQUEST = /(?:有没有|有无|谁|哪位)(?:懂|知道|了解|明白)?[^。！!]{0,6}(?:讲讲|说说|解释|科普|指点|讲一下|说一下)/;
export const QUESTION_WORD = /哪里|什么|为什么|为何|怎么|哪些|是否|啥|\b(?:what|why|how|which|whether)\b/;
// …and a question retold (我妈问我“稳赚不赔”是真的假的, 有人打听这个靠不靠谱): asked, whoever answers it.
export const INDIRECT_QUESTION =
  /(?:想知道|想了解|请教|请问)[^。！!]{0,20}(?:什么|为什么|怎么|啥|是否|是不是)|(?:问(?:我|过我|他|她|我们)?|打听)[^。！!，,]{0,24}(?:真的假的|是真是假|是真的吗|是不是真的|可信吗|可不可信|靠不靠谱|能不能信)|\b(?:know|wonder|curious|explain|asked|asks)\b[^.?!]{0,20}\b(?:what|how|why|whether)\b/;

// Someone else's words retold (对方说我们…, 听信了“我们…”): their 我们 is not the speaker vouching for a product.
const OTHERS_SAID =
  /(?:对方|他|她|他们|她们|那人|那边|人家|那帮人|那伙人|骗子|销售|业务员|客服|经理|有人|同学|同事|朋友|亲戚|邻居|老乡|那个人|一个人|they|he|she|someone|a guy|a man|a woman)\s*(?:跟我|对我|和我|找我[，,]?|told me)?\s*(?:一直|总是|当时|当初)?\s*(?:说|讲|称|宣称|承诺|保证|said|told \w+)[^，,。；;]{0,80}/g;
const QUOTED = /[“"「『][^”"」』]{0,200}[”"」』]/g;
// 信了“…”这一套, 听信了…的话: what someone believed is the other party's words too.
const BELIEVED = /(?:信了|听信了?|相信了|轻信了?)[^，,。；;]{0,60}?(?:这一套|这套|的话|的说法|的鬼话)/g;
// A resident's "we" (我们小区的刘大爷, 咱们村, "a lady in our building"): the speaker's neighbourhood, family or club, not a
// seller vouching for a product. A firm's "we" (我们公司, 我们平台, "our fund") is not in the list.
const COMMUNITY_WE =
  /(?:我们|咱们|俺们)(?:这个|那个)?(?:小区|村子|村里|村|楼里|楼上|楼下|楼|单元|社区|家属院|大院|院里|街道|街坊|镇上|镇|县城|县里|县|乡里|老家|家属楼|老年大学|老年活动中心|活动室|广场舞队|合唱团|厂里|单位|班上|学校|公园|菜市场|这片|那片|附近)|\bour (?:older |elderly |senior |retired )(?:members|residents|folks|neighbou?rs|friends)\b|\bour (?:building|block|street|road|village|town|estate|neighbou?rhood|community centre|compound|apartment complex|church|parish|retirement home|care home|area|county|choir|dance group|family(?! (?:office|fund|trust|business|plan)))\b/g;
// The "we" who lost, recovered or reported money (我们已经追回了部分本金, 咱们家被骗了, "we lost our savings") are the
// victims, not a seller vouching for a product.
const VICTIM_WE =
  /(?:我们|咱们|俺们)(?:家|一家|全家|俩|老两口)?(?:已经|也|都|当时|当初|后来|终于|最后)?(?:追回|要回|拿回|被骗|被坑|被忽悠|上当|亏了|亏掉|损失了|报警|报了警|报案)|\bwe (?:(?:have |had |finally |eventually )?(?:lost|recovered|got back|were scammed|were cheated|reported it))\b/g;
export const ownWords = (sentence: string): string =>
  sentence.replace(QUOTED, ' ').replace(OTHERS_SAID, ' ').replace(BELIEVED, ' ').replace(COMMUNITY_WE, ' ').replace(VICTIM_WE, ' ');
const blank = (w: string): string => ' '.repeat(w.length);
/** The same, with others' words blanked in place, so positions still index the text. */
export const ownWordsInPlace = (text: string): string =>
  text.replace(QUOTED, blank).replace(OTHERS_SAID, blank).replace(BELIEVED, blank).replace(COMMUNITY_WE, blank).replace(VICTIM_WE, blank);

// "天上不会掉馅饼，但我们这个是真的…": a turn to the speaker's own product ends what the notice covers.
// So does the speaker vouching for its own product after a comma (…提醒大家远离诈骗，我们是正规持牌机构，…).
// So does a contrast with what was reported, even without a 但 (那些都关了，我们不一样：…; "ours is different").
// So does the speaker setting its own product apart from what was reported (和我们没关系, "has nothing to do with us").
const OWN_TURN =
  /(?:和|跟|与|同)(?:我们|咱们|本平台|我司|本公司)(?:这边|这里|家)?(?:没(?:有)?(?:任何)?关系|无关|不相干|不一样|不同|两码事)|\b(?:has|have) nothing to do with (?:us|ours|our \w+)\b|[：:，,；;]\s*本(?:产品|项目|基金|计划|期产品)(?!不|非|未|从未|没有|可能|存在|属于|风险等级|为r\d|为中|为低|为高)|(?:但是|但|不过|可是|然而|\bbut\b|\bhowever\b)[\s,，]*(?:我们|咱们|本平台|我司|我这|\bours?\b|\bwe\b|\bthis one\b)|(?:但是|但|不过|可是|然而)?[\s,，]*(?:现在|如今|目前)?(?:这个|这款|这家|这次)(?:项目|产品|平台)?(?:完全|绝对)?(?:不一样|不同)|(?:我们|咱们|本平台|我司)(?:这[个款边里家]|的产品|家)?(?:不一样|不同|照常|照样|还在|没受影响|不受影响)|(?:但是|但|不过|可是|可|然而)[\s,，]*(?:这个|这家|这款|这只|这次)|(?:这家|这个|这款|他们家|他家|她家)(?:平台|公司|产品|项目)?(?:还在|照常|照样|没受影响|不受影响|没事)|\b(?:ours is|we are|we're) (?:different|not like them|still (?:open|paying|running))\b|[，,；;]\s*(?:我们|咱们|本平台|本公司|我司)(?:是(?:正规|合法|持牌|国企|央企|有牌照)|的(?:产品|项目|平台)|这(?:个|款|边))|[,;]\s*(?:but\s+)?(?:we are|we're) (?:a )?(?:licensed|legit|regulated|registered|fully legal)\b/;
export function ownTurn(norm: string, at: number, end: number): number {
  const turn = OWN_TURN.exec(norm.slice(at, end));
  return turn ? at + turn.index : end;
}

// Words introduced by a question (有网友问：“…”) are asked about, not claimed.
export const ASKED_INTRO = /(?:问|请教|咨询|提问|疑问|\basks?|\basked|\bwonders?)\s*(?:道|说)?\s*[:：,，]?\s*$/;
// 有人问：“…”, 网友提问：: someone else's question retold, its asker is not an offer in hand.
export const REPORTED_ASKER =
  /(?:有人|有网友|网友|群友|朋友|同事|读者|someone|a reader|a friend)\s*(?:问|提问|asks?|asked)(?:道)?\s*[:：]/g;
// “…”这种模式, 资金池这种做法: the demonstrative points back at the term named.
// A quoted term pointed back at as a word (“保本理财”这个说法, 这个词) is named, not offered.
export const POINTS_BACK =
  /(?<=[”"」』\u4e00-\u9fffa-z0-9])(?:这种|这类|这样的)(?:做法|模式|玩法|说法|套路|运作方式|形式)|(?<=[”"」』])(?:这个|这几个|这两个)?(?:说法|词|字眼|提法|概念|名词|叫法)/g;

/**
 * A speaker's role named by its trade (理财师, 理财经理, 财富顾问, 客户经理): a person who speaks, not a product on offer. A
 * test for what a text sells (a debt product's 理财) must not read the speaker's title as the product.
 */
export const SPEAKER_ROLE = /(?:理财|财富|投资|基金|保险)(?:师|经理|顾问|规划师|专员|代理人)|客户经理/g;
