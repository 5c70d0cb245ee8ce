/**
 * Finding a rule's triggers in an offer, and deciding whether each occurrence is a claim.
 *
 * - Negation in the clause shortly before a trigger blocks it (不保本, 不承诺保本, 并非金交所产品,
 *   "not guaranteed").
 * - A warning frame (警惕, 谨防, 所谓) marks the words as quoted, not claimed.
 * - A question about the term itself ("这个保本吗？", "是否保本") is the user asking, not the offer
 *   claiming: that occurrence is not evidence. Facts stated elsewhere in the same message still are,
 *   so "保本吗？年化12%" reports the yield but not a guarantee. Names of venues are always evidence,
 *   asked about or not: the user was pitched something from that venue.
 */
import { normalizeForMatch } from '../knowledge/text.js';
import { NEGATED_MANDATE, OWN_CASE, universalDenial } from './notices.js';
import { folded, unfold } from './phrase-gaps.js';
import { presenceOf } from './presence.js';
import type { Evidence } from './types.js';
import { unitTest } from './fast-regex.js';

// A dash ends a clause too: in "not a scam — guaranteed 15%" the not is about the scam.
const CLAUSE_BREAK = /[，,。；;！？!?\n:：—]/;
const isClauseBreak = unitTest(CLAUSE_BREAK);
const isSpace = unitTest(/\s/);
// 打破/杜绝/破除 (打破刚性兑付, 杜绝刚兑) are the regulators' words for ending a practice: they negate it.
const NEGATION =
  /(不|非|无|未|没有|没|并非|并不|不会|不得|严禁|禁止|打破|杜绝|破除|摒弃|\bnot\b|\bno\b|\bnever\b|\bwithout\b|\bnon-?|\bnobody\b|\bno one\b|\bnothing\b(?! (?:beats|compares|like|else)\b)|\bcannot\b|n't\b)/;
// Words that contain a negator but negate nothing. 无条件/无限/无偿 intensify a guarantee (全额无条件连带责任担保).
const FALSE_NEGATION =
  /想不想|要不要|愿不愿意|信不信|非常|不仅|不但|不少|不断|无论|不管|并且|非法|非标|无数|不错|未来|不限|不过|无条件|无限|无偿/g;
// 识别 as in 识别伪金交所 (how to recognise one), not 文字识别 (OCR: a screenshot read as text).
const WARNING_FRAME = /警惕|谨防|提防|所谓|小心|防范|当心|(?<!文字|图像|图片|人脸|语音|ocr)识别|骗局|beware|so-called/;
// "保本不保息" claims a guarantee; only a trailing 不/没 ("保本不？") asks.
// 呢 asks only before a question mark: "政府兜着呢" is a reassurance.
const ASKED_AFTER = /^\s*(?:的|型的?)?\s*(吗|么|嘛|呢(?=\s*[?？])|\?|？|(?:不|没)(?=\s*(?:[?？]|$)))/;
const ASKED_BEFORE = /(是否|是不是|有没有|能不能|会不会|能否|\bis it\b|\bare they\b|\bis this\b)\s*$/;
// 真的 asks only in a question (真的保本吗？); stated, it is emphasis (我们真的保本).
const REALLY_BEFORE = /真的\s*$/;
const QUESTION_AHEAD = /^[^，,。！!；;\n]{0,12}?(?:吗|么|[?？])/;

export interface Occurrence extends Evidence {
  /** The trigger as written in the rule (term or pattern source). */
  trigger: string;
}

/** Start of the clause holding `at` (after the last comma, full stop or line break before it). */
// No frame or negator reaches further back than this, and a bound keeps a check linear on long text.
const MAX_CLAUSE = 40;

function clauseStart(norm: string, at: number): number {
  let from = at;
  while (from > 0 && at - from < MAX_CLAUSE && !isClauseBreak(norm[from - 1]) && !(norm[from - 1] === '.' && isSpace(norm[from] ?? '')))
    from -= 1;
  return from;
}

// A negator governs the verb right after it; a word that opens the next predicate (由, 就, 则, 时, 的话)
// ends its reach: in 到期不兑付由担保公司代偿 the 不 negates 兑付, not the guarantee that follows.
// Auxiliaries after the negator belong to it (不会由… still negates 由).
// (The look-ahead takes them all at once: a backtracking * would hand 会 to the verb.)
const SCOPE_END = /^(?=((?:会|能|可|要|是|再|用|必|需|该|应|得|法)*))\1.{1,6}?(?:由|就|则|便|时|的话|那么)/u;
const NEGATOR_AT = new RegExp(NEGATION.source, 'g');

/** True when a negator in `before` reaches its end: no predicate opener stands between them. */
export function negationReaches(before: string, negators: RegExp = NEGATOR_AT, falseNegation: RegExp = FALSE_NEGATION): boolean {
  const cleaned = before.replace(falseNegation, (w) => ' '.repeat(w.length));
  let reaches = false;
  for (const m of cleaned.matchAll(negators)) {
    reaches = /[a-z]/.test(m[0]) || !SCOPE_END.test(cleaned.slice((m.index ?? 0) + m[0].length));
  }
  return reaches;
}

export function isNegated(norm: string, start: number): boolean {
  // English puts more words between the negator and the claim ("we do not currently guarantee").
  const reach = /[a-z]/.test(norm[start] ?? '') ? 24 : 8;
  const clause = clauseStart(norm, start);
  const from = Math.max(clause, start - reach);
  // A negated mandate (从未授权任何人以本公司名义在朋友圈…) disowns the whole act it names, to the clause end.
  const before = norm.slice(clause, start);
  return (
    negationReaches(norm.slice(from, start)) ||
    NEGATED_LIST.test(norm.slice(Math.max(clause, start - 48), start)) ||
    NEGATED_MANDATE.test(before) ||
    universalDenial(before, norm)
  );
}

/** A denial that runs through a list to the word ("we do not accept Bitcoin or any other crypto"): it denies each item. */
const NEGATED_LIST = /\b(?:not|never|no|n't)\b(?: \w+){1,4} or (?:any )?(?:other )?$/;

/** A rate denied for everyone (没有任何理财能做到年化10%, "no bank can pay 10%") is offered by no one. */
export const isDeniedForAll = (norm: string, start: number): boolean => universalDenial(norm.slice(clauseStart(norm, start), start), norm);

export function isWarned(norm: string, start: number): boolean {
  return WARNING_FRAME.test(norm.slice(clauseStart(norm, start), start));
}

// One text is checked at a time: remembering the last answer keeps isAsked linear over a text's triggers.
let lastNorm = '';
let lastOwnCase = false;
function ownCase(norm: string): boolean {
  if (norm !== lastNorm) [lastNorm, lastOwnCase] = [norm, OWN_CASE.test(norm)];
  return lastOwnCase;
}

export function isAsked(norm: string, start: number, end: number): boolean {
  // A victim whose money is already in asks about their own case: the words asked about are what they met.
  if (ownCase(norm)) return false;
  const before = norm.slice(Math.max(0, start - 6), start);
  return (
    ASKED_AFTER.test(norm.slice(end, end + 5)) ||
    ASKED_BEFORE.test(before) ||
    (REALLY_BEFORE.test(before) && QUESTION_AHEAD.test(norm.slice(end)))
  );
}

/** A rule term folded once at load, so a check never folds the same words again. */
export interface TermKey {
  term: string;
  key: string;
  /** Latin terms match whole words only ("token" is not in "tokenize"). */
  latin: boolean;
}

export function compileTerms(terms: readonly string[]): TermKey[] {
  return terms.map((term) => {
    const key = normalizeForMatch(term);
    return { term, key, latin: /^[a-z0-9 .'-]+$/.test(key) };
  });
}

const WORD_CHAR = /[a-z0-9]/;

/** Occurrences of terms (case- and width-insensitive) and patterns in `norm`, reported on `text`. */
export function findTriggers(text: string, norm: string, terms: readonly (string | TermKey)[], patterns: readonly RegExp[]): Occurrence[] {
  const out: Occurrence[] = [];
  const keys = terms.length > 0 && typeof terms[0] === 'string' ? compileTerms(terms as string[]) : (terms as TermKey[]);
  const present = keys.length > 0 ? presenceOf(norm) : null;
  for (const { term, key, latin } of keys) {
    if (present && !present.may(key)) continue;
    for (let at = norm.indexOf(key); at >= 0; at = norm.indexOf(key, at + 1)) {
      const end = at + key.length;
      if (latin && (WORD_CHAR.test(norm[at - 1] ?? '') || WORD_CHAR.test(norm[end] ?? ''))) continue;
      out.push({ trigger: term, text: text.slice(at, end), start: at, end });
    }
  }
  for (const re of patterns) {
    for (const m of norm.matchAll(re)) {
      const at = m.index ?? 0;
      if (m[0].length > 0) out.push({ trigger: re.source, text: text.slice(at, at + m[0].length), start: at, end: at + m[0].length });
    }
  }
  // A pattern's gap may hold a whole phrase (a quoted name, an amount, a company name): read the folded text too.
  const f = patterns.length > 0 ? folded(norm) : null;
  if (f)
    for (const re of patterns)
      for (const m of f.norm.matchAll(re)) {
        if (m[0].length === 0) continue;
        const [start, end] = unfold(f, m.index ?? 0, (m.index ?? 0) + m[0].length);
        out.push({ trigger: re.source, text: text.slice(start, end), start, end });
      }
  return out.length > 1 ? dedupe(out) : out;
}

/** Keeps the longest of overlapping occurrences, in text order. */
export function dedupe<T extends Evidence>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const item of sorted) if (!kept.some((k) => item.start < k.end && item.end > k.start)) kept.push(item);
  return kept.sort((a, b) => a.start - b.start);
}
