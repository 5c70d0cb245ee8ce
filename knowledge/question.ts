/**
 * Question analysis: what kind of answer a question expects, and its parts when it asks several
 * things at once ("何时成立、是否第一家"). The cues are the ordinary ways Chinese and English ask
 * for a number, a date, a name, a list, a reason, a method, a definition or a yes/no; they are
 * matched on the question's folded form (normalizeForMatch) so traditional script asks the same.
 */
import { normalizeForMatch } from './text.js';

export type AnswerType = 'number' | 'date' | 'entity' | 'list' | 'reason' | 'method' | 'choice' | 'definition' | 'yesno' | 'other';

export interface QuestionPart {
  /** The part's text, with the subject of the question carried over when the part lacks one. */
  text: string;
  type: AnswerType;
  /** The part's own words, without the carried subject (头半年做了多少交易): what its answer must hold. */
  own?: string;
}

export interface QuestionAnalysis {
  type: AnswerType;
  parts: QuestionPart[];
  english: boolean;
}

// A span of years said in passing (这几年, 前几年, 几年前), not a count asked for: "I bought it a few years ago".
const YEARS_IN_PASSING = /(?:这|近|前|那|头|后|过去|最近|之前|早)几年|几年(?:前|来|以来|里|间|下来)/g;
// An English clause that sets the scene before the question (When a bank fails, how …?): its "when" asks no date.
const LEADING_CLAUSE =
  /^\s*(?:when|if|once|after|before|while|as)\b[^,?]{3,80},\s*(?=(?:what|how|which|who|why|where|when|is|are|does|do|did|can|should|would)\b)/i;

/**
 * An English "when" inside a question another wh-word opens (Who is responsible when a firm fails?) is
 * a condition, not the date asked; one after and/or, or ending the question (who proposed it, and when?), asks.
 */
function withoutSubordinateWhen(q: string): string {
  if (!/^\s*(?:who|whom|what|which|how|where|why)\b/.test(q)) return q;
  return q.replace(/([a-z']+)\s+when\b(?!\s*[?？]?\s*$)/g, (m, before: string) => (/^(?:and|or|n)$/.test(before) ? m : `${before} `));
}

// Cantonese asking words (as folded to simplified script: 幾多 → 几多, 係咩 → 系咩) read as the Mandarin
// ones the cues know: 几多间 asks a count as 多少家 does, 点解 a reason, 系乜嘢 a definition. Longest first;
// 系 alone stays (系统), only its asking compounds are read.
const CANTONESE_ASKING: Array<[RegExp, string]> = [
  [/系(?=做(?:乜|咩))/g, '是'],
  [/做(?:乜嘢?|咩)用/g, '做什么用'],
  [/系(?:乜嘢?|咩嘢?)/g, '是什么'],
  [/乜嘢|咩嘢|[乜咩]/g, '什么'],
  [/几多/g, '多少'],
  [/几(?=[大高长耐])/g, '多'],
  [/点解/g, '为什么'],
  [/点样/g, '怎样'],
  [/边个/g, '谁'],
  [/边(?:间|家)/g, '哪家'],
  [/边度/g, '哪里'],
  [/边(?=[啲几])/g, '哪'],
  [/系咪|系唔系/g, '是不是'],
  [/有冇/g, '有没有'],
  [/可唔可以/g, '可不可以'],
];

/** A Cantonese question's asking words in Mandarin (几多 → 多少, 点解 → 为什么); the rest as written. */
export function mandarinAsking(folded: string): string {
  if (!/[几乜咩点边系冇唔]/.test(folded)) return folded;
  return CANTONESE_ASKING.reduce((q, [from, to]) => q.replace(from, to), folded);
}

/** The question as its type is read: Cantonese asking words in Mandarin, years said in passing, a leading English condition clause and a subordinate "when" removed. */
function typedForm(text: string): string {
  return withoutSubordinateWhen(mandarinAsking(normalizeForMatch(text)).replace(YEARS_IN_PASSING, ' ').replace(LEADING_CLAUSE, '').trim());
}

// Order matters: the first type whose cue occurs wins (几家 is a number before 哪家 is an entity).
const CUES: Array<[AnswerType, RegExp]> = [
  ['date', /何时|哪年|哪一年|什么时候|啥时候|啥时|几时|几月|哪天|什么时间|多久以前|\bwhen\b|what year\b|which year\b|what date/],
  [
    'number',
    /多少|(?<![哪这那])几[家个次项笔种年倍成张条只位名批轮期款户人天点]|多大|多高|多长|多久|规模|比例|占比|比重|份额|几成|几分之|\bhow (many|much|big|large|long|high)\b|what (share|percentage|proportion|fraction)|what(?: kind of| sort of)?(?: annual| yearly| typical)? (?:return|yield|interest rate)s?\b|\bsize\b|\b(?:total|aggregate|accumulated|cumulative|combined|overall) (?:[a-z-]+ ){0,3}?(?:amount|value|volume|issuance|turnover|sum|balance|scale)\b|\bwhat (?:was|is|were|are) the (?:total|aggregate|accumulated|cumulative)\b|\b(?:market|mkt) shares?\b|%\s*of\b|\bquantify\b|\bannuali[sz]ed (?:return|yield|rate)s?\b|\breturn range\b|\bwhat (?:was |is |were |are )?(?:the )?(?:average|minimum|maximum)\b|\b(?:minimum|maximum) (?:[a-z-]+ ){0,2}(?:subscription|investment|amount|threshold|capital)\b|\bwhat (?:%|percent)|\bwhat (?:was |is |were |are )?(?:the )?(?:(?!(?:does|do|did|can|could|will|would|should|has|have|had)\b)[a-z-]+ ){0,3}(?:volume|amount|sum|cost|costs|fee|fees|total|price|valuation)\b/,
  ],
  // A pick among options the asker names (本地机房、托管机房还是云上比较好; on site or in the cloud?): the answer says which.
  [
    'choice',
    /还是[^，。？?]{0,16}(?:好|合适|适合|划算|靠谱|更|优)|(?:该|应该|应当|要|得)(?:选|用|上|采用|走|买|投)[^，。？?]{1,16}还是|推荐(?:哪|什么)(?:个|种|一种|类|样的)?(?:方案|做法|模式|办法)?|取舍|(?:用|选)(?:哪|啥子?|什么)[\u4e00-\u9fff]{0,4}(?:好|合适|划算)|[\u4e00-\u9fffA-Za-z]{2,8}[、，,\s]?[\u4e00-\u9fffA-Za-z]{2,8}还是[\u4e00-\u9fffA-Za-z]{2,8}[？?]?\s*$|哪(?:个|种|一种|类)(?:更|比较|最)?(?:好|合适|适合|划算|靠谱)|选哪|\b(?:which|what) (?:is|would be|one is) (?:better|best|preferable|more suitable)\b|\bshould\b[^?]*\bor\b/,
  ],
  [
    'list',
    /哪些|分别|有几[类种个]|哪几|哪[两三四五六七八九十]|包括什么|\bwhich (ones|are|were)\b|what are the|list\b|what (?:options|ways|means|measures|steps|tools|approaches)\b/,
  ],
  [
    'reason',
    /为什么|为何|为啥|凭什么|凭啥|原因|成因|根源|根子|病根|症结|起因|诱因|缘由|缘故|怎么会|怎么回事|咋回事|何以|\bwhy\b|what caused|what led to|root cause|reason/,
  ],
  // How a term is defined, or what its letters stand for (How is X defined? 3TAN-DAS full form?): a definition, not a method.
  // Its full name asked in Chinese (全名叫什么, 全称是啥) is one too: the defining sentence writes it.
  ['definition', /\bhow (?:is|are|was|were) [^?]{2,60}? defined\b|\bhow does [^?]{2,60}? define\b|\bfull (?:form|name)\b|\bstands? for\b/],
  // How to do it, or what one should do or beware of (忠告, 提醒, watch out for): the answer advises.
  [
    'method',
    /怎么办|如何|怎样(?!的)|怎么|咋|该怎|应该|要不要|忠告|建议|提醒|告诫|劝|注意(?:什么|哪些|啥)|提防|\bhow (do|can|should|to|does)\b|what should|\b(?:advice|advise[sd]?|recommend\w*|suggest\w*|warn\w*|watch out)\b/,
  ],
  [
    'definition',
    /什么是|是什么|全(?:名|称)(?:叫|是)?(?:什么|啥)|什么叫|啥叫|啥是|是啥(?:意思|东西|玩意)?|何谓|指什么|什么意思|啥意思|含义|定义|概念|(?:干嘛|干什么|做什么|干啥|做啥)用|有(?:什么|啥)用|用途|起(?:什么|啥)作用|有(?:什么|啥)作用|是(?:做|干)(?:什么|啥)的|是干嘛的|是个(?:什么|啥)|\bwhat (?:is|are) [^?]{2,40} (?:used )?for\b|\bwhat does [^?]{2,40} do\b|\bwhat (is|are|does) .*\b(mean|meaning)\b|^what is\b|^what's\b|^define\b/,
  ],
  [
    'entity',
    /哪家|哪个|谁|哪位|哪里|哪儿|什么机构|什么公司|\bwho\b|which (company|bank|exchange|institution|platform|country|government|city|province|regulator|body|agency|authority|department|ministry|court|firm|party|organi[sz]ation|entity|person|official)|\bwhich (?:[a-z-]+ ){0,2}(?:authorit(?:y|ies)|bod(?:y|ies)|departments?|groups?|shareholders?|ministr(?:y|ies)|regulators|agencies)\b|\bwhere\b/,
  ],
  ['yesno', /是否|是不是|有没有|能不能|会不会|可不可以|吗[？?]?$|^(is|are|was|were|do|does|did|can|could|has|have|should|will)\b/],
];

/**
 * Words that name the kind of answer asked (成因, 根源; 时间, 日期; 家数), not a thing the answer speaks of:
 * a sentence that gives that kind of answer (…是主要原因, 源于…; 2016年…) meets them in its own words.
 */
export const KIND_WORDS: Partial<Record<AnswerType, string[]>> = {
  reason: ['原因', '成因', '根源', '根子', '病根', '症结', '起因', '诱因', '缘由', '缘故', '主因', '因素', '理由', 'cause', 'reason'],
  date: ['时间', '日期', '时候', '年份', '时点', '哪年', '哪天'],
  // A count noun (家数, 数量) is met by a count in the asked unit (37家), not by a sentence that repeats it.
  number: ['家数', '个数', '人数', '笔数', '户数', '数量', '数目', '总数', '金额', '总额', '总量'],
};

// A count noun (家数, 人数, 金额) asks a number in a question written as keywords (X 清理 家数), where no question word does.
const COUNT_NOUN = /家数|个数|人数|笔数|户数|数量|数目|总数|金额|总额|总量|余额|多少钱/;
// 好多 asks how much in south-western and Hunan speech (要好多钱？有好多家嘛): a short noun, then the clause ends.
// Elsewhere it says "many" (好多人都买了), so it types a question only when no other question word does.
export const DIALECT_HOW_MUCH = /好多[\u4e00-\u9fff]{0,3}?(?:[？?]|嘛|呢|哦|哟|啊|呀|$)/;

export function answerTypeOf(text: string): AnswerType {
  const q = typedForm(text);
  for (const [type, cue] of CUES) if (cue.test(q)) return type;
  return COUNT_NOUN.test(q) || DIALECT_HOW_MUCH.test(q) ? 'number' : 'other';
}

// Where a question may ask its next thing. After a clause mark (？，；) the rest asks again when it
// holds a question word anywhere; after a joining mark (、, 和, 以及, and) only when it opens with one
// (何时成立、是否第一家): 湖南、辽宁、重庆这几家 is a list of names inside one question.
const SPLIT = /([？?；;，,]|、|以及|并且|还有|另外|和|\band\b|\balso\b)/;
const CLAUSE = /^[？?；;，,]$/;
const ASKS =
  /好多[\u4e00-\u9fff]{0,3}$|何时|哪|什么|啥|咋|多少|多大|多久|多长|多高|几|为什么|为何|为啥|怎么|如何|是否|是不是|有没有|吗|呢|谁|\b(when|what|which|who|why|how|where|is|are|does|do|did|can)\b/;
const OPENS_ASKING =
  /^(?:又|还|再|也|并|那|是|要|都|分别|具体|以及)?(?:何时|哪|什么|啥|咋|多少|多大|几|为什么|为何|为啥|怎么|怎样|如何|是否|是不是|有没有|能否|谁|(?:when|what|which|who|why|how|where)\b)/;
const MAX_PARTS = 3;

/** The question split where it asks a new thing; words that ask nothing join the part they lead into. */
export function splitQuestion(question: string): string[] {
  const tokens = question.split(SPLIT);
  const parts: string[] = [];
  let pending = '';
  let asked = false;
  let carried = '';
  for (let i = 0; i < tokens.length; i += 2) {
    const piece = (tokens[i] ?? '').trim();
    // Two Chinese marks in a row (，和) count as the stronger one, a clause mark (", and" is left as it was).
    const own = i > 0 ? (tokens[i - 1] ?? '') : '';
    const mark = CLAUSE.test(carried) && !/[a-z]/i.test(own) ? carried : own;
    carried = piece ? '' : mark;
    if (!piece) continue;
    // 前几年 in the asker's story asks nothing: it does not make the story a part of its own.
    const folded = normalizeForMatch(piece).replace(YEARS_IN_PASSING, ' ');
    const opensPart = i === 0 || CLAUSE.test(mark) ? ASKS.test(folded) : OPENS_ASKING.test(folded);
    if (opensPart && asked && pending) {
      parts.push(pending);
      pending = piece;
    } else pending = pending ? `${pending}${CLAUSE.test(mark) ? '，' : mark}${piece}` : piece;
    asked ||= ASKS.test(folded);
    if (opensPart) asked = true;
  }
  if (pending.replace(/[？?；;，,\s]/g, '')) parts.push(pending.replace(/[？?；;，,\s]+$/, ''));
  return parts.filter((p) => p.length > 0).slice(0, MAX_PARTS);
}

/**
 * Whether a question is asked in English: no Chinese, or English with a few Chinese glosses, one
 * run (the 网金社 exchange) or several in brackets or with slashes (city banks (城商行/农商行)): the
 * English words then outnumber the Chinese characters at least two to one.
 */
function isEnglish(question: string): boolean {
  const cjk = question.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  if (cjk === 0) return true;
  if (/^[\x00-\x7f\u00a0-\u024f]*[\u3400-\u9fff]{0,8}[\x00-\x7f\u00a0-\u024f]*$/.test(question) && /[a-z]{3,}\s+[a-z]{3,}/i.test(question))
    return true;
  const words = question.match(/[a-z]{3,}/gi)?.length ?? 0;
  return cjk <= MAX_GLOSS_CHARS && words >= 4 && words >= cjk && /[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}/i.test(question);
}

/** An English question carries at most this many Chinese characters as glosses. */
const MAX_GLOSS_CHARS = 16;

export function analyzeQuestion(question: string): QuestionAnalysis {
  const english = isEnglish(question);
  // A leading English condition (When a bank fails, …) belongs to the question after it, not a part of its own.
  const lead = LEADING_CLAUSE.exec(question)?.[0] ?? '';
  const pieces = splitQuestion(question.slice(lead.length));
  if (lead && pieces.length > 0) pieces[0] = `${lead}${pieces[0] as string}`;
  const type = answerTypeOf(question);
  if (pieces.length <= 1) return { type, parts: [{ text: question, type }], english };
  // A later part usually leaves its subject out (网金社何时成立、是否第一家): it borrows the first part's.
  const parts = pieces.map((text, i) => ({
    text: i === 0 ? text : `${pieces[0] as string} ${text}`,
    type: answerTypeOf(text),
    own: text,
  }));
  return { type, parts, english };
}
