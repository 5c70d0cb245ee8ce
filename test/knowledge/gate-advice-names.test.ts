import { describe, expect, it } from 'vitest';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { outOfScope, scopeLead } from '../../knowledge/scope.js';
import type { SourceDoc } from '../../knowledge/types.js';

// Our own wording: picks among products for today, against questions on what a dated report says now.
const ADVICE: string[] = [
  '现在哪个理财平台最安全',
  '哪家银行的存款产品最靠谱，现在该选哪个',
  'Which online lender is the safest to put my money in right now?',
  'Tell me the best app to buy gold on today',
  'Which fund is the best to invest in?',
];
const REPORTED: string[] = [
  '现在金交所还剩几家',
  '目前网贷平台的风险最大的是哪一类',
  'Are there still P2P lenders open now, and how many?',
  'What is currently the main risk of an exchange venue?',
  'Which platform was the first to go online?',
];

describe('a pick among products for today is beyond any report', () => {
  it('GIVEN a question asking which product or firm is best or safest now THEN it is out of scope as advice', () => {
    expect(ADVICE.map(outOfScope)).toEqual(ADVICE.map(() => 'advice'));
  });

  it('GIVEN a question about what the reports say holds now THEN it is not out of scope', () => {
    expect(REPORTED.map(outOfScope)).toEqual(REPORTED.map(() => null));
  });

  it('GIVEN an advice question asked through ask THEN the refusal names its reason in the question language', () => {
    const knowledge = buildKnowledgeFromDocs([
      {
        file: 'a.txt',
        path: '/a.txt',
        title: '平台报告',
        hash: 'a',
        text: '理财平台的安全取决于资金存管，投资人应核实平台资质。',
        kind: 'report',
      },
    ]);
    const zh = knowledge.ask('现在哪个理财平台最安全？');
    expect(zh.found).toBe(false);
    expect(zh.outOfScope).toBe('advice');
    expect(zh.lead).toBe(scopeLead('advice', false));
    expect(knowledge.ask('Which platform is the safest to buy from right now?').lead).toBe(scopeLead('advice', true));
  });
});

const doc = (file: string, title: string, text: string): SourceDoc => ({ file, path: `/${file}`, title, hash: file, text, kind: 'report' });

describe('a capitalised two-word name in an English question', () => {
  const knowledge = buildKnowledgeFromDocs([
    doc(
      'a.txt',
      '利率报告',
      '市场利率上升时，平台的存量产品收益下降，投资人容易赎回。央行在最近一次会议上决定调整利率，利率波动是平台面临的主要风险之一。',
    ),
    doc('c.txt', '财政报告', '联邦制国家的地方政府设有储备资金，用于应对收入波动。'),
    doc('b.txt', '联盟报告', '青禾联盟成立于2016年，由十家平台共同发起，联盟每季度公布成员的交易数据。'),
  ]);

  it('GIVEN a foreign body the reports never name (its words translate, but no quoted passage writes them) THEN the question is refused', () => {
    expect(knowledge.ask('Which decision on interest rates was taken by the Federal Bank at its last meeting?').found).toBe(false);
  });

  it('GIVEN a body the reports do name (its words in the passage) THEN it is answered', () => {
    const answer = knowledge.ask('When was the Qinghe Alliance founded, and who set it up?');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toContain('2016');
  });
});
