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
  /不要|别|勿|谨防|警惕|小心|远离|报警|骗|违法|非法|不得|禁止|关停|停业|清退|击鼓传花|查清|核实|擦亮眼睛|伪|假冒|\b(?:don't|do not|never|beware|scam|fraud|removed|deleted|banned)\b/;

export const ASK_THE_ROOM =
  /\b(?:can|could|would|will|does|did) (?:someone|somebody|anyone|anybody)(?: here)?(?: please)? (?:explain|tell|know|help)|有没有人(?:能|可以|知道|懂|了解)?|有人(?:知道|懂|了解|能(?:解释|科普|讲讲|说说))|谁(?:能|可以|知道|懂|了解)/g;

// The same with the subject and the disowned act further apart: 我们集团郑重声明：从未委托任何员工…,
// 我行从未、也不会通过朋友圈发布…, "our company has not authorised anyone…". The act must be a sale, a mandate or
// a channel, so "我们公司从来没有逾期过" stays a seller's boast.
export const DISAVOWAL_LONG =
  /(?:本|我们|我)(?:公司|集团|行|店|单位|机构|平台|社|所|营业部|司)(?:郑重|特此|严正)?(?:声明|提醒)?[:：，,\s]*(?:也)?(?:从未|从来没有|从来没|从来不|从不|不会|绝不会|绝不|未曾|没有|均未|并未)[^。！？!?]{0,14}?(?:授权|委托|安排|指派|开展|发布|发行|发售|销售|推销|募集|让(?:任何)?(?:员工|业务员|工作人员|客户经理|理财经理))|\b(?:our|this) (?:bank|firm|company|group|institution|platform|store|shop) (?:has|have) (?:not|never) (?:authori[sz]ed|asked|allowed|permitted|appointed)\b/;

// "我交了两次还是提不了，是不是被骗了？": a victim asking about their own case reports the pitch they met;
// it is not a verdict on someone else's, so it frames nothing.
export const VICTIM_ASKS =
  /(?:是不是|算不算|是否|我这是|这是不是|难道)[^，,。]{0,4}(?:被骗|上当受骗|上当)了?|(?:被骗|上当受骗)了?(?:吗|么|啊|呀|吧)?\s*(?=[?？])|(?:被骗|上当受骗)了?(?:吗|么)|\b(?:have|did) i (?:just )?(?:been|get|got) scammed\b|\bam i being scammed\b/g;
