import { describe, expect, it } from 'vitest';
import { absentSpans } from '../../knowledge/absent.js';
import { analyzeQuestion, answerTypeOf, splitQuestion } from '../../knowledge/question.js';
import { cleanSentence, holdsType, quotable } from '../../knowledge/sentences.js';
import { normalizeForMatch, splitSentences } from '../../knowledge/text.js';

describe('question analysis', () => {
  it('GIVEN questions of each kind THEN the expected answer type is found', () => {
    const asked = [
      '这家平台哪年上线的',
      '试点一共几家机构',
      '首批名单包括哪些城市',
      '为何要整顿交易场所',
      '钱拿不回来怎么办',
      '什么是资金池',
      '这家公司是不是持牌机构',
      'How many banks failed?',
      'Why did the platform close?',
    ];
    expect(asked.map(answerTypeOf)).toEqual(['date', 'number', 'list', 'reason', 'method', 'definition', 'yesno', 'number', 'reason']);
  });

  it('GIVEN a question asking two things THEN it is split and the second part borrows the subject', () => {
    expect(splitQuestion('某交易中心何时开业、是否全国首家')).toEqual(['某交易中心何时开业', '是否全国首家']);
    expect(analyzeQuestion('某交易中心何时开业、是否全国首家').parts).toEqual([
      { text: '某交易中心何时开业', type: 'date', own: '某交易中心何时开业' },
      { text: '某交易中心何时开业 是否全国首家', type: 'yesno', own: '是否全国首家' },
    ]);
  });

  it('GIVEN a list of items joined by 、 without a second question THEN it stays one part', () => {
    expect(splitQuestion('网贷、众筹和保理的风险有哪些')).toEqual(['网贷、众筹和保理的风险有哪些']);
  });
});

describe('absent concepts', () => {
  const corpus = '金融资产交易所的产品到期无法兑付，投资者的本金难以收回。';
  const bigrams = new Set<string>();
  for (let i = 0; i + 2 <= corpus.length; i += 1) bigrams.add(corpus.slice(i, i + 2));
  const known = (t: string): boolean => bigrams.has(t);

  it('GIVEN a question naming a product the texts never mention THEN that word is absent', () => {
    expect(absentSpans(normalizeForMatch('车险理赔的本金能收回吗'), known)).toEqual(['车险理赔']);
  });

  it("GIVEN a question in the texts' words with one stray character THEN nothing is absent", () => {
    expect(absentSpans(normalizeForMatch('我的本金到期能收回吗'), known)).toEqual([]);
  });
});

describe('quotable sentences', () => {
  it('GIVEN captions, headings, table rows and chart residue THEN none is quotable; a real sentence is', () => {
    const lines = [
      '图2.4 各地交易场所数量变化',
      '二、监管存在的问题',
      '2019 12.5 2020 13.1 2021 9.8',
      '其发展模式可以归纳为如图2.',
      '截至年末，全国共有三十余家交易场所完成整改。',
    ];
    expect(lines.map(quotable)).toEqual([false, false, false, false, true]);
  });

  it('GIVEN a sentence dense with figures that still reads in words THEN it is quotable, a row of figures is not', () => {
    expect(quotable('2019年营收12530.46亿元，其中线上业务实现收入1024.77亿元。')).toBe(true);
    expect(quotable('营收 12530.46 1024.77 2019 2020 8.5%')).toBe(false);
  });

  it('GIVEN a footnote number glued to a sentence THEN it is removed, but a year is kept', () => {
    expect(cleanSentence('12沙盒机制最早出现在英国。')).toBe('沙盒机制最早出现在英国。');
    expect(cleanSentence('2015年沙盒机制出现在英国。')).toBe('2015年沙盒机制出现在英国。');
  });

  it('GIVEN a chart caption glued before a sentence THEN the caption and its source are removed', () => {
    expect(cleanSentence('图2.1 各地平台数量 资料来源：某某研究院截至2019年末，平台已减少一半。')).toBe('截至2019年末，平台已减少一半。');
  });

  it('GIVEN chart captions and a numbered heading glued before a sentence THEN both are cut where the subject starts again', () => {
    const glued = '图2.1某平台功能图\n图2.2某平台的应用特色三、乙公司的发展定位乙公司定位为“区域性的撮合平台”，侧重中小企业。';
    expect(quotable(glued)).toBe(false);
    expect(cleanSentence(glued)).toBe('乙公司定位为“区域性的撮合平台”，侧重中小企业。');
    // Without a caption before it, a numbered sentence is left as written.
    expect(cleanSentence('三、乙公司的发展定位乙公司定位为平台，侧重中小企业。')).toBe(
      '三、乙公司的发展定位乙公司定位为平台，侧重中小企业。',
    );
  });

  it('GIVEN a share question THEN a fraction is a figure', () => {
    expect(holdsType('其中担保业务约占三分之一', 'number')).toBe(true);
  });

  it('GIVEN a number question THEN a sentence with a figure and its unit holds the type', () => {
    expect(holdsType('首批共有十二家机构参加', 'number')).toBe(true);
    expect(holdsType('首批机构参加了测试', 'number')).toBe(false);
  });
});

describe('text folding and sentences', () => {
  it('GIVEN traditional characters the old table missed THEN OpenCC folds them, length kept', () => {
    const folded = normalizeForMatch('軟體資料庫與稅務');
    expect(folded).toBe('软体资料库与税务');
    expect(folded.length).toBe('軟體資料庫與稅務'.length);
  });

  it('GIVEN decimals and figure numbers THEN a sentence is not cut at their point', () => {
    expect(splitSentences('降幅达到1.5%左右。见图3.2所示. Next').map((s) => s.text)).toEqual([
      '降幅达到1.5%左右。',
      '见图3.2所示.',
      'Next',
    ]);
  });
});
