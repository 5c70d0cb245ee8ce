import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../knowledge/analyzer.js';
import { createGlossary, GlossaryError, loadGlossaryFile } from '../../knowledge/glossary.js';
import { buildKnowledgeFromDocs, createKnowledge } from '../../knowledge/index.js';
import { chunkDocument } from '../../knowledge/ingest/chunk.js';
import { readCorpus } from '../../knowledge/ingest/read.js';
import { buildIndex, INDEX_FILE } from '../../knowledge/search-index.js';
import { createSearcher, proximity } from '../../knowledge/search.js';
import { normalizeForMatch } from '../../knowledge/text.js';
import type { SourceDoc } from '../../knowledge/types.js';
import { fixtureCorpus, itWithReports, realCorpus } from '../helpers/corpus.js';

const doc = (file: string, title: string, text: string): SourceDoc => ({ file, path: `/${file}`, title, hash: file, text, kind: 'report' });
const scratch = (): string => mkdtempSync(path.join(os.tmpdir(), 'finrisk-kn-'));

const DOCS = [
  doc(
    'a.txt',
    '交易场所报告',
    '一、交易场所\n多家金交所已被取消业务资质，投资者需要注意存量产品的兑付安排。另外，产权交易所的国有资产转让业务仍在正常开展。',
  ),
  doc('b.txt', '网贷报告', '一、网贷\n网络借贷平台已经全部退出经营，出借人应当关注清退进展，不要相信交费加速兑付的说法。'),
  doc('c.txt', '沙箱报告', '一、沙箱\n证监会在北京启动了资本市场金融科技创新试点，第一批共有十六个试点项目。'),
];

describe('analyzer', () => {
  it('GIVEN Chinese text THEN the default analyzer yields bigrams, without particle bigrams', () => {
    expect(createAnalyzer(['金交所']).tokens('金交所的产品')).toEqual(['金交', '交所', '产品']);
  });

  it('GIVEN the bigram+lexicon mode THEN whole lexicon words are added to the bigrams', () => {
    expect(createAnalyzer(['金交所'], 'bigram+lexicon').tokens('金交所的产品')).toEqual(['金交', '交所', '产品', '金交所']);
  });

  it('GIVEN English text THEN it is lower-cased, stop words dropped and stemmed', () => {
    expect(createAnalyzer([]).tokens('The Exchanges were CLOSED')).toEqual(['exchang', 'close']);
  });
});

describe('search', () => {
  const knowledge = buildKnowledgeFromDocs(DOCS);

  it('GIVEN a query with a synonym of a term in the text THEN the glossary finds the passage', () => {
    const [top] = knowledge.search('金融资产交易中心被取消资质了吗');
    expect(top?.doc).toBe('a.txt');
  });

  it('GIVEN an English question THEN the glossary carries it to the Chinese passage', () => {
    expect(knowledge.search('Have P2P lending platforms exited?')[0]?.doc).toBe('b.txt');
    expect(knowledge.search('regulatory sandbox pilot projects')[0]?.doc).toBe('c.txt');
  });

  it('GIVEN a result THEN its highlights point at words of the query in the shown text', () => {
    const [top] = knowledge.search('网贷 清退');
    const marked = top?.highlights.map(([s, e]) => top.text.slice(s, e));
    expect(marked).toEqual(expect.arrayContaining(['网贷', '清退']));
  });

  it('GIVEN empty, junk and 100 000-character queries THEN search returns without throwing', () => {
    expect(knowledge.search('')).toEqual([]);
    expect(knowledge.search('\u0000\u0001\ufffd')).toEqual([]);
    expect(Array.isArray(knowledge.search('网贷'.repeat(50_000)))).toBe(true);
  });

  it('GIVEN k THEN at most k results come back, best first', () => {
    const results = knowledge.search('金交所 网贷 试点', { k: 2 });
    expect(results).toHaveLength(2);
    expect(results[0]!.score).toBeGreaterThanOrEqual(results[1]!.score);
  });
});

describe('answers', () => {
  const knowledge = buildKnowledgeFromDocs(DOCS);

  it('GIVEN a question THEN the answer is sentences copied verbatim from passages, each with its source', () => {
    const answer = knowledge.ask('证监会第一批有多少个试点项目？');
    expect(answer.found).toBe(true);
    expect(answer.answer[0]).toBe('证监会在北京启动了资本市场金融科技创新试点，第一批共有十六个试点项目。');
    expect(answer.sources[0]).toMatchObject({ doc: 'c.txt', title: '沙箱报告', section: '一、沙箱' });
  });

  it('GIVEN a question the corpus does not cover THEN it says so and lists what it covers', () => {
    const answer = knowledge.ask('明天上海天气怎么样？');
    expect(answer).toMatchObject({ found: false, answer: [], sources: [] });
    expect(answer.suggestions.join(' ')).toContain('网贷报告');
  });
});

describe('persisted index', () => {
  it('GIVEN an index built once THEN the next start loads it; a changed file rebuilds it', async () => {
    const corpus = scratch();
    const dataDir = scratch();
    // A name only this report holds: the notes also speak of 金交所, and ranking among them is not the point here.
    writeFileSync(path.join(corpus, 'r.txt'), '测试报告\n\n监管部门取消了甲乙金交所的资质。');
    const first = await createKnowledge({ corpusDirs: [corpus], dataDir });
    expect(first.knowledge.stats().fromCache).toBe(false);
    const second = await createKnowledge({ corpusDirs: [corpus], dataDir });
    expect(second.knowledge.stats()).toMatchObject({ fromCache: true, passages: first.knowledge.stats().passages });
    expect(second.knowledge.search('甲乙金交所')[0]?.doc).toBe('r.txt');
    writeFileSync(path.join(corpus, 'r.txt'), '测试报告\n\n网贷平台已经全部退出。');
    const third = await createKnowledge({ corpusDirs: [corpus], dataDir });
    expect(third.knowledge.stats().fromCache).toBe(false);
    expect(third.knowledge.search('网贷')[0]?.doc).toBe('r.txt');
  });

  it('GIVEN a damaged index file THEN it is rebuilt instead of failing', async () => {
    const dataDir = scratch();
    writeFileSync(path.join(dataDir, INDEX_FILE), 'finrisk-index\n{"schemaVersion": 5, "broken": ');
    const { knowledge } = await createKnowledge({ corpusDirs: [], dataDir });
    expect(knowledge.stats()).toMatchObject({ fromCache: false });
    expect(knowledge.stats().documents).toBeGreaterThanOrEqual(6);
    // The rebuilt index replaced the damaged file.
    expect((await createKnowledge({ corpusDirs: [], dataDir })).knowledge.stats().fromCache).toBe(true);
  });

  it('GIVEN an index file of an earlier version THEN it is ignored, and removed once the new one is written', async () => {
    const dataDir = scratch();
    writeFileSync(path.join(dataDir, 'index.v8'), 'an index of schema 3');
    expect((await createKnowledge({ corpusDirs: [], dataDir })).knowledge.stats().fromCache).toBe(false);
    expect(existsSync(path.join(dataDir, 'index.v8'))).toBe(false);
    expect(existsSync(path.join(dataDir, INDEX_FILE))).toBe(true);
  });

  it('GIVEN no corpus at all THEN the notes still answer', async () => {
    const { knowledge } = await createKnowledge({ corpusDirs: [], dataDir: scratch() });
    const answer = knowledge.ask('伪金交所有哪些变种？');
    expect(answer.found).toBe(true);
    expect(answer.sources[0]?.doc).toMatch(/\.md$/);
  });

  it('GIVEN the fixture corpus THEN a question is answered from its report, with the report as source', async () => {
    const { knowledge, problems } = await createKnowledge({ corpusDirs: [fixtureCorpus], dataDir: scratch() });
    expect(problems).toEqual([]);
    const answer = knowledge.ask('证监会第一批有多少个试点项目？');
    expect(answer.answer.join('')).toContain('16个试点项目');
    expect(answer.sources[0]).toMatchObject({ doc: 'f04-sandbox-pilot.txt', title: '监管沙箱试点进展综述' });
  });

  itWithReports('GIVEN the real corpus THEN a question is answered from a report', async () => {
    const { knowledge, problems } = await createKnowledge({ corpusDirs: [realCorpus], dataDir: scratch() });
    expect(problems).toEqual([]);
    const answer = knowledge.ask('2016年末全国P2P平台一共有多少家？');
    expect(answer.answer.join('')).toContain('4624');
  });
});

describe('glossary file', () => {
  it('GIVEN a malformed glossary THEN the error names the file, the entry and the field', () => {
    const file = path.join(scratch(), 'glossary.json');
    writeFileSync(file, JSON.stringify({ version: 1, groups: [{ id: 'p2p', zh: ['网贷'], en: [] }], english: {} }));
    expect(() => loadGlossaryFile(file)).toThrow(GlossaryError);
    expect(() => loadGlossaryFile(file)).toThrow(`${file}: groups[0] (id "p2p").zh needs at least two Chinese terms`);
  });

  it('GIVEN a Chinese term THEN its group members are expansions, and English phrases translate', () => {
    const glossary = createGlossary({
      version: 1,
      groups: [{ id: 'p2p', zh: ['网贷', '网络借贷'], en: ['p2p lending'] }],
      english: { peak: ['巅峰'] },
      questionWords: [],
    });
    expect(glossary.expand('网贷平台').terms).toEqual(['网络借贷']);
    expect(glossary.expand('P2P lending at the peak').terms).toEqual(['网贷', '网络借贷', '巅峰']);
  });
});

/** Highlights the plain way: every match of a Chinese term or number, sorted, overlapping and touching ones merged. */
function sortAndMerge(normal: string, terms: string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const term of terms.filter((x) => /[\u3400-\u9fff]/.test(x) || /^\d+$/.test(x))) {
    for (let at = normal.indexOf(term); at >= 0; at = normal.indexOf(term, at + 1)) ranges.push([at, at + term.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

describe('shortcuts that must not change results', () => {
  const highlightsMatchAFullScan = (dir: string, least: number) => async () => {
    const { docs } = await readCorpus([dir]);
    const glossary = createGlossary(loadGlossaryFile().data);
    const analyzer = createAnalyzer(glossary.lexicon);
    const searcher = createSearcher(buildIndex([], docs.flatMap(chunkDocument), analyzer), analyzer, glossary);
    const words = [
      ...new Set(
        docs
          .map((d) => d.text)
          .join('\n')
          .match(/[\u4e00-\u9fff]{1,4}/g) ?? [],
      ),
    ];
    let compared = 0;
    for (let i = 0; i < 300; i += 1) {
      const query = `${words[(i * 7919) % words.length]}${i % 4 === 0 ? '2021年' : ''} ${words[(i * 104729) % words.length]} 金交所`;
      const terms = searcher.terms(query);
      for (const result of searcher.search(query, 10)) {
        expect(result.highlights, query).toEqual(searcher.highlights(result.text, terms));
        expect(result.highlights, query).toEqual(sortAndMerge(normalizeForMatch(result.text), [...terms.weight.keys()]));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(least);
  };
  it(
    "GIVEN the fixture corpus and 300 generated queries THEN every result's highlights equal a full scan of its text, sorted and merged",
    highlightsMatchAFullScan(fixtureCorpus, 300),
  );
  itWithReports(
    "GIVEN the real reports and 300 generated queries THEN every result's highlights equal a full scan of its text, sorted and merged",
    highlightsMatchAFullScan(realCorpus, 1000),
  );

  const absentTokensAreAbsentWords = (dir: string) => async () => {
    const { docs } = await readCorpus([dir]);
    const analyzer = createAnalyzer(createGlossary(loadGlossaryFile().data).lexicon);
    const passages = docs.flatMap(chunkDocument);
    const vocabulary = [...new Set(passages.flatMap((p) => analyzer.tokens(p.text)).filter((t) => /^[\u4e00-\u9fff]{2,}$/.test(t)))];
    for (const [i, passage] of passages.entries()) {
      const tokens = new Set(analyzer.tokens(passage.text));
      const normal = normalizeForMatch(passage.text);
      const words = [0, 1, 2, 3].map((j) => vocabulary[(i * 31 + j * 7919) % vocabulary.length] as string);
      for (const w of words) if (!tokens.has(w)) expect(normal.includes(w), w).toBe(false);
      expect(proximity(normal, words, (w) => tokens.has(w))).toBe(proximity(normal, words));
    }
  };
  it(
    "GIVEN passages of the fixture corpus THEN a Chinese word of two or more characters that is not among a passage's tokens never occurs in its text",
    absentTokensAreAbsentWords(fixtureCorpus),
  );
  itWithReports(
    "GIVEN passages of the real reports THEN a Chinese word of two or more characters that is not among a passage's tokens never occurs in its text",
    absentTokensAreAbsentWords(realCorpus),
  );
});
