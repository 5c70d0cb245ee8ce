import { describe, expect, it } from 'vitest';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { isName } from '../../knowledge/english-words.js';
import type { SourceDoc } from '../../knowledge/types.js';

const doc = (file: string, title: string, text: string): SourceDoc => ({ file, path: `/${file}`, title, hash: file, text, kind: 'report' });

describe('English names in questions over the Chinese reports', () => {
  it('GIVEN a capitalised word inside a sentence THEN it is written as a name; the first word, a short acronym or lower case is not', () => {
    expect(isName('shanli', 'Did savers in Shanli Financial get paid?')).toBe(true);
    expect(isName('which', 'Which firm closed?')).toBe(false);
    expect(isName('fca', 'What does the FCA do?')).toBe(false);
    expect(isName('shanli', 'did savers in shanli get paid?')).toBe(false);
  });

  const reports = [
    doc('a.txt', '平台报告', '网金社于2014年12月上线，是首家互联网金融资产交易中心。平台上线后，投资人可以在网上认购产品。'),
    doc('b.txt', '监管报告', '地方金融监管部门要求各类平台按时披露产品信息，投资人应核实平台资质。'),
  ];
  const knowledge = buildKnowledgeFromDocs(reports);

  it('GIVEN a name the reports write in Chinese, asked in pinyin THEN the question is answered from them', () => {
    const answer = knowledge.ask('When did the Wangjinshe platform go online?');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('2014年12月');
  });

  it('GIVEN a capitalised name no passage holds and nothing translates THEN the English question is refused', () => {
    const answer = knowledge.ask('Was the Xiyangfeng platform the first online exchange center of its kind to go online in 2014?');
    expect(answer.found).toBe(false);
    expect(answer.lead).toMatch(/do not cover/);
  });
});
