/**
 * What makes a sentence fit to be shown as an answer, and whether it holds the kind of answer a
 * question asks for. A passage cut from a PDF carries headings, chart captions, table rows and
 * footnote numbers: none of them answers anything, so none is ever quoted.
 */
import type { AnswerType } from './question.js';

const MIN_CHARS = 8;
const CAPTION = /^(图|表|chart|figure|table)\s*[\d一二三四五六七八九十]+(?:[.\-－]\d+)*|资料来源|数据来源|来源[:：]|注[:：]|^单位[:：]/i;
// A footnote marker left by the PDF before the sentence's first word ("33监管沙盒…"), not a number
// the sentence reads (2019年, 30多家, 16个): digits followed by a unit or date character are kept.
const FOOTNOTE = /^\d{1,3}(?=[\u4e00-\u9fff“（(])(?![\d年月日号家个项亿万元%％倍名位次笔多余只款条])/;

// Chart captions the PDF glued before a sentence ("图1.4 … 资料来源：某研究院截止2016年末，…"): the
// source's name ends with the compiler's verb (…整理, …绘制) or where a sentence usually opens (a
// date, 根据, 截至, 随着 …).
const CAPTION_PREFIX =
  /^[\s\S]*资料来源[:：]\s*(?:[^，。；]{0,12}?(?:整理|绘制|制图|制作)|[^，。；]{2,14}?(?=截止|截至|根据|到20|从|随着|目前|近年|据|自20|由于|其中|此外|同时|20\d\d年))/;

// Chart captions and a numbered heading the PDF glued before a sentence ("图3.6 …的特色二、甲的定位
// 甲定位为…"): the heading is taken to end where its first two characters, the subject, start again.
const CAPTION_HEADING =
  /^(?:[图表]\s*\d+(?:[.\-－]\d+)*[^，。；：、]{1,24}?)+(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])([\u4e00-\u9fff]{2})[^，。；：]{0,16}?(?=\1)/;

// A heading the PDF set letter-spaced (西 安 合 众 …): three or more Chinese characters one space apart.
const LETTER_SPACED = /(?:[\u4e00-\u9fff] ){2,}[\u4e00-\u9fff]/g;

function unspace(text: string): string {
  return text.includes(' ') ? text.replace(LETTER_SPACED, (run) => run.replace(/ /g, '')) : text;
}

/** The sentence as shown: glued chart captions (and their heading) and a leading footnote marker removed. */
export function cleanSentence(text: string): string {
  // Lines a PDF box cut a sentence into read as one line ("联邦学习"⏎Tips⏎指的是…).
  const oneLine = text.includes('\n') ? text.replace(/\s*\n\s*/g, ' ') : text;
  return unspace(oneLine).replace(CAPTION_HEADING, '').replace(CAPTION_PREFIX, '').replace(FOOTNOTE, '').trim();
}

/** Whether a sentence can be quoted: long enough, punctuated, not a caption, a heading or a table row. */
export function quotable(text: string): boolean {
  if (text.length < MIN_CHARS) return false;
  // A heading or a caption has no clause punctuation; a short line that does not end a sentence is a
  // heading too (金交所产品到期兑付不了，我的钱怎么办).
  if (!/[，。！？；,.!?;：:、]/.test(text)) return false;
  if (text.length < 40 && !/[。！？；.!?;：:”’」』）)]$/.test(text)) return false;
  if (CAPTION.test(text)) return false;
  // A question the report asks itself (那么，…是如何解决的？) introduces an answer and is none.
  if (/[？?][”’」』）)]*$/.test(text)) return false;
  // A numbered heading (二、…的问题, （三）…) has no sentence punctuation after its number.
  if (/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+(?:\.\d+)*[、.\s])/.test(text) && !/[，。；,;]/.test(text))
    return false;
  // A table row is mostly figures and spaces; a sentence dense with figures still reads in words (收入27010.38亿元，其中…).
  const figures = (text.match(/[\d.%\s,，]/g) ?? []).length;
  const han = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  if (figures / text.length > 0.45 && (han < 12 || han / text.length < 0.4)) return false;
  // A sentence cut off mid-way by a chart ("…如图2.") or ending in a bare number is residue.
  if (/(如图|见图|如表|见表)\s*[\d.]*[.。]?$/.test(text)) return false;
  return /[\u3400-\u9fff]{4}/.test(text) || /[a-z]{3,}\s+[a-z]{3,}/i.test(text);
}

const NUMBER =
  /[\d一二三四五六七八九十百千万两几数]+(?:\.\d+)?\s*(?:%|％|家|个|亿|万|元|笔|项|倍|人|名|只|款|条|次|户|余|多|个百分点|成|年|月|天|种|类)|[\d一二三四五六七八九十百两几]+分之[\d一二三四五六七八九十百两几]+|过半|半数|一半|近半|大半/;
const DATE = /(?:19|20)\d{2}\s*年|\d{1,2}\s*月(?:\d{1,2}\s*[日号])?|[一二三四五六七八九十]+月/;
const LIST = /分别[是为]|包括|包含|主要有|如下|以下|一是|二是|其一|首先|、.+、|[：:].+、/;
const REASON =
  /因为|由于|原因|成因|根源|源头|症结|病根|主因|导致|之所以|所以|因此|在于|源于|缘于|造成|使得|以致|以至于|得益于|归因于|受制于/;
const METHOD = /应当|应该|需要|可以|建议|通过|要求|必须|不要|务必|切勿|警惕|谨防|提防|及时|向.{1,12}(报案|举报|投诉|咨询)|核实|查询/;
// A pick among options: the one judged best or better (托管机房可能是…首选, 更适合…, 宜采用…).
const CHOICE =
  /最佳|最优|最好的|最合适|最适合|首选|更(?:为)?(?:适合|合适|可取|理想|稳妥|划算)|优于|不如|宜(?:采用|选择|选用)|是[^，。；]{0,16}(?:选择|方案)/;
const DEFINITION = /是指|指的是|是一种|是一个|即是|定义|概念|称为|所谓|是.{2,20}的(平台|机构|模式|市场|场所|制度|机制)/;
// Who: an organisation's kind (公司, 银行, 银监会 …), or the agent of a deed (由X监管/发起/出资, 获X投资).
const ENTITY =
  /公司|银行|集团|交易所|交易中心|中心|局|委员会|[监保]会|协会|部门|机构|平台|政府|国务院|央行|[\u4e00-\u9fff]{2,}(社|网|宝)(?![\u4e00-\u9fff]{0,1}的)|由[^，。；]{2,20}(?:监管|负责|主管|管理|发起|设立|出资|投资|推出|运营|提出)|获[^，。；]{2,12}(?:投资|融资|入股)/;
const YESNO = /是|不是|并非|没有|首家|第一|唯一|不得|禁止|已经|尚未/;

const TYPE_CUE: Record<AnswerType, RegExp | null> = {
  number: NUMBER,
  date: DATE,
  list: LIST,
  reason: REASON,
  method: METHOD,
  choice: CHOICE,
  definition: DEFINITION,
  entity: ENTITY,
  yesno: YESNO,
  other: null,
};

/** Whether the sentence holds what the answer type asks for (a number with its unit for 多少 …). */
export function holdsType(text: string, type: AnswerType): boolean {
  const cue = TYPE_CUE[type];
  return cue !== null && cue.test(text);
}

// A numbered section title (二、…, （三）…, 3．…) that the PDF ended with a full stop: no clause mark inside.
const NUMBERED_TITLE =
  /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|第[一二三四五六七八九十]+[章节部分]|\d+(?:\.\d+)*[、.．\s])/;
const TITLE_CHARS = 30;

/** Whether a sentence is a numbered section title (（二）坚持底线监管。): it names what follows and answers nothing. */
export function titles(text: string): boolean {
  return text.length <= TITLE_CHARS && NUMBERED_TITLE.test(text) && !/[，,；;：:]/.test(text.slice(0, -1));
}

/** Whether a sentence announces what follows (…如下：, …以下三个方面。) and so needs the next one. */
export function announces(text: string): boolean {
  return /[：:]$/.test(text) || /(以下|如下|下列|下面)[^，。]{0,12}[。：:]?$/.test(text) || POINT_TITLE.test(text) || FIRST_ITEM.test(text);
}

// The first item of a list announced in the same sentence (原因在于：1）…；, 主要有：一是…；): the items after it follow.
const FIRST_ITEM = /[：:]\s*(?:1[）)、.]|（1）|\(1\)|①|一是|第一[，,、])[^。]*[；;]$/;

// A numbered point that only names its topic (第三，防范和化解房地产行业风险。): its own points follow it (首先要…).
const POINT_TITLE = /^(?:第[一二三四五六七八九十]+|[一二三四五六七八九十]是|其[一二三四五])[，,、]?[^，,。；;]{4,20}。$/;

// A sentence opening with a word that points back (其中…, 它是…, 该公司…, 以上…, 上述…) says its
// subject in the sentence before it: 其[他次实余] and 此外 open new points and are not such words.
const REFERS_BACK = /^(?:但|而|且|并|同时)?[，,]?(?:在)?(?:其中|它们?|其(?![他次实余])|该|以上|上述|这些|前者|后者)/;

/** Whether a sentence points back to the one before it for its subject (其中B达到四分之一). */
export function refersBack(text: string): boolean {
  return REFERS_BACK.test(text);
}

// A set named before, pointed to inside a sentence (…此次上述四省市步调一致…, 之所以是这四家…): 上述 / 前述 anywhere,
// or 这 / 此 with a count and a measure (这四家, 此三地). The sentence is about what the earlier one names.
const NAMED_SET = /(?:上述|前述)[\u4e00-\u9fff]|[这此][两三四五六七八九十]\s*(?:家|个|座|地|省|市|城|类|种|批)/;

/** Whether a sentence speaks of a set an earlier sentence named (上述四省市, 这四家), anywhere in it. */
export function namesSetBefore(text: string): boolean {
  return NAMED_SET.test(text);
}

const FIGURE_SHARE = 0.5;

/**
 * Ranked sentences with those that hold the asked figure first, among those scoring at least half
 * the best: a number or date question is answered by a figure, and the sentence that repeats the
 * question's words best often only restates its subject (…展开了新一轮的专项整治行动).
 */
export function figuresFirst<T extends { score: number }>(ranked: T[], holds: (x: T) => boolean): T[] {
  const floor = FIGURE_SHARE * (ranked[0]?.score ?? 0);
  const strong = (x: T): boolean => x.score >= floor && holds(x);
  return [...ranked.filter(strong), ...ranked.filter((x) => !strong(x))];
}
