/**
 * Which bigrams of a Chinese question name what it asks about. The analyzer cuts a question into
 * overlapping bigrams, so "开通金融的A轮是谁投的" yields 开通, 通金, 金融, 是谁: 通金 bridges two words
 * and 是谁 only asks. Each such bigram is rare in the corpus, so it weighs as much as a name, and a
 * passage that answers the question is judged to cover it poorly because it never writes 通金 or
 * 是谁. jieba's words and tags tell them apart: a bigram names something when it lies inside one
 * word that is not a pronoun, adverb, conjunction, preposition, particle or locative; a bigram that
 * bridges two dictionary words does not. A bridge into a word jieba does not know (x: a platform's
 * name, glued by its HMM) is kept: the split of an unknown name says nothing.
 */
import type { Concept } from './coverage.js';
import { tagWords } from './jieba.js';

// Pronouns and question words (r), adverbs (d), conjunctions (c), prepositions (p), particles (u, y,
// e, o), locatives (f: 之前, 之外), measure words (q) and bound morphemes (zg): words that frame.
const FRAMING = /^(?:r|d|c|p|u|y|e|o|f|q|zg)[a-z]*$/;
const UNKNOWN = /^(?:x|eng)$/;
const HAN_PAIR = /^[\u3400-\u9fff]{2}$/;

/** The bigrams of a folded question that lie inside one of its content words (or touch an unknown one). */
export function contentBigrams(folded: string): Set<string> {
  const words = tagWords(folded);
  const owner: number[] = [];
  words.forEach((w, i) => {
    for (let k = 0; k < w.word.length; k += 1) owner.push(i);
  });
  const out = new Set<string>();
  for (let i = 0; i + 2 <= folded.length; i += 1) {
    const gram = folded.slice(i, i + 2);
    const a = words[owner[i] ?? -1];
    const b = words[owner[i + 1] ?? -1];
    if (!a || !b || !HAN_PAIR.test(gram)) continue;
    if (a === b ? !FRAMING.test(a.tag) : UNKNOWN.test(a.tag) || UNKNOWN.test(b.tag)) out.add(gram);
  }
  return out;
}

/** Weight of a bigram concept that frames or bridges, relative to one that names. */
export const FRAMING_WEIGHT = 0;

/**
 * The question's concepts with framing and bridging bigrams weighed down. A question made only of
 * such bigrams keeps them all: something must be covered.
 */
export function weighContent(concepts: Concept[], folded: string): Concept[] {
  if (!/[\u3400-\u9fff]/.test(folded)) return concepts;
  const content = contentBigrams(folded);
  const framing = (c: Concept): boolean => c.primary !== null && HAN_PAIR.test(c.primary) && !content.has(c.primary);
  if (concepts.every(framing)) return concepts;
  return concepts.map((c) => (framing(c) ? { ...c, weight: c.weight * FRAMING_WEIGHT } : c)).filter((c) => c.weight > 0);
}
