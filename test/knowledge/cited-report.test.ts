import { describe, expect, it } from 'vitest';
import { citedReport } from '../../knowledge/cited-report.js';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { reportDoc } from '../helpers/docs.js';

// Our own wording throughout: no report text.
const docs = [
  { file: 'a.txt', title: '南昌市网络借贷调查', kind: 'report' as const },
  { file: 'b.txt', title: '全国网络借贷发展报告', kind: 'report' as const },
  { file: 'n.md', title: '南昌的笔记', kind: 'note' as const },
];

describe('the report a question names as its source', () => {
  it('GIVEN a Chinese question citing 南昌那份报告 THEN the report whose title names 南昌 is cited', () => {
    expect(citedReport('南昌那份报告里说哪些平台出事了？', [], docs)).toBe('a.txt');
  });
  it('GIVEN an English question citing the Nanchang report THEN the name is read through its translation', () => {
    expect(citedReport('According to the Nanchang report, which platforms failed?', [{ source: 'nanchang', terms: ['南昌'] }], docs)).toBe(
      'a.txt',
    );
  });
  it('GIVEN a name in several titles, in none, or no cited writing THEN no report is cited', () => {
    expect(citedReport('网络借贷那份报告里说了什么？', [], docs)).toBeUndefined();
    expect(citedReport('杭州那份报告里说了什么？', [], docs)).toBeUndefined();
    expect(citedReport('Which platforms failed in Nanchang?', [{ source: 'nanchang', terms: ['南昌'] }], docs)).toBeUndefined();
  });

  it('GIVEN two reports telling the same failures WHEN the question names one THEN its passage ranks first', () => {
    const filler = (name: string): string =>
      Array.from({ length: 5 }, (_, i) => `第${i + 1}节\n${name}第${i + 1}季度交易额增长，客户数量增加。`).join('\n');
    const knowledge = buildKnowledgeFromDocs([
      reportDoc(
        'b.txt',
        '全国网络借贷发展报告',
        `一、风险事件\n近一年甲贷、乙贷等平台接连出事，涉案金额巨大，行业风险集中暴露，监管持续加码。\n${filler('全国')}`,
      ),
      reportDoc('a.txt', '南昌市网络借贷调查', `一、本地概况\n近一年甲贷、乙贷等平台接连出事，本地投资人受到波及。\n${filler('南昌')}`),
    ]);
    expect(knowledge.search('哪些平台接连出事了？', { k: 2 })[0]?.doc).toBe('b.txt');
    expect(knowledge.search('南昌那份报告里说哪些平台接连出事了？', { k: 2 })[0]?.doc).toBe('a.txt');
  });
});
