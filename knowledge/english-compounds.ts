/**
 * English noun compounds as whole concepts. "pet insurance", "index fund" or "stamp duty"
 * names one thing; a dictionary turns each word into its own Chinese word, and a passage holding
 * 宠物 in one sentence and 保险 in another speaks of two other things. A compound the question
 * asks about is held only where the translations of all its words stand together in one sentence
 * (宠物保险, 指数型基金); a passage that holds it only in pieces does not answer the question.
 */
import { contentWords, isGeneric, joinsNext } from './english-words.js';
import { tagOf, verbsOf } from './english-pos.js';
import { keyOf } from './cedict.js';
import { stem } from './natural.js';
import { normalizeForMatch } from './text.js';

interface Translated {
  source: string;
  terms: string[];
}

const SENTENCE = /[。！？；!?;\n]+/;

const NOUN = /^NNS?$/;
// Morphemes of financial instruments and their terms (insurance, loan, shares, bonds, currency, tax,
// interest, fees, funds, rates, deposits, accounts, collateral): a compound headed by one names a
// product or a charge (pet insurance, property tax), which the reports either name or lack.
const FINANCE = /[险贷股债币税息汇费款券基金额率储账帐单押]/;
const nounish = (word: string): boolean => NOUN.test(tagOf(word));

/**
 * The question's noun compounds, each as the translations of its words in order: adjacent nouns
 * (and adjectives before them) ending in a noun, with two or more translated units. A unit that only
 * grades (best, small) is no part of what is named; a capitalised word is a name of its own.
 */
export function compoundsOf(question: string, translations: Translated[]): string[][][] {
  const words = contentWords(question);
  const next = joinsNext(question);
  const verbs = verbsOf(question);
  // A word where a verb stands (to pledge, help balance) modifies no noun after it.
  const noun = (w: string): boolean => nounish(w) && lowerCase(w, question) && !verbs.has(w);
  const out: string[][][] = [];
  for (let i = 0; i < words.length;) {
    let j = i;
    if (noun(words[i] as string)) {
      while (j < words.length - 1 && next[j] === true && noun(words[j + 1] as string)) j += 1;
      while (j > i && !NOUN.test(tagOf(words[j] as string))) j -= 1;
    }
    if (j > i) {
      // A head the word before already ends in (risk reserve → 风险准备金, fund → 资金: 金) is written inside it.
      const units = unitsOf(words.slice(i, j + 1), translations).filter(
        (terms, k, all) => k === 0 || !terms.some((t) => (all[k - 1] ?? []).some((p) => p.length > 2 && p.endsWith(t.slice(-1)))),
      );
      // Cut after the last financial unit: "pet insurance limit" asks of pet insurance.
      const last = units.findLastIndex((terms) => terms.some((t) => FINANCE.test(t)));
      if (last >= 1) out.push(units.slice(0, last + 1));
    }
    i = j + 1;
  }
  return out;
}

/**
 * The question's lower-case noun compounds (two or three adjacent nouns) that the dictionary names
 * as one thing, with no Chinese word of the index for it (student loan → 助学贷款, index fund →
 * 指数基金): the reports never name the thing, whatever they say of each word.
 */
export function dictionaryCompounds(question: string, absent: ReadonlySet<string>, covered: ReadonlySet<string> = new Set()): string[] {
  const words = contentWords(question);
  const next = joinsNext(question);
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    for (let n = 3; n >= 2; n -= 1) {
      const span = words.slice(i, i + n);
      if (span.length < n || !next.slice(i, i + n - 1).every(Boolean)) continue;
      if (!span.every((w) => NOUN.test(tagOf(w)) && lowerCase(w, question))) continue;
      // A compound the glossary translated (trading centre → 交易中心) is no thing the reports lack.
      if (absent.has(keyOf(span)) && !span.every((w) => covered.has(stem(w)))) {
        out.push(span.join(' '));
        break;
      }
    }
  }
  return out;
}

/** Whether every compound of the question stands whole in some sentence of one of `texts`. */
export function holdsCompounds(question: string, translations: Translated[], texts: string[]): boolean {
  const compounds = compoundsOf(question, translations);
  if (compounds.length === 0) return true;
  const sentences = texts.flatMap((t) => normalizeForMatch(t).split(SENTENCE));
  return compounds.every((units) => sentences.some((s) => together(s, units)));
}

/**
 * Whether one of the words nothing translated is a compound the dictionary names (see
 * dictionaryCompounds) headed by a financial word (student loan, index fund): a financial
 * product or charge with a Chinese name of its own that no passage writes, so the reports lack it.
 */
export function lacksFinancialCompound(untranslated: string[], translations: Translated[]): boolean {
  return untranslated.some((phrase) => {
    const head = phrase.split(' ').at(-1);
    if (!phrase.includes(' ') || head === undefined) return false;
    return translations.some((t) => stem(t.source) === stem(head) && t.terms.some((zh) => FINANCE.test(zh)));
  });
}

/** An English question without the clause it sets aside ("Besides X, what …", "other than X"): no answer need hold X. */
export function withoutExclusions(question: string): string {
  return question.replace(/\b(?:besides|apart from|aside from|other than|except(?: for)?|excluding|not counting)\b[^,.;?]*/gi, ' ');
}

/** Whether `sentence` holds a term of each unit. */
function together(sentence: string, units: string[][]): boolean {
  return units.every((terms) => terms.some((t) => sentence.includes(normalizeForMatch(t))));
}

/** The Chinese terms of each translated phrase inside `words`, in order; grading words left out. */
function unitsOf(words: string[], translations: Translated[]): string[][] {
  const stems = words.map(stem);
  const units: string[][] = [];
  for (let k = 0; k < stems.length;) {
    const found = translations.find((t) => {
      const source = t.source.split(' ').map(stem);
      return source.length <= stems.length - k && source.every((s, n) => stems[k + n] === s);
    });
    if (!found) {
      k += 1;
      continue;
    }
    const zh = found.terms.filter((t) => /[\u3400-\u9fff]/.test(t));
    if (!isGeneric(found.source) && zh.length > 0) units.push(zh);
    k += found.source.split(' ').length;
  }
  return units;
}

const lowerCase = (word: string, question: string): boolean =>
  !new RegExp(`\\b${word[0]?.toUpperCase() ?? ''}${word.slice(1)}\\b`).test(question);
