import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../knowledge/analyzer.js';
import { createGlossary, loadGlossaryFile } from '../../knowledge/glossary.js';
import { chunkDocument } from '../../knowledge/ingest/chunk.js';
import { buildIndex } from '../../knowledge/search-index.js';
import { coverageOf, createSearcher } from '../../knowledge/search.js';
import type { SourceDoc } from '../../knowledge/types.js';

const doc = (file: string, title: string, text: string): SourceDoc => ({ file, path: `/${file}`, title, hash: file, text, kind: 'report' });

describe('Glossary synonyms held only as bigrams', () => {
  const docs = [
    doc('a.txt', '借贷报告', '甬城的网络借贷机构须在年内完成整改，逾期未整改者一律清退。'),
    doc('b.txt', '存管报告', '客户资金应当由商业银行存管，平台不得自设资金池。'),
    doc('c.txt', '名单', '首批合规网贷机构的名单尚未公布，部分机构已经关停，投资人的损失仍在清算。'),
  ];
  const glossary = createGlossary(loadGlossaryFile().data);
  const analyzer = createAnalyzer(glossary.lexicon);
  const searcher = createSearcher(buildIndex([], docs.flatMap(chunkDocument), analyzer), analyzer, glossary);

  it('GIVEN a question saying 网贷 THEN its concept lists 网络借贷 as the phrase of its bigrams', () => {
    const { concepts } = searcher.terms('甬城的网贷机构什么时候整改？');
    expect(concepts.find((c) => c.primary === '网贷')?.synonyms).toContainEqual(['网络', '络借', '借贷']);
  });

  it('GIVEN a sentence that writes only the synonym THEN it covers the asked word at synonym credit, a sentence with part of it does not', () => {
    const terms = searcher.terms('网贷');
    expect(coverageOf(searcher.tokens('网络借贷机构须整改'), terms)).toBeCloseTo(0.8);
    expect(coverageOf(searcher.tokens('网络机构须整改'), terms)).toBe(0);
  });

  it("GIVEN the asker's word the reports never use (打水漂) THEN the question gains a concept the report word satisfies", () => {
    const { concepts } = searcher.terms('甬城网贷机构的钱是不是打水漂了？');
    const added = concepts.find((c) => c.primary === null && c.synonyms?.some((p) => p.join('') === '损失'));
    expect(added?.alternatives).toEqual([]);
    expect(searcher.search('网贷机构的钱是不是打水漂了？', 1)[0]?.doc).toBe('c.txt');
  });

  it("GIVEN a report word (关停) in the question THEN it expands to the report's other term for it, never into the asker's slang", () => {
    const terms = glossary
      .expand('网贷机构关停')
      .groups.filter((g) => g.colloquial)
      .flatMap((g) => g.terms);
    expect(terms).toContain('关闭');
    expect(terms).not.toContain('关门');
    expect(glossary.expand('网贷机构要关了').groups.find((g) => g.colloquial)?.terms).toContain('关停');
  });
});
