/**
 * The parts of `natural` we use, loaded by deep path. Its index also loads storage back-ends that
 * run `dotenv`, which prints to stdout and reads a `.env` file: neither is acceptable for a CLI whose
 * stdout is a JSON document, so we never import the package root.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };
const distance = require('natural/lib/natural/distance/levenshtein_distance.js') as {
  DamerauLevenshteinDistance(a: string, b: string, options?: { transposition_cost?: number }): number;
};
const stopwords = require('natural/lib/natural/util/stopwords.js') as { words: string[] };

// Porter stemming takes tens of microseconds a word, and queries repeat a small vocabulary: stems
// are remembered, up to a bound (then the memory starts over, so a flood of novel words costs no more).
const STEM_MEMORY = 200_000;
const stems = new Map<string, string>();
export const stem = (word: string): string => {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = porter.stem(word);
    if (stems.size >= STEM_MEMORY) stems.clear();
    stems.set(word, stemmed);
  }
  return stemmed;
};
export const editDistance = (a: string, b: string): number => distance.DamerauLevenshteinDistance(a, b);
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(stopwords.words);
