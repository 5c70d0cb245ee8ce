/**
 * The form an answer takes, read from how the question asks: "which document" is answered by a
 * title in 《》, "where" by 位于 / 地处, "the root cause" by 根源 / 归根结底, "what measures" by the
 * points of a list (一是…, 首先…), "must I first" by 均应 / 先行. Each form pairs the ways Chinese and
 * English ask (matched on the question's folded form) with the way a report sentence gives such an
 * answer; the chooser moves a sentence that gives the asked form before those that only share the
 * question's words (choose-evidence.ts).
 */
import { normalizeForMatch } from './text.js';

export interface AnswerForm {
  name: string;
  /** How a question asks for this form of answer. */
  asks: RegExp;
  /** How a sentence gives it. */
  gives: RegExp;
}

// A point of a list, at the sentence's start or after a short lead (在投资者保护方面，首先，…).
const POINT_OPENS =
  /^(?:[^，。；]{0,14}[，,])?(?:[一二三四五六七八九十]是|其[一二三四五]|首先|其次|再次|最后|第[一二三四五六七八九十][，,、]|一方面)/;

export const ANSWER_FORMS: AnswerForm[] = [
  {
    // Which document, rule or basis: the report names it by its title.
    name: 'document',
    asks: /(?:哪|什么|啥)(?:个|份|部|项|一)?(?:文件|法规|法律|规定|办法|条例|政策|通知|意见|规则|制度)|(?:依据|根据)(?:是|为)?(?:什么|啥|哪)(?![^，。？?]{0,4}原则)|\b(?:which|what) (?:[a-z'-]+ ){0,3}?(?:document|rules?|regulations?|laws?|notices?|polic(?:y|ies)|guidelines?)\b|\bunder what\b|\bon what (?:basis|grounds)\b/,
    gives: /《[^》]{2,40}》/,
  },
  {
    // Where a body sits: the sentence that places it.
    name: 'where',
    asks: /(?:在|位于|设在|总部在|落户)(?:哪里|哪儿|哪个(?:城市|省|地方)|什么地方|何处|何地)|哪个(?:城市|省份?|地区)|\bwhere (?:is|are|was|were)\b[^?]{0,40}\b(?:based|located|headquartered|registered|situated)\b|\bwhere (?:is|are|was|were) (?:it|they|the)\b|\bbased in which\b/,
    gives: /位于|地处|坐落|设在|设于|总部(?:位于|设在|在)|落户|注册(?:地|于|在)/,
  },
  {
    // The cause beneath the others: the sentence that says it is the root, or sums the matter up.
    name: 'root',
    asks: /根本原因|根源|根子|病根|症结|归根|本质原因|主因|最主要的?原因|主要原因|说到底|\broot causes?\b|\b(?:fundamental|underlying|main|chief|primary) (?:reason|cause)s?\b|\bat (?:its|the) (?:root|heart|core)\b|\bultimately\b/,
    gives: /主因|根源|根本原因|根本上|归根结底|归根到底|症结|一言以蔽之|说到底|本质上|主要原因/,
  },
  {
    // Only this, nothing else: the sentence that restricts.
    name: 'only',
    asks: /只(?:能|做|有|是|靠|剩)|仅(?:仅|能|有|是|做)?|光(?:做|靠)|\bonly\b|\bsole(?:ly)?\b|\bexclusively\b/,
    gives: /仅|只(?:能|有|剩|做|是|在)|唯一|专门|单一|不外乎/,
  },
  {
    // Whether something may be done: the rule that forbids or allows it.
    name: 'allowed',
    asks: /能不能|可不可以|可以(?:吗|么)|允(?:许|不允许)|准不准|让不让|合不合规|能否|是否可以|是否允许|\b(?:can|may|could) (?:i|we|it|they|an?|the|investors?|individuals?|platforms?|exchanges?)\b|\b(?:allowed|permitted|forbidden|prohibited|legal)\b/,
    gives: /不得|禁止|严禁|不准|不允许|不许|准许|允许|获准|无权|有权|不能从事|不可/,
  },
  {
    // A count of kinds or reasons (几种, 两个原因, three types): the sentence that counts in that unit or lists them.
    name: 'count',
    asks: /几(?:种|类|大类|个方面|方面|点|大)|[两二三四五六](?:种|类|个方面|大|个原因|点原因)|\b(?:two|three|four|five|2|3|4|5) (?:kinds|types|reasons|causes|ways|categories|forms|aspects|models|modes|problems)\b|\bwhat (?:kinds|types|categories|forms)\b/,
    gives:
      /(?<![第\d])[两二三四五六七八九十\d]\s*(?:种|类|大类|个方面|方面|大|点)(?![的是])|一方面[^。]*另一方面|一是[^。]*二是|其一[^。]*其二/,
  },
  {
    // What one must do first: the sentence that obliges.
    name: 'obligation',
    asks: /(?:必须|一定要|非得|得|要|需要|需|须)先|是否需要|需不需要|要不要先|\b(?:must|have to|has to|need to|needs to|required to|obliged to)\b[^?]{0,40}\b(?:first|before)\b/,
    // What must come before (均应先行成为会员, 方可交易): a bare 必须 rules on anything.
    gives: /均应|均须|均需|应先|须先|需先|先行|方可|才可|才能/,
  },
  {
    // What measures, problems or proposals: the points of the report's list.
    name: 'points',
    asks: /(?:哪些|什么|啥子?|哪几|几)(?:个|点|条|项|方面|大)?[^，。？?]{0,10}?(?:问题|举措|措施|建议|主张|对策|做法|办法|手段|路径|途径|不足|挑战|困难|短板|障碍|弊端|乱象)|(?:问题|不足|短板|弊端)(?:是什么|有哪些|在哪)|\b(?:what|which) (?:problems|issues|measures|steps|suggestions|recommendations|proposals|policies|challenges|shortcomings|weaknesses|obstacles|difficulties)\b/,
    gives: POINT_OPENS,
  },
  {
    // A fee asked: the sentence that states the charge with its figure.
    name: 'fee',
    asks: /收费|费用|手续费|服务费|管理费|费率|佣金|收(?:多少|几)|\bfees?\b|\bcharges?\b|\bcommissions?\b/,
    gives: /(?:手续费|服务费|管理费|费率|收费标准|收取|佣金)[^。]*\d|\d[^。]{0,24}(?:手续费|服务费|管理费|佣金)/,
  },
  {
    // How far things have come to date (至今, so far): the sentence that counts up to now, not an earlier tally.
    name: 'to-date',
    asks: /至今|迄今|到目前为止|截至目前|截止目前|到现在为止|\b(?:to date|so far|as of now|as of today|up to now|until now)\b/,
    gives: /截至目前|截止目前|截至当前|到目前为止|至今|迄今/,
  },
  {
    // The principle a practice follows: the sentence that names it as followed (按照“实质重于形式”的原则).
    name: 'principle',
    asks: /(?:什么|怎样|哪些|啥|何种|哪种|哪条)样?的?(?:基本|核心)?原则|\bprinciples?\b/,
    gives: /(?:按照|遵循|依照|依据|基于|坚持|本着)[^。；]{0,24}原则|原则(?:是|为|在于)/,
  },
  {
    // Which bank: the sentence that names one (与民生银行合作), not one about banks at large.
    name: 'bank',
    asks: /哪(?:一)?(?:家|个|些)银行|什么银行|\b(?:which|what) banks?\b/,
    gives:
      /(?:中国|工商|建设|农业|交通|招商|民生|浦发|兴业|平安|光大|中信|华夏|广发|浙商|渤海|恒丰|邮储|邮政储蓄|北京|上海|江苏|宁波|杭州|南京|徽商|网商|微众|农商|城商)银行/,
  },
];

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_EN = new RegExp(
  `\\b(${MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)}|\\.)?`).join('|')})\\b[^0-9]{0,4}((?:19|20)\\d{2})\\b`,
);
const MONTH_ZH = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月/;

/**
 * The month a question dates what it asks (by December 2017, 截至2017年12月): a sentence of that month
 * (截止2017年12月中旬…) gives the figure of that time, not of an earlier quarter.
 */
function monthAsked(folded: string): AnswerForm | null {
  const en = MONTH_EN.exec(folded);
  const month = en ? MONTHS.findIndex((m) => m.startsWith((en[1] ?? '').slice(0, 3))) + 1 : Number(MONTH_ZH.exec(folded)?.[2] ?? 0);
  const year = en?.[2] ?? MONTH_ZH.exec(folded)?.[1];
  if (!year || month < 1) return null;
  return { name: 'month', asks: /$^/, gives: new RegExp(`${year}\\s*年\\s*0?${month}\\s*月`) };
}

/** The forms a question asks for its answer to take (in the order of ANSWER_FORMS). */
export function formsAsked(question: string): AnswerForm[] {
  const folded = normalizeForMatch(question);
  const month = monthAsked(folded);
  return [...ANSWER_FORMS.filter((f) => f.asks.test(folded)), ...(month ? [month] : [])];
}

/** Whether a sentence gives an answer in the form. */
export function givesForm(text: string, form: AnswerForm): boolean {
  return form.gives.test(normalizeForMatch(text));
}
