/**
 * The English words a query translation leaves alone or treats as framing: words of asking and of
 * the question's frame (they translate into noise), and words that grade or hedge (they never name
 * something the reports might lack). Written from general English, not from any question set.
 */
import { englishTokens } from './cedict.js';
import { isMonthWord, numberTerms } from './english-forms.js';
import { ENGLISH_STOPWORDS } from './natural.js';

// Words of asking and of the question's frame: they translate into noise (report → 报告 everywhere).
export const ASKING = new Set([
  'what',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'where',
  'why',
  'how',
  'many',
  'much',
  'according',
  'report',
  'reports',
  'say',
  'says',
  'think',
  'thinks',
  'mean',
  'means',
  'really',
  'roughly',
  'exactly',
  'actually',
  'kind',
  'kinds',
  'sort',
  'way',
  'ways',
  'thing',
  'things',
  'main',
  'also',
  'besides',
  'else',
  'please',
  'tell',
  'explain',
  'explains',
  'explained',
  'describe',
  'describes',
  'described',
  // Words about the source rather than its subject (a sidebar, an article, its author, plain
  // English): every passage is of some report, so they translate into noise (本文, 英文, 授权).
  'article',
  'articles',
  'sidebar',
  'piece',
  'story',
  'column',
  'author',
  'authors',
  'writer',
  'plain',
  'english',
]);

/** The particle of a hyphenated compound (start-ups, follow-up, wind-down): never a thing of its own. */
const PARTICLE = /^(?:up|ups|down|out|outs|off|offs|in|ins|on|over|by|back)$/;

/** Content words that are the particle part of a hyphenated word of the query (the ups of start-ups). */
export function hyphenParticles(query: string): Set<string> {
  const out = new Set<string>();
  for (const m of query.toLowerCase().matchAll(/[a-z]+-([a-z]+)/g)) if (PARTICLE.test(m[1] as string)) out.add(m[1] as string);
  return out;
}

/**
 * The query with each hyphenated word the dictionary knows written whole (start-ups → startups,
 * e-commerce → ecommerce): `known` says whether a joined word has an entry.
 */
export function joinHyphens(query: string, known: (word: string) => boolean): string {
  return query.replace(/\b([a-z]+)-([a-z]+)\b/gi, (whole, a: string, b: string) => (known(`${a}${b}`.toLowerCase()) ? `${a}${b}` : whole));
}

/**
 * The query with each pinyin name written with its syllable mark whole (Tian'an → Tianan, Chang'an →
 * Changan): pinyin writes an apostrophe where a syllable starting with a vowel follows another, and
 * the apostrophe would split the name into two words. A capitalised word and a vowel-led tail only:
 * possessives and contractions ('s, 't, 're, 've, 'll) are left as they are, and so is a name `left`
 * says to keep (one the glossary reads with its mark: Xi'an).
 */
export function joinPinyinMarks(query: string, left: (word: string) => boolean = () => false): string {
  return query.replace(/\b([A-Z][a-z]+)['’]([aeo][a-z]*)\b/g, (whole, a: string, b: string) =>
    /^(?:s|t|re|ve|ll|d|m)$/.test(b) || left(a.toLowerCase()) ? whole : `${a}${b}`,
  );
}

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
]);

/**
 * Whether every word of an English phrase only grades or frames (see GENERIC). A month says when,
 * as a year does, and a number word how many: neither names a subject the reports might lack.
 */
export const isGeneric = (phrase: string): boolean =>
  phrase.split(' ').every((w) => GENERIC.has(w) || ASKING.has(w) || ENGLISH_STOPWORDS.has(w) || isMonthWord(w) || numberTerms(w) !== null);

/**
 * Everyday words whose dictionary senses are noise in a question about finance (new → 新生/全新,
 * keep → 保持, back → 背后): the Chinese says them with one character or not at all,
 * so no two-character sense of theirs is what a passage would hold.
 */
const VAGUE = new Set([
  'new',
  'ones',
  'lot',
  'lots',
  'soon',
  'very',
  'well',
  'still',
  'even',
  'just',
  'go',
  'going',
  'goes',
  'get',
  'gets',
  'got',
  'keep',
  'keeps',
  'kept',
  'back',
  'front',
  'come',
  'comes',
  'came',
  'long',
  'will',
  'would',
  'could',
  'should',
  'might',
  'must',
  'shall',
  'idea',
  'ideas',
  'concept',
  'notion',
  // What a contraction leaves once its apostrophe splits it (doesn't → doesn, what's → whats, we'll → ll):
  // a negation or a pronoun's verb, which the study of query translation drops (doesn → 没有 was noise).
  'doesn',
  'don',
  'isn',
  'aren',
  'wasn',
  'weren',
  'didn',
  'hasn',
  'haven',
  'hadn',
  'wouldn',
  'couldn',
  'shouldn',
  'mustn',
  'needn',
  'whats',
  'll',
  're',
  've',
]);

const isContent = (w: string): boolean => w.length > 1 && !ENGLISH_STOPWORDS.has(w) && !ASKING.has(w) && !VAGUE.has(w);

/** English words of the query a translation must account for: not stop words, not asking, not numbers. */
export function contentWords(query: string): string[] {
  return englishTokens(query).filter(isContent);
}

/**
 * For each of `contentWords(query)`, whether the next one follows it directly, with only a space or
 * a hyphen between: only such words may form one compound (a possessive, a comma or "of" between
 * two words makes them two things: Wuhan's internet, banks of China).
 */
export function joinsNext(query: string): boolean[] {
  const tokens: Array<{ content: boolean; start: number; end: number }> = [];
  for (const m of query.matchAll(/[a-z]+/gi)) {
    const word = englishTokens(m[0])[0] ?? '';
    tokens.push({ content: isContent(word), start: m.index, end: m.index + m[0].length });
  }
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
  const tokens: Array<{ content: boolean; start: number; end: number }> = [];
  for (const m of query.matchAll(/[a-z]+/gi)) {
    const word = englishTokens(m[0])[0] ?? '';
    tokens.push({ content: isContent(word), start: m.index, end: m.index + m[0].length });
  }
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
