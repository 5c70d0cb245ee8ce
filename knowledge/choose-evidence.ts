/**
 * The answer type's evidence over word overlap: the ranked sentences reordered so those that hold
 * what the question asks (a figure, a definition, names, a stated cause, a contrast, a prohibition)
 * come before those that only share its words.
 */
import { holdsAsked, statesCause } from './asked.js';
import type { Candidate } from './candidates.js';
import type { AnswerType } from './question.js';
import { formsAsked, givesForm } from './answer-forms.js';
import { cleanSentence, figuresFirst } from './sentences.js';
import { asksContrast, asksProhibition, contrasts, forbids, listHead, listsHead, strongCue } from './type-evidence.js';

/**
 * The ranked sentences reordered by what the question asks: a figure for a number or a date, a
 * definition, an agent or a list of names, a contrast, a prohibition. Each moves the sentences that
 * hold it (and cover the question) before those without, unless they score under half the best.
 */
export function byEvidence<T extends { c: Candidate; score: number; cov: number }>(
  ranked: T[],
  type: AnswerType,
  unit: string | null,
  question: string,
  floor: number,
  ordered: (c: Candidate) => boolean,
  meetsOrdinal: (c: Candidate) => boolean = () => false,
): T[] {
  // A sentence whose ordinal is not the asked one (第一家金交所 for the first trading centre) gives a look-alike fact.
  const covers = (x: T): boolean => x.cov >= floor && ordered(x.c);
  let whole = ranked;
  // A number or a date is what such a question asks: a sentence holding one (in the asked unit) goes first.
  if (type === 'number' || type === 'date') whole = figuresFirst(whole, (x) => covers(x) && holdsAsked(x.c.text, type, unit));
  // A definition question is answered where its subject is defined, not where it is named.
  const strong = strongCue(type, question);
  if (strong) whole = figuresFirst(whole, (x) => covers(x) && strong(x.c.text));
  // A list question is answered where the items listed are of the asked thing (…等目标, 获客成本、经营成本).
  const head = type === 'list' && /[\u3400-\u9fff]/.test(question) ? listHead(question) : null;
  if (head !== null) whole = figuresFirst(whole, (x) => covers(x) && listsHead(x.c.text, head));
  // Why, asked in Chinese, is answered where a cause is stated outright (之所以…是因为), not where one is narrated.
  // (In English the reordered first sentence meets the English gates, which then refused two answered questions.)
  if (type === 'reason' && /[\u3400-\u9fff]/.test(question)) whole = figuresFirst(whole, (x) => covers(x) && statesCause(x.c.text));
  // A question that asks how two things differ is answered where a sentence sets them against each other.
  if (asksContrast(question)) whole = figuresFirst(whole, (x) => covers(x) && contrasts(x.c.text));
  // What may not be done is answered by the rule that forbids it (不得…, 禁止…), not by the topic's name.
  if (asksProhibition(question)) whole = figuresFirst(whole, (x) => covers(x) && forbids(x.c.text));
  // The form the question asks its answer in (a title for which document, 位于 for where, the points of a list
  // for what measures): a sentence giving it goes before those that only share the question's words.
  for (const form of formsAsked(question)) whole = figuresFirst(whole, (x) => covers(x) && givesForm(cleanSentence(x.c.text), form));
  // The first of its kind (头一个这类交易所, 首批) is answered where a sentence says it is the first, with the
  // asked figure when one is asked: one about the kind's later history shares more of a long question's words.
  const figure = type === 'number' || type === 'date';
  whole = figuresFirst(whole, (x) => covers(x) && meetsOrdinal(x.c) && (!figure || holdsAsked(x.c.text, type, unit)));
  return whole;
}
