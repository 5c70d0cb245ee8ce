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
import { gluedChars, positioned, stemHeld, type Placed } from './fragments.js';
import { absentName, bigramsKnown, firmName, FUNCTION_TAGS, generalClass, ORG_SUFFIX, PROPER_TAGS } from './absent-kinds.js';

// Characters that join words rather than make them: runs are cut there, so a word is never joined
// to its neighbour through them (我的钱 is 我 and 钱, not one unknown run).
const JOINERS = /[的了吗呢吧啊呀么我你他她它们在和与及或把被将对从向给让会能还要就也都是有这那些个该又]/;

/**
 * The runs of the question's folded text whose characters no known bigram covers, 2+ characters long.
 * Given `cut`, the same text with the characters that join words blanked (see `joinersBlanked`), runs
 * are cut only there: a joiner character inside a word (现在, 个月, 这几年) then never leaves the word's
 * other half without the neighbour its bigram needs, as a fragment across two words (率现, 月评).
 */
export function absentSpans(folded: string, known: (term: string) => boolean, cut?: string, held?: boolean[]): string[] {
  const spans: string[] = [];
  const text = cut ?? folded;
  for (const m of text.matchAll(/[\u3400-\u9fff]+/g)) {
    let at = m.index;
    for (const piece of cut === undefined ? m[0].split(JOINERS) : [m[0]]) {
      const offset = at;
      at += piece.length + 1;
      if (piece.length < 2) continue;
      const covered = Array.from({ length: piece.length }, (_, i) => held?.[offset + i] === true);
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
  /** A proper name (a person, place, firm or brand jieba tags so, or a word ending in an organisation's suffix). */
  proper?: true;
  /** A general word that states a quantity (一天, 三个月): the asker's own figure, which no report holds. */
  quantity?: true;
  /** A general word that only places or frames what is asked: a position (里头), a time (年初), a set phrase (头一回), an adverb. */
  framing?: true;
  /** A general word that is the asker's predicate (管住, 先开搞, 说了算): how the question is said. */
  predicate?: true;
}
export interface Absence {
  words: AbsentWord[];
  /** Words of the question that the index holds and a general dictionary lacks: the corpus's own subjects (金交所, 网金社). */
  specific: string[];
}

// jieba's tags for names (person, place, organisation, other proper), abbreviations and words its
// dictionary lacks (x: coined after it, as products and platforms are).
const NAME_TAGS = /^(nr|ns|nt|nz|nrt|nrfg|j|x|eng)$/;
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
const ORDINAL_WORD = /^第[一二三四五六七八九十两\d]/;
// What follows a firm's own name: its kind (银行, 集团, 证券, 金服).
const FIRM_AFTER = /^(?:公司|集团|银行|交易所|证券|保险|控股|信托|基金|金服|科技|财富|资本)/;

export function readAbsence(
  folded: string,
  known: (term: string) => boolean,
  english = false,
  occurs?: (word: string) => boolean,
  unstripped?: string,
): Absence {
  if (!/[\u3400-\u9fff]/.test(folded)) return { words: [], specific: [] };
  const found = absentSpans(folded, known);
  // Without a text check (`occurs`), jieba is loaded only for a question with an absent span or a Latin word.
  if (!occurs && found.length === 0 && !/[a-z]/i.test(folded)) return { words: [], specific: [] };
  const words = positioned(tagWords(folded));
  // Word boundaries from the dictionary alone, on the question as asked: the HMM glues leftovers
  // into words (月评 of 每个月评), and stripped question words (几 of 这几年) would cut real ones.
  const plain = positioned(tagWords(unstripped ?? folded, false));
  const pieces = (found.length === 0 ? [] : absentSpans(folded, known, joinersBlanked(folded, plain), heldChars(folded, plain))).flatMap(
    (span) =>
      withoutRegister(span)
        .filter((piece) => piece.length >= 2)
        .flatMap((piece) => wholeWords(piece, folded, plain, occurs)),
  );
  const spans = pieces;
  const absent = pieces.flatMap((word): AbsentWord[] => {
    const start = folded.indexOf(word);
    const over = words.filter((w) => w.word.length >= 2 && w.start < start + word.length && w.end > start);
    // A span inside words jieba knows as grammar only (偏偏, 竟然, 如此) is how the asker speaks, not a thing asked about.
    const inside = words.filter((w) => w.start < start + word.length && w.end > start);
    if (over.length > 0 && inside.every((w) => FUNCTION_TAGS.test(w.tag))) return [];
    // Proper when a name's word the corpus lacks overlaps the word (茅台 of 贵州茅台); a name's word
    // beside it in the span (养老 beside 十几万) speaks of that other word.
    // An ordinal (第一波, 第二轮) counts what is asked; it names nothing (laterOrdinals weighs a later batch).
    if (ORDINAL_WORD.test(word)) return [{ word, kind: 'general', framing: true }];
    // So is a word the reports lack right before a firm's suffix (微众 of 微众银行, jieba reading 微众 and 银行 apart).
    const suffix = FIRM_AFTER.exec(folded.slice(start + word.length))?.[0];
    if (
      words.some((w) => absentName(w, known, occurs) && w.start < start + word.length && w.end > start) ||
      firmName(word) ||
      (suffix !== undefined && !ORG_SUFFIX.test(word) && firmName(`${word}${suffix}`))
    )
      return [{ word, kind: 'name', proper: true }];
    if (ORG_SUFFIX.test(word)) return [{ word, kind: 'name' }];
    // A question word (哪一天, 哪门子) asks; it names nothing the reports could lack.
    if (/^(?:哪|什么|啥)/.test(word)) return [];
    // A span of one-character words only (想+去, 挺+大, 买+过) is a name only when one of them is tagged so.
    // So is one jieba's model glued into an unknown word (年整 of 哪年整起来) that its dictionary reads as one-character words.
    const split = plain.filter((w) => w.start < start + word.length && w.end > start);
    const glued =
      over.length > 0 &&
      over.every((w) => w.tag === 'x') &&
      split.length > 1 &&
      split.every((w) => w.word.length === 1 && !NAME_TAGS.test(w.tag) && !/^n/.test(w.tag));
    const single = glued || (over.length === 0 && inside.length > 1 && !inside.some((w) => NAME_TAGS.test(w.tag)));
    if (!single && (over.length === 0 || over.some((w) => NAME_TAGS.test(w.tag)))) return [{ word, kind: 'name' }];
    if (stemHeld(word, occurs)) return [];
    if (FINANCE.test(word) || over.some((w) => FINANCE.test(w.word))) return [{ word, kind: 'finance' }];
    return [{ word, kind: 'general', ...generalClass(inside) }];
  });
  // An English question's words are the translator's to judge (translate.ts); stop words are never indexed.
  const latin = (w: { word: string; tag: string }): boolean =>
    !english &&
    w.tag === 'eng' &&
    // A code of letters and digits (R3, C4, B2B) names a grade or a scheme as a name does.
    /^(?:[a-z]{2,}|[a-z]+\d+[a-z\d]*)$/i.test(w.word) &&
    !ENGLISH_STOPWORDS.has(w.word.toLowerCase()) &&
    !known(stem(w.word.toLowerCase()));
  // A code of letters and digits no passage holds (R3, C4) names one grade or scheme: a name the reports lack.
  for (const w of words)
    if (latin(w)) absent.push(/\d/.test(w.word) ? { word: w.word, kind: 'name', proper: true } : { word: w.word, kind: 'name' });
  if (occurs) absent.push(...unwrittenWords(words, spans, occurs));
  const specific = words
    .filter((w) => w.tag === 'x' && /^[\u3400-\u9fff]{2,}$/.test(w.word) && bigramsKnown(w.word, known))
    .map((w) => w.word);
  return { words: absent, specific };
}

// A measure word of texts and items standing alone (那篇 read 那 + 篇, 一份, 这条): it counts what follows
// and names nothing. Only these: jieba tags 股 (美股 read 美 + 股) and 家 as measure words too.
const MEASURE = /^[篇份条张件位名次句段页则封]$/;

/**
 * The folded question with the joiners and measure words blanked where they stand as words of their own (的, 在, 个 of
 * 搞个, 篇 of 那篇), and with the asker's own words blanked (这个东西, 这块): what is left may still name something.
 */
function joinersBlanked(folded: string, plain: Placed[]): string {
  const chars = [...folded];
  for (const w of plain)
    if ((w.word.length === 1 && (JOINERS.test(w.word) || (w.tag === 'q' && MEASURE.test(w.word)))) || isRegister(w.word))
      for (let i = w.start; i < w.end; i += 1) chars[i] = ' ';
  return chars.join('');
}

/**
 * The characters of dictionary words built on a joiner and one other character (了解, 现在, 每个):
 * the index keeps no bigram through a joiner, so such a word reads as absent though it is plain
 * Chinese. A longer word (个人所得税) or a proper name (a brand jieba tags nz) stays open to the check.
 */
function heldChars(folded: string, plain: Placed[]): boolean[] {
  const held = new Array<boolean>(folded.length).fill(false);
  const plainWord = (w: Placed): boolean =>
    w.word.length >= 2 && [...w.word].filter((c) => !JOINERS.test(c)).length <= 1 && !PROPER_TAGS.test(w.tag);
  for (const w of plain) if (plainWord(w)) held.fill(true, w.start, w.end);
  return held;
}

// A verb's aspect particle (出过, 买了, 拿着): a suffix of the verb, not a character of any name.
const GAIN_LOSS = /[亏赚赔盈损涨跌]/;
const ASPECT = /^[\u3400-\u9fff][过了着]$/;

/**
 * The parts of a span made of whole words of the question: a span that begins or ends inside a word
 * (年出 of 这几年出) is cut back to the words it holds entirely, and an aspect particle ends a part, so
 * a fragment across a word boundary never reads as a missing concept (出过事 leaves 出 and 事). A word
 * the span cuts into that no passage writes whole (个人所得税 of 人所) is itself the absent word.
 */
function wholeWords(span: string, folded: string, plain: Placed[], occurs?: (word: string) => boolean): string[] {
  const from = folded.indexOf(span);
  if (from < 0) return [span];
  const to = from + span.length;
  const inside = plain.filter((w) => w.start >= from && w.end <= to);
  const cut = plain.filter((w) => w.start < to && w.end > from && !(w.start >= from && w.end <= to));
  const parts = cut.filter((w) => w.word.length >= 2 && occurs !== undefined && !occurs(w.word)).map((w) => w.word);
  let part = '';
  // Lone characters that only glue two words (里提, 按季, 钱加) end a part and join none.
  const glued = gluedChars(inside);
  for (const [i, w] of inside.entries()) {
    const joined = i > 0 && inside[i - 1]?.end === w.start && !glued.has(i - 1);
    if (!joined) part = flush(parts, part);
    if (glued.has(i)) continue;
    // An aspect particle cut from its one-character verb (帮+过, 混+着) ends the part the verb ends;
    // a verb of gain or loss (亏+过, 赚+了) is what is asked and stays.
    const verb = inside[i - 1];
    if (/^[过了着]$/.test(w.word) && joined && verb?.word.length === 1 && /^v/.test(verb.tag) && !GAIN_LOSS.test(verb.word)) {
      part = flush(parts, part);
      continue;
    }
    if (ASPECT.test(w.word) && /^v/.test(w.tag)) {
      part = flush(parts, part + w.word.slice(0, 1));
      continue;
    }
    part += w.word;
  }
  flush(parts, part);
  return parts;
}

function flush(parts: string[], part: string): string {
  if (part.length >= 2) parts.push(part);
  return '';
}

// jieba's nouns (common, proper, place, organisation …): what a question is about. Verbs and set
// phrases (管不住, 手头紧) are the asker's way of saying it; words jieba glued itself (x) are left to the spans.
const NOUN = /^n[a-z]*$/;

/**
 * Nouns of the question that no passage writes as a whole, though no two of their characters in a
 * row are missing from the index (失业金: 业金 occurs, 失 alone is one character): the span rule
 * misses them, yet the reports never name the thing (通讯录, 公积金, 家里人).
 */
function unwrittenWords(words: Placed[], spans: string[], occurs: (word: string) => boolean): AbsentWord[] {
  return words
    .filter((w) => NOUN.test(w.tag) && /^[\u3400-\u9fff]{2,}$/.test(w.word) && !isRegister(w.word))
    .filter((w) => !spans.some((s) => w.word.includes(s) || s.includes(w.word)) && !occurs(w.word) && !stemHeld(w.word, occurs))
    .map((w): AbsentWord => {
      if (ORDINAL_WORD.test(w.word)) return { word: w.word, kind: 'general', framing: true };
      if (ORG_SUFFIX.test(w.word) ? firmName(w.word) : PROPER_TAGS.test(w.tag)) return { word: w.word, kind: 'name', proper: true };
      return { word: w.word, kind: NAME_TAGS.test(w.tag) ? 'name' : FINANCE.test(w.word) ? 'finance' : 'general' };
    });
}

/**
 * The key concepts the question names that no passage holds. General words count only when the
 * question names none of the corpus's own subjects that the best passage holds: then nothing says
 * the question is about the reports at all (北京明天会下雨吗), and the word may be its topic.
 */
export function countedAbsent(absence: Absence, bestHolds: (word: string) => boolean): AbsentWord[] {
  const anchored = absence.specific.some(bestHolds);
  return absence.words.filter((w) => w.kind !== 'general' || !anchored);
}

/** How many key concepts the question names that no passage holds (see `countedAbsent`). */
export function missingConcepts(absence: Absence, bestHolds: (word: string) => boolean): number {
  return countedAbsent(absence, bestHolds).length;
}
