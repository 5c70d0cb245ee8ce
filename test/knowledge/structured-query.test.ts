import { describe, expect, it } from 'vitest';
import { CEDICT_TABLE_VERSION, type EnglishTable } from '../../knowledge/cedict.js';
import { createGlossary, loadGlossaryFile } from '../../knowledge/glossary.js';
import { createTranslator } from '../../knowledge/translate.js';
import { createAnalyzer } from '../../knowledge/analyzer.js';
import { chunkDocument } from '../../knowledge/ingest/chunk.js';
import { buildIndex } from '../../knowledge/search-index.js';
import { createSearcher } from '../../knowledge/search.js';

// Our own corpus: 一般 is everywhere, 大概 in one passage, 质押 in two.
const passages = [
  '质押的股票跌破平仓线后被强制卖出。',
  '券商对质押比例设有上限。',
  '大概是这样的结果，没有人说得清。',
  '一般来说，存款比理财稳妥。',
  '一般的投资者看不懂合同条款。',
  '这类产品一般期限较短。',
  '一般情况下银行不会提前收回贷款。',
  '基金净值每天公布一次。',
];
const occurs = (zh: string): boolean => passages.some((p) => p.includes(zh));
// Both English words have two senses: the ambiguity weight alone cannot tell them apart.
const table: EnglishTable = {
  version: CEDICT_TABLE_VERSION,
  entries: { usual: ['一般', '大概'], pledg: ['质押'] },
  ambiguity: { usual: 2, pledg: 2 },
  pinyin: {},
  chars: {},
  within: {},
};
const translate = createTranslator(table, occurs, occurs);
const glossary = createGlossary(loadGlossaryFile().data);
const analyzer = createAnalyzer(glossary.lexicon);
const docs = passages.map((text, i) => ({
  file: `${i}.txt`,
  path: `/${i}.txt`,
  title: `第${i}篇`,
  hash: String(i),
  text,
  kind: 'report' as const,
}));
const data = buildIndex([], docs.flatMap(chunkDocument), analyzer);
const searcher = createSearcher(data, analyzer, glossary, () => translate);

describe('English query translation: the translations of one word weigh as one set (structured query)', () => {
  it('GIVEN a vague word with one common and one rare translation THEN it weighs less than a word whose one translation is rarer than the set', () => {
    const [usual, pledge] = searcher.terms('usual pledge').concepts;
    expect(usual?.alternatives).toEqual(['一般', '大概']);
    expect(pledge?.alternatives).toEqual(['质押']);
    // 一般 or 大概 is in five passages, 质押 in two: the set is the more common term.
    expect(usual!.weight).toBeLessThan(pledge!.weight);
    // The absence rule still sees the rarest word: 大概 (one passage) is more specific than 质押.
    expect(usual!.specificity).toBeGreaterThan(pledge!.specificity!);
  });

  it('GIVEN a passage holding the rare sense of the vague word and one holding the clear word THEN the clear word ranks first', () => {
    const top = searcher.search('usual pledge', 3).map((r) => r.text);
    expect(top[0]).toContain('质押');
    expect(top.indexOf(passages[2]!)).toBeGreaterThan(0);
  });
});
