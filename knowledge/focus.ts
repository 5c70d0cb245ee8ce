/**
 * The question's focus: the thing it asks about, as against the scene it sets. "在某所买卖份额，
 * 佣金怎么算" sets a scene (the exchange, a trade) and asks for one attribute (the commission); a
 * sentence that only names the centre repeats the scene. The focus is read by plain grammar:
 * - in a question of several clauses, the clause that asks (holds the question word) is the focus,
 *   the others set the scene (a story first, then the question, is how people ask);
 * - in one clause, the noun phrase the question word binds: a count's object after 多少 (多少家公司),
 *   an attribute before 是多少/怎么/如何 (佣金怎么算 → 佣金), the phrase after English what or
 *   how many (what trading fee …, how many firms …).
 */
import { clausesOf as readClauses } from './clauses.js';

// Words around the question word that name nothing: fillers, pronouns, the asker's hedges.
const FILLER =
  /请问|想问(?:一?下)?|我想知道|到底|究竟|具体|大概|大约|一般|通常|主要|它们?|他们|这个|那个|这些|那些|这种|那种|[呢啊呀吧嘛么]|^[是的和与及]|[是的了]$/g;
// What binds the phrase the question asks about: a count's object after it (多少家公司), an asked
// attribute before it (佣金怎么算, 门槛是多少). Which-questions (哪几个省市, which bank) name a
// category their answer fills with names, and when-questions ask a date: neither binds a focus.
const AFTER_WORD = /(?:有多少|多少)[家个项种条笔名只位人]?([\u4e00-\u9fffA-Za-z0-9]{2,12})/;
const BEFORE_WORD =
  /([\u4e00-\u9fffA-Za-z0-9]{2,12}?)(?:到底|究竟|具体|大概|一般)?(?:是|有|为|要)?(?:怎么|怎样|如何|多少|多大|多高|多长|多久)/;
const ENGLISH_WH =
  /\bwhat(?: kind of| kinds of| type of| types of| sort of)?\s+([a-z][a-z' -]{2,40}?)\s+(?:does|do|did|is|are|was|were|has|have|had|can|could|should|will|would)\b|\bhow (?:many|much)\s+([a-z][a-z' -]{2,40}?)\s+(?:does|do|did|is|are|was|were|has|have|had|can|could|should|will|would|got|get)\b/;
const MIN_FOCUS = 2;
const MIN_SCENE = 8;

/** The focus of one asking clause: the phrase its question word binds, or null when it binds none. */
function phraseOf(clause: string): string | null {
  const english = ENGLISH_WH.exec(clause);
  if (english) return (english[1] ?? english[2] ?? '').trim() || null;
  const after = AFTER_WORD.exec(clause)?.[1]?.replace(FILLER, '');
  if (after && after.length >= MIN_FOCUS) return after;
  const before = BEFORE_WORD.exec(clause)?.[1]?.replace(FILLER, '');
  return before && before.length >= MIN_FOCUS ? before : null;
}

/**
 * The clause that asks, when the question sets a scene first (a story, then the question): null
 * when it has one clause or several that ask.
 */
export function askingClauseOf(question: string): string | null {
  const clauses = readClauses(question);
  const at = clauses.findIndex((c) => c.asks);
  if (at < 1 || clauses.slice(at + 1).some((c) => c.asks)) return null;
  // A short lead (从长远看, according to X) qualifies the question; a scene is a story told before it.
  if (
    clauses
      .slice(0, at)
      .map((c) => c.text)
      .join('').length < MIN_SCENE
  )
    return null;
  const clause = (clauses[at]?.text ?? '').replace(FILLER, '');
  return clause.length >= MIN_FOCUS ? clause : null;
}

/**
 * What the question asks about, or null when it is all focus (one clause whose question word binds
 * no phrase): the asking clause of a question with a scene, else the phrase the question word binds.
 */
export function focusOf(question: string): string | null {
  const clauses = readClauses(question);
  const asking = clauses.filter((c) => c.asks).map((c) => c.text);
  if (asking.length === 0) return null;
  if (asking.length === 1 && clauses.length > 1) {
    const clause = (asking[0] as string).replace(FILLER, '');
    return clause.length >= MIN_FOCUS ? clause : null;
  }
  return asking.length === 1 ? phraseOf(asking[0] as string) : null;
}
