import { describe, expect, it } from 'vitest';
import { readAbsence } from '../../knowledge/absent.js';
import { questionWords, weighContent } from '../../knowledge/content-words.js';
import type { Concept, QueryTerms } from '../../knowledge/coverage.js';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { bestSentenceCoverage, reorderBySentence } from '../../knowledge/sentence-rank.js';
import type { SourceDoc } from '../../knowledge/types.js';

// Our own wording throughout: two made-up platforms, 甬融社 and 越鑫所.
const everyBigram = (): boolean => true;
const contentBigrams = (folded: string): Set<string> => questionWords(folded, everyBigram).content;
const concept = (primary: string, weight = 1): Concept => ({ primary, alternatives: [], parts: [], weight });
const termsOf = (concepts: Concept[]): QueryTerms => ({
  original: concepts.map((c) => c.primary ?? ''),
  expanded: [],
  weight: new Map(),
  boost: new Map(),
  concepts,
  translations: [],
  untranslated: [],
});
describe('the bigrams that name what a Chinese question asks about', () => {
  it('GIVEN two dictionary words side by side THEN the bigram bridging them is not a content bigram', () => {
    const content = contentBigrams('开通金融的注册资本');
    expect(content.has('开通')).toBe(true);
    expect(content.has('金融')).toBe(true);
    expect(content.has('通金')).toBe(false);
    expect(content.has('注册')).toBe(true);
  });

  it('GIVEN words that only ask (是谁, 怎么) THEN their bigrams are not content bigrams', () => {
    const content = contentBigrams('公积金怎么提取');
    expect(content.has('怎么')).toBe(false);
    expect(content.has('公积')).toBe(true);
    expect(content.has('提取')).toBe(true);
  });

  it('GIVEN a platform name jieba does not know THEN the bigrams touching it are kept', () => {
    const content = contentBigrams('甬融社的通讯录');
    expect(content.has('甬融')).toBe(true);
    expect(content.has('融社')).toBe(true);
  });

  it('GIVEN concepts of which some bridge THEN those weigh nothing, and a question of bridges only keeps them all', () => {
    const weighed = weighContent([concept('开通'), concept('通金'), concept('金融')], contentBigrams('开通金融'));
    expect(weighed.map((c) => c.primary)).toEqual(['开通', '金融']);
    const onlyBridges = [concept('通金')];
    expect(weighContent(onlyBridges, contentBigrams('开通金融'))).toEqual(onlyBridges);
  });

  it('GIVEN a platform name and a verb jieba does not know THEN the name is a subject, the two glued characters are not', () => {
    expect(questionWords('甬融社的注册资本', everyBigram).subjects).toEqual(['甬融社']);
    expect(questionWords('息差收窄了多少', everyBigram).subjects).toEqual([]);
  });

  it('GIVEN a name whose bigrams the index lacks THEN it is no subject (the absent-word check judges it)', () => {
    expect(questionWords('甬融社的注册资本', (t) => t !== '融社').subjects).toEqual([]);
  });
});

describe('a passage judged by its best sentence', () => {
  it('GIVEN the subject and the attribute in one sentence THEN that sentence covers the question, the split ones half', () => {
    const terms = termsOf([concept('甬融'), concept('注册')]);
    expect(bestSentenceCoverage('甬融社的注册资本为一亿元。它位于宁波。', terms)).toBe(1);
    expect(bestSentenceCoverage('甬融社位于宁波。越鑫所的注册资本为五千万元。', terms)).toBe(0.5);
  });

  const doc = (file: string, text: string): SourceDoc => ({ file, path: `/${file}`, title: file, hash: file, text, kind: 'report' });
  // The first passage names 甬融社 and registered capital more often, but never in one sentence.
  const knowledge = buildKnowledgeFromDocs([
    doc(
      'a.txt',
      '一、概况\n甬融社成立较早，甬融社总部设在宁波，甬融社的业务以应收账款转让为主。越鑫所的注册资本为五千万元，越鑫所的注册资本由三家民营企业认缴，注册资本已经实缴到位。',
    ),
    doc('b.txt', '一、股东\n甬融社的注册资本为一亿元，由当地一家国有集团全额出资。该平台此后没有增资。'),
    doc('c.txt', '一、其他\n小额贷款公司的放贷对象以个体工商户为主，风险来自关联交易。'),
  ]);

  it('GIVEN a question about one platform’s attribute THEN the passage saying it in one sentence leads', () => {
    const [first] = knowledge.search('甬融社的注册资本是多少？', { k: 3 });
    expect(first?.text).toContain('甬融社的注册资本为一亿元');
    const answer = knowledge.ask('甬融社的注册资本是多少？');
    expect(answer.answer[0]).toContain('一亿元');
  });
});

describe('leaders that name none of the subjects', () => {
  it('GIVEN two leaders with equal sentences THEN the one without the question’s subject falls behind', () => {
    const texts = ['越鑫所的注册资本为五千万元。', '甬融社的注册资本为一亿元。'];
    const leaders = [
      { index: 0, score: 1 },
      { index: 1, score: 1 },
    ];
    const terms = termsOf([concept('注册'), concept('资本')]);
    reorderBySentence(
      leaders,
      { folded: '甬融社的注册资本', terms, known: everyBigram },
      (i) => texts[i] ?? '',
      () => 1,
    );
    expect((leaders[1]?.score ?? 0) > (leaders[0]?.score ?? 0)).toBe(true);
  });
});

describe('nouns the reports never write', () => {
  const corpus = '甬融社的公积账户与积金制度。';

  it('GIVEN a noun whose bigrams all occur but which no passage writes THEN it is an absent word', () => {
    const absence = readAbsence('公积金怎么提取', everyBigram, false, (w) => corpus.includes(w));
    expect(absence.words).toEqual([{ word: '公积金', kind: 'finance' }]);
  });

  it('GIVEN the same question without a text check THEN nothing is absent (the span rule alone sees no gap)', () => {
    expect(readAbsence('公积金怎么提取', everyBigram).words).toEqual([]);
  });

  it('GIVEN a verb the reports never write THEN it is not counted: nouns name what is asked about', () => {
    const absence = readAbsence('甬融社的钱提取', everyBigram, false, (w) => corpus.includes(w) || w === '甬融社');
    expect(absence.words.map((w) => w.word)).not.toContain('提取');
  });
});

describe('a number question answered by a figure', () => {
  const doc = (file: string, text: string): SourceDoc => ({ file, path: `/${file}`, title: file, hash: file, text, kind: 'report' });
  const knowledge = buildKnowledgeFromDocs([
    doc(
      'd.txt',
      '一、整治\n针对甬融社新变种公司，监管部门在全国范围内展开了新一轮的甬融社新变种专项整治。甬融社新变种专项整治由各地监管部门牵头，甬融社新变种公司一律纳入排查。另据了解，这轮整治中相关公司已有近40家被清理。',
    ),
    doc('e.txt', '一、其他\n小额贷款公司的放贷对象以个体工商户为主，风险来自关联交易。'),
  ]);

  it('GIVEN sentences that restate the subject and one that holds the count THEN the count is among the shown sentences', () => {
    const answer = knowledge.ask('甬融社新变种那轮专项整治清理了多少家公司？');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('近40家');
  });
});
