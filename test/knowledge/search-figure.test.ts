import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../knowledge/analyzer.js';
import { createGlossary, loadGlossaryFile } from '../../knowledge/glossary.js';
import { chunkDocument } from '../../knowledge/ingest/chunk.js';
import { buildIndex } from '../../knowledge/search-index.js';
import { createSearcher } from '../../knowledge/search.js';
import { FIGURE_MARGIN, figureBonuses, figureParts, figureSentenceCoverage } from '../../knowledge/figure-rank.js';
import type { SourceDoc } from '../../knowledge/types.js';

const doc = (file: string, title: string, text: string): SourceDoc => ({ file, path: `/${file}`, title, hash: file, text, kind: 'report' });

// Made-up reports about a made-up city: one names the subject often, the other gives the count.
const docs = [
  doc('a.txt', '整治', '甬城小额贷款公司的专项整治。甬城小额贷款公司数量众多，整治以后小额贷款公司将被清退。'),
  doc('b.txt', '结果', '整治期间，甬城共清退小额贷款公司12家。'),
  doc('c.txt', '规模', '甬城小额贷款公司的贷款余额达到30亿元。'),
];
const glossary = createGlossary(loadGlossaryFile().data);
const analyzer = createAnalyzer(glossary.lexicon);
const searcher = createSearcher(buildIndex([], docs.flatMap(chunkDocument), analyzer), analyzer, glossary);

describe('The asked figure in ranking', () => {
  it('GIVEN a how-many question two passages match about equally THEN the one whose sentence holds the count ranks first', () => {
    const hits = searcher.search('甬城清退了多少家小额贷款公司？', 3);
    expect(hits[0]?.doc).toBe('b.txt');
  });

  it('GIVEN a count asked in 家 THEN a sentence with a figure in another unit does not answer it', () => {
    const terms = searcher.terms('甬城有多少家小额贷款公司？');
    const [part] = figureParts('甬城有多少家小额贷款公司？', terms, searcher.terms).parts;
    expect(part?.type).toBe('number');
    expect(figureSentenceCoverage('甬城小额贷款公司的贷款余额达到30亿元', part!)).toBe(0);
    expect(figureSentenceCoverage('甬城共有12家小额贷款公司', part!)).toBeGreaterThan(0.5);
  });

  it('GIVEN a question asking a date and a count THEN each part asks its figure and the bonus is shared over both parts', () => {
    const question = '甬城何时开始整治，清退了多少家？';
    const figure = figureParts(question, searcher.terms(question), searcher.terms);
    expect(figure.parts.map((p) => p.type)).toEqual(['date', 'number']);
    expect(figure.of).toBe(2);
  });

  it('GIVEN a question that asks no figure THEN no leader gains anything', () => {
    const question = '甬城为什么要整治小额贷款公司？';
    const figure = figureParts(question, searcher.terms(question), searcher.terms);
    const bonuses = figureBonuses(
      [{ index: 1, score: 1 }],
      figure,
      () => '整治期间，甬城共清退小额贷款公司12家',
      () => 1,
    );
    expect(bonuses.size).toBe(0);
  });

  it('GIVEN a leader well below the first THEN it gains nothing, however well its sentence holds the figure', () => {
    const question = '甬城清退了多少家小额贷款公司？';
    const figure = figureParts(question, searcher.terms(question), searcher.terms);
    const text = (): string => '整治期间，甬城共清退小额贷款公司12家';
    const leaders = [
      { index: 0, score: 1 },
      { index: 1, score: FIGURE_MARGIN * 1 + 0.01 },
      { index: 2, score: FIGURE_MARGIN * 1 - 0.01 },
    ];
    const bonuses = figureBonuses(leaders, figure, text, () => 1);
    expect(bonuses.get(1)).toBeGreaterThan(0);
    expect(bonuses.has(2)).toBe(false);
  });
});

describe('The asked figure when the question names what the reports lack', () => {
  it('GIVEN a how-many question with a word no passage holds THEN the passage with a count does not jump the leader', () => {
    const plain = searcher.search('甬城清退了多少家小额贷款公司？', 3).map((h) => h.doc);
    const absent = searcher.search('甬城清退了多少家小额贷款公司的茅台酒？', 3).map((h) => h.doc);
    expect(plain[0]).toBe('b.txt');
    expect(absent[0]).toBe('a.txt');
  });
});
