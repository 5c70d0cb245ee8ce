/**
 * The one reading of which clauses of a question ask, shared by the refusal gates (story.ts: the
 * asker's scene; scope.ts: a personal task or tax asked, not told) and the answer choice (focus.ts:
 * the asking clause weighs most). A question is cut into clauses at its marks; a clause asks when
 * it holds a question word, a yes/no particle, or ends in a question mark. "我开了家外贸公司，进口货
 * 要交关税，…垫税产品帮过多少家企业？" tells that a firm pays duty, and asks a count: the tax clause
 * asks nothing.
 */
import { normalizeForMatch } from './text.js';

// What makes a Chinese clause ask: a question word, a yes/no particle, or the mark that ends it.
// The 几 of 前几年 or 几十万 is a vague number, not a question word. A verb, 不 or 没, and the verb
// again (能不能, 要不要, 需不需要, 有没有, 用不用) asks yes or no. Southwestern 好多 + a measure (好多钱, 好多家) is 多少.
const ASKS =
  /何时|哪|什么|啥|咋|多少|好多(?:钱|家|个|年|倍|天|万|亿|块)|多大|多久|多长|多高|(?<![前这近那好])几(?![十百千万])|为什么|为何|怎么|怎样|如何|是否|([\u4e00-\u9fff])[不没]\1|吗|呢$|[?？]$/;
const EN_ASKS = /\b(?:when|what|which|who|whom|whose|why|how|where|whether)\b|\?$/;
// An English clause that opens with a verb of its own asks (Is it …, Can I …, Did the report …).
const EN_AUX = /^(?:is|are|was|were|do|does|did|can|could|should|would|will|has|have|had|may|might)\b/;

// Chinese clauses end at every mark; English ones at a sentence's end, as an English comma joins a
// condition or a contrast to what it asks ("If a loan is extended, does the risk vanish?").
const ZH_CUT = /(?<=[？?])|[，,。；;！!：:\n]+/;
const EN_CUT = /(?<=[.?!:;])\s+|\n+/;

export interface Clause {
  /** The folded clause, without the mark that ends it. */
  text: string;
  /** Whether it asks (see above). */
  asks: boolean;
}

/** Whether a folded question (or clause) is English: it holds no Chinese character. */
export function isEnglish(folded: string): boolean {
  return !/[\u3400-\u9fff]/.test(folded);
}

/** Whether one folded clause asks; a final question mark counts. */
export function clauseAsks(clause: string, english = isEnglish(clause)): boolean {
  if (!english) return ASKS.test(clause);
  if (EN_AUX.test(clause) || /\?$/.test(clause)) return true;
  // Inside a statement, "when" and "where" join a time or a place to it ("she was scared when she
  // heard …"); they ask only first, or after a verb of knowing ("I wonder when …").
  return EN_ASKS.test(clause.replace(EN_SUBORDINATE, ' '));
}
const EN_SUBORDINATE =
  /(?<!^|\b(?:know|knows|wonder|wondering|tell me|ask|asking|explain|find out|learn|sure|curious|say|says|said)\s)\b(?:when|where)\b/g;

/** The question's clauses, folded and cut at its marks (see ZH_CUT, EN_CUT), each read as asking or not. */
export function clausesOf(question: string): Clause[] {
  const folded = normalizeForMatch(question);
  const english = isEnglish(folded);
  return folded
    .split(english ? EN_CUT : ZH_CUT)
    .map((c) => c.trim())
    .filter((c) => c.length > 0)
    .map((c) => ({ asks: clauseAsks(c, english), text: c.replace(/[？?.!]+$/, '').trim() }))
    .filter((c) => c.text.length > 0);
}
