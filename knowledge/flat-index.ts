/**
 * The inverted index as a few flat arrays: a term table, and per term and field a run of
 * (passage, term frequency) postings in passage order. It holds exactly the statistics minisearch
 * keeps for BM25 (per-field lengths counted in distinct terms, running-mean average lengths, the
 * same fields and boosts), so a search over it scores as `MiniSearch.search` does, to the last bit;
 * `test/knowledge/topk.test.ts` checks that against minisearch itself on the reports.
 *
 * Why not minisearch's own maps: its radix tree scans a node's children one by one, and the root
 * of a Chinese index has thousands (one per first character), so each insert and each lookup walks
 * them; and a Map per term and field cannot be persisted in a form that loads fast. At 1000× the
 * corpus, building took 12 minutes and loading the maps 32 s; flat arrays load as views on the file.
 */
import type { Analyzer } from './analyzer.js';

/** minisearch's default BM25 parameters, which the index was tuned with. */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/** Indexed fields, in scoring order, with their boosts. */
export const FIELDS = [
  { name: 'text', boost: 1 },
  { name: 'section', boost: 0.6 },
  { name: 'title', boost: 0.25 },
] as const;
export const FIELD_COUNT = FIELDS.length;

export interface FlatIndex {
  documentCount: number;
  /** Term → term number. */
  terms: Map<string, number>;
  /** Postings of term t in field f: positions offsets[t*F+f] … offsets[t*F+f+1] of `docs` and `tfs`. */
  offsets: Uint32Array;
  /** Passage numbers, ascending within each run. */
  docs: Uint32Array;
  tfs: Uint16Array | Uint32Array;
  /** Per term: passages holding it in their text or section (the answerer's and the ranker's idf). */
  df: Uint32Array;
  /** Per field: each passage's length in distinct terms. */
  fieldLengths: Uint32Array[];
  /** Per field: average length, accumulated as minisearch does (a running mean). */
  avgFieldLength: number[];
}

export interface IndexableFields {
  text: string;
  section: string;
  title: string;
}

/** A typed array that grows by doubling. */
class Growable {
  data = new Uint32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length] = value;
    this.length += 1;
  }
  view(): Uint32Array {
    return this.data.subarray(0, this.length);
  }
}

/** Numbers for distinct strings, in order of first appearance (the map holds them all). */
export function numbering(): { numbers: Map<string, number>; numberOf: (value: string) => number } {
  const numbers = new Map<string, number>();
  const numberOf = (value: string): number => {
    let n = numbers.get(value);
    if (n === undefined) {
      n = numbers.size;
      numbers.set(value, n);
    }
    return n;
  };
  return { numbers, numberOf };
}

export function buildFlatIndex(passages: readonly IndexableFields[], analyzer: Analyzer): FlatIndex {
  const { numbers: terms, numberOf: termOf } = numbering();
  // Postings as they come (passage by passage), keyed by term*F+field; sorted into runs at the end.
  const keys = new Growable();
  const docs = new Growable();
  const tfs = new Growable();
  const dfCounts = new Growable();
  const dfSeen = new Growable();
  const fieldLengths = FIELDS.map(() => new Uint32Array(passages.length));
  const avgFieldLength = FIELDS.map(() => 0);
  // Titles repeat for every passage of a document: their tokens are made once.
  const titleTokens = new Map<string, string[]>();
  let maxTf = 0;

  passages.forEach((passage, doc) => {
    FIELDS.forEach((field, f) => {
      const value = passage[field.name];
      let tokens = field.name === 'title' ? titleTokens.get(value) : undefined;
      if (!tokens) {
        tokens = analyzer.tokens(value);
        if (field.name === 'title') titleTokens.set(value, tokens);
      }
      const counts = new Map<number, number>();
      for (const token of tokens) {
        const id = termOf(token);
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      for (const [id, tf] of counts) {
        keys.push(id * FIELD_COUNT + f);
        docs.push(doc);
        tfs.push(tf);
        if (tf > maxTf) maxTf = tf;
        if (field.name !== 'title') {
          while (dfCounts.length <= id) {
            dfCounts.push(0);
            dfSeen.push(0);
          }
          // dfSeen holds passage number + 1 of the last passage counted for the term.
          if (dfSeen.data[id] !== doc + 1) {
            dfSeen.data[id] = doc + 1;
            dfCounts.data[id] = (dfCounts.data[id] as number) + 1;
          }
        }
      }
      // minisearch: a field's length is its count of distinct terms; the average is a running mean.
      (fieldLengths[f] as Uint32Array)[doc] = counts.size;
      avgFieldLength[f] = ((avgFieldLength[f] as number) * doc + counts.size) / (doc + 1);
    });
  });

  // Counting sort by key; passages stay ascending within a run because they were pushed in order.
  const runs = terms.size * FIELD_COUNT;
  const offsets = new Uint32Array(runs + 1);
  const keyView = keys.view();
  for (const key of keyView) offsets[key + 1] = (offsets[key + 1] as number) + 1;
  for (let i = 0; i < runs; i += 1) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const next = offsets.slice(0, runs);
  const sortedDocs = new Uint32Array(keys.length);
  const sortedTfs = maxTf <= 0xffff ? new Uint16Array(keys.length) : new Uint32Array(keys.length);
  const docView = docs.view();
  const tfView = tfs.view();
  for (let i = 0; i < keyView.length; i += 1) {
    const key = keyView[i] as number;
    const at = next[key] as number;
    next[key] = at + 1;
    sortedDocs[at] = docView[i] as number;
    sortedTfs[at] = tfView[i] as number;
  }
  const df = new Uint32Array(terms.size);
  df.set(dfCounts.view().subarray(0, terms.size));
  return { documentCount: passages.length, terms, offsets, docs: sortedDocs, tfs: sortedTfs, df, fieldLengths, avgFieldLength };
}

/** Passages holding the term in their text or section; 0 for a term the index does not know. */
export function documentFrequency(index: FlatIndex, term: string): number {
  const id = index.terms.get(term);
  return id === undefined ? 0 : (index.df[id] as number);
}

/** Whether passage `doc` holds term number `id` in field `f` (binary search in the run). */
export function holds(index: FlatIndex, id: number, f: number, doc: number): boolean {
  let lo = index.offsets[id * FIELD_COUNT + f] as number;
  let hi = index.offsets[id * FIELD_COUNT + f + 1] as number;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = index.docs[mid] as number;
    if (at === doc) return true;
    if (at < doc) lo = mid + 1;
    else hi = mid;
  }
  return false;
}
