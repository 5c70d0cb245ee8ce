import { describe, expect, it } from 'vitest';
import { shortYears } from '../../knowledge/short-years.js';
import { createAnalyzer } from '../../knowledge/analyzer.js';
import { createGlossary, loadGlossaryFile } from '../../knowledge/glossary.js';
import { chunkDocument } from '../../knowledge/ingest/chunk.js';
import { buildIndex } from '../../knowledge/search-index.js';
import { createSearcher } from '../../knowledge/search.js';
import { untitledDoc as doc } from '../helpers/docs.js';

describe('Two-digit years (short-years.ts)', () => {
  it('GIVEN 18年底, 21年 or 07年前后 THEN each names the year in full', () => {
    expect(shortYears('18年底那家农商行')).toEqual(new Map([['18', '2018']]));
    expect(shortYears('21年和07年前后各发生了什么')).toEqual(
      new Map([
        ['21', '2021'],
        ['07', '2007'],
      ]),
    );
  });

  it('GIVEN a duration (经营了12年, 近15年, 15年来) or a number of another era THEN no year is read', () => {
    expect(shortYears('这家公司经营了12年')).toEqual(new Map());
    expect(shortYears('近15年的数据')).toEqual(new Map());
    expect(shortYears('15年来一直亏损')).toEqual(new Map());
    expect(shortYears('98年那次危机')).toEqual(new Map());
    expect(shortYears('2018年底')).toEqual(new Map());
  });

  it('GIVEN a question with 18年 THEN the passage about 2018 ranks above one that opens with the number 18', () => {
    const docs = [
      doc('a.txt', '2018年，甬城农商行因资不抵债被接管。'),
      doc('b.txt', '18甬城农商行的网点遍布全市，服务小微企业。'),
      ...['章程', '会员', '年报', '公告', '规则', '名单'].map((t, i) => doc(`f${i}.txt`, `甬城农商行的${t}已经公布。`)),
    ];
    const glossary = createGlossary(loadGlossaryFile().data);
    const analyzer = createAnalyzer(glossary.lexicon);
    const searcher = createSearcher(buildIndex([], docs.flatMap(chunkDocument), analyzer), analyzer, glossary);
    expect(searcher.search('18年甬城农商行怎么了', 1)[0]?.doc).toBe('a.txt');
  });
});
