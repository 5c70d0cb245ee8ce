/**
 * What a Chinese question is about, read from jieba's words and tags: its content bigrams and its
 * subjects. The analyzer cuts a question into overlapping bigrams, so "开通金融的A轮是谁投的" yields
 * 开通, 通金, 金融, 是谁: 通金 bridges two words and 是谁 only asks. Each such bigram is rare in the
 * corpus, so it weighs as much as a name, and a passage that answers the question is judged to
 * cover it poorly because it never writes 通金 or 是谁. A bigram names something when it lies inside
 * one word that is not a pronoun, adverb, conjunction, preposition, particle or locative; a bigram
 * that bridges two dictionary words does not. A bridge into a word jieba does not know (x: a
 * platform's name, glued by its HMM) is kept: the split of an unknown name says nothing.
 */
import type { Concept } from './coverage.js';
import { tagWords } from './jieba.js';

// Pronouns and question words (r), adverbs (d), conjunctions (c), prepositions (p), particles (u, y,
// e, o), locatives (f: 之前, 之外), measure words (q) and bound morphemes (zg): words that frame.
const FRAMING = /^(?:r|d|c|p|u|y|e|o|f|q|zg)[a-z]*$/;
const UNKNOWN = /^(?:x|eng)$/;
// Proper names (organisation, other proper, place, person), abbreviations, and words jieba lacks.
const NAMING = /^(?:nt|nz|ns|nr|j|x)$/;
const HAN_PAIR = /^[\u3400-\u9fff]{2}$/;

export interface QuestionWords {
  /** The bigrams that lie inside one content word (or touch an unknown one). */
  content: Set<string>;
  /**
   * What the question names: proper names, and words jieba lacks of three or more characters
   * (网金社, 付税宝), each of whose bigrams the index holds. Two characters glued by the HMM are
   * as often a verb it never saw (收窄) as a name, so they are not subjects.
   */
  subjects: string[];
}

/** The content bigrams and subjects of a question in match form (normalizeForMatch, question words blanked). */
export function questionWords(folded: string, known: (term: string) => boolean): QuestionWords {
  const words = tagWords(folded);
  const owner: number[] = [];
  words.forEach((w, i) => {
    for (let k = 0; k < w.word.length; k += 1) owner.push(i);
  });
  const content = new Set<string>();
  for (let i = 0; i + 2 <= folded.length; i += 1) {
    const gram = folded.slice(i, i + 2);
    const a = words[owner[i] ?? -1];
    const b = words[owner[i + 1] ?? -1];
    if (!a || !b || !HAN_PAIR.test(gram)) continue;
    if (a === b ? !FRAMING.test(a.tag) : UNKNOWN.test(a.tag) || UNKNOWN.test(b.tag)) content.add(gram);
  }
  const subjects = words
    .filter((w) => NAMING.test(w.tag) && /^[\u3400-\u9fff]{2,}$/.test(w.word) && (w.tag !== 'x' || w.word.length >= 3))
    .filter((w) => bigramsOf(w.word).every(known))
    .map((w) => w.word);
  return { content, subjects };
}

function bigramsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 <= word.length; i += 1) out.push(word.slice(i, i + 2));
  return out;
}

/**
 * The question's concepts without its framing and bridging bigrams. A question made only of such
 * bigrams keeps them all: something must be covered.
 */
export function weighContent(concepts: Concept[], content: Set<string>): Concept[] {
  const framing = (c: Concept): boolean => c.primary !== null && HAN_PAIR.test(c.primary) && !content.has(c.primary);
  return concepts.every(framing) ? concepts : concepts.filter((c) => !framing(c));
}
