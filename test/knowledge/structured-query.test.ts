import { describe, expect, it } from 'vitest';
import { smallSearch } from '../helpers/english-search.js';
import { CEDICT_TABLE_VERSION, type EnglishTable } from '../../knowledge/cedict.js';
import { createTranslator } from '../../knowledge/translate.js';
import { chunkDocument } from '../../knowledge/ingest/chunk.js';
import { buildIndex } from '../../knowledge/search-index.js';
import { createSearcher } from '../../knowledge/search.js';
import { createAnswerer } from '../../knowledge/answer.js';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';

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
const { glossary, analyzer, searcher } = smallSearch(passages, () => translate);

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

describe("English query translation: a vague word's glossary set weighs as one set too", () => {
  it('GIVEN typically (glossary: 一般/普遍/大概) THEN its set weighs less than the clear word, not as its rarest member 大概', () => {
    const concepts = searcher.terms('typically pledge').concepts;
    const typically = concepts.find((c) => c.alternatives.includes('一般'));
    const pledge = concepts.find((c) => c.alternatives.includes('质押'));
    expect(typically?.alternatives).toEqual(expect.arrayContaining(['一般', '大概']));
    // 大概 alone is in one passage (the rarest), 一般 in four: the set is the more common term.
    expect(typically!.weight).toBeLessThan(pledge!.weight);
    expect(searcher.search('typically pledge', 3)[0]?.text).toContain('质押');
  });
});

describe('English questions: a word glossed only inside longer senses', () => {
  // Our own corpus: the first passage speaks of the cloud; the rest only fill the index, so that a
  // word no passage holds weighs as much as such a word does in the reports.
  const reports = [
    '交易平台把系统部署在云计算环境中，按用量付费。',
    '交易平台应当每日核对客户资金，发现差错及时报告。',
    '托管银行负责保管客户资金。',
    '债券的票面利率在发行时确定。',
    '基金经理按季度披露持仓。',
    '保险公司的偿付能力需要达标。',
    '银行的存款利率由市场决定。',
    '期货交易需要缴纳保证金。',
    '股票的分红需要缴税。',
    '信托计划的期限一般较长。',
  ];
  const has = (zh: string): boolean => reports.some((p) => p.includes(zh));
  const weak: EnglishTable = {
    version: CEDICT_TABLE_VERSION,
    entries: { platform: ['平台'], trade: ['交易'], cost: ['成本'] },
    // A word of few senses names something specific: absent, it would be what the reports lack.
    ambiguity: { platform: 1, trade: 1, cost: 1, cloud: 2, yacht: 2 },
    pinyin: {},
    chars: {},
    // Our own stand-in senses: each word is glossed only inside a longer dictionary sense.
    within: { cloud: ['云计算'], yacht: ['保管'] },
  };
  const corpus = buildIndex(
    [],
    reports.flatMap((text, i) =>
      chunkDocument({ file: `${i}.txt`, path: `/${i}.txt`, title: `第${i}篇`, hash: String(i), text, kind: 'report' }),
    ),
    analyzer,
  );
  const ask = createAnswerer(
    corpus,
    createSearcher(corpus, analyzer, glossary, () => createTranslator(weak, has, has)),
  );

  it('GIVEN the top passage holds the weak translation THEN the word is not taken for one the reports lack and the question is answered', () => {
    const answer = ask('What does the cloud cost trading platforms?');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('云计算');
  });

  it('GIVEN only a passage about something else holds the weak translation THEN the word still counts as absent and the question is refused', () => {
    expect(ask('What does a yacht cost trading platforms?').found).toBe(false);
  });
});

describe('English questions: a question word is answered by the kind of answer, not by a word', () => {
  // Our own corpus: the first passage speaks of counts in general, the second holds the count asked.
  const knowledge = buildKnowledgeFromDocs([
    {
      file: 'a.txt',
      path: '/a.txt',
      title: '概况',
      hash: 'a',
      kind: 'report',
      text: '全国典当行的数量和总数每年都有统计，典当行数量有所下降。',
    },
    { file: 'b.txt', path: '/b.txt', title: '成都', hash: 'b', kind: 'report', text: '截至去年底，成都的典当行有52家，集中在城区。' },
    { file: 'c.txt', path: '/c.txt', title: '托管', hash: 'c', kind: 'report', text: '托管银行负责保管客户资金，发现差错及时报告。' },
  ]);

  it('GIVEN "how many" before the subject THEN the passage with the subject and its count ranks above one that only says 数量', () => {
    const [first] = knowledge.search('How many pawnshops are there in Chengdu?', { k: 2 });
    expect(first?.text).toContain('52家');
    expect(knowledge.ask('How many pawnshops are there in Chengdu?').answer.join('')).toContain('52家');
  });
});

describe('English query translation: a capitalised name glossed only inside a longer sense', () => {
  const corpus = ['百度的区块链团队参与了项目。', '百度百科收录了这个词条。', '武汉的平台很多。'];
  const holds = (zh: string): boolean => corpus.some((p) => p.includes(zh));
  const names: EnglishTable = {
    version: CEDICT_TABLE_VERSION,
    entries: {},
    ambiguity: {},
    pinyin: { bai: '百', du: '度' },
    chars: {},
    // Our own stand-in: the dictionary has the name only inside a two-word sense ("Baidu Encyclopedia").
    within: { baidu: ['百度百科'] },
  };
  const translateNames = createTranslator(names, holds, holds);

  it('GIVEN its pinyin spells a word of the index THEN that word is the translation, not the longer sense', () => {
    expect(translateNames('What does Baidu do?', new Set()).map((t) => t.terms)).toEqual([['百度']]);
  });

  it('GIVEN the same word in lower case THEN it is no name and keeps the weak translation', () => {
    expect(translateNames('what does baidu do?', new Set()).map((t) => [t.terms, t.weak])).toEqual([[['百度百科'], true]]);
  });
});
