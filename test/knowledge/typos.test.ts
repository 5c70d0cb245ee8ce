import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../knowledge/analyzer.js';
import { createGlossary } from '../../knowledge/glossary.js';
import { chunkDocument } from '../../knowledge/ingest/chunk.js';
import { buildIndex } from '../../knowledge/search-index.js';
import { createSearcher } from '../../knowledge/search.js';
import { createTypoFixer } from '../../knowledge/typos.js';
import type { SourceDoc } from '../../knowledge/types.js';

// A made-up corpus: its text decides which bigrams are known and which words are written.
const text = '甬融社成立于2015年，是甬城首家线上资产平台。甬城地方债的规模逐年上升。甬城的融资平台众多，每一家都须备案。';
const bigrams = new Set<string>();
for (let i = 0; i + 2 <= text.length; i += 1) bigrams.add(text.slice(i, i + 2));
const known = (t: string): boolean => bigrams.has(t);
const occurs = (w: string): boolean => text.includes(w);

describe('one misspelt character of a corpus name', () => {
  const fixer = createTypoFixer(['甬融社', '地方债', '融资平台'], known, occurs);

  it('GIVEN a name missed by one character THEN it is read as the name, the rest of the question unchanged', () => {
    expect(fixer.fix('甬融设是哪年成立的')).toBe('甬融社是哪年成立的');
    expect(fixer.fix('甬城的融姿平台有多少')).toBe('甬城的融资平台有多少');
  });

  it('GIVEN words the corpus writes, or a name written right THEN nothing changes', () => {
    expect(fixer.fix('甬融社是哪年成立的')).toBe('甬融社是哪年成立的');
    expect(fixer.fix('甬城首家线上资产平台')).toBe('甬城首家线上资产平台');
  });

  it('GIVEN two words beside each other that look like a name with one character off (地方|做) THEN nothing changes', () => {
    expect(fixer.fix('这些业务以后没地方做')).toBe('这些业务以后没地方做');
  });

  it('GIVEN a grammar word where the name has a character (地方上) THEN nothing changes', () => {
    expect(fixer.fix('地方上的金融办管得住吗')).toBe('地方上的金融办管得住吗');
  });

  it('GIVEN a span one character away from two names THEN it is left as written (no guess)', () => {
    const two = createTypoFixer(
      ['甬融社', '甬融所'],
      (t) => known(t) || t === '融所',
      (w) => w === '甬融社' || w === '甬融所',
    );
    expect(two.fix('甬融设成立于哪年')).toBe('甬融设成立于哪年');
  });

  it('GIVEN a misspelt name in a search THEN the passage naming it ranks first, as for the name written right', () => {
    const doc = (file: string, body: string): SourceDoc => ({
      file,
      path: `/${file}`,
      title: file,
      hash: file,
      text: body,
      kind: 'report',
    });
    const docs = [
      doc('a.txt', '甬融社成立于2015年，累计成交额超过百亿元。'),
      doc('b.txt', '甬城另一家平台成立于2016年，成交额约十亿元。'),
      doc('c.txt', '网贷平台的资金存管须由商业银行承担。'),
    ];
    const glossary = createGlossary({
      version: 1,
      groups: [{ id: 'x', zh: ['成交额', '交易额'], en: [] }],
      english: {},
      questionWords: ['多少'],
      names: ['甬融社'],
    });
    const analyzer = createAnalyzer(glossary.lexicon);
    const searcher = createSearcher(buildIndex([], docs.flatMap(chunkDocument), analyzer), analyzer, glossary);
    expect(searcher.search('甬融设累计成交了多少', 1)[0]?.doc).toBe('a.txt');
    expect(searcher.stripQuestionWords('甬融设累计成交了多少')).toBe('甬融社累计成交了  ');
  });

  it("GIVEN a traditional-script question in Taiwan's words THEN they read as the mainland words the corpus writes, and only then", () => {
    const corpus = '甬城的网络借贷平台须接入资金存管。甬城推进智慧金融建设。';
    const tw = createTypoFixer(
      [],
      () => true,
      (w) => corpus.includes(w),
    );
    expect(tw.fix('甬城的網路借貸平台')).toBe('甬城的网络借貸平台');
    // The corpus writes 智慧 itself, so the Taiwan reading (智能) is not forced on it; simplified questions are left alone.
    expect(tw.fix('甬城推進智慧金融')).toBe('甬城推進智慧金融');
    expect(tw.fix('甬城的网路借贷平台')).toBe('甬城的网路借贷平台');
  });
});
