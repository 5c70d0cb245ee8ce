import { describe, expect, it } from 'vitest';
import { smallSearch } from '../helpers/english-search.js';
import { CEDICT_TABLE_VERSION, type EnglishTable } from '../../knowledge/cedict.js';
import { createGlossary, loadGlossaryFile } from '../../knowledge/glossary.js';
import { createTranslator, untranslated } from '../../knowledge/translate.js';
import { coverageOf } from '../../knowledge/search.js';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';

// Our own small corpus: how often each passage-level word occurs decides whether a join is a term.
const passages = [
  '互联网金融的风险在于信息不透明。',
  '发展互联网金融需要稳妥的监管。',
  '平台把系统部署在公有云上，节省了机房成本。',
  '公有云的弹性更好，适合交易高峰。',
  '人民币汇率的波动影响进口企业。',
  '他曾控制大连一家公司。',
  '美国的监管机构也在使用这种方法。',
];
const count = (zh: string, cap: number): number => Math.min(cap, passages.filter((p) => p.includes(zh)).length);
const occurs = (zh: string): boolean => count(zh, 1) > 0;

const table: EnglishTable = {
  version: CEDICT_TABLE_VERSION,
  entries: {
    internet: ['网络', '互联网'],
    financ: ['融资', '金融'],
    public: ['公共', '公有'],
    control: ['控制'],
    dalian: ['大连'],
    'exchang rate': ['汇率'],
    risk: ['风险'],
  },
  ambiguity: { internet: 3, financ: 4, public: 6, control: 5, dalian: 1, 'exchang rate': 1, risk: 2 },
  pinyin: {},
  chars: { cloud: '云' },
  within: { western: ['西部'] },
};
const translate = createTranslator(table, occurs, occurs, count);

describe('English query translation: joining adjacent words', () => {
  it('GIVEN two adjacent words whose translations join into a term of the corpus THEN the joined term is the translation', () => {
    // A hyphen joins as a space does; the joined phrase keeps both English words as its source.
    expect(
      translate('What are the risks of internet-finance ventures?', new Set()).map((t) => [t.source.split(' '), t.terms, t.weight]),
    ).toEqual([
      [['risks'], ['风险'], 1 / Math.sqrt(2)],
      [['internet', 'finance'], ['互联网金融'], 1],
    ]);
  });

  it('GIVEN a word the dictionary knows only as a character THEN it counts only as part of a joined term', () => {
    expect(translate('Is a public cloud cheaper?', new Set()).map((t) => t.terms)).toEqual([['公有云']]);
    expect(translate('Is the cloud safe?', new Set())).toEqual([]);
  });

  it('GIVEN a word the dictionary glosses only inside longer senses THEN it translates weakly and may still name what the reports lack', () => {
    const [western] = translate('western', new Set());
    expect(western).toEqual({ source: 'western', terms: ['西部'], weight: 0.5 / Math.sqrt(2), weak: true });
    expect(untranslated('western', new Set(), [western!], () => false)).toEqual(['western']);
  });

  it('GIVEN a country acronym in capitals THEN it is the country, while the same letters in lower case are no word', () => {
    expect(translate('Which rules apply in the US?', new Set()).map((t) => [t.source, t.terms])).toEqual([['us', ['美国']]]);
    expect(translate('Which rules apply to us?', new Set())).toEqual([]);
  });

  it('GIVEN a joined form found in one passage only THEN the words stay apart (a chance adjacency, not a term)', () => {
    expect(translate('Who can control Dalian ventures?', new Set()).map((t) => t.source)).toEqual(['control', 'dalian']);
  });

  it('GIVEN a dictionary phrase longer than the glossary word it overlaps THEN the phrase wins, otherwise the glossary', () => {
    const glossary = createGlossary(loadGlossaryFile().data);
    const rate = translate.withGlossary('How will the exchange rate move?', glossary.expand);
    expect(rate.groups.filter((g) => g.english).map((g) => g.source)).not.toContain('exchange');
    const exchange = translate.withGlossary('When did the exchange close?', glossary.expand);
    expect(exchange.groups.filter((g) => g.english).map((g) => g.source)).toContain('exchange');
  });
});

describe('English query translation: a joined term the index holds only as bigrams', () => {
  const { searcher } = smallSearch(passages, () => translate);

  it('GIVEN a text holding one bigram of the joined term THEN it covers less of the question than a text holding the whole term', () => {
    const terms = searcher.terms('public cloud');
    const partial = coverageOf(searcher.tokens('公有资产'), terms);
    const whole = coverageOf(searcher.tokens('迁到公有云'), terms);
    expect(terms.concepts.map((c) => c.phrases)).toEqual([[['公有', '有云']]]);
    expect(whole).toBe(1);
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(whole);
  });
});

describe('English answers: the frame names the matched terms as the reports write them', () => {
  const knowledge = buildKnowledgeFromDocs([
    {
      file: 'a.txt',
      path: '/a.txt',
      title: '沙箱',
      hash: 'a',
      kind: 'report',
      text: '监管沙箱让创新企业在真实市场里小范围测试产品。测试期间监管者可以随时叫停，风险不会外溢到整个市场。',
    },
    { file: 'b.txt', path: '/b.txt', title: '托管', hash: 'b', kind: 'report', text: '托管银行每天核对客户资金，发现差错及时报告。' },
  ]);

  it('GIVEN an English question matched through a glossary term the index holds as bigrams THEN the frame names the whole term', () => {
    const answer = knowledge.ask('Can firms test products inside a sandbox?');
    expect(answer.found).toBe(true);
    expect(answer.lead).toContain('sandbox (监管沙箱)');
  });
});
