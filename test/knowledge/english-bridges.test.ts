import { describe, expect, it } from 'vitest';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { brandsIn } from '../../knowledge/english-brands.js';
import { periodsIn } from '../../knowledge/english-periods.js';
import { codedNames } from '../../knowledge/english-forms.js';
import { withoutLeadIn } from '../../knowledge/english-asker.js';
import { analyzeQuestion } from '../../knowledge/question.js';
import { unitOf } from '../../knowledge/asked.js';
import type { SourceDoc } from '../../knowledge/types.js';

const doc = (file: string, title: string, text: string): SourceDoc => ({ file, path: `/${file}`, title, hash: file, text, kind: 'report' });

// Our own reports, in the register of the corpus: each fact sits in its own sentence beside a decoy.
const reports = [
  doc(
    'a.txt',
    '沙盒报告',
    '监管沙盒的设想由新加坡监管部门于2016年率先提出。此后多地开展金融科技创新试点，试点项目数量持续增加。' +
      '试点项目须定期向监管部门报送测试报告。',
  ),
  doc('b.txt', '房企报告', '2023年以来，碧桂园、融创等龙头房企相继暴雷，债务违约规模扩大。地方政府加大保交楼力度，稳定住房市场预期。'),
  doc('c.txt', '河南报告', '2022年河南多家村镇银行出现取款难问题，储户资金一度无法提取。其他地区的中小银行总体经营平稳。'),
  doc('d.txt', '货基报告', '截至2018年第三季度，某货币基金管理规模为8000亿元，较上年同期增长两成。同年上半年，该基金收益率有所回落。'),
];
const knowledge = buildKnowledgeFromDocs(reports);
const shown = (q: string): string => {
  const a = knowledge.ask(q);
  return a.found ? a.answer.join('') : '(refused)';
};

describe('English bridges onto the reports’ own terms', () => {
  // Challenge grid (templates × phrasings × frames), written before the bridges were built.
  const frames = [(q: string) => q, (q: string) => `Reporter here: ${q}`, (q: string) => `My cousin works in fintech. ${q}`];
  const grid: Array<{ phrasings: string[]; expect: string }> = [
    {
      phrasings: [
        'Who first floated the sandbox idea for financial watchdogs?',
        'Which regulator first proposed the sandbox idea?',
        'Which watchdog first put forward the sandbox idea, and when?',
      ],
      expect: '率先提出',
    },
    {
      phrasings: ['Which property firms blew up after 2023?', 'Which developers collapsed in 2023?'],
      expect: '碧桂园',
    },
    {
      phrasings: [
        'By Q3 2018, how large had that money-market fund become?',
        'How big had the money-market fund grown by 3Q18?',
        'Which size had the money-market fund reached in the third quarter of 2018?',
      ],
      expect: '8000亿元',
    },
  ];
  for (const row of grid)
    for (const phrasing of row.phrasings)
      it(`GIVEN "${phrasing}" in each asker frame THEN the sentence holding ${row.expect} is shown`, () => {
        for (const frame of frames) expect(shown(frame(phrasing))).toContain(row.expect);
      });

  it('GIVEN a province asked in pinyin whose first syllable has a longer look-alike (Henan: he·nan, not hen·an) THEN it is found', () => {
    expect(shown('Which village banks in Henan had withdrawal problems in 2022?')).toContain('河南');
  });

  it('GIVEN an English firm name that is no pinyin THEN the table reads it as the reports’ name, only capitalised and only where the index holds it', () => {
    const occurs = (zh: string): boolean => zh === '碧桂园';
    expect(brandsIn('What did Country Garden default on?', occurs).found).toEqual([{ source: 'country garden', terms: ['碧桂园'] }]);
    expect(brandsIn('a walk in the country garden', occurs).found).toEqual([]);
    expect(brandsIn('What did Evergrande owe?', occurs).found).toEqual([]);
    expect(brandsIn('Country Garden bonds', occurs).rest).not.toMatch(/Garden/);
  });

  it('GIVEN analysts’ period forms THEN each becomes the reports’ period words, the nine months never a single quarter, and none counts as an absent name', () => {
    const occurs = (zh: string): boolean => ['第三季度', '三季度', '前三季度', '上半年'].includes(zh);
    expect(periodsIn('size by Q3 2016', occurs).flatMap((p) => p.terms)).toEqual(['三季度', '第三季度']);
    expect(periodsIn('profit in 1-3Q 2023', occurs).flatMap((p) => p.terms)).toEqual(['前三季度']);
    expect(periodsIn('profit in 1H23', occurs).flatMap((p) => p.terms)).toEqual(['上半年']);
    expect(codedNames('profit in 1H23 and 3Q22 at the 401k fund')).toEqual(['401k']);
  });

  it('GIVEN "list" as the asker’s verb THEN it is not translated; "the list of" is left alone', () => {
    expect(withoutLeadIn('Can you list the six centres?')).not.toMatch(/list/);
    expect(withoutLeadIn('Who is on the list of fake exchanges?')).toMatch(/list of/);
  });

  it('GIVEN an English question with Chinese glosses in brackets or slashes THEN it is read as English; a Chinese question with one acronym is not', () => {
    expect(analyzeQuestion('Which bad-debt levels did city lenders and rural lenders (城商行/农商行) report?').english).toBe(true);
    expect(analyzeQuestion('Which two bodies (证监会、人民银行) run the fintech sandbox pilots in Beijing?').english).toBe(true);
    expect(analyzeQuestion('城商行的不良贷款率（NPL）是多少？').english).toBe(false);
  });

  it('GIVEN an English "how many" of firms or people THEN the count is asked in 家 or 人; of other things in no unit', () => {
    expect(unitOf('About how many of the small lending firms closed?', 'number')).toBe('家');
    expect(unitOf('By 2018, how many web platforms remained?', 'number')).toBe('家');
    expect(unitOf('How many investors lost money?', 'number')).toBe('[人名]');
    expect(unitOf('How many rules did the notice set?', 'number')).toBeNull();
  });
});
