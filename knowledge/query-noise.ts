/**
 * Bigrams the asker's grammar makes, not the asker's subject. A question's bigrams are cut across
 * the words it is written in: 心是 (交易中心|是), 年在 (哪年|在), 有政 (有|政府), 到现 (到|现在). Such a
 * juxtaposition is rare in the reports, so its idf is the highest of the question's, and a passage
 * that happens to hold one outranks the passage that holds the subject (the r8 authors' long,
 * colloquial questions hold six to twelve of them). A straddling bigram is not dropped: some are
 * real words jieba cuts otherwise, and some mark a phrase the answer repeats. It weighs at most
 * what a typical word of the question weighs (see `straddleFactor`).
 */
import { tagWords, type TaggedWord } from './jieba.js';

/** jieba's tags of grammar and story words: pronoun, preposition, conjunction, particle, adverb, localizer, classifier, time, modal, interjection, onomatopoeia, state. */
const GRAMMAR_TAG = /^(?:r|p|c|u[a-z]*|d|f|q|t|y|e|o|z[a-z]*)$/;

const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const HAN_PAIR = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2}$/;

/**
 * A grammar word, or a one-character verb (是, 有, 说, 借, 兜): what a bigram reaching into it borrows
 * is no subject. A one-character noun or name (年, 金 of an unknown 年金险) is not: the dictionary
 * splits a word it lacks into such characters, and their bigrams are that word.
 */
const weakWord = (w: TaggedWord): boolean => GRAMMAR_TAG.test(w.tag) || (w.word.length === 1 && /^v/.test(w.tag));

/** Marks each character of `text` that lies inside an occurrence of one of the terms. */
function shieldedBy(text: string, terms: readonly string[]): boolean[] {
  const shielded = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    if (term.length < 2) continue;
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) shielded.fill(true, at, at + term.length);
  }
  return shielded;
}

/**
 * The bigrams of `text` every occurrence of which straddles two words of jieba's dictionary cut
 * and reaches into a weak word (中心|是, 哪年|在, 手机|上|借), outside every known term (`terms`: the
 * glossary's and the banks' words found in the question, so 金交所 or 网金社 is never three
 * one-character words). A bigram between two content words (优化|监管 as 化监, 资产|交易 as 产交) is
 * the phrase itself and stays. `text` is the folded question with words of asking blanked. The
 * dictionary alone cuts: its HMM would glue the asker's juxtapositions (爸前, 而生) into words.
 */
export function straddlingTokens(text: string, terms: readonly string[]): Set<string> {
  if (!HAN_RUN.test(text)) return new Set();
  const shielded = shieldedBy(text, terms);
  // One cut of the whole text (its words' lengths add up to the text's): a call per run costs more.
  const wordOf: number[] = [];
  const weak: boolean[] = [];
  const wordLength: number[] = [];
  tagWords(text, false).forEach((w, i) => {
    for (let c = 0; c < w.word.length; c += 1) {
      wordOf.push(i);
      weak.push(weakWord(w));
      wordLength.push(w.word.length);
    }
  });
  const straddles = new Map<string, boolean>();
  const han = (i: number): boolean => i >= 0 && i < text.length && HAN_RUN.test(text[i] as string);
  for (let i = 0; i < text.length; i += 1) {
    // A character standing alone between blanks (看 of 它怎么看, 要 of 要好多钱): the index holds such a
    // character only where a text has it alone too, so its idf is high and what it matches is chance.
    if (han(i) && !han(i - 1) && !han(i + 1)) straddles.set(text[i] as string, true);
    const gram = text.slice(i, i + 2);
    if (!HAN_PAIR.test(gram)) continue;
    const guarded = shielded[i] === true && shielded[i + 1] === true;
    const across = wordOf[i] !== wordOf[i + 1] && (weak[i] === true || weak[i + 1] === true);
    // A grammar word of its own (经常, 如果, 这么, 不少): the asker's way of speaking, not the subject.
    const grammar = wordOf[i] === wordOf[i + 1] && weak[i] === true && wordLength[i] === 2;
    straddles.set(gram, (straddles.get(gram) ?? true) && !guarded && (across || grammar));
  }
  return new Set([...straddles].filter(([, straddling]) => straddling).map(([gram]) => gram));
}

/** The known terms (glossary and bank words) a question holds, found through their first two characters. */
export function createTermFinder(terms: Iterable<string>): (text: string) => string[] {
  const byPrefix = new Map<string, string[]>();
  for (const term of new Set(terms)) {
    if (term.length < 2) continue;
    const key = term.slice(0, 2);
    byPrefix.set(key, [...(byPrefix.get(key) ?? []), term]);
  }
  return (text) => {
    const found = new Set<string>();
    for (let i = 0; i + 2 <= text.length; i += 1)
      for (const term of byPrefix.get(text.slice(i, i + 2)) ?? []) if (text.startsWith(term, i)) found.add(term);
    return [...found];
  };
}

/**
 * Each straddling bigram's weight factor: its idf is capped at the median idf of the question's
 * other bigrams, so it counts as much as a typical word of the question and no more. A question
 * with no other bigram leaves its straddlers as they are.
 */
export function straddleFactor(
  straddling: ReadonlySet<string>,
  tokens: readonly string[],
  idf: (t: string) => number,
): (t: string) => number {
  const others = tokens
    .filter((t) => t.length === 2 && !straddling.has(t))
    .map(idf)
    .sort((a, b) => a - b);
  const median = others[Math.floor(others.length / 2)];
  if (median === undefined || straddling.size === 0) return () => 1;
  return (t) => (straddling.has(t) ? Math.min(1, median / Math.max(idf(t), 1e-9)) : 1);
}
