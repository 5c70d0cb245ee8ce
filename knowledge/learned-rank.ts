/**
 * The rerank's combination as a learned linear score. Each of the leading candidates is described by
 * the stage scores the hand-set ranking adds up (search-rank.ts: BM25, coverage, feedback, proximity,
 * best sentence, subject missing, ordinal, figure, note) and a few cheap readings of its text (the
 * question's words in its title or section, the question's character pairs in its best sentence, the
 * asked kind of answer present); `bench/train-rank.ts` fits one weight per feature and language by
 * pairwise logistic loss on the development questions and writes them to rank-weights.json.
 */
import path from 'node:path';
import { z } from 'zod';
import { readJsonFile } from './json-file.js';
import { coverageOf, type QueryTerms } from './coverage.js';
import { holdsType } from './sentences.js';
import type { AnswerType } from './question.js';

/** The features, in the order of a feature vector and of the weights. */
export const FEATURES = [
  'hand',
  'handRank',
  'bm25',
  'coverage',
  'feedback',
  'proximity',
  'sentence',
  'subjectMissing',
  'figure',
  'ordinal',
  'note',
  'title',
  'pairs',
  'typePresent',
] as const;
export type FeatureName = (typeof FEATURES)[number];
export type Features = Record<FeatureName, number>;

export const toVector = (f: Features): number[] => FEATURES.map((name) => f[name]);

export type Lang = 'zh' | 'en';

const Weights = z.record(z.enum(FEATURES), z.number().finite());

export const RankWeightsSchema = z.object({
  version: z.literal(1),
  /** Whether the learned score orders the candidates; false keeps the hand-set ranking. */
  adopted: z.boolean(),
  zh: Weights,
  en: Weights,
  provenance: z.object({
    trainedOn: z.array(z.string()).min(1),
    questions: z.record(z.string(), z.number().int().nonnegative()),
    pairs: z.number().int().nonnegative(),
    lambda: z.number().nonnegative(),
    method: z.string(),
    crossValidation: z.string().optional(),
  }),
});
export type RankWeights = z.infer<typeof RankWeightsSchema>;

export const RANK_WEIGHTS_FILE = path.join(import.meta.dirname, 'rank-weights.json');

/** The weights file, validated; null (the hand ranking) when it is missing or malformed. */
export function loadRankWeights(file: string = RANK_WEIGHTS_FILE): RankWeights | null {
  const read = readJsonFile(file, RankWeightsSchema);
  return read.ok ? read.value : null;
}

/** The learned score of a candidate: the weights' dot product with its features. */
export function learnedScore(weights: Partial<Record<FeatureName, number>>, f: Features): number {
  let s = 0;
  for (const name of FEATURES) s += (weights[name] ?? 0) * f[name];
  return s;
}

/** Whether the weights order candidates as the hand score does (a positive weight on it alone): no feature need be read. */
export function handOnly(weights: Partial<Record<FeatureName, number>>): boolean {
  return (weights.hand ?? 0) > 0 && FEATURES.every((name) => name === 'hand' || (weights[name] ?? 0) === 0);
}

const SENTENCES = /[^。！？!?；;\n]+/g;
const HAN = /[\u3400-\u9fff]/;
const isHan = (c: number): boolean => (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/** The distinct Han character pairs of a (folded, question words blanked) question. */
export function hanPairs(folded: string): string[] {
  const pairs = new Set<string>();
  for (let i = 1; i < folded.length; i += 1)
    if (isHan(folded.charCodeAt(i - 1)) && isHan(folded.charCodeAt(i))) pairs.add(folded.slice(i - 1, i + 1));
  return [...pairs];
}

/** The highest share of the pairs that one sentence of the text holds. */
export function bestSentencePairs(folded: string, pairs: readonly string[]): number {
  if (pairs.length === 0) return 0;
  let best = 0;
  for (const sentence of folded.match(SENTENCES) ?? []) {
    let held = 0;
    for (const p of pairs) if (sentence.includes(p)) held += 1;
    if (held > best) best = held;
  }
  return best / pairs.length;
}

/** The share of the question's concepts (idf-weighted) that the passage's title and section name. */
export function headingCoverage(heading: string, terms: QueryTerms): number {
  if (!HAN.test(heading)) return 0;
  return coverageOf({ has: (term) => heading.includes(term) }, terms);
}

/** The share of the question's asked kinds of answer (a figure for 多少, a year for 何时, a list for 哪些) the text holds. */
export function typesPresent(folded: string, types: readonly AnswerType[]): number {
  const asked = types.filter((t) => t === 'number' || t === 'date' || t === 'list');
  if (asked.length === 0) return 0;
  return asked.filter((t) => holdsType(folded, t)).length / asked.length;
}

export const emptyFeatures = (): Features => Object.fromEntries(FEATURES.map((name) => [name, 0])) as Features;

/** One ranked candidate as the training script sees it. */
export interface ObservedCandidate {
  index: number;
  /** The passage's text as stored (the training script decides from it whether the passage answers). */
  text: string;
  features: Features;
}

type Observer = (query: string, lang: Lang, candidates: ObservedCandidate[]) => void;

let observer: Observer | null = null;
let override: { weights: RankWeights | null } | null = null;

/** For bench/train-rank.ts only: every ranking reports its candidates' features to `fn` (null stops it). */
export function observeRanking(fn: Observer | null): void {
  observer = fn;
}

/** For bench/train-rank.ts only: rank with these weights (null: the hand ranking) instead of the file's; `undefined` restores the file. */
export function overrideRankWeights(weights: RankWeights | null | undefined): void {
  override = weights === undefined ? null : { weights };
}

export function rankObserver(): Observer | null {
  return observer;
}

/** The weights the ranking uses now: an override, else the file's when adopted. */
export function activeWeights(fromFile: RankWeights | null): RankWeights | null {
  if (override) return override.weights;
  return fromFile?.adopted ? fromFile : null;
}
