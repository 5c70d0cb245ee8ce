import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../knowledge/analyzer.js';
import { createGlossary, loadGlossaryFile } from '../../knowledge/glossary.js';
import { chunkDocument } from '../../knowledge/ingest/chunk.js';
import { straddleFactor, straddlingTokens } from '../../knowledge/query-noise.js';
import { buildIndex } from '../../knowledge/search-index.js';
import { createSearcher } from '../../knowledge/search.js';
import { untitledDoc as doc } from '../helpers/docs.js';

describe('Bigrams the asker grammar makes (query-noise.ts)', () => {
  it('GIVEN a bigram across a word and a copula, a preposition or a localizer THEN it straddles', () => {
    const straddling = straddlingTokens('甬城交易中心是谁办的', []);
    expect(straddling).toContain('心是');
    expect(straddlingTokens('我在手机上借过钱', [])).toContain('机上');
    expect(straddlingTokens('我在手机上借过钱', [])).toContain('上借');
  });

  it('GIVEN a bigram inside one word, or between two content words THEN it does not straddle', () => {
    const straddling = straddlingTokens('甬城交易中心是谁办的', []);
    expect(straddling).not.toContain('交易');
    expect(straddling).not.toContain('易中');
    // 优化|监管: the bridge is the phrase a passage repeats.
    expect(straddlingTokens('在优化监管机制方面', [])).not.toContain('化监');
  });

  it('GIVEN a name the dictionary lacks THEN its bigrams stay whole', () => {
    // 甬城 is a made-up city: the dictionary splits it into characters that are no grammar words.
    expect(straddlingTokens('甬城交易中心是谁办的', [])).not.toContain('甬城');
    expect(straddlingTokens('年金险的收益', [])).not.toContain('年金');
  });

  it('GIVEN a known term of the question THEN none of its bigrams straddles', () => {
    expect(straddlingTokens('网金社的产品到现在还在卖', [])).toContain('到现');
    expect(straddlingTokens('金交所当初说是为转让国有资产', ['金交所'])).not.toContain('金交');
    expect(straddlingTokens('金交所当初说是为转让国有资产', ['金交所'])).not.toContain('交所');
  });

  it('GIVEN straddlers rarer than the question words THEN each weighs no more than their median, the words keep theirs', () => {
    const idf: Record<string, number> = { 交易: 1, 中心: 2, 甬城: 3, 心是: 5 };
    const factor = straddleFactor(new Set(['心是']), Object.keys(idf), (t) => idf[t] ?? 0);
    expect(factor('心是') * 5).toBeCloseTo(2);
    expect(factor('交易')).toBe(1);
    expect(straddleFactor(new Set(['心是']), ['心是'], () => 5)('心是')).toBe(1);
  });

  it('GIVEN a passage that holds only a chance juxtaposition of the question THEN the passage that holds its subject ranks first', () => {
    // The subject (甬城交易中心) is in every passage; only the first says who founded it.
    const docs = [
      doc('a.txt', '甬城交易中心由三家本地银行发起设立，注册资本五亿元。'),
      doc('b.txt', '甬城交易中心的风控，核心是谁发现问题谁负责，心是定的。'),
      ...['章程', '会员', '年报', '公告', '规则', '名单'].map((t, i) => doc(`f${i}.txt`, `甬城交易中心的${t}已经公布。`)),
    ];
    const glossary = createGlossary(loadGlossaryFile().data);
    const analyzer = createAnalyzer(glossary.lexicon);
    const searcher = createSearcher(buildIndex([], docs.flatMap(chunkDocument), analyzer), analyzer, glossary);
    expect(searcher.search('甬城交易中心是谁发起的？', 1)[0]?.doc).toBe('a.txt');
  });
});
