/** Scores a closure-news challenge set the way bench/eval-news.ts scores the eval sets. */
import type { Registry } from '../../knowledge/registry/types.js';
import { classifyNews } from '../../bot/alerts/classify.js';
import { CHALLENGE_NEWS, type ChallengeItem } from './challenge-news.js';

export interface ChallengeScore {
  precision: number;
  recall: number;
  f1: number;
  entityRecall: number;
  misses: string[];
}

const squash = (s: string): string => s.replace(/\s+/g, '');

export function scoreChallenge(registry: Registry, items: ChallengeItem[] = CHALLENGE_NEWS): ChallengeScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let gold = 0;
  let found = 0;
  const misses: string[] = [];
  for (const item of items) {
    const r = classifyNews(item, registry);
    if (r.closure && item.closure) tp += 1;
    else if (r.closure) fp += 1;
    else if (item.closure) fn += 1;
    const got = r.entities.map(squash);
    const missing = item.entities.filter((e) => !got.includes(squash(e)));
    gold += item.entities.length;
    found += item.entities.length - missing.length;
    if (r.closure !== item.closure || missing.length > 0)
      misses.push(
        `${item.title}: closure ${r.closure} (want ${item.closure}) missing [${missing.join('，')}] got [${r.entities.join('，')}] — ${r.reason}`,
      );
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, entityRecall: gold ? found / gold : 1, misses };
}
