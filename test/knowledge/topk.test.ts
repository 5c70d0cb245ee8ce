import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../knowledge/analyzer.js';
import { defaultGlossary } from '../../knowledge/glossary.js';
import { chunkDocument } from '../../knowledge/ingest/chunk.js';
import { readCorpus } from '../../knowledge/ingest/read.js';
import MiniSearch from 'minisearch';
import { documentFrequency, FIELDS } from '../../knowledge/flat-index.js';
import { buildIndex } from '../../knowledge/search-index.js';
import { createTopK } from '../../knowledge/topk.js';
import type { Passage } from '../../knowledge/types.js';
import { fixtureCorpus, itWithReports, realCorpus } from '../helpers/corpus.js';

const analyzer = createAnalyzer(defaultGlossary().lexicon);

/** minisearch over the same passages, with the same analyzer, fields and boosts: the reference. */
function miniOf(passages: Passage[]): MiniSearch<{ id: number; text: string; section: string; title: string }> {
  const mini = new MiniSearch<{ id: number; text: string; section: string; title: string }>({
    fields: FIELDS.map((f) => f.name),
    tokenize: (text) => analyzer.tokens(text),
    processTerm: (term) => term,
    searchOptions: { boost: Object.fromEntries(FIELDS.map((f) => [f.name, f.boost])) },
  });
  mini.addAll(passages.map((p, id) => ({ id, text: p.text, section: p.section, title: p.title })));
  return mini;
}

/** minisearch's own answer, the reference the top-k must equal. */
function reference(mini: ReturnType<typeof miniOf>, terms: string[], boost: (t: string) => number, depth: number) {
  return mini
    .search(terms.join(' '), { tokenize: (s) => s.split(' '), processTerm: (t) => t, boostTerm: boost })
    .slice(0, depth)
    .map((r) => ({ id: r.id as number, score: r.score, terms: new Set(Object.keys(r.match)) }));
}

function index(passages: Passage[]) {
  return buildIndex([{ file: 'x', title: 'x', kind: 'report', topics: [] }], passages, analyzer);
}

describe('top-k BM25 over the flat index', () => {
  const equalsMiniSearch = (dir: string) => async () => {
    const { docs } = await readCorpus([dir]);
    const passages = docs.flatMap(chunkDocument);
    const data = index(passages);
    const mini = miniOf(passages);
    const topK = createTopK(data.index);
    const words = [
      ...new Set(
        docs
          .map((d) => d.text)
          .join('\n')
          .match(/[\u4e00-\u9fff]{2,4}/g) ?? [],
      ),
    ];
    for (let i = 0; i < 300; i += 1) {
      const query = `${words[(i * 7919) % words.length]}${words[(i * 104729) % words.length]} P2P risk`;
      const terms = [...new Set(analyzer.tokens(query))];
      const boost = (t: string): number => (terms.indexOf(t) % 3 === 2 ? 0.35 : 1);
      const depth = [5, 20, 100][i % 3] as number;
      expect(topK(terms, boost, depth), query).toEqual(reference(mini, terms, boost, depth));
    }
  };
  it(
    'GIVEN the fixture corpus and 300 keyword queries THEN ids, scores and matched terms equal MiniSearch.search exactly',
    equalsMiniSearch(fixtureCorpus),
  );
  itWithReports(
    'GIVEN the real reports and 300 keyword queries THEN ids, scores and matched terms equal MiniSearch.search exactly',
    equalsMiniSearch(realCorpus),
  );

  it('GIVEN identical passages (equal scores) THEN they come in minisearch order, and unknown terms are ignored', () => {
    const text = '伪金交所以登记备案的名义发行定融产品。';
    const passages = Array.from({ length: 30 }, (_, i) => ({
      id: `p${i}`,
      doc: 'x',
      title: 'x',
      section: i % 2 ? '一、伪金交所' : '二、定融',
      text: i % 3 ? text : `${text}年化收益很高。`,
      start: 0,
      end: 10,
    }));
    const data = index(passages);
    const mini = miniOf(passages);
    const topK = createTopK(data.index);
    const terms = [...new Set(analyzer.tokens('伪金交所 定融 年化 不存在的词'))];
    expect(topK(terms, () => 1, 12)).toEqual(reference(mini, terms, () => 1, 12));
    expect(topK(['不存在'], () => 1, 5)).toEqual([]);
    // State from one query does not leak into the next.
    expect(topK(terms, () => 1, 30)).toEqual(reference(mini, terms, () => 1, 30));
  });

  const frequenciesCount = (dir: string) => async () => {
    const { docs } = await readCorpus([dir]);
    const passages = docs.flatMap(chunkDocument);
    const data = index(passages);
    const expected = new Map<string, number>();
    for (const p of passages)
      for (const t of new Set(analyzer.tokens(`${p.section} ${p.text}`))) expected.set(t, (expected.get(t) ?? 0) + 1);
    for (const [term, n] of expected) expect(documentFrequency(data.index, term), term).toBe(n);
    // Terms only in titles are indexed (they score) but hold no passage's text or section.
    for (const term of data.index.terms.keys()) if (!expected.has(term)) expect(documentFrequency(data.index, term)).toBe(0);
    expect(documentFrequency(data.index, '不存在的词')).toBe(0);
  };
  it(
    "GIVEN the fixture corpus THEN each term's document frequency counts the passages holding it in text or section",
    frequenciesCount(fixtureCorpus),
  );
  itWithReports(
    "GIVEN the real reports THEN each term's document frequency counts the passages holding it in text or section",
    frequenciesCount(realCorpus),
  );
});
