/**
 * finrisk's search against what a developer would otherwise pick, on the same passages and the same
 * questions: FlexSearch (CJK charset), Orama (its Mandarin tokenizer), minisearch with finrisk's own
 * analyzer (the fair peer: same tokens, plain BM25, no expansion or rerank), minisearch with its
 * default tokenizer (a straw man on Chinese), and a linear scan counting shared character bigrams.
 * Quality is measured on the check questions (nobody tuned for them). Peers are dev dependencies only.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { create, insertMultiple, save as oramaSave, search as oramaSearch } from '@orama/orama';
import { createTokenizer } from '@orama/tokenizers/mandarin';
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import { createAnalyzer } from '../knowledge/analyzer.js';
import { defaultGlossary } from '../knowledge/glossary.js';
import { buildKnowledgeFromDocs, createKnowledge, DEFAULT_NOTES_DIR } from '../knowledge/index.js';
import { INDEX_FILE } from '../knowledge/search-index.js';
import { chunkDocument } from '../knowledge/ingest/chunk.js';
import { readCorpus, readNotes } from '../knowledge/ingest/read.js';
import type { Passage } from '../knowledge/types.js';
import { benchQueries } from './bench-search.js';
import { loadQa } from './eval-qa.js';
import { latencies, percentile } from './stats.js';

export interface PeerRow {
  engine: string;
  recall5: number;
  mrr: number;
  buildMs: number;
  heapMB: number;
  /** Bytes of the engine's own serialized index (finrisk: its index file). */
  indexMB: number;
  /** Medians over the timed passes, with the spread of p99. */
  p50: number;
  p99: number;
  p99Spread: [number, number];
}

type Searcher = ((query: string) => string[]) & { size?: () => Promise<number> | number };

const PASSES = 5;
const withSize = (search: (query: string) => string[], size: () => Promise<number> | number): Searcher => Object.assign(search, { size });

const squash = (s: string): string => s.replace(/\s+/g, '');
const bigrams = (s: string): Set<string> => {
  const out = new Set<string>();
  const t = squash(s);
  for (let i = 0; i + 2 <= t.length; i += 1) out.add(t.slice(i, i + 2));
  return out;
};

async function engines(
  passages: Passage[],
  docs: Parameters<typeof buildKnowledgeFromDocs>[0],
  corpusDir: string,
): Promise<Array<[string, () => Promise<Searcher>]>> {
  const text = (id: number): string => passages[id]?.text ?? '';
  // minisearch as a peer, with its default tokenizer or with finrisk's: only the options differ.
  type MiniOptions = Pick<ConstructorParameters<typeof MiniSearch>[0], 'tokenize' | 'processTerm'>;
  const miniPeer = (options: MiniOptions): Searcher => {
    const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], ...options });
    mini.addAll(passages.map((p, id) => ({ id, text: p.text })));
    return withSize(
      (q) =>
        mini
          .search(q)
          .slice(0, 5)
          .map((r) => text(r.id as number)),
      () => Buffer.byteLength(JSON.stringify(mini)),
    );
  };
  return [
    [
      'finrisk',
      async () => {
        const k = buildKnowledgeFromDocs(docs);
        // Size: the index file finrisk persists for the same corpus (written outside the timed build).
        return withSize(
          (q) => k.search(q, { k: 5 }).map((r) => r.text),
          async () => {
            const dataDir = mkdtempSync(path.join(os.tmpdir(), 'finrisk-peers-'));
            await createKnowledge({ corpusDirs: [corpusDir], dataDir });
            const bytes = statSync(path.join(dataDir, INDEX_FILE)).size;
            rmSync(dataDir, { recursive: true, force: true });
            return bytes;
          },
        );
      },
    ],
    [
      'FlexSearch (CJK)',
      async () => {
        const index = new FlexSearch.Index({ tokenize: 'forward', encoder: FlexSearch.Charset.CJK });
        passages.forEach((p, id) => index.add(id, p.text));
        // suggest: partial matches, without which a question with any unknown word returns nothing.
        return withSize(
          (q) => (index.search(q, { limit: 5, suggest: true }) as number[]).map(text),
          async () => {
            let bytes = 0;
            await index.export(async (_key: string, data: string) => void (bytes += Buffer.byteLength(data ?? '')));
            return bytes;
          },
        );
      },
    ],
    [
      'Orama (Mandarin)',
      async () => {
        const db = create({ schema: { text: 'string' } as const, components: { tokenizer: createTokenizer() } });
        await insertMultiple(
          db,
          passages.map((p, id) => ({ id: String(id), text: p.text })),
        );
        return withSize(
          (q) => {
            const result = oramaSearch(db, { term: q, limit: 5 }) as { hits: Array<{ document: { text: string } }> };
            return result.hits.map((h) => h.document.text);
          },
          () => Buffer.byteLength(JSON.stringify(oramaSave(db))),
        );
      },
    ],
    [
      'minisearch (finrisk tokenizer)',
      async () => {
        const analyzer = createAnalyzer(defaultGlossary().lexicon);
        return miniPeer({ tokenize: (t) => analyzer.tokens(t), processTerm: (t) => t });
      },
    ],
    [
      'minisearch (default tokenizer)',
      async () => {
        return miniPeer({});
      },
    ],
    [
      'linear bigram scan',
      async () => {
        const grams = passages.map((p) => bigrams(p.text));
        return withSize(
          (q) => {
            const qg = [...bigrams(q)];
            return grams
              .map((g, id) => ({ id, n: qg.filter((x) => g.has(x)).length }))
              .sort((a, b) => b.n - a.n)
              .slice(0, 5)
              .map((r) => text(r.id));
          },
          () => v8.serialize(grams).length,
        );
      },
    ],
  ];
}

/** `qaFile` measures quality; `latencyFile` (default: the same) supplies the timed questions. */
export async function runPeersBench(opts: { corpusDir: string; qaFile: string; latencyFile?: string }): Promise<PeerRow[]> {
  const docs = [...(await readNotes(DEFAULT_NOTES_DIR)).docs, ...(await readCorpus([opts.corpusDir])).docs];
  const passages = docs.flatMap(chunkDocument);
  const qa = loadQa(opts.qaFile);
  const queries = benchQueries(docs.map((d) => d.text).join('\n'), opts.latencyFile ?? opts.qaFile);
  const rows: PeerRow[] = [];
  for (const [engine, build] of await engines(passages, docs, opts.corpusDir)) {
    (globalThis as { gc?: () => void }).gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const searcher = await build();
    const buildMs = performance.now() - started;
    const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    let hits = 0;
    let rr = 0;
    for (const item of qa) {
      const gold = item.gold.map(squash);
      const rank = searcher(item.question).findIndex((t) => gold.some((g) => squash(t).includes(g)));
      if (rank >= 0) {
        hits += 1;
        rr += 1 / (rank + 1);
      }
    }
    for (const q of queries) searcher(q); // warm-up pass
    const passes: Array<{ p50: number; p99: number }> = [];
    for (let pass = 0; pass < PASSES; pass += 1) {
      (globalThis as { gc?: () => void }).gc?.();
      const times = latencies(queries, searcher);
      passes.push({ p50: percentile(times, 50), p99: percentile(times, 99) });
    }
    const p99s = passes.map((p) => p.p99);
    rows.push({
      engine,
      recall5: hits / qa.length,
      mrr: rr / qa.length,
      buildMs,
      heapMB,
      indexMB: (searcher.size ? await searcher.size() : 0) / 1e6,
      p50: percentile(
        passes.map((p) => p.p50),
        50,
      ),
      p99: percentile(p99s, 50),
      p99Spread: [Math.min(...p99s), Math.max(...p99s)],
    });
  }
  return rows;
}
