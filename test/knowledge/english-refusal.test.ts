import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../knowledge/analyzer.js';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { CEDICT_TABLE_VERSION, type EnglishTable } from '../../knowledge/cedict.js';
import { createGlossary, loadGlossaryFile } from '../../knowledge/glossary.js';
import { chunkDocument } from '../../knowledge/ingest/chunk.js';
import { buildIndex } from '../../knowledge/search-index.js';
import { createSearcher } from '../../knowledge/search.js';
import { createTranslator } from '../../knowledge/translate.js';
import type { SourceDoc } from '../../knowledge/types.js';

const doc = (file: string, title: string, text: string): SourceDoc => ({ file, path: `/${file}`, title, hash: file, text, kind: 'report' });

describe('English questions: what a Chinese answer must cover', () => {
  const table: EnglishTable = {
    version: CEDICT_TABLE_VERSION,
    entries: { best: ['最佳'], broker: ['券商'], plan: ['方案'] },
    ambiguity: { best: 3, broker: 2, plan: 4, small: 2, airlin: 2 },
    pinyin: {},
    chars: {},
    within: {},
  };
  const docs = [
    doc('a.txt', '券商报告', '对小型券商（broker）而言，自建机房并不是最佳方案。租用云服务的成本更低，也更容易扩展。'),
    doc('b.txt', '托管报告', '托管机构应当每日核对客户资金，发现差错及时报告。'),
  ];
  const glossary = createGlossary(loadGlossaryFile().data);
  const analyzer = createAnalyzer(glossary.lexicon);
  const data = buildIndex([], docs.flatMap(chunkDocument), analyzer);
  const has = (zh: string): boolean => docs.some((d) => d.text.includes(zh));
  const translate = createTranslator(table, has, has);
  const searcher = createSearcher(data, analyzer, glossary, () => translate);

  it('GIVEN a grading word with few dictionary senses THEN it is not taken for a name the reports lack, a rare noun is', () => {
    expect(translate.specific(['small', 'airline'], 'Which airline suits small firms?')).toEqual(['airline']);
  });

  it('GIVEN an English word the index also holds THEN it is an alternative of its translation, not a concept of its own', () => {
    const { concepts } = searcher.terms('Which broker has the best plan?');
    expect(concepts.some((c) => c.primary === 'broker')).toBe(false);
    expect(concepts.find((c) => c.alternatives.includes('券商'))?.alternatives).toContain('broker');
  });

  it('GIVEN a grading word among the translations THEN its concept is marked generic and the naming ones are not', () => {
    const { concepts } = searcher.terms('Which broker has the best plan?');
    expect(concepts.find((c) => c.alternatives.includes('最佳'))?.generic).toBe(true);
    expect(concepts.find((c) => c.alternatives.includes('方案'))?.generic).toBe(false);
  });
});

describe('English questions the reports only touch word by word', () => {
  const reports = [
    doc('a.txt', '登记', '股权转让应当在登记机构办理变更登记，受让方需要提交身份证明。'),
    doc('b.txt', '货币', '数字货币的发行需要央行批准，任何机构不得擅自发行数字货币。'),
    doc('c.txt', '备案', '异地经营的网贷平台需要向注册地的金融管理部门备案。'),
  ];
  const knowledge = buildKnowledgeFromDocs(reports);

  it('GIVEN an English question whose translations each occur in a different report THEN it is refused', () => {
    const answer = knowledge.ask('Can I transfer my money to a relative abroad?');
    expect(answer.found).toBe(false);
    expect(answer.answer).toEqual([]);
  });

  it('GIVEN an English question one passage answers THEN it is still answered from that passage', () => {
    const answer = knowledge.ask('Who approves the issuing of digital money?');
    expect(answer.found).toBe(true);
    expect(answer.answer[0]).toContain('央行批准');
  });
});
