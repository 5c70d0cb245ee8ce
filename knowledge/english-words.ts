/**
 * The English words a query translation leaves alone or treats as framing: words of asking and of
 * the question's frame (they translate into noise), and words that grade or hedge (they never name
 * something the reports might lack). Written from general English, not from any question set.
 */
import { englishTokens } from './cedict.js';
import { isMonthWord, numberTerms } from './english-forms.js';
import { ENGLISH_STOPWORDS } from './natural.js';
import { ASKING, VAGUE } from './english-frame-words.js';

export { ASKING } from './english-frame-words.js';
export { hyphenParticles, joinHyphens, joinPinyinMarks } from './english-spelling.js';

// Words that grade, hedge or frame rather than name (will, next, good, small, going): the dictionary
// knows few senses for some of them (small), yet they never name something the reports might lack,
// so a question using one is not taken for one about an absent subject.
export const GENERIC = new Set([
  'will',
  'would',
  'could',
  'should',
  'can',
  'may',
  'might',
  'must',
  'shall',
  'next',
  'last',
  'now',
  'today',
  'currently',
  // Now as a time frame (at present, at the moment): when asked of, not a subject of its own.
  'present',
  'moment',
  // The verb of asking for a definition (how is X defined?): a defining sentence (定义为) ranks first, yet none need say it.
  'define',
  'defines',
  'defined',
  'definition',
  'good',
  'better',
  'best',
  'bad',
  'worse',
  'worst',
  'right',
  'wrong',
  'put',
  'place',
  'going',
  'go',
  'get',
  'got',
  'make',
  'made',
  'far',
  'considered',
  'consider',
  'small',
  'big',
  'large',
  'little',
  'very',
  'well',
  'typically',
  'usually',
  'generally',
  'any',
  'other',
  'whole',
  'like',
  'so',
  'still',
  'even',
  'ever',
  'just',
  'lot',
  'lots',
  'cheap',
  'cheaply',
  'worth',
  'based',
  'help',
  'start',
  'year',
  'years',
  // The corpus's own country as an adjective frames every question about it: no answer need say 中国.
  'chinese',
]);

/**
 * Whether every word of an English phrase only grades or frames (see GENERIC). A month says when,
 * as a year does, and a number word how many: neither names a subject the reports might lack.
 */
export const isGeneric = (phrase: string): boolean =>
  // "how large", "how big": the dimension asked, not a thing the answer must name.
  /^how [a-z]+$/.test(phrase) ||
  phrase.split(' ').every((w) => GENERIC.has(w) || ASKING.has(w) || ENGLISH_STOPWORDS.has(w) || isMonthWord(w) || numberTerms(w) !== null);

const isContent = (w: string): boolean => w.length > 1 && !ENGLISH_STOPWORDS.has(w) && !ASKING.has(w) && !VAGUE.has(w);

/** English words of the query a translation must account for: not stop words, not asking, not numbers. */
export function contentWords(query: string): string[] {
  return englishTokens(query).filter(isContent);
}

/** The query's Latin words with their spans, each marked content or not (a small word). */
function wordTokens(query: string): Array<{ content: boolean; start: number; end: number }> {
  return [...query.matchAll(/[a-z]+/gi)].map((m) => ({
    content: isContent(englishTokens(m[0])[0] ?? ''),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * For each of `contentWords(query)`, whether the next one follows it directly, with only a space or
 * a hyphen between: only such words may form one compound (a possessive, a comma or "of" between
 * two words makes them two things: Wuhan's internet, banks of China).
 */
export function joinsNext(query: string): boolean[] {
  const tokens = wordTokens(query);
  const out: boolean[] = [];
  tokens.forEach((t, i) => {
    if (!t.content) return;
    const next = tokens[i + 1];
    out.push(next !== undefined && next.content && /^[\s-]+$/.test(query.slice(t.end, next.start)));
  });
  return out;
}

/**
 * For each of `contentWords(query)`, whether nothing but spaces, hyphens and small words stands
 * between it and the next one: a possessive or a punctuation mark between two words ("the bank's
 * business", "risk, funding") makes them two things, never one dictionary phrase.
 */
export function linksNext(query: string): boolean[] {
  const tokens = wordTokens(query);
  const out: boolean[] = [];
  tokens.forEach((t, i) => {
    if (!t.content) return;
    let k = i + 1;
    while (k < tokens.length && !(tokens[k] as { content: boolean }).content) k += 1;
    const next = tokens[k];
    out.push(next !== undefined && !/['’][a-z]*\s|[^\sa-z'’-]/i.test(query.slice(t.end, next.start)));
  });
  return out;
}

/**
 * Country and union acronyms, matched as written (capitals): lower-cased they are other words to a
 * stemmer (US is "us", the stem of "use"), and the dictionary glosses none of them.
 */
export const ACRONYMS: Readonly<Record<string, string[]>> = {
  US: ['美国'],
  USA: ['美国'],
  UK: ['英国'],
  EU: ['欧盟'],
  UN: ['联合国'],
  HK: ['香港'],
};

/**
 * Whether a word is written as a name in the query: a capital inside a sentence (not its first
 * word), four letters or more (short capitals are acronyms the reports often quote as written).
 */
export function isName(word: string, query: string): boolean {
  if (!/^[a-z]{4,}$/.test(word)) return false;
  return new RegExp(`(?<![.?!]\\s*|^\\s*|["'“‘(]\\s*)\\b${word[0]?.toUpperCase() ?? ''}${word.slice(1)}\\b`).test(query);
}
