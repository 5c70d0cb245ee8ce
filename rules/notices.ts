/**
 * Round-6b lexicons of the frames in ./context.ts: softer notice cues (and the warning words they need),
 * a long disavowal, a victim asking about their own case, and a question put to the room.
 */
// Softer notice cues (a 提醒各位： header, 重申, a call to report, "mod note", learning from a report after the fact):
// the wording of moderators and regulators, but sellers borrow it (提醒各位家人：名额只剩…). They make a notice
// only when the sentence also warns or judges, and never when it vouches for the speaker's own product.
export const WEAK_NOTICE =
  /^\s*(?:【[^】]{0,8}】\s*)?(?:温馨|友情|特别|郑重)?(?:提醒|提示)(?:一下)?(?:各位|大家|广大|街坊|邻居|朋友们|家人们|群友|老人)[^：:，,。]{0,6}[：:]|(?:公告|通告|通知|文件)[^，,。]{0,4}(?:再次)?重申|再次重申|以案说险|守好(?:养老)?钱袋子|消费(?:者)?(?:风险)?(?:提示|警示)|风险警示|(?:就|请|直接|马上|立即|赶紧|果断|第一时间)(?:报警|打110|拨打110)(?![吗么呢])|\bmod(?:erator)?s? note\b|\b(?:will|shall) be (?:removed|deleted|banned)\b|(?:报道|节目|新闻|文章|通报|曝光|视频)(?:之?后)?(?:我)?才(?:知道|明白|发现|晓得|懂)/;
export const WARNS =
  /不要|别|勿|谨防|警惕|小心|远离|报警|骗|违法|非法|不得|禁止|关停|停业|清退|击鼓传花|查清|核实|擦亮眼睛|伪|假冒|\b(?:don't|do not|never|beware|scam|scams|scammers?|fraud|fraudsters?|fake|impostors?|removed|deleted|banned)\b/;

export const ASK_THE_ROOM =
  /我想(?:问(?:一下|问)?|了解(?:一下)?|知道|请教(?:一下)?|咨询(?:一下)?)|想请教|请教(?:一下)?(?:各位|大家)?|\bi (?:want|wanted|would like|'d like) to (?:know|ask|understand)\b|\bi(?:'m| am) curious\b|\bi wonder\b|\b(?:anyone|anybody|someone|somebody)(?: here)? (?:know|knows|understand|understands)\b|\b(?:can|could|would|will|does|did) (?:someone|somebody|anyone|anybody)(?: here)?(?: please)? (?:explain|tell|know|help)|有没有人(?:能|可以|知道|懂|了解)?|有人(?:知道|懂|了解|能(?:解释|科普|讲讲|说说))|谁(?:能|可以|知道|懂|了解)/g;

// The same with the subject and the disowned act further apart: 我们集团郑重声明：从未委托任何员工…,
// 我行从未、也不会通过朋友圈发布…, "our company has not authorised anyone…". The act must be a sale, a mandate or
// a channel, so "我们公司从来没有逾期过" stays a seller's boast.
export const DISAVOWAL_LONG =
  /(?:本|我们|我)(?:公司|集团|行|店|单位|机构|平台|社|所|营业部|司)(?:郑重|特此|严正)?(?:声明|提醒)?[:：，,\s]*(?:(?:我们|我司|本公司|我行|本行|本集团)(?:公司)?)?(?:的)?(?:工作人员|员工|客户经理|理财经理|业务员|柜员)?(?:也)?(?:从未|从来没有|从来没|从来不|从不|不会|绝不会|绝不|未曾|没有|均未|并未)[^。！？!?]{0,14}?(?:授权|委托|安排|指派|开展|发布|发行|发售|销售|推销|募集|要求|索要|收取|私下|让(?:任何)?(?:员工|业务员|工作人员|客户经理|理财经理))|\b(?:our|this) (?:bank|firm|company|group|institution|platform|store|shop) (?:has|have) (?:not|never) (?:authori[sz]ed|asked|allowed|permitted|appointed)\b/;

// "我交了两次还是提不了，是不是被骗了？": a victim asking about their own case reports the pitch they met;
// it is not a verdict on someone else's, so it frames nothing.
export const VICTIM_ASKS =
  /(?:是不是|算不算|是否|我这是|这是不是|难道)[^，,。]{0,4}(?:被骗|上当受骗|上当)了?|(?:被骗|上当受骗)了?(?:吗|么|啊|呀|吧)?\s*(?=[?？])|(?:被骗|上当受骗)了?(?:吗|么)|\b(?:have|did) i (?:just )?(?:been|get|got) scammed\b|\bam i being scammed\b/g;

/*
 * Round-6 cue lexicons, enumerated by register from domain knowledge rather than from missed items
 * (method in the issue note): police anti-fraud slogans, regulators' and moderators' notice templates,
 * news and court report frames, victims' retrospective realisations, and English alert phrases.
 */

// Slogans and templates nobody selling uses: a notice for the sentence, whoever speaks.
export const SLOGAN =
  /天上(?:不会|没有|哪有|怎么会)?掉馅饼|馅饼(?:背后|下面|里)?(?:是|藏着)(?:陷阱|圈套)|不听[、，, ]?不信[、，, ]?不转账|三不一多|未知链接不点击|陌生来电不轻信|贪小便宜吃大亏|高(?:收益|回报|利息)(?:往往|必然|就|都)?(?:意味着|伴随着?|背后是)高风险|国家反诈中心|防诈(?:骗)?(?:宣传|提醒|指南|小贴士)?|诈骗(?:预警|提醒|警示)|投资者(?:风险)?(?:教育|提示)|投教|金融知识(?:普及|宣传)|以案(?:说法|释法|示警)|案例警示|警示(?:教育|案例)|(?:提醒|请|奉劝)(?:广大|各位|全体)?(?:群众|市民|投资者|消费者|老年朋友|老年人|居民|网友|客户|村民|业主)(?:朋友们?)?[^。！？!?]{0,16}(?:警惕|谨防|切勿(?!错过)|不要(?!错过|犹豫|等)|别(?!错过|犹豫|等)|远离|擦亮|当心|小心(?!错过))|\bpublic service announcement\b|\bscam (?:warning|awareness)\b|\bnobody (?:legit|legitimate|real)\b|\bno (?:legit|legitimate|real) (?:firm|company|platform|bank|broker|exchange|investment)\b|\blegit(?:imate)? (?:firms?|companies|platforms?|banks?|brokers?|exchanges?) (?:never|don't|do not|won't|will not)\b|\b(?:a |the )?(?:classic|common|typical|textbook|oldest) (?:scam|con|fraud|ponzi|trick|red flag)s?\b/;

// News and court frames: a report of what someone said to victims, not a pitch made to the reader.
// English datelines ("Reuters:") and an authority's act ("regulators have shut down …") mirror 据报道 and 已被关停.
export const NEWS =
  /据(?!(?:该|这位|那个|那位)?(?:业务员|销售|客户经理|理财经理|理财顾问|理财师|经理|客服|中介|工作人员|老师|群主|朋友|同事|亲戚|邻居|他|她|对方|介绍人|推荐人))(?:[^，,。]{0,8}?)(?:报道|通报|披露|消息|调查|介绍)|记者[^，,。]{0,4}?(?:调查|暗访|了解到|发现|获悉|采访|走访|梳理|核实)|媒体(?:报道|曝光|调查|披露)|曝光|警方(?:通报|称|表示|介绍|发现|查明|调查)|(?:法院|检察院|检方|公诉机关)(?:经)?(?:审理|查明|认定|指控|起诉|判决|指出)|审理查明|(?<![已曾正])经查(?:明|实)|判决书|起诉书|庭审|[一二]审(?:判决|宣判|认定|法院)|犯罪嫌疑人|嫌疑人|被告人|被告公司|被害人|受害人|受害者|被刑拘|刑事拘留|落网|抓获|破获|捣毁|(?<![备立办结报提方答档草])案发(?![行布售])|涉案金额|(?:及时|成功|紧急)?劝阻|紧急止付|成功拦截|挽回(?:了)?(?:经济)?损失|集资诈骗罪|非法吸收公众存款罪|according to (?:the )?(?:court|prosecutors?|police|regulators?|reports?|news|media|indictment|investigators?)|\bpolice (?:said|say|says|arrested|found|believe)\b|\bprosecutors?\b|\bthe court(?:'s)? (?:found|ruled|heard|said|ruling|judgment|verdict)\b|\bcourt (?:ruling|documents|records|papers)\b|\b(?:was|were|been) (?:arrested|sentenced|charged|convicted|jailed)\b|\bdefendants?\b|\bjournalists? found\b|\b(?:a |the |local |state )*(?:paper|newspaper|outlet|media|reporters?|journalists?|broadcaster)s? (?:reported|found|revealed|exposed|uncovered)\b|\breported (?:that|how)\b|(?:当时|曾经?|此前|一度|当初)(?:对外)?(?:宣称|承诺|号称|声称|宣传|许诺)|涉及(?:出借人|投资人|投资者|受害人|集资参与人)|^\s*(?:reuters|bloomberg|xinhua|caixin|ap|afp|scmp)\s*[:：—-]|\b(?:regulators?|authorities|the police|officials|the (?:csrc|pboc|nfra|sec|fca))\b (?:have |has |had )?(?:shut down|closed down|banned|outlawed|cracked down on|wound down|raided|charged|sued|fined|indicted|accused)\b/;

// A victim who has since learnt what it was (后来才知道是骗局, "turned out it was a scam"): a lesson retold,
// a notice for the sentence unless the sentence vouches for the speaker's own product.
export const RETRO =
  /(?:后来|事后|最后|现在|结果|这才|才|终于|回头)(?:才|我才|回想)?(?:知道|发现|明白|醒悟|意识到|反应过来|晓得|想明白|看清)[^。！？!?]{0,12}(?:骗|假的|假平台|非法|传销|庞氏|圈套|套路|陷阱|资金盘|杀猪盘|跑路)|上当了|被坑了|打水漂|要不回来|追不回来|一分(?:钱)?(?:都)?没(?:回来|拿回|要回)|(?:常见|典型|惯用)(?:的)?(?:套路|骗术|手段|话术|伎俩|手法)|\btoo good to be true\b|(?:转给|发给|转发给|转告)(?:家里)?(?:的)?(?:老人|爸妈|父母|长辈|家人)(?:们)?(?:看看?|提个醒|留意)|\bturned out (?:to be |it was |that it was |they were )?(?:a |all )?(?:scam|fraud|ponzi|fake|con)s?\b|\b(?:fell|falling) for (?:it|a|the|this|that)\b|\blost (?:everything|it all|all of it)\b/;

// Moderators' and friends' headers (群公告：, 管理员提醒：, "heads up", "mod note:"); sellers use them too ("heads up: 3 spots left"), so they
// make a notice only with a warning word in the sentence, like the softer cues above.
export const ALERT_EN =
  /\bheads[- ]up\b|\breminder\s*[:：]|\b(?:admin|mod|moderator|mods)(?: here| note| notice)?\s*[:：]|^\s*(?:【[^】]{0,6}】)?(?:群公告|群主|管理员|版主|群管|本群|群规)[^：:，,。]{0,6}[：:]/;

// What follows these, to the end of the clause, is what the warning is about (别碰…, 远离…, "avoid …").
export const OBJECT_MORE =
  /千万别碰|别碰|不要碰|远离|抵制|拒绝|别理|不要理|别听|勿听|别点|不要点|不要下载|别下载|别加|不要加|切勿|识破|看清|\bavoid\b|\bstay away from\b|\bkeep away from\b|\bsteer clear of\b|\bignore\b/;

// A judgement on the words before it (…，全是圈套; …, a classic con).
// A slogan's postposed disbelief (保本承诺莫轻信, 高息诱惑不可信) judges the words before it, like 都是骗局.
export const VERDICT_MORE =
  /(?:都是|全是|就是|无非是|不过是|纯属|实为|实则(?:是)?|实际上(?:是|就是)|实际是|其实(?:就)?是|本质上(?:就)?是|一听就是|明显是|典型的|分明是|摆明了?是)(?:一种|一个|典型的)?(?:圈套|陷阱|幌子|噱头|骗术|骗钱|收割|割韭菜|诈骗|骗局|骗子|非法集资|非法理财|非法金融活动|非法吸收公众存款|传销|庞氏(?:骗局)?|伪金交所|资金盘|杀猪盘)|(?:实|根本|都)?是(?:个|一个)?(?:骗局|庞氏骗局|骗人的|假的)(?![吗么嘛]|\s*[?？])|\b(?:it|that|this|they|these|those|which)(?: is| are| was| were|'s|'re|’s|’re) (?:a |all |just a |obviously a |clearly a |a classic |classic |textbook )?(?:ponzi|scams?|fraud|con|trap|lies)\b|\b(?:is|are) (?:all |just |obviously |clearly |definitely |basically |simply )?(?:a |an )?(?:classic |textbook |obvious )?(?:lie|lies|ponzi(?: schemes?)?|scams?|frauds?|pyramid schemes?)\b(?![^.!?]{0,30}\?)|(?:莫|勿|切莫|不可|不能|别)(?:轻信|听信|相信|贪)(?=[，,。！!；;\s]|$)|不可信(?=[，,。！!；;\s]|$)|信不得|是[^，,。！!]{0,10}(?:诈骗|骗局|非法集资)(?:类型|手法|手段|套路|形式)|[”"」』](?:就|都|其实|根本)?是(?:骗子|骗局|诈骗|传销|非法集资|资金盘)|\b(?:don't|do not|never) (?:believe|trust) (?:it|them)\b/;

// Questions about a term, not about an offer: 什么叫, 是什么意思, 怎么理解, "what does … mean", "explain", and a quoted
// term asked about as a word (“保本理财”这个说法还有吗？).
export const DEFINE_MORE =
  /什么叫|真的假的|是真是假|靠不靠谱|可不可信|何为|何谓|什么意思|(?:算|属于|构成)(?:是)?(?:违法|非法|诈骗|传销|骗局|非法集资|庞氏骗局|资金盘)吗|(?:哪里|哪儿|哪点)(?:违规|违法|不合规|不合法|犯法|有问题|不对|有风险)|怎么理解|如何理解|指的是|是干什么的|科普一下|解释一下|\bexplain\b|\bmeans?\b|\bmeaning\b|[”"」』](?:这个|这几个|这两个)?(?:说法|词|字眼|提法|概念|名词|叫法)/;

// Quoted words inside a report (法院审理查明，被告人对外宣称“…”; "police said the gang told victims '…'") are
// reported, not pitched to the reader.
export const REPORTED_SPEAKER =
  /被告人|被告(?![知诉])|犯罪嫌疑人|嫌疑人|团伙|涉案|查明|警方|法院|检方|检察院|\bdefendants?\b|\bthe gang\b|\bpolice\b|\bcourt\b|\bprosecutors?\b|\bvictims\b/;

// A negated mandate covers the whole act it disowns, however long (从未授权任何人以本公司名义在朋友圈募集资金,
// 从不委托第三方…, "never authorised anyone to…").
// A universal denial (没有任何机构能保证…, 任何投资都不可能…, "no bank can promise…"): nobody makes the claim it names.
export const UNIVERSAL_NEGATION =
  /\b(?:nothing|none)\b(?! (?:beats|compares|like|else)\b)[^.!?;]{0,40}\b(?:is|are|was|were)\b(?: (?:ever|really|actually|truly))?\s*$|(?:没有|没|不存在)(?:任何|哪个|哪家|一家|一个)(?:人|机构|银行|平台|公司|产品|投资|理财|项目)?[^，,。！？!?]{0,6}?(?:能|可以|敢|会|可能|能够)|(?:任何|所有)(?:投资|理财|产品|机构|平台|银行)[^，,。]{0,4}?都(?:不可能|不能|无法|没法|做不到)|\bno (?:bank|one|investment|fund|firm|product|platform|legitimate \w+)\b[^.!?]{0,12}\b(?:can|could|will|would)\b/;
export const NEGATED_MANDATE =
  /(?:从未|从来没有|从来没|从来不|从不|未曾|绝不会?|不会|没有|均未|并未|一律不|均不|不曾)(?:也不会)?(?:以任何(?:理由|形式|方式|名义))?(?:授权|委托|指派|委派|要求|索要)|\b(?:never|not|n't) (?:authori[sz]ed?|appointed)\b/;
// …unless the speaker makes themselves the exception (没有一家能给到15%，除了我们; "no bank pays this, but we do").
const SELF_EXCEPTION =
  /除了我们|除了本(?:平台|公司)|只有我们|唯独我们|我们(?:能|可以|做到|就能|却能)|\bbut (?:we|ours)\b|\bexcept (?:us|ours)\b|\bwe (?:can|do)\b/;
export const universalDenial = (clause: string, norm: string): boolean => UNIVERSAL_NEGATION.test(clause) && !SELF_EXCEPTION.test(norm);

// The user's own money already in (我已经交了两次, 我转了五万, "I've already paid"): a question anywhere in the text is
// about their case, so it keeps the facts it reports (为什么提现要先交解冻费？我已经交了两次了。).
// A definition asked (什么是…, "what is…") is about the term even then: 我投了银行理财，什么是刚性兑付？
const OWN_MONEY_IN =
  /我(?:已经|都|刚|又|也|还)(?:交|转|投|充|付|买|打)|我(?:交|转|投|充|付|打)了|\bi(?:'ve| have)? (?:already )?(?:paid|sent|deposited|transferred|invested)\b/;
const DEFINITION =
  /什么是|什么叫|是什么|是啥|啥意思|什么意思|何为|何谓|合法吗|违法吗|犯法吗|合规吗|\blegal\b|\billegal\b|\bwhat (?:is|are|does)\b|\bwhat's\b|\bmeans?\b/;
export const OWN_CASE = { test: (norm: string): boolean => OWN_MONEY_IN.test(norm) && !DEFINITION.test(norm) };

// A complaint taken down by whoever takes it (a hotline, a police desk, a community worker): 受害人反映：…, 来电人称…,
// 投诉人反映…, "caller says …". The speaker named is the victim relaying their own case, and the case is what is checked:
// no report of what others did, and no story told as a lesson. A court's 被害人陈述 keeps its report cue (审理查明).
export const INTAKE =
  /(?:受害人|受害者|被害人|来电人|来电者|来电群众|来访人|来访群众|投诉人|举报人|报案人|求助人|咨询人|当事人|事主)(?:本人|[\u4e00-\u9fff]{0,2}(?:女士|先生|阿姨|大爷|大妈|大姐|奶奶|爷爷|老人)|[\u4e00-\u9fff]某某?)?\s*(?:反映|称|说|表示|自述|自称|讲述|描述|介绍|咨询|求助|投诉|举报|报称|来电|来访)|\b(?:the )?(?:caller|complainant|victim|client|customer)s? (?:says|said|states|stated|reports|reported|explains|explained|told (?:us|me|the hotline))\b/;
// …unless a court, a prosecutor, the police or the press tells it (法院审理查明，受害人称…; 据报道，受害人反映…): a report then.
const REPORTED_CASE =
  /被告|法院|检察院|检方|公诉|审理|判决|判处|庭审|起诉|警方(?:通报|称|表示|介绍)|公安(?:机关)?通报|据[^，,。]{0,8}(?:报道|通报|披露)|记者|媒体|新闻|报道|\b(?:court|prosecutors?|defendants?|police said|reported|according to)\b/;
/** Whether the text is a complaint taken down, not a case reported by a court, the police or the press (normalised text). */
export const isIntake = (norm: string): boolean => INTAKE.test(norm) && !REPORTED_CASE.test(norm);
// A plea to get the money back (能不能追回, 还能要回来吗, "can the money be recovered?") is the asker's case, not a recovery
// told as news or a lesson.
export const RECOVERY_PLEA =
  /(?:能不能|能否|可不可以|可以|还能|怎么|怎样|如何|有没有办法|有什么办法|想|要怎么)(?:把钱|把本金)?(?:追回|要回|拿回|退回|讨回)|(?:追回|要回|拿回|讨回)(?:来)?(?:本金|钱)?(?:吗|么|嘛)|\b(?:can|could|how (?:can|do|could)) (?:i|we|she|he|they|the money|my money|it)\b[^.?!]{0,30}\b(?:recover(?:ed)?|get (?:it|the money|my money|her money|his money) back|be recovered)\b/;

// A question that tells the pitch it is about (Is it legal for a company to sell me … at 7% via a WeChat Moments ad?,
// 业务员在群里向我推销…合不合法？): a sale made to someone named, or a seller with a rate or a channel, or a channel with a
// rate. Its words are what that seller offered, not a term asked about in general ("Is it legal to promise 12%?").
const RECIPIENT =
  /(?:向|给|跟|找|拉|约|带)(?:我|我们|我家|我爸|我妈|我父母|我婆婆|我公公|家里老人|老人|我家老人|我(?:的)?(?:父亲|母亲|奶奶|爷爷|外婆|外公|姑姑|舅舅|阿姨))(?:推销|推荐|介绍|卖|推|兜售|打电话|发)|卖给(?:我|我们|我家|我爸|我妈|老人)|\b(?:sell|sold|selling|offer|offered|offering|pitch|pitched|pitching|push|pushed|pushing|recommend|recommended|recommending)\s+(?:me|us|my (?:\w+ )?(?:mum|mom|dad|father|mother|parents?|grandparents?|grandma|grandpa|aunt|uncle|wife|husband))\b|\bto me\b/;
const SELLER =
  /(?:业务员|销售|客户经理|理财经理|中介|陌生人|一个人|某公司|有家公司|一家公司)[^，,。？?]{0,10}(?:推销|推荐|兜售|卖|宣传|打电话)|\b(?:a|one|some) (?:company|firm|stranger|salesman|salesperson|saleswoman|agent|broker|guy|man|woman|rep|platform|app)\b[^.?!]{0,40}\b(?:sell|offer|pitch|promis|push|advertis)\w*/;
const CHANNEL =
  /朋友圈|微信群|群里|短信|电话|直播间|\b(?:via|through|over|on|in) (?:an? |the )?(?:wechat|whatsapp|telegram|moments|ads?|text(?: message)?s?|sms|phone(?: call)?|cold call|livestream|group chat)\b/;
const RATE_TOLD = /\d\s*[%％]|百分之|月息|年化|日息|\b(?:a|per) (?:day|week|month|year)\b/;
export const tellsPitch = (question: string): boolean =>
  RECIPIENT.test(question) ||
  (SELLER.test(question) && (RATE_TOLD.test(question) || CHANNEL.test(question))) ||
  (CHANNEL.test(question) && RATE_TOLD.test(question));
