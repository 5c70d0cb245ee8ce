/**
 * What kind of thing an absent word of a question is, read from jieba's tags and the corpus: a proper
 * name the reports lack (a veto: no sentence about another firm answers), one firm's name or a kind of
 * firm, a stated quantity, or a word that only frames what is asked. absent.ts finds the words; this
 * file says how much each may weigh.
 */
import type { Placed } from './fragments.js';
import { tagWords } from './jieba.js';

// jieba's tags of proper names only: a person, a place, an organisation, another proper noun (a brand).
export const PROPER_TAGS = /^(nr|ns|nt|nz|nrt|nrfg)$/;
// How the names of firms and bodies end: a word the reports lack ending so names one they never mention.
export const ORG_SUFFIX = /(?:公司|集团|银行|交易所|证券|保险|基金会|协会|委员会|管理局|监管局|[所社局署厅])$/;
// jieba's tags of grammar words: adverbs, conjunctions, prepositions, particles, pronouns, modal particles.
export const FUNCTION_TAGS = /^(d|df|dg|c|p|u[a-z]*|r[a-z]*|y|e|o)$/;
// jieba's tags of a common word that may head a kind of firm: a noun, a verbal noun, a verb, an adjective, a distinguishing word.
const COMMON_STEM = /^(n|vn|v|a|b)$/;
// jieba's tags of numerals and measure words (一天, 几个月).
const QUANTITY_TAGS = /^(m|mq|q)$/;
// jieba's tags of words that place or frame a statement: position, time, idiom and set phrase,
// adverb, distinguishing word, status word, pronoun.
const FRAMING_TAGS = /^(f|t|tg|i|l|d|b|z|r[a-z]*)$/;

/** What a general word's jieba words say of it: a quantity (一天), a frame (里头, 年初, 头一回), or neither (a noun, a verb). */
export function generalClass(words: Placed[]): { quantity?: true; framing?: true; predicate?: true } {
  if (words.length === 0) return {};
  if (words.every((w) => QUANTITY_TAGS.test(w.tag))) return { quantity: true };
  if (words.every((w) => FRAMING_TAGS.test(w.tag) || FUNCTION_TAGS.test(w.tag))) return { framing: true };
  // The asker's own predicate (管住, 打算, 先开搞, 说了算, 便宜): how the question is said, not a thing it names.
  if (
    words.some((w) => PREDICATE_TAGS.test(w.tag)) &&
    words.every((w) => PREDICATE_TAGS.test(w.tag) || FRAMING_TAGS.test(w.tag) || FUNCTION_TAGS.test(w.tag))
  )
    return { predicate: true };
  return {};
}

// jieba's tags of predicates: verbs, adjectives, idioms and set phrases.
const PREDICATE_TAGS = /^(v|vd|vi|vg|a|ad|ag|l|i)$/;

/**
 * Whether a jieba word tagged a proper name is one the corpus lacks: two characters or more (a lone
 * character tagged a name is mostly a surname's, 金 or 宣), and not written by any passage (a name the
 * reports write, 养老 as jieba's dictionary tags it, says nothing is missing). A kind of firm its
 * dictionary lists whole as a name (外贸公司) is judged by its stem (firmName).
 */
export function absentName(w: Placed, known: (term: string) => boolean, occurs?: (word: string) => boolean): boolean {
  if (!PROPER_TAGS.test(w.tag) || w.word.length < 2 || (occurs ? occurs(w.word) : bigramsKnown(w.word, known))) return false;
  if (gluedByModel(w.word)) return false;
  return !ORG_SUFFIX.test(w.word) || firmName(w.word);
}

// jieba's dictionary tags of words no name is built of alone: adverbs, adjectives, conjunctions,
// prepositions, particles, numerals and measures.
const GLUE_TAGS = /^(a|ad|an|d|c|p|u[a-z]*|y|m|q)$/;

/**
 * Whether a word tagged a name was glued by jieba's model, not found in its dictionary: the
 * dictionary reads it as an adverb and an adjective (太大 of 窟窿太大, tagged ns) or other grammar,
 * which no firm, place or person is named by.
 */
function gluedByModel(word: string): boolean {
  const pieces = tagWords(word, false);
  return pieces.length > 1 && pieces.every((p) => GLUE_TAGS.test(p.tag));
}

/**
 * Whether a word ending in an organisation's suffix names one firm or body (宁德时代集团, 青禾社):
 * its stem is not one common word of the dictionary. A common stem and the suffix (外贸公司, 本地银行)
 * name a kind of firm, which the reports may discuss in other words.
 */
export function firmName(word: string): boolean {
  const suffix = ORG_SUFFIX.exec(word)?.[0];
  if (suffix === undefined) return false;
  const stem = word.slice(0, word.length - suffix.length);
  if (stem.length < 2) return true;
  // The stem read alone: jieba's dictionary lists some kinds of firm whole, tagged as names (外贸公司/nt).
  // The stem's last word decides (帮 + 外贸 + 公司 is still 外贸公司).
  const last = tagWords(stem, false).at(-1);
  return !(last !== undefined && last.word.length >= 2 && COMMON_STEM.test(last.tag));
}

export function bigramsKnown(word: string, known: (term: string) => boolean): boolean {
  for (let i = 0; i + 2 <= word.length; i += 1) if (!known(word.slice(i, i + 2))) return false;
  return true;
}
