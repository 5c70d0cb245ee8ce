/**
 * Questions about a term, not about the offer (什么是保本保息？, 资金池为什么不合规？, "Is P2P lending legal?"): the
 * clauses of a question sentence that ./context.ts frames as asked. A question about this offer (这个, 靠谱吗,
 * "is this legit") asks nothing of a term.
 */
import {
  ABOUT_THIS,
  COMPARE,
  DEFINE,
  EXPLAIN_REQUEST,
  INDIRECT_QUESTION,
  POINTS_BACK,
  QUESTION_WORD,
  REPORTED_ASKER,
} from './frame-cues.js';
import { CLAUSE_END, type Span } from './frame-reach.js';
import { ASK_THE_ROOM, tellsPitch } from './notices.js';
import { unitTest } from './fast-regex.js';

const isClauseEnd = unitTest(CLAUSE_END);

function isQuestion(text: string): boolean {
  // A definition asked without a question mark (…刚性兑付是什么意思。) is still a question.
  // So is an indirect question (我想知道什么是资金池。, "I wonder what a cash pool is.").
  return (
    /[?？]\s*[”"」]?\s*$/.test(text) ||
    /(?:吗|么|呢|什么意思|啥意思|是什么|是啥|怎么回事|有(?:什么|啥)(?:不同|区别|差别|差异|两样))\s*[”"」]?\s*[。.]?\s*$/.test(text) ||
    INDIRECT_QUESTION.test(text) ||
    (EXPLAIN_REQUEST.test(text) && QUESTION_WORD.test(text))
  );
}

// What a named term means (朋友推荐的“定融”到底是什么意思？, 'what does "rollover" mean?') asks about the word, whoever
// mentioned it. The term is quoted or short and holds no figure: a quoted rate (“月息2分”是什么意思) is still asked about,
// but a pitch quoted whole is not a term.
const MEANING =
  /[“"「『][^”"」』\d]{1,16}[”"」』](?:到底|究竟|具体)?(?:是)?(?:个)?(?:什么|啥)(?:意思|东西|玩意儿?)|的[^，,。？?“”"\s\d]{1,8}(?:到底|究竟)?是(?:什么|啥)意思|\bwhat (?:does|do) ["“][^"”\d]{1,30}["”] (?:actually |really |exactly )?mean\b|\bwhat is meant by\b|\bwhat ["“][^"”\d]{1,30}["”] (?:actually |really )?means\b/;

// The word is named by what it is called (叫…的东西, 有种说法叫…), not by what it pays: 有个叫鑫融的平台 names a venue.
const NAMED_WORD =
  /(?:词|说法|东西|概念|名词|玩意儿?|叫法|术语)叫(?:做)?|叫(?:做)?[“"「]?[^，,。？?\d]{1,12}?[”"」]?的(?:东西|玩意儿?|说法|概念|词|名词)|\b(?:something|a thing|a term|a word|a phrase|stuff) called\b|\b(?:mentioned|mentions|keeps? saying|heard of|hearing about)\s+(?:the (?:term|word|phrase)\s+)?["“]/;
// Digits inside a name (P2P, MT4, Web3) are not a figure.
const hasFigure = (text: string): boolean => /\d/.test(text.replace(/[a-z]+\d+[a-z]*/g, ''));

const DISBELIEF = /(?:天下)?哪(?:有|会有|来的)(?:这(?:种|么|样))?(?:好|便宜)?(?:的)?(?:事|好事|便宜事|产品)?|\bno such thing\b/g;

// "how can I tell if a product is filed with one?": the asker asks how anyone recognises such a thing, not about
// an offer in hand; "how can I tell if this one is legit" still points at one (this).
const GENERAL_HOW =
  /\bhow (?:can|do|could|would|should|might) (?:i|we|you|one|people|investors?) (?:tell|know|spot|recogni[sz]e|identify|check|verify|avoid|distinguish)\b/g;

/** Clauses of a question sentence that ask about a term, not about the offer. */
export function askedClauses(norm: string, s: Span): Span[] {
  const text = norm.slice(s.start, s.end);
  // "can somebody here explain…", 有没有人知道…: the someone asked is the room, not a seller of an offer in hand.
  // "“推荐一人返300”这种模式", "资金池这种做法": the demonstrative points back at the term named, not at an offer in hand.
  // "我说哪有这种事": the answerer's disbelief points at the claim asked about, not at an offer in hand.
  const about = text
    .replace(DISBELIEF, ' ')
    .replace(ASK_THE_ROOM, ' ')
    .replace(EXPLAIN_REQUEST, ' ')
    .replace(POINTS_BACK, ' ')
    .replace(REPORTED_ASKER, ' ')
    .replace(GENERAL_HOW, ' ');
  // A question that tells its pitch (a seller, a recipient, a channel with a rate) is about that offer, as 这个 is.
  const aboutThis = ABOUT_THIS.test(about) || tellsPitch(about);
  // A word named as a word (有个叫定融的东西, 一个词叫刚兑, "something called X") and then asked about, with no figure: the
  // whole sentence asks what the word means; its 这 points at the word, not at an offer in hand.
  if (isQuestion(text) && NAMED_WORD.test(text) && !hasFigure(text)) return [s];
  if (!isQuestion(text) || (aboutThis && !COMPARE.test(text) && !MEANING.test(text.replace(/[a-z]+\d+[a-z]*/g, 'x')))) return [];
  // With no figure stated, the whole sentence is a question about the words in it
  // ("保本保息的产品可信吗？", "Are P2P platforms still legal?").
  // Several clauses before the question mark are a pitch being asked about, not a term.
  // Digits inside a name (P2P, MT4, Web3) are not a figure.
  if (!/\d/.test(text.replace(/[a-z]+\d+[a-z]*/g, '')) && !CLAUSE_END.test(text.replace(/[?？。！!\s”"」]+$/, ''))) return [s];
  const out: Span[] = [];
  let from = s.start;
  for (let i = s.start; i <= s.end; i += 1) {
    if (i < s.end && !isClauseEnd(norm[i])) continue;
    const clause = norm.slice(from, i);
    if (DEFINE.test(clause.trimStart()) || COMPARE.test(clause)) out.push({ start: from, end: i });
    from = i + 1;
  }
  return out;
}

// "A friend mentioned “rollover”. What does it mean?", 朋友说了个“定融”，这是啥意思？: a meaning question whose anaphor points
// at a term the sentence before only named, quoted and with no figure in it. That term is what is asked about.
const ANAPHORIC_MEANING =
  /^\s*(?:(?:so |but |and )?what (?:does|do) (?:it|that|this|they|those) (?:actually |really |exactly )?mean\b|(?:这|那|它)(?:个)?(?:到底|究竟|具体)?(?:是)?(?:什么|啥)意思|(?:到底|究竟)?(?:是)?(?:什么|啥)意思)/;
const MENTIONED =
  /(?:\b(?:mentioned|mentions|said|says|used|uses|keeps? saying|talked about|told me about)\s+(?:the (?:word|term|phrase)\s+)?|(?:提到|提了|提起|说了(?:个|句)?|讲了(?:个)?|听说了?|听到)(?:一个|个)?(?:词|说法)?)[“"「]([^”"」]{1,30})[”"」]/g;

/** The quoted term of the sentence before `s` that an anaphoric meaning question in `s` asks about, if any. */
export function mentionedTerm(norm: string, prevStart: number, s: Span): Span | null {
  if (prevStart >= s.start || !ANAPHORIC_MEANING.test(norm.slice(s.start, s.end))) return null;
  const before = norm.slice(prevStart, s.start);
  const last = [...before.matchAll(MENTIONED)].pop();
  // Digits inside a name (P2P, Web3) are no figure; a rate (“2% a month”) is a pitch asked about, not a term.
  if (!last || /\d/.test((last[1] ?? '').replace(/[a-z]+\d+[a-z]*/g, ''))) return null;
  const at = prevStart + (last.index ?? 0);
  return { start: at, end: at + last[0].length };
}
