/**
 * The question's concepts and how much of them a text covers: the rerank's and the answer
 * selection's common measure (idf-weighted; a synonym earns less than the asker's own word).
 */

/**
 * One idea of the question: a word (or bigram) of the query, satisfied fully by itself and nearly
 * by a glossary synonym; a long word missing as a whole earns a little for its bigrams.
 */
export interface Concept {
  primary: string | null;
  alternatives: string[];
  parts: string[];
  weight: number;
  /**
   * How specific the concept's rarest word is, where it differs from `weight` (a translated word's
   * weight is its synonym set's idf): the absence rule weighs the concepts a passage may hold against
   * the words no passage holds, and those count at the highest idf there is.
   */
  specificity?: number;
  /** A translation of an English word that only grades or frames (good, next): no answer must cover it. */
  generic?: boolean;
  /**
   * Translations the index holds only as bigrams (互联网金融), each as its bigrams: a text earns the
   * share of one phrase's bigrams it holds, so 金融 alone no longer counts as 互联网金融.
   */
  phrases?: string[][];
  /** Chinese synonyms the index holds only as bigrams, each satisfied when a text holds all its bigrams. */
  synonyms?: string[][];
}

export interface QueryTerms {
  original: string[];
  expanded: string[];
  /** Weight of each term for BM25: idf × (1 or the expansion weight of search.ts). */
  weight: Map<string, number>;
  /** BM25 boost of each term (1 for the user's own words). */
  boost: Map<string, number>;
  concepts: Concept[];
  /** English phrases of the query and the Chinese terms they became (glossary first, then CC-CEDICT). */
  /** `glossary`: a domain term of the glossary (the reports' own subjects), not a dictionary sense. */
  translations: Array<{ source: string; terms: string[]; glossary?: boolean }>;
  /** English words naming something specific that nothing translated and the index does not hold. */
  untranslated: string[];
}

const SYNONYM_CREDIT = 0.8;

const PARTS_CREDIT = 0.5;
/** A phrase held only in part still names its subject in part: half credit, the rest by its share of bigrams. */
const PHRASE_BASE = 0.5;

/** Share of the question's concepts (idf-weighted) that a text's tokens satisfy. */
export function coverageOf(tokens: { has(token: string): boolean }, t: QueryTerms): number {
  let have = 0;
  let all = 0;
  for (const c of t.concepts) {
    all += c.weight;
    have += c.weight * creditOf(tokens, c);
  }
  return all > 0 ? have / all : 0;
}

/** How much of one concept a text's tokens satisfy, 0 to 1. */
export function creditOf(tokens: { has(token: string): boolean }, c: Concept): number {
  if (c.primary !== null && tokens.has(c.primary)) return 1;
  if (c.alternatives.some((a) => tokens.has(a))) return c.primary === null ? 1 : SYNONYM_CREDIT;
  if (c.synonyms?.some((p) => p.every((a) => tokens.has(a)))) return SYNONYM_CREDIT;
  let best = 0;
  for (const phrase of c.phrases ?? []) {
    const share = phrase.filter((p) => tokens.has(p)).length / phrase.length;
    if (share > 0) best = Math.max(best, PHRASE_BASE + (1 - PHRASE_BASE) * share);
  }
  if (best > 0 || c.parts.length === 0) return best;
  let found = 0;
  for (const p of c.parts) if (tokens.has(p)) found += 1;
  return (PARTS_CREDIT * found) / c.parts.length;
}
