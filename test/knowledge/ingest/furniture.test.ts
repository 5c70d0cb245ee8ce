import { describe, expect, it } from 'vitest';
import { dropPageEdgeRepeats, firstPageHeader, isPageNumberLine } from '../../../knowledge/ingest/furniture.js';
import { repairText } from '../../../knowledge/ingest/repair.js';

describe('page numbers', () => {
  it('GIVEN the usual page-number forms alone on a line THEN each is a page number', () => {
    const forms = [
      '1',
      '- 2 -',
      '— 12 —',
      '第3页',
      '第 3 页 共 10 页',
      '第4页/共9页',
      '3/10',
      '3 / 10',
      'P.3',
      'P.85P.84',
      'Page 4',
      'page 4 of 12',
    ];
    expect(forms.filter((line) => !isPageNumberLine(line))).toEqual([]);
  });

  it('GIVEN text that only looks numeric THEN it is not a page number', () => {
    const text = ['2017', '3.5%', '第3章', '第三页', '12亿元', '2024/03/01', '一、', ''];
    expect(text.filter(isPageNumberLine)).toEqual([]);
  });
});

describe('headers and footers at page edges', () => {
  const page = (...lines: string[]): string[] => lines;

  it('GIVEN a running header on just two pages THEN it is dropped from both', () => {
    const pages = [page('蓝湖观察 · 季度简报', '第一章 概况', '正文第一页。'), page('蓝湖观察 · 季度简报', '第二章 风险', '正文第二页。')];
    expect(dropPageEdgeRepeats(pages)).toEqual([page('第一章 概况', '正文第一页。'), page('第二章 风险', '正文第二页。')]);
  });

  it('GIVEN a footer that differs only by its page number THEN it is dropped', () => {
    const pages = [page('正文一。', '澄川研究所 内部资料 第1页'), page('正文二。', '澄川研究所 内部资料 第2页')];
    expect(dropPageEdgeRepeats(pages)).toEqual([page('正文一。'), page('正文二。')]);
  });

  it('GIVEN a chapter heading repeated as a running head THEN the first occurrence stays as the heading', () => {
    const pages = [page('第二章 风险', '正文一。'), page('第二章 风险', '正文二。')];
    expect(dropPageEdgeRepeats(pages)).toEqual([page('第二章 风险', '正文一。'), page('正文二。')]);
  });

  it('GIVEN a repeated line in the middle of pages or a repeated sentence at an edge THEN both stay', () => {
    const pages = [page('甲。', '乙。', '小结', '丙。', '丁。', '同一句话。'), page('戊。', '己。', '小结', '庚。', '辛。', '同一句话。')];
    expect(dropPageEdgeRepeats(pages)).toEqual(pages);
  });

  it('GIVEN the running header at the top of page one THEN it is reported as the header', () => {
    const pages = [page('- 1 -', '蓝湖观察', '正文。'), page('蓝湖观察', '正文。', '- 2 -')];
    expect(firstPageHeader(pages)).toBe('蓝湖观察');
    expect(firstPageHeader([page('标题', '正文。')])).toBeUndefined();
  });

  it('GIVEN two form-feed pages THEN repairText drops the header and keeps chapter one apart from it', () => {
    const raw = [
      '蓝湖观察 · 季度简报',
      '第一章 概况',
      '蓝湖中心去年新增份额产品十',
      '二只。',
      '- 1 -',
      '\f蓝湖观察 · 季度简报',
      '第二章 风险',
      '多只产品逾期。',
      '- 2 -',
    ].join('\n');
    expect(repairText(raw)).toBe(['第一章 概况', '蓝湖中心去年新增份额产品十二只。', '第二章 风险', '多只产品逾期。'].join('\n'));
  });

  it('GIVEN a sentence broken across a page break, footer and header between THEN it is one sentence again', () => {
    const raw = ['蓝湖观察', '第一章 概况', '投资者发现所谓的底层资', '第 1 页', '\f蓝湖观察', '产多为虚构的应收账款。', '第 2 页'].join(
      '\n',
    );
    expect(repairText(raw)).toBe(['第一章 概况', '投资者发现所谓的底层资产多为虚构的应收账款。'].join('\n'));
  });

  it('GIVEN a cover title straight above chapter one THEN the two stay on separate lines', () => {
    expect(repairText(['蓝湖中心风险专报', '第一章 由来', '正文。'].join('\n'))).toBe(
      ['蓝湖中心风险专报', '第一章 由来', '正文。'].join('\n'),
    );
  });
});
