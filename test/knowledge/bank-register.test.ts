import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../knowledge/analyzer.js';
import { defaultGlossary } from '../../knowledge/glossary.js';
import { chunkDocument } from '../../knowledge/ingest/chunk.js';
import { buildIndex } from '../../knowledge/search-index.js';
import { createSearcher } from '../../knowledge/search.js';
import { untitledDoc as doc } from '../helpers/docs.js';

const expanded = (q: string): string[] => defaultGlossary().expand(q).terms;

describe('The Chinese bank: everyday words for the reports formal ones', () => {
  it('GIVEN spoken words for first, cause, capital, advantage THEN each expands to the report word', () => {
    expect(expanded('甬城银行头一回亏损')).toContain('首次');
    expect(expanded('亏损的病根在哪')).toContain('原因');
    expect(expanded('这家银行家底薄不薄')).toContain('资本');
    expect(expanded('小券商为啥拼不过大券商')).toContain('优势');
    expect(expanded('甬城最早成立的交易所')).toContain('首家');
  });

  it("GIVEN two report words of one entry (我国, 国内) THEN either finds the other, and a report word never becomes the asker's slang", () => {
    expect(expanded('国内的交易所')).toContain('我国');
    expect(expanded('我国的交易所')).toContain('国内');
    expect(expanded('我国的交易所')).not.toContain('咱国');
  });

  it('GIVEN a question in spoken words THEN the passage written in the report words ranks first', () => {
    const docs = [
      doc('a.txt', '甬城银行的不良率较上年上升，首次超过百分之三。'),
      doc('b.txt', '甬城银行的网点数量较上年减少了百分之三，哪年恢复尚无计划。'),
      doc('c.txt', '甬城银行的存款规模较上年增长。'),
    ];
    const glossary = defaultGlossary();
    const analyzer = createAnalyzer(glossary.lexicon);
    const searcher = createSearcher(buildIndex([], docs.flatMap(chunkDocument), analyzer), analyzer, glossary);
    expect(searcher.search('甬城银行坏账率是哪年头一回过了百分之三', 1)[0]?.doc).toBe('a.txt');
  });
});
