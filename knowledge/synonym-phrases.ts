/**
 * Synonyms as whole phrases for the bigram analyzer. Under plain bigrams a glossary word longer
 * than two characters (网络借贷, 金融资产交易中心) is never one token, so a concept could only list
 * synonyms that happen to be bigrams (网贷 ↔ 网络借贷 was lost both ways). Here a synonym enters a
 * concept as the list of its bigrams, satisfied when a text holds all of them.
 */
import type { Concept } from './coverage.js';

/**
 * A concept made only of the asker's word's report equivalents weighs half a word of the question:
 * the mapping is a guess at what was meant (老板 may be 股东, 实际控制人 or the founding company).
 */
const COLLOQUIAL_WEIGHT = 0.5;

export interface SynonymGroup {
  source: string;
  english: boolean;
  terms: string[];
  colloquial?: boolean;
}

/**
 * Gives each bigram concept of a Chinese glossary word of the query its synonyms as phrases.
 * A 2-character word is its own concept; a longer one's bigrams each stand for it, so a passage
 * holding only the synonym covers every one of them (at synonym credit).
 */
export function linkSynonymPhrases(
  concepts: Concept[],
  groups: readonly SynonymGroup[],
  tokensOf: (term: string) => string[],
  known: (term: string) => boolean,
  idf: (term: string) => number,
): Concept[] {
  const phrasesOf = new Map<string, string[][]>();
  const added: Concept[] = [];
  const primaries = new Set(concepts.map((c) => c.primary));
  for (const g of groups) {
    if (g.english) continue;
    const phrases = g.terms.map((t) => tokensOf(t)).filter((p) => p.length > 0 && p.every(known));
    if (phrases.length === 0) continue;
    const own = tokensOf(g.source);
    // The asker's word the reports never use (打水漂) has no concept of its own: its report words are one.
    if (g.colloquial && !own.some((t) => primaries.has(t))) {
      const weight = COLLOQUIAL_WEIGHT * Math.min(...phrases.map((p) => Math.max(...p.map(idf))));
      added.push({ primary: null, alternatives: [], parts: [], synonyms: phrases, weight });
      continue;
    }
    for (const token of own.length > 0 ? own : [g.source]) phrasesOf.set(token, [...(phrasesOf.get(token) ?? []), ...phrases]);
  }
  if (phrasesOf.size === 0 && added.length === 0) return concepts;
  const linked = concepts.map((c) => {
    const primary = c.primary;
    const phrases = primary === null ? [] : (phrasesOf.get(primary) ?? []).filter((p) => !(p.length === 1 && p[0] === primary));
    return phrases.length > 0 ? { ...c, synonyms: [...(c.synonyms ?? []), ...phrases] } : c;
  });
  return [...linked, ...added];
}
