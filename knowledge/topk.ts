/**
 * The k best passages by BM25, scored exactly as `MiniSearch.search` scores an index of the same
 * passages (same formula, same summation order, same order among equal scores), accumulated in
 * typed arrays over the flat index (flat-index.ts) so that only the k leaders become objects.
 * A test checks the results equal `MiniSearch.search`'s on the reports.
 */
import { BM25, FIELDS, FIELD_COUNT, holds, type FlatIndex } from './flat-index.js';

export interface TopHit {
  /** The passage's number in the index. */
  id: number;
  score: number;
  /** Query terms the passage holds (in any field). */
  terms: Set<string>;
}

export type TopK = (terms: string[], termBoost: (term: string) => number, depth: number) => TopHit[];

export function createTopK(index: FlatIndex): TopK {
  const { k, b } = BM25;
  const size = index.documentCount;
  const { offsets, docs, tfs } = index;
  const total = new Float64Array(size);
  const termScore = new Float64Array(size);
  const quality = new Uint16Array(size);
  const firstSeen = new Int32Array(size).fill(-1);
  // Which term last touched a passage, as a running number, to list each passage once per term.
  // 32 bits (half the memory traffic of a double); on wrapping round, the record starts over.
  const lastTerm = new Uint32Array(size);
  let termNumber = 0;
  // Passages touched by the query (in first-seen order) and by the current term: reused buffers.
  const touchedBuffer = new Int32Array(size);
  const inTerm = new Int32Array(size);
  const counts = new Int32Array(2);
  const held = new Int32Array(size);
  const run: RunState = { docs, tfs, lastTerm, termScore, firstSeen, inTerm, touched: touchedBuffer, counts };
  const boosts = FIELDS.map((f) => f.boost);
  // BM25's length normalisation of each passage and field, k·(1 − b + b·length/average): the same
  // expression the formula evaluates, computed once instead of once per posting.
  const norms = index.fieldLengths.map((lengths, f) => {
    const avg = index.avgFieldLength[f] as number;
    const out = new Float64Array(size);
    for (let doc = 0; doc < size; doc += 1) out[doc] = k * (1 - b + (b * (lengths[doc] as number)) / avg);
    return out;
  });

  return (terms, termBoost, depth) => {
    let touchedCount = 0;
    const found: Array<{ term: string; id: number }> = [];
    for (const term of terms) {
      const id = index.terms.get(term);
      if (id === undefined) continue;
      found.push({ term, id });
      let inTermCount = 0;
      const boost = termBoost(term);
      termNumber += 1;
      if (termNumber > 0xffffffff) {
        lastTerm.fill(0);
        termNumber = 1;
      }
      let firstRun = true;
      for (let f = 0; f < FIELD_COUNT; f += 1) {
        const start = offsets[id * FIELD_COUNT + f] as number;
        const end = offsets[id * FIELD_COUNT + f + 1] as number;
        if (start === end) continue;
        const matching = end - start;
        const idf = Math.log(1 + (size - matching + 0.5) / (matching + 0.5));
        const norm = norms[f] as Float64Array;
        const weight = boost * (boosts[f] as number);
        counts[0] = inTermCount;
        counts[1] = touchedCount;
        const later = (offsets[id * FIELD_COUNT + FIELD_COUNT] as number) > end;
        scoreRun(run, start, end, idf, weight, norm, termNumber, firstRun, !firstRun || later);
        firstRun = false;
        inTermCount = counts[0] as number;
        touchedCount = counts[1] as number;
      }
      // Which of the first 31 found terms a passage holds, one bit each (small integers, no doubles).
      const bit = found.length <= 31 ? 1 << (found.length - 1) : 0;
      for (let i = 0; i < inTermCount; i += 1) {
        const doc = inTerm[i] as number;
        held[doc] = (held[doc] as number) | bit;
        total[doc] = (total[doc] as number) + (termScore[doc] as number);
        quality[doc] = (quality[doc] as number) + 1;
        termScore[doc] = 0;
      }
    }
    const touched = touchedBuffer.subarray(0, touchedCount);
    // minisearch's score: the summed BM25 times the number of query terms matched.
    for (let i = 0; i < touchedCount; i += 1) {
      const doc = touched[i] as number;
      total[doc] = (total[doc] as number) * (quality[doc] as number);
    }
    const leaders = selectTop(touched, depth, total, firstSeen);
    const hits = leaders.map((doc) => ({
      id: doc,
      score: total[doc] as number,
      // The matched terms from the bits; past the 31st term, a binary search in the term's runs.
      terms: new Set(
        found
          .filter(({ id }, i) => (i < 31 ? ((held[doc] as number) & (1 << i)) !== 0 : FIELDS.some((_, f) => holds(index, id, f, doc))))
          .map(({ term }) => term),
      ),
    }));
    for (let i = 0; i < touchedCount; i += 1) {
      const doc = touched[i] as number;
      total[doc] = 0;
      quality[doc] = 0;
      firstSeen[doc] = -1;
      held[doc] = 0;
    }
    return hits;
  };
}

/** The buffers one run of postings is scored into; `counts` holds how many passages `inTerm` and `touched` list. */
interface RunState {
  docs: Uint32Array;
  tfs: Uint16Array | Uint32Array;
  lastTerm: Uint32Array;
  termScore: Float64Array;
  firstSeen: Int32Array;
  inTerm: Int32Array;
  touched: Int32Array;
  counts: Int32Array;
}

const K_PLUS_1 = BM25.k + 1;

/**
 * Scores one term's postings in one field: the hot loop of every query, kept in a small function
 * of its own with everything in locals, which V8 compiles to a tight loop (several times faster
 * than the same loop inside the query's closure, measured at 1000× the corpus).
 */
function scoreRun(
  run: RunState,
  start: number,
  end: number,
  idf: number,
  weight: number,
  norm: Float64Array,
  termNumber: number,
  first: boolean,
  mark: boolean,
): void {
  const { docs, tfs, lastTerm, termScore, firstSeen, inTerm, touched, counts } = run;
  const d = BM25.d;
  let inTermCount = counts[0] as number;
  let touchedCount = counts[1] as number;
  for (let p = start; p < end; p += 1) {
    const doc = docs[p] as number;
    const tf = tfs[p] as number;
    const raw = idf * (d + (tf * K_PLUS_1) / (tf + (norm[doc] as number)));
    // A term's first run meets every passage for the first time in that term; the record of which
    // it has met is only written when a later run of the term will read it.
    if (first || lastTerm[doc] !== termNumber) {
      if (mark) lastTerm[doc] = termNumber;
      inTerm[inTermCount] = doc;
      inTermCount += 1;
      // First seen in this query: minisearch's result order, which decides among equal scores.
      if (firstSeen[doc] === -1) {
        firstSeen[doc] = touchedCount;
        touched[touchedCount] = doc;
        touchedCount += 1;
      }
    }
    termScore[doc] = (termScore[doc] as number) + weight * raw;
  }
  counts[0] = inTermCount;
  counts[1] = touchedCount;
}

/**
 * The `depth` best of `items` by score, best first, equal scores in first-seen order: a bounded
 * heap, not a sort of everything. `items` come in first-seen order, so a later item displaces the
 * worst leader only with a strictly higher score.
 */
function selectTop(items: Int32Array, depth: number, score: Float64Array, firstSeen: Int32Array): number[] {
  const better = (x: number, y: number): boolean =>
    (score[x] as number) > (score[y] as number) ||
    ((score[x] as number) === (score[y] as number) && (firstSeen[x] as number) < (firstSeen[y] as number));
  const order = (x: number, y: number): number => (better(x, y) ? -1 : better(y, x) ? 1 : 0);
  if (items.length <= depth) return [...items].sort(order);
  if (depth <= 0) return [];
  // A min-heap (the worst leader on top) of size depth.
  const heap: number[] = [...items.subarray(0, depth)].sort((x, y) => order(y, x));
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && better(heap[m] as number, heap[l] as number)) m = l;
      if (r < heap.length && better(heap[m] as number, heap[r] as number)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m] as number, heap[i] as number];
      i = m;
    }
  };
  let worst = score[heap[0] as number] as number;
  for (let i = depth; i < items.length; i += 1) {
    const item = items[i] as number;
    if ((score[item] as number) > worst) {
      heap[0] = item;
      down(0);
      worst = score[heap[0] as number] as number;
    }
  }
  return heap.sort(order);
}
