/**
 * Concepts of a question that the indexed texts (reports and notes) never mention. A Chinese word
 * of two or more characters occurs in some passage only if each of its bigrams is a term of the
 * index (the analyzer indexes every bigram of every run), so characters that no known bigram of
 * the question covers belong to words the corpus does not hold: 宁德时代, 交强险, 下周. One such
 * character alone is usually a function word or a typo; two or more in a row make an absent word.
 *
 * Not every absent word is a key concept. A name (茅台), a product coined after any dictionary
 * (交强险) or a financial concept (车险, 存单) the reports lack means they do not answer the
 * question; a general word of the asker's own (老板, 例子, 带头, 偏偏) in a question about one of
 * the corpus's own subjects (金交所, 百金交) only says in other words what the reports say in theirs.
 */
import { tagWords } from './jieba.js';
import { ENGLISH_STOPWORDS, stem } from './natural.js';
import { isRegister, withoutRegister } from './register.js';

// Characters that join words rather than make them: runs are cut there, so a word is never joined
// to its neighbour through them (我的钱 is 我 and 钱, not one unknown run).
const JOINERS = /[的了吗呢吧啊呀么我你他她它们在和与及或把被将对从向给让会能还要就也都是有这那些个该]/;

/** The runs of the question's folded text whose characters no known bigram covers, 2+ characters long. */
export function absentSpans(folded: string, known: (term: string) => boolean): string[] {
  const spans: string[] = [];
  for (const run of folded.match(/[\u3400-\u9fff]+/g) ?? []) {
    for (const piece of run.split(JOINERS)) {
      if (piece.length < 2) continue;
      const covered = new Array<boolean>(piece.length).fill(false);
      for (let i = 0; i + 2 <= piece.length; i += 1) {
        if (known(piece.slice(i, i + 2))) covered[i] = covered[i + 1] = true;
      }
      let start = -1;
      for (let i = 0; i <= piece.length; i += 1) {
        if (i < piece.length && !covered[i]) {
          if (start < 0) start = i;
        } else if (start >= 0) {
          if (i - start >= 2) spans.push(piece.slice(start, i));
          start = -1;
        }
      }
    }
  }
  return spans;
}

export type AbsentKind = 'name' | 'finance' | 'general';
export interface AbsentWord {
  word: string;
  kind: AbsentKind;
}
export interface Absence {
  words: AbsentWord[];
  /** Words of the question that the index holds and a general dictionary lacks: the corpus's own subjects (金交所, 网金社). */
  specific: string[];
}

// jieba's tags for names (person, place, organisation, other proper), abbreviations and words its
// dictionary lacks (x: coined after it, as products and platforms are).
const NAME_TAGS = /^(nr|ns|nt|nz|nrt|nrfg|j|x|eng)$/;
// jieba's tags of grammar words: adverbs, conjunctions, prepositions, particles, pronouns, modal particles.
const FUNCTION_TAGS = /^(d|df|dg|c|p|u[a-z]*|r[a-z]*|y|e|o)$/;
// Morphemes of financial instruments and their terms (insurance, loans, shares, bonds, currency,
// tax, interest, exchange, fees, deposits, securities, funds, property, rent, collateral, pay …):
// a word built on one names a financial concept. Money in general (钱) is not one: 出钱 is to fund.
const FINANCE = /[险贷股债币税息汇价费款券基金元赔保额率储账帐单付扣薪租押房]/;

/**
 * Each absent span with its kind, read from the jieba words that overlap it (a name when one is
 * tagged so or none is a word, financial when the span or a word holds a money morpheme, else
 * general), and the question's corpus-specific words. A Latin word of a Chinese question that the
 * index does not hold (LPR, ETF) is an absent name too: Chinese text quotes names, not English prose.
 */
export function readAbsence(
  folded: string,
  known: (term: string) => boolean,
  english = false,
  occurs?: (word: string) => boolean,
): Absence {
  if (!/[\u3400-\u9fff]/.test(folded)) return { words: [], specific: [] };
  const found = absentSpans(folded, known);
  // Without a text check (`occurs`), jieba is loaded only for a question with an absent span or a Latin word.
  if (!occurs && found.length === 0 && !/[a-z]/i.test(folded)) return { words: [], specific: [] };
  const words: Array<{ word: string; tag: string; start: number; end: number }> = [];
  let at = 0;
  for (const { word, tag } of tagWords(folded)) {
    words.push({ word, tag, start: at, end: at + word.length });
    at += word.length;
  }
  // The asker's own words (这个东西, 这块, 谁投的, 到底咋算) are blanked where jieba reads them as words,
  // then cut out of what is left: the rest may still name something.
  const blanked = found.length === 0 ? folded : words.map((w) => (isRegister(w.word) ? ' '.repeat(w.word.length) : w.word)).join('');
  const spans = (blanked === folded ? found : absentSpans(blanked, known)).flatMap((span) =>
    withoutRegister(span).filter((piece) => piece.length >= 2),
  );
  let from = 0;
  const absent = spans.flatMap((span): AbsentWord[] => {
    const start = folded.indexOf(span, from);
    from = start + span.length;
    const over = words.filter((w) => w.word.length >= 2 && w.start < start + span.length && w.end > start);
    // A span inside words jieba knows as grammar only (偏偏, 竟然, 如此) is how the asker speaks, not a thing asked about.
    const inside = words.filter((w) => w.start < start + span.length && w.end > start);
    if (over.length > 0 && inside.every((w) => FUNCTION_TAGS.test(w.tag))) return [];
    if (over.length === 0 || over.some((w) => NAME_TAGS.test(w.tag))) return [{ word: span, kind: 'name' }];
    return [{ word: span, kind: FINANCE.test(span) || over.some((w) => FINANCE.test(w.word)) ? 'finance' : 'general' }];
  });
  // An English question's words are the translator's to judge (translate.ts); stop words are never indexed.
  const latin = (w: { word: string; tag: string }): boolean =>
    !english &&
    w.tag === 'eng' &&
    /^[a-z]{2,}$/i.test(w.word) &&
    !ENGLISH_STOPWORDS.has(w.word.toLowerCase()) &&
    !known(stem(w.word.toLowerCase()));
  for (const w of words) if (latin(w)) absent.push({ word: w.word, kind: 'name' });
  if (occurs) absent.push(...unwrittenWords(words, spans, occurs));
  const specific = words
    .filter((w) => w.tag === 'x' && /^[\u3400-\u9fff]{2,}$/.test(w.word) && bigramsKnown(w.word, known))
    .map((w) => w.word);
  return { words: absent, specific };
}

// jieba's nouns (common, proper, place, organisation …): what a question is about. Verbs and set
// phrases (管不住, 手头紧) are the asker's way of saying it; words jieba glued itself (x) are left to the spans.
const NOUN = /^n[a-z]*$/;

/**
 * Nouns of the question that no passage writes as a whole, though no two of their characters in a
 * row are missing from the index (失业金: 业金 occurs, 失 alone is one character): the span rule
 * misses them, yet the reports never name the thing (通讯录, 公积金, 家里人).
 */
function unwrittenWords(words: Array<{ word: string; tag: string }>, spans: string[], occurs: (word: string) => boolean): AbsentWord[] {
  return words
    .filter((w) => NOUN.test(w.tag) && /^[\u3400-\u9fff]{2,}$/.test(w.word) && !isRegister(w.word))
    .filter((w) => !spans.some((s) => w.word.includes(s) || s.includes(w.word)) && !occurs(w.word))
    .map((w) => ({ word: w.word, kind: NAME_TAGS.test(w.tag) ? 'name' : FINANCE.test(w.word) ? 'finance' : 'general' }));
}

function bigramsKnown(word: string, known: (term: string) => boolean): boolean {
  for (let i = 0; i + 2 <= word.length; i += 1) if (!known(word.slice(i, i + 2))) return false;
  return true;
}

/**
 * How many key concepts the question names that no passage holds. General words count only when
 * the question names none of the corpus's own subjects that the best passage holds: then nothing
 * says the question is about the reports at all (北京明天会下雨吗), and the word may be its topic.
 */
export function missingConcepts(absence: Absence, bestHolds: (word: string) => boolean): number {
  const anchored = absence.specific.some(bestHolds);
  return absence.words.filter((w) => w.kind !== 'general' || !anchored).length;
}
