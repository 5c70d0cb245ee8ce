/**
 * Question analysis: what kind of answer a question expects, and its parts when it asks several
 * things at once ("何时成立、是否第一家"). The cues are the ordinary ways Chinese and English ask
 * for a number, a date, a name, a list, a reason, a method, a definition or a yes/no; they are
 * matched on the question's folded form (normalizeForMatch) so traditional script asks the same.
 */
import { normalizeForMatch } from './text.js';

export type AnswerType = 'number' | 'date' | 'entity' | 'list' | 'reason' | 'method' | 'definition' | 'yesno' | 'other';

export interface QuestionPart {
  /** The part's text, with the subject of the question carried over when the part lacks one. */
  text: string;
  type: AnswerType;
}

export interface QuestionAnalysis {
  type: AnswerType;
  parts: QuestionPart[];
  english: boolean;
}

// Order matters: the first type whose cue occurs wins (几家 is a number before 哪家 is an entity).
const CUES: Array<[AnswerType, RegExp]> = [
  ['date', /何时|哪年|哪一年|什么时候|啥时候|几月|哪天|什么时间|多久以前|\bwhen\b|what year|which year|what date/],
  [
    'number',
    /多少|几[家个次项笔种年倍成]|多大|多高|多长|多久|规模|比例|占比|比重|几成|\bhow (many|much|big|large|long|high)\b|what (share|percentage|proportion)|\bsize\b/,
  ],
  ['list', /哪些|分别|有几[类种个]|哪几|包括什么|\bwhich (ones|are|were)\b|what are the|list\b/],
  ['reason', /为什么|为何|为啥|原因|怎么会|何以|\bwhy\b|what caused|reason/],
  ['method', /怎么办|如何|怎样|怎么|该怎|应该|要不要|\bhow (do|can|should|to|does)\b|what should/],
  ['definition', /什么是|是什么|指什么|什么意思|含义|定义|概念|\bwhat (is|are|does) .*\b(mean|meaning)\b|^what is\b|^what's\b|^define\b/],
  ['entity', /哪家|哪个|谁|哪位|哪里|哪儿|什么机构|什么公司|\bwho\b|which (company|bank|exchange|institution|platform)|\bwhere\b/],
  ['yesno', /是否|是不是|有没有|能不能|会不会|可不可以|吗[？?]?$|^(is|are|was|were|do|does|did|can|could|has|have|should|will)\b/],
];

export function answerTypeOf(text: string): AnswerType {
  const q = normalizeForMatch(text).trim();
  for (const [type, cue] of CUES) if (cue.test(q)) return type;
  return 'other';
}

// Where a question asks its next thing: after a comma, a 、, a ？ or 以及/并且/and, when the rest asks again.
const SPLIT = /[？?；;]|[，,、]|以及|并且|还有|另外|\band\b|\balso\b/;
const ASKS =
  /何时|哪|什么|多少|几|为什么|为何|为啥|怎么|如何|是否|是不是|有没有|吗|呢|谁|\b(when|what|which|who|why|how|where|is|are|does|do|did|can)\b/;
const MAX_PARTS = 3;

/** The question split where it asks a new thing; words that ask nothing join the part they lead into. */
export function splitQuestion(question: string): string[] {
  const pieces = question
    .split(SPLIT)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const parts: string[] = [];
  let pending: string[] = [];
  for (const piece of pieces) {
    pending.push(piece);
    if (!ASKS.test(normalizeForMatch(piece))) continue;
    parts.push(pending.join('，'));
    pending = [];
  }
  if (pending.length > 0) {
    if (parts.length === 0) parts.push(pending.join('，'));
    else parts.push(`${parts.pop() as string}，${pending.join('，')}`);
  }
  return parts.slice(0, MAX_PARTS);
}

export function analyzeQuestion(question: string): QuestionAnalysis {
  const english =
    !/[\u3400-\u9fff]/.test(question) ||
    (/^[\x00-\x7f\u00a0-\u024f]*[\u3400-\u9fff]{0,8}[\x00-\x7f\u00a0-\u024f]*$/.test(question) && /[a-z]{3,}\s+[a-z]{3,}/i.test(question));
  const pieces = splitQuestion(question);
  const type = answerTypeOf(question);
  if (pieces.length <= 1) return { type, parts: [{ text: question, type }], english };
  // A later part usually leaves its subject out (网金社何时成立、是否第一家): it borrows the first part's.
  const parts = pieces.map((text, i) => ({ text: i === 0 ? text : `${pieces[0] as string} ${text}`, type: answerTypeOf(text) }));
  return { type, parts, english };
}
