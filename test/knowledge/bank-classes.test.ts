import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../knowledge/analyzer.js';
import { defaultGlossary } from '../../knowledge/glossary.js';
import { chunkDocument } from '../../knowledge/ingest/chunk.js';
import { buildIndex } from '../../knowledge/search-index.js';
import { createSearcher } from '../../knowledge/search.js';
import { untitledDoc as doc } from '../helpers/docs.js';

const expanded = (q: string): string[] => defaultGlossary().expand(q).terms;

describe('The Chinese bank by class: figurative, launch, ratio and institution words', () => {
  it('GIVEN "only for show" idioms THEN each expands to the report word for a control that does not work', () => {
    for (const q of ['银行存管就是个花架子', '托管只是走形式', '风控不过是做做样子', '那套制度有名无实'])
      expect(expanded(q), q).toContain('形同虚设');
  });

  it('GIVEN launch idioms and formal ratio synonyms THEN they expand to 启动 / 债务率 / 警戒线 / 净息差', () => {
    expect(expanded('甬城的试点哪年开闸')).toContain('启动');
    expect(expanded('地方举债负担比率超过红线了吗')).toEqual(expect.arrayContaining(['债务率', '警戒线']));
    expect(expanded('农商行的存贷利差收窄了多少')).toContain('净息差');
  });

  it('GIVEN small insurers or small brokers THEN they expand to the class the reports write, 中小金融机构', () => {
    expect(expanded('小保险公司出险怎么办')).toContain('中小金融机构');
    expect(expanded('小券商的风险')).toContain('中小金融机构');
  });

  it('GIVEN a custody question in an idiom THEN the passage writing 形同虚设 ranks first', () => {
    const docs = [
      doc('a.txt', '甬城交易中心的银行存管形同虚设，资金划拨仍由平台自己操作。'),
      doc('b.txt', '甬城交易中心的银行存管只是签了协议，合作银行为甬城农商行。'),
      doc('c.txt', '甬城交易中心的产品起投金额为一万元。'),
    ];
    const glossary = defaultGlossary();
    const analyzer = createAnalyzer(glossary.lexicon);
    const searcher = createSearcher(buildIndex([], docs.flatMap(chunkDocument), analyzer), analyzer, glossary);
    expect(searcher.search('甬城交易中心的银行存管是不是只是个摆设', 1)[0]?.doc).toBe('a.txt');
  });
});
