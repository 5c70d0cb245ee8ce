/**
 * What the question asks for, read in a sentence: the unit a "how many" counts in (几家 → 家, 占比 → a
 * share) and whether a sentence holds the asked kind of answer in that unit. Shared by the sentence
 * choice (choose.ts, choose-parts.ts) and the figure reordering of passages (figure-rank.ts).
 */
import type { AnswerType } from './question.js';
import { holdsType } from './sentences.js';
import { normalizeForMatch } from './text.js';

/** What a share is written as: a percentage, a fraction (四分之一), 几成 or 过半. */
export const SHARE = '[%％]|百分之|分之[\\d一二三四五六七八九十]|[\\d一二三四五六七八九十]成(?![立为功本员交])|过半|半数|一半|近半|大半';
const CALENDAR = /(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?|\d{1,2}\s*月\s*\d{1,2}\s*[日号]/g;

/**
 * The unit a "how many" asks in (几家, 多少家 → 家), so a count of the wrong thing is not taken for it.
 * Only a number question has one: in 哪几个地方…哪天 the 几个 asks for names, and the date is the figure.
 */
export function unitOf(question: string, type: AnswerType): string | null {
  if (type !== 'number') return null;
  const folded = normalizeForMatch(question);
  // A share (占比多少, 比例多大) is answered by a percentage, a fraction or 几成, never by a count.
  // A rate of return (几个点, 年化多少, what annual return) is a percentage too.
  if (
    /占比|比例|比重|份额|百分之|几成|多少成|几分之|占(?:了)?多少|几个(?:百分)?点|(?:多少|好多)(?:的)?(?:利息|回报)|(?:利息|回报)[^，,。？?]{0,4}(?:多少|好多|几个?点)|多少个(?:百分)?点|年化|收益率|回报率|利率|(?:what|which) (?:share|percentage|proportion|fraction)|\b(?:market|mkt) shares?\b|%\s*of\b|\b(?:return|yield|interest rate)s?\b/.test(
      folded,
    )
  )
    return SHARE;
  const counted = /(?:多少|好多|几)\s*(家|个|人|亿|万|元|笔|项|次|倍|种|类|名|只|款|条|户|张|批)/.exec(folded)?.[1];
  // A count noun names its unit (家数 → 家, 人数 → 人) as 多少家 does.
  return counted ?? /(家|个|(?<!个)人|笔|户)数(?![据字码])/.exec(folded)?.[1] ?? englishUnit(folded);
}

/**
 * The Chinese measure word an English "how many" counts in: firms of every kind are counted in 家,
 * people in 人 (名), projects in 个/项, batches in 批; other nouns set no unit.
 */
function englishUnit(question: string): string | null {
  const after = /\bhow many ((?:of )?(?:the |these |those |such )?(?:[a-z'-]+ ?){1,3})/i.exec(question)?.[1] ?? '';
  // The counted noun is one of the next three words (how many [small] [lending] firms).
  for (const noun of after.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (
      /^(?:compan(?:y|ies)|firms?|platforms?|exchanges?|banks?|lenders?|institutions?|insurers?|centres?|centers?|businesses|enterprises?|outfits?|sites?|websites?|operators?)$/.test(
        noun,
      )
    )
      return '家';
    if (/^(?:people|persons?|investors?|users?|customers?|clients?|members?|staff|employees?|victims?)$/.test(noun)) return '[人名]';
    if (/^(?:batch(?:es)?|rounds?)$/.test(noun)) return '批';
  }
  return null;
}

/** Whether a sentence holds the kind of answer asked for, in the asked unit when there is one (几家 → 家). */
export function holdsAsked(text: string, type: AnswerType, unit: string | null): boolean {
  // A calendar date (2023年, 3月25日) says when, not how much: an amount question needs another figure.
  const folded = type === 'number' ? normalizeForMatch(text).replace(CALENDAR, ' ') : normalizeForMatch(text);
  return (
    holdsType(folded, type) &&
    (unit === null || new RegExp(unit === SHARE ? SHARE : `[\\d一二三四五六七八九十百千万两几数多余]\\s*${unit}`).test(folded))
  );
}

// A cause stated outright (之所以…是因为, 原因在于, 主要原因是): a word such as 所以 or 导致 alone often only narrates.
const STATED_CAUSE = /之所以|是因为|原因在于|原因是|原因之一|主要原因|根源在于|症结在于|归因于|源于|缘于|得益于|由于[^，。；]{2,30}[，,]/;

/** Whether a sentence states a cause outright (之所以…是因为, 原因在于), not only narrates one (所以, 导致). */
export function statesCause(text: string): boolean {
  return STATED_CAUSE.test(normalizeForMatch(text));
}

/**
 * Whether a sentence gives the asked kind of answer outright, strongly enough to be shown from a
 * passage that was not itself read (the one after the subject's, candidates.ts): a figure in the
 * asked unit, a date, a stated cause, or the type's strong cue (a list of names, an agent, a
 * definition of the subject). Other kinds (how-to, yes/no) are too loose to tell from a sentence alone.
 */
export function givesAnswer(text: string, type: AnswerType, unit: string | null, strong: ((text: string) => boolean) | null): boolean {
  if (type === 'number') return unit !== null && holdsAsked(text, type, unit);
  if (type === 'date') return holdsAsked(text, type, unit);
  if (type === 'reason') return statesCause(text);
  return (type === 'list' || type === 'entity' || type === 'definition') && strong !== null && strong(text);
}
