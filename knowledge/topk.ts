/**
 * The k best passages by BM25, scored exactly as `MiniSearch.search` scores them (same formula, same
 * summation order, same order among equal scores) but accumulated in typed arrays, so that only the
 * k leaders become objects. minisearch builds a result object with per-term match lists for every
 * passage that holds any query term and sorts them all; on large corpora that was most of a query.
 * It reads minisearch's own index maps, like the persisted index does (search-index.ts); a test
 * checks the results equal `MiniSearch.search`'s on the reports.
 */
import type MiniSearch from 'minisearch';

export interface TopHit {
  /** The passage id given to minisearch. */
  id: number;
  score: number;
  /** Query terms the passage holds (in any field). */
  terms: Set<string>;
}

interface IndexView {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
  _fieldLength: Map<number, number[]>;
  _documentCount: number;
  _documentIds: Map<number, unknown>;
  _nextId: number;
  _options: { fields: string[]; searchOptions: { boost?: Record<string, number>; bm25: { k: number; b: number; d: number } } };
}

export type TopK = (terms: string[], termBoost: (term: string) => number, depth: number) => TopHit[];

export function createTopK<T>(mini: MiniSearch<T>): TopK {
  const view = mini as unknown as IndexView;
  const fields = view._options.fields.map((name) => ({ id: view._fieldIds[name] as number, boost: view._options.searchOptions.boost?.[name] || 1 }));
  const { k, b, d } = view._options.searchOptions.bm25;
  const size = view._nextId;
  // Field lengths by short id, read once instead of a map lookup per posting.
  const lengths = fields.map((f) => {
    const out = new Float64Array(size);
    for (const [shortId, perField] of view._fieldLength) out[shortId] = perField[f.id] ?? 0;
    return out;
  });
  const total = new Float64Array(size);
  const termScore = new Float64Array(size);
  const quality = new Uint16Array(size);
  const firstSeen = new Int32Array(size).fill(-1);
  // Which term last touched a passage (a running number, never reset: exact in a double for 2^53 terms),
  // to list each passage once per term.
  const lastTerm = new Float64Array(size);
  let termNumber = 0;

  return (terms, termBoost, depth) => {
    const touched: number[] = [];
    // Each term's postings per field, kept to tell the leaders' matched terms without a second lookup.
    const postings: Array<{ term: string; maps: Array<Map<number, number>> }> = [];
    for (const term of terms) {
      const data = view._index.get(term);
      if (!data) continue;
      postings.push({ term, maps: [...data.values()] });
      const inTerm: number[] = [];
      const boost = termBoost(term);
      termNumber += 1;
      fields.forEach((field, f) => {
        const freqs = data.get(field.id);
        if (!freqs) return;
        const matching = freqs.size;
        const idf = Math.log(1 + (view._documentCount - matching + 0.5) / (matching + 0.5));
        const avg = view._avgFieldLength[field.id] as number;
        const fieldLength = lengths[f] as Float64Array;
        const weight = boost * field.boost;
        for (const [doc, tf] of freqs) {
          const raw = idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * (fieldLength[doc] as number)) / avg)));
          if (lastTerm[doc] !== termNumber) {
            lastTerm[doc] = termNumber;
            inTerm.push(doc);
            // First seen in this query: minisearch's result order, which decides among equal scores.
            if (firstSeen[doc] === -1) {
              firstSeen[doc] = touched.length;
              touched.push(doc);
            }
          }
          termScore[doc] = (termScore[doc] as number) + weight * raw;
        }
      });
      for (const doc of inTerm) {
        total[doc] = (total[doc] as number) + (termScore[doc] as number);
        quality[doc] = (quality[doc] as number) + 1;
        termScore[doc] = 0;
      }
    }
    const better = (x: number, y: number): boolean => {
      const sx = (total[x] as number) * (quality[x] as number);
      const sy = (total[y] as number) * (quality[y] as number);
      return sx > sy || (sx === sy && (firstSeen[x] as number) < (firstSeen[y] as number));
    };
    const leaders = selectTop(touched, depth, better);
    const hits = leaders.map((doc) => ({
      id: view._documentIds.get(doc) as number,
      score: (total[doc] as number) * (quality[doc] as number),
      terms: new Set(postings.filter((p) => p.maps.some((m) => m.has(doc))).map((p) => p.term)),
    }));
    for (const doc of touched) {
      total[doc] = 0;
      quality[doc] = 0;
      firstSeen[doc] = -1;
    }
    return hits;
  };
}

/** The `depth` best of `items` by `better`, best first: a bounded heap, not a sort of everything. */
function selectTop(items: number[], depth: number, better: (x: number, y: number) => boolean): number[] {
  if (items.length <= depth) return [...items].sort((x, y) => (better(x, y) ? -1 : better(y, x) ? 1 : 0));
  // A min-heap (the worst leader on top) of size depth.
  const heap: number[] = [];
  const worse = (x: number, y: number): boolean => better(y, x);
  const up = (i: number): void => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i] as number, heap[parent] as number)) return;
      [heap[i], heap[parent]] = [heap[parent] as number, heap[i] as number];
      i = parent;
    }
  };
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l] as number, heap[m] as number)) m = l;
      if (r < heap.length && worse(heap[r] as number, heap[m] as number)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m] as number, heap[i] as number];
      i = m;
    }
  };
  for (const item of items) {
    if (heap.length < depth) {
      heap.push(item);
      up(heap.length - 1);
    } else if (better(item, heap[0] as number)) {
      heap[0] = item;
      down(0);
    }
  }
  return heap.sort((x, y) => (better(x, y) ? -1 : better(y, x) ? 1 : 0));
}
