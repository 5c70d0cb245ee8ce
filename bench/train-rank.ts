/**
 * Fits the rerank's combination weights (knowledge/learned-rank.ts) on the development questions and
 * writes knowledge/rank-weights.json. For each question the top candidates' features are read with
 * the hand ranking; a candidate is gold when, whitespace removed, it holds a gold string (as
 * bench/eval-qa.ts decides). A linear score per language is fitted by pairwise logistic loss (each
 * gold candidate against each other one, every question weighing the same), L2-regularised towards
 * the hand ranking (weight 1 on the hand score, 0 elsewhere), by Newton's method: deterministic.
 *
 * Leave-one-author-out cross-validation (dev, p1..p4): train on four, measure Recall@1, MRR (top 5)
 * and answer hit (through ask) on the fifth, hand against learned. A language's learned weights are
 * adopted only when the held-out Recall@1 rises (mean gain ≥ MIN_MEAN_GAIN, no author losing more
 * than MAX_AUTHOR_LOSS) and the held-out answer hit does not fall (mean Δ ≥ 0, no author losing more
 * than MAX_AUTHOR_LOSS); both are printed.
 *
 * Run: `npx tsx bench/train-rank.ts [--write] [--lambda 0.01] [--no-answers]`. Reads the pool data from
 * FINRISK_RANK_POOLS (colon-separated files), else /work/notes/data/pool, when run; the weights file holds no question text.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createKnowledge } from '../knowledge/index.js';
import {
  FEATURES,
  observeRanking,
  overrideRankWeights,
  RANK_WEIGHTS_FILE,
  RankWeightsSchema,
  toVector,
  type FeatureName,
  type Lang,
  type ObservedCandidate,
  type RankWeights,
} from '../knowledge/learned-rank.js';
import type { Knowledge } from '../knowledge/types.js';
import { loadQa } from './eval-qa.js';

const shared = path.resolve(import.meta.dirname, '..', '..', 'shared');
const POOL = '/work/notes/data/pool';
// Other authors' question files (FINRISK_RANK_POOLS, colon-separated paths: the blind pools of a round), else round 10's.
const pools = (process.env.FINRISK_RANK_POOLS ?? '').split(':').filter(Boolean);
const AUTHORS: Record<string, string> =
  pools.length > 0
    ? { dev: path.join(shared, 'eval', 'qa.dev.jsonl'), ...Object.fromEntries(pools.map((f) => [path.basename(f, '.jsonl'), f])) }
    : {
        dev: path.join(shared, 'eval', 'qa.dev.jsonl'),
        p1: path.join(POOL, 'qa.p1.jsonl'),
        p2: path.join(POOL, 'qa.p2.jsonl'),
        p3: path.join(POOL, 'qa.p3.jsonl'),
        p4: path.join(POOL, 'qa.p4.jsonl'),
      };
const LANGS: Lang[] = ['zh', 'en'];
/** Adopted only if no held-out author's Recall@1 falls by more than this. */
const MAX_AUTHOR_LOSS = 0.05;
/** …and the mean held-out gain in Recall@1 reaches this (a gain of zero is no reason to change). */
const MIN_MEAN_GAIN = 0.02;

const argValue = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
/** Non-gold candidates paired with a gold one: those the hand ranking puts this high (the top's order is what loses). */
const PAIR_DEPTH = Number(argValue('--pair-depth') ?? '20');

const squash = (s: string): string => s.replace(/\s+/g, '');

type Item = ReturnType<typeof loadQa>[number];
interface Example {
  author: string;
  item: Item;
  lang: Lang;
  x: number[][];
  gold: boolean[];
}

type Vector = number[];
const HAND = FEATURES.indexOf('hand');
const prior = (): Vector => FEATURES.map((_, i) => (i === HAND ? 1 : 0));
const dot = (w: Vector, x: Vector): number => w.reduce((s, wi, i) => s + wi * (x[i] ?? 0), 0);

/** Solves A·x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(a: number[][], b: Vector): Vector {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c += 1) {
    let p = c;
    for (let r = c + 1; r < n; r += 1) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]![c]!;
    for (let r = c + 1; r < n; r += 1) {
      const f = m[r]![c]! / pivot;
      for (let k = c; k <= n; k += 1) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r -= 1) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k += 1) s -= m[r]![k]! * x[k]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

/** The difference vectors (gold − other) of one question, or none when it has no gold or no other candidate. */
function pairsOf(e: Example): Vector[] {
  const out: Vector[] = [];
  e.x.forEach((g, i) => {
    if (!e.gold[i]) return;
    e.x.forEach((o, j) => {
      if (!e.gold[j] && j < PAIR_DEPTH) out.push(g.map((v, k) => v - (o[k] ?? 0)));
    });
  });
  return out;
}

/** Newton's method on the mean per-question pairwise logistic loss plus λ/2·‖w − prior‖². */
export function fit(examples: Example[], lambda: number): { w: Vector; pairs: number; questions: number } {
  const groups = examples.map(pairsOf).filter((p) => p.length > 0);
  const n = FEATURES.length;
  const w0 = prior();
  let w = [...w0];
  for (let iter = 0; iter < 50; iter += 1) {
    const grad = w.map((wi, i) => lambda * (wi - (w0[i] ?? 0)));
    const hess = FEATURES.map((_, i) => FEATURES.map((__, j) => (i === j ? lambda : 0)));
    for (const group of groups) {
      const share = 1 / (groups.length * group.length);
      for (const d of group) {
        const margin = dot(w, d);
        const p = 1 / (1 + Math.exp(margin)); // σ(−margin)
        for (let i = 0; i < n; i += 1) {
          grad[i]! -= share * p * d[i]!;
          for (let j = 0; j < n; j += 1) hess[i]![j]! += share * p * (1 - p) * d[i]! * d[j]!;
        }
      }
    }
    const step = solve(hess, grad);
    w = w.map((wi, i) => wi - (step[i] ?? 0));
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  return { w, pairs: groups.reduce((s, g) => s + g.length, 0), questions: groups.length };
}

/** Rank (1-based) of the first gold candidate in the top 5 by `score`, null if none; ties keep the hand order. */
function rankBy(e: Example, score: (x: Vector) => number): number | null {
  const order = e.x.map((x, i) => ({ i, s: score(x) })).sort((a, b) => b.s - a.s || a.i - b.i);
  const at = order.slice(0, 5).findIndex((o) => e.gold[o.i]);
  return at >= 0 ? at + 1 : null;
}

interface Metrics {
  n: number;
  r1: number;
  mrr: number;
  hit?: number;
}
function metrics(examples: Example[], score: (x: Vector) => number): Metrics {
  const ranks = examples.map((e) => rankBy(e, score));
  const n = Math.max(1, ranks.length);
  return {
    n: ranks.length,
    r1: ranks.filter((r) => r === 1).length / n,
    mrr: ranks.reduce((s: number, r) => s + (r ? 1 / r : 0), 0) / n,
  };
}

function answerHit(knowledge: Knowledge, items: Item[], weights: RankWeights | null): number {
  overrideRankWeights(weights);
  const hits = items.filter((item) => {
    const answer = knowledge.ask(item.question);
    const shown = squash(answer.answer.join(''));
    return answer.found && item.gold.some((g) => shown.includes(squash(g)));
  }).length;
  overrideRankWeights(null);
  return hits / Math.max(1, items.length);
}

const asWeights = (w: Vector): Record<FeatureName, number> =>
  Object.fromEntries(FEATURES.map((name, i) => [name, Number((w[i] ?? 0).toFixed(6))])) as Record<FeatureName, number>;

function weightsFile(zh: Vector, en: Vector, provenance: RankWeights['provenance'], adopted: boolean): RankWeights {
  return RankWeightsSchema.parse({ version: 1, adopted, zh: asWeights(zh), en: asWeights(en), provenance });
}

const f2 = (x: number): string => x.toFixed(2);
const signed = (x: number): string => (x >= 0 ? '+' : '') + x.toFixed(2);

async function main(): Promise<void> {
  const lambda = Number(argValue('--lambda') ?? '0.01');
  const withAnswers = !process.argv.includes('--no-answers');
  const corpusDirs = (process.env.FINRISK_CORPUS ?? path.join(shared, 'corpus')).split(':').filter(Boolean);
  const { knowledge } = await createKnowledge({ corpusDirs, dataDir: mkdtempSync(path.join(os.tmpdir(), 'finrisk-train-')) });

  // Features with the hand ranking (never the file's weights), one observation per search.
  overrideRankWeights(null);
  const examples: Example[] = [];
  const items: Record<string, Item[]> = {};
  for (const [author, file] of Object.entries(AUTHORS)) {
    items[author] = loadQa(file);
    for (const item of items[author]) {
      let seen: { lang: Lang; candidates: ObservedCandidate[] } | null = null;
      observeRanking((_query, lang, candidates) => {
        seen ??= { lang, candidates };
      });
      knowledge.search(item.question, { k: 5 });
      observeRanking(null);
      const got = seen as { lang: Lang; candidates: ObservedCandidate[] } | null;
      const gold = item.gold.map(squash);
      const candidates = got?.candidates ?? [];
      examples.push({
        author,
        item,
        lang: got?.lang ?? item.lang,
        x: candidates.map((c) => toVector(c.features)),
        gold: candidates.map((c) => gold.some((g) => squash(c.text).includes(g))),
      });
    }
  }
  overrideRankWeights(undefined);

  const authors = Object.keys(AUTHORS);
  console.log(`features: ${FEATURES.join(' ')}  λ=${lambda}`);
  const adoptedLangs: Record<Lang, boolean> = { zh: false, en: false };
  const cvLines: string[] = [];
  for (const lang of LANGS) {
    console.log(`\n== ${lang}: leave-one-author-out (held-out author; hand → learned)`);
    console.log('author   n   R@1 hand→learned     MRR hand→learned   in top20   answer hit hand→learned');
    const r1Deltas: number[] = [];
    const hitDeltas: number[] = [];
    for (const held of authors) {
      const train = examples.filter((e) => e.lang === lang && e.author !== held);
      const test = examples.filter((e) => e.lang === lang && e.author === held);
      const { w } = fit(train, lambda);
      const hand = metrics(test, (x) => x[HAND] ?? 0);
      const learned = metrics(test, (x) => dot(w, x));
      const reach = test.filter((e) => e.gold.some(Boolean)).length / Math.max(1, test.length);
      r1Deltas.push(learned.r1 - hand.r1);
      // What the user reads, through ask: this language's fold weights against the hand ranking.
      let hits = '';
      if (withAnswers) {
        const mine = (items[held] ?? []).filter((i) => i.lang === lang);
        const foldFile = weightsFile(
          lang === 'zh' ? w : prior(),
          lang === 'en' ? w : prior(),
          { trainedOn: authors.filter((a) => a !== held), questions: {}, pairs: 0, lambda, method: 'fold' },
          true,
        );
        const handHit = answerHit(knowledge, mine, null);
        const learnedHit = answerHit(knowledge, mine, foldFile);
        hitDeltas.push(learnedHit - handHit);
        hits = `   ${f2(handHit)} → ${f2(learnedHit)} (${signed(learnedHit - handHit)})`;
      }
      console.log(
        `${held.padEnd(6)} ${String(test.length).padStart(3)}   ${f2(hand.r1)} → ${f2(learned.r1)} (${signed(learned.r1 - hand.r1)})   ${f2(hand.mrr)} → ${f2(learned.mrr)} (${signed(learned.mrr - hand.mrr)})   ${f2(reach)}${hits}`,
      );
    }
    const mean = (xs: number[]): number => xs.reduce((s, d) => s + d, 0) / Math.max(1, xs.length);
    const meanR1 = mean(r1Deltas);
    const worst = Math.min(...r1Deltas);
    const meanHit = mean(hitDeltas);
    // Adopted only when the held-out Recall@1 rises (and no author loses much) and what the user reads
    // does not fall: a ranking that lifts the gold passage but costs answers is no gain.
    const r1Rises = meanR1 >= MIN_MEAN_GAIN && worst >= -MAX_AUTHOR_LOSS;
    const hitHolds = withAnswers && meanHit >= 0 && Math.min(...hitDeltas) >= -MAX_AUTHOR_LOSS;
    adoptedLangs[lang] = r1Rises && hitHolds;
    const hitText = withAnswers
      ? `mean held-out Δanswer hit ${signed(meanHit)} (${hitHolds ? 'holds' : 'falls'})`
      : 'answer hit not measured (--no-answers): not adoptable';
    const line = `${lang}: mean held-out ΔR@1 ${signed(meanR1)} (${r1Rises ? 'rises' : 'does not rise'}), worst author ΔR@1 ${signed(worst)}; ${hitText} → ${adoptedLangs[lang] ? 'adopted' : 'hand kept'}`;
    console.log(line);
    cvLines.push(line);
  }

  // The shipped weights: trained on every author.
  const all: Record<Lang, ReturnType<typeof fit>> = {
    zh: fit(
      examples.filter((e) => e.lang === 'zh'),
      lambda,
    ),
    en: fit(
      examples.filter((e) => e.lang === 'en'),
      lambda,
    ),
  };
  for (const lang of LANGS)
    console.log(
      `\n${lang} weights (all authors, ${all[lang].questions} questions, ${all[lang].pairs} pairs): ` +
        FEATURES.map((name, i) => `${name} ${(all[lang].w[i] ?? 0).toFixed(3)}`).join(', '),
    );
  const file = weightsFile(
    adoptedLangs.zh ? all.zh.w : prior(),
    adoptedLangs.en ? all.en.w : prior(),
    {
      trainedOn: authors,
      questions: Object.fromEntries(authors.map((a) => [a, (items[a] ?? []).length])),
      pairs: all.zh.pairs + all.en.pairs,
      lambda,
      method: 'pairwise logistic loss, gold vs each other top-20 candidate, per-question mean; Newton; L2 towards the hand score',
      crossValidation: cvLines.join('; '),
    },
    adoptedLangs.zh || adoptedLangs.en,
  );
  if (process.argv.includes('--write')) {
    writeFileSync(RANK_WEIGHTS_FILE, JSON.stringify(file, null, 2) + '\n');
    console.log(`\nwrote ${path.relative(process.cwd(), RANK_WEIGHTS_FILE)} (adopted: ${file.adopted})`);
  }
}

await main();
