/**
 * The asker's own frame in an English question, the English mirror of the Chinese narrative before
 * the question clause: a lead-in before a colon that says who asks or why (Journalist here:, For my
 * thesis:), and the sentences in which the asker tells of themselves (My uncle says …; My pension
 * was in …) beside the sentence that asks. Their words say who asks and why: one the reports never
 * write (uncle, thesis, pension) is not a thing the question asks the reports about.
 */
import { englishTokens } from './cedict.js';

const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|my|me|we|our|us)\b/i;
/** Words that open a question sentence (besides its question mark). */
const OPENS_QUESTION =
  /^\s*(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|do|does|did|can|could|should|would|will|has|have|had)\b/i;
const LEAD_WORDS = 4;

/** A short lead-in before the question's first colon that names the asker or the occasion, not a subject. */
function leadIn(query: string): string | null {
  const m = /^([^:?!.]{1,48}):\s/.exec(query);
  const lead = m?.[1];
  if (!lead) return null;
  const words = lead.match(/[a-z']+/gi) ?? [];
  if (words.length === 0 || words.length > LEAD_WORDS || OPENS_QUESTION.test(lead)) return null;
  // "Wangjinshe:" or "Fushuibao:" name the subject; "One question:", "Journalist here:", "For my essay:" the asker.
  return FIRST_PERSON.test(lead) || /\b(?:here|questions?|query)\b/i.test(lead) ? lead : null;
}

/**
 * How the asker wants the answer said (in simple words, in plain English, in layman's terms, in a
 * nutshell) and for whom they ask (asking for a friend, client asking): the frame of the question,
 * never what it asks about (简单, 客户 pull passages that say them).
 */
const REGISTER =
  /\b(?:in\s+(?:(?:very\s+)?(?:simple|plain|easy|everyday|layman['’]?s?|laymen['’]?s?|non-technical|few)\s+(?:words?|terms|english|language)|a\s+nutshell|(?:short|brief)(?=\s*[,:]))|simply\s+put|put\s+simply|(?:for|to)\s+(?:a\s+)?(?:beginners?|newbies?|dummies|layman|laymen)|asking\s+for\s+(?:a|my)\s+[a-z]+|(?:client|customer|friend|colleague|reader|user)\s+(?:is\s+)?asking)\b/gi;

/** The query with an asker's lead-in and register blanked out (same length, so offsets still hold). */
export function withoutLeadIn(query: string): string {
  const lead = leadIn(query);
  const rest = lead ? ' '.repeat(lead.length + 1) + query.slice(lead.length + 1) : query;
  // "List" is the asker's verb (can you list, list the …), never the report's 挂牌 (listed on an exchange).
  return rest.replace(/\blist\b(?!\s+of\b)/gi, '    ').replace(REGISTER, (m) => ' '.repeat(m.length));
}

/**
 * The words (as `englishTokens` spells them) of the asker's lead-in and of sentences that tell of
 * the asker (a first-person sentence that does not ask) in a question that asks in another sentence.
 */
export function askerWords(query: string): Set<string> {
  const out = new Set<string>();
  const lead = leadIn(query);
  if (lead) for (const w of englishTokens(lead)) out.add(w);
  const sentences = withoutLeadIn(query).match(/[^.?!]+[.?!]*/g) ?? [];
  const asks = (s: string): boolean => /\?\s*$/.test(s) || OPENS_QUESTION.test(s);
  if (!sentences.some(asks)) return out;
  for (const s of sentences) if (!asks(s) && FIRST_PERSON.test(s)) for (const w of englishTokens(s)) out.add(w);
  return out;
}
