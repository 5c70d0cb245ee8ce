import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { chooseTitle, firstPageTitle, isUsableTitle } from '../../../knowledge/ingest/title.js';

describe('title fields', () => {
  it('GIVEN placeholders and file names in the Title field THEN none is usable', () => {
    const placeholders = [
      '',
      '  ',
      'Microsoft Word - 年报终稿.docx',
      'Microsoft PowerPoint - deck',
      'report.pdf',
      '蓝湖年报.doc',
      'untitled',
      'Untitled-1',
      '无标题',
      '文档1',
      '新建 Microsoft Word 文档',
      'C:\\Users\\a\\x',
      '2025-01',
      '第一章 总论',
      'lanhu',
    ];
    expect(placeholders.filter((t) => isUsableTitle(t, 'lanhu.pdf'))).toEqual([]);
  });

  it('GIVEN a GBK title misread as PDFDocEncoding THEN it is not usable, and accented Latin still is', () => {
    const misread = iconv.encode('澄川市年报', 'gbk').toString('latin1');
    expect(isUsableTitle(misread, 'a.pdf')).toBe(false);
    expect(isUsableTitle('Ä³ÊÐ2025Äê', 'a.pdf')).toBe(false);
    expect(isUsableTitle('Résumé des risques', 'a.pdf')).toBe(true);
  });

  it('GIVEN a real title THEN it is usable, spaces tidied by chooseTitle', () => {
    expect(isUsableTitle('澄川市2025年金融风险年报', 'a.pdf')).toBe(true);
    expect(isUsableTitle('Annual Risk Review 2025', 'a.pdf')).toBe(true);
    expect(chooseTitle({ metadata: ['  澄川市  年报 '], text: '', fileName: 'a.pdf' })).toBe('澄川市 年报');
  });
});

describe('choosing a title', () => {
  const text = ['蓝湖中心风险专报', '第一章 由来', '蓝湖中心成立于二〇一六年。'].join('\n');

  it('GIVEN a manifest title THEN it wins over everything', () => {
    expect(chooseTitle({ manifest: '编者标题', metadata: ['元数据标题'], text, fileName: 'a.pdf' })).toBe('编者标题');
  });

  it('GIVEN a placeholder Title and a real XMP dc:title THEN the XMP title is taken', () => {
    expect(chooseTitle({ metadata: ['Microsoft Word - a.docx', '蓝湖年度报告'], text, fileName: 'a.pdf' })).toBe('蓝湖年度报告');
  });

  it('GIVEN no usable metadata THEN the largest type on the first page that is no chapter heading is the title', () => {
    const labelled = ['内部资料', '蓝湖中心风险专报', '第一章 由来', '正文。'].join('\n');
    expect(chooseTitle({ metadata: ['untitled'], display: ['第一章 由来', '蓝湖中心风险专报'], text: labelled, fileName: 'a.pdf' })).toBe(
      '蓝湖中心风险专报',
    );
    expect(chooseTitle({ display: ['第一章 由来'], text: labelled, fileName: 'a.pdf' })).toBe('内部资料');
  });

  it('GIVEN no usable metadata THEN the cover line of the first page is the title, not chapter one', () => {
    expect(chooseTitle({ metadata: ['untitled'], text, fileName: 'a.pdf' })).toBe('蓝湖中心风险专报');
  });

  it('GIVEN only chapter headings and body text THEN the running header, then a readable file name, come before the chapter', () => {
    const bare = ['第一章 由来', '蓝湖中心成立于二〇一六年。'].join('\n');
    expect(chooseTitle({ text: bare, header: '澄川观察', fileName: '017_9c2e4b7a1f30.pdf' })).toBe('澄川观察');
    expect(chooseTitle({ text: bare, fileName: '蓝湖年报.pdf' })).toBe('蓝湖年报');
    expect(chooseTitle({ text: bare, fileName: '017_9c2e4b7a1f30.pdf' })).toBe('第一章 由来');
    expect(chooseTitle({ text: '这只是一句正文。', fileName: 'scan0001.pdf' })).toBe('scan0001');
  });

  it('GIVEN a title-like line below the first body sentence THEN it is not taken for the title', () => {
    expect(firstPageTitle(['蓝湖中心成立于二〇一六年。', '产品结构'])).toBeUndefined();
    expect(firstPageTitle(['- 1 -', '# 蓝湖观察', '正文。'])).toBe('蓝湖观察');
  });
});
