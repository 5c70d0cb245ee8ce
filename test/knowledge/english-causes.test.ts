import { describe, expect, it } from 'vitest';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { sourceWords, withoutCited } from '../../knowledge/english-sources.js';
import { withoutNumberSigns } from '../../knowledge/english-spelling.js';
import { nameRuns } from '../../knowledge/english-gates.js';
import { brandsIn } from '../../knowledge/english-brands.js';
import type { SourceDoc } from '../../knowledge/types.js';

const doc = (file: string, title: string, text: string): SourceDoc => ({ file, path: `/${file}`, title, hash: file, text, kind: 'report' });

// Our own reports, in the corpus's register. Each fact sits beside a decoy; in the column the
// definition stands in a section that never writes the word the asker names the article by.
const reports = [
  doc(
    'col.txt',
    '金融科技专栏',
    '一、监管沙箱试点进展\n多地启动监管沙箱试点，首批项目聚焦普惠金融与小微企业融资，试点机构需定期报送测试情况。' +
      '监管沙箱为创新产品提供了真实而可控的测试环境。\n' +
      '二、名词解释\n隐私计算是指在原始数据不出本机构的前提下完成联合分析的技术，隐私计算可以缓解数据孤岛问题。' +
      '另有机构探索区块链存证，用于保存交易记录。',
  ),
  doc('dev.txt', '房企报告', '2023年以来，碧桂园、融创等龙头房企相继暴雷，债务违约规模扩大。地方政府加大保交楼力度，稳定住房市场预期。'),
  doc('pen.txt', '整顿报告', '清理整顿期间，多家涉事平台的实际控制人被刑事拘留，另有十余家机构被处以罚款。其余平台在整改后自行退出市场。'),
  doc(
    'pay.txt',
    '支付报告',
    '2015年，当地一家科技公司获得人民银行颁发的支付业务许可证，成为该省唯一的持牌支付机构。同期当地网贷平台数量超过七十家。',
  ),
  doc('gdp.txt', '地产报告', '2022年房地产业增加值占GDP的比重约为6%，较上年有所下降。同年住房销售面积明显减少。'),
  // Decoys holding the dictionary's other senses (股份, 共享, 绿灯, 中西) and the cited article's subject without the definition.
  doc('shares.txt', '股权报告', '该平台的股份由三家股东共享，GDP口径的统计另有说明。地方政府曾为项目开绿灯。中西部地区房企数量较少。'),
  doc('lab.txt', '沙箱观察', '监管沙箱的第二批项目中，隐私计算类项目数量增加，多家银行参与了隐私计算测试。'),
];
const knowledge = buildKnowledgeFromDocs(reports);
const shown = (q: string): string => {
  const a = knowledge.ask(q);
  return a.found ? a.answer.join('') : '(refused)';
};

// Challenge grid (templates × phrasings × asker frames), written before the mechanisms were built.
const frames = [(q: string) => q, (q: string) => `Short one here: ${q}`, (q: string) => `My dad asked me this over dinner. ${q}`];
const grid: Array<{ cause: string; phrasings: string[]; expect: string }> = [
  {
    cause: 'the report named as a source',
    phrasings: [
      'What is privacy computing, as that sandbox piece explains it?',
      'The sandbox column mentions privacy computing. What does that mean?',
      'Going by the sandbox write-up, what is privacy computing?',
      'In the sandbox report, what does privacy computing refer to?',
    ],
    expect: '隐私计算是指',
  },
  {
    cause: 'a demonym for the corpus’s own country',
    phrasings: ['Which large Chinese developers blew up after 2023?', 'Which Chinese property firms collapsed in 2023?'],
    expect: '碧桂园',
  },
  {
    cause: 'everyday words for punishment',
    phrasings: [
      'Did anyone go to jail over the clean-up?',
      'Were any bosses arrested or fined in that clean-up?',
      'Did anybody end up in prison after the clean-up?',
    ],
    expect: '刑事拘留',
  },
  {
    cause: 'everyday words for a licence',
    phrasings: [
      'Which firm won permission to run payments in the province in 2015?',
      'Which firm got the green light for payments in 2015?',
      'Who was given approval to handle payments in the province in 2015?',
    ],
    expect: '许可证',
  },
  {
    cause: 'everyday words for a share of a whole',
    phrasings: [
      'How large a slice of GDP did real estate make up in 2022?',
      'What portion of GDP came from real estate in 2022?',
      'What chunk of GDP was real estate in 2022?',
    ],
    expect: '6%',
  },
];

describe('English causes that recur across authors', () => {
  for (const row of grid)
    for (const phrasing of row.phrasings)
      it(`GIVEN ${row.cause}: "${phrasing}" in each asker frame THEN the sentence holding ${row.expect} is shown`, () => {
        for (const frame of frames) expect(shown(frame(phrasing))).toContain(row.expect);
      });

  it('GIVEN another country’s demonym or a foreign body the reports never name THEN the question is refused', () => {
    for (const q of [
      'Which big American developers blew up after 2023?',
      'Which Japanese property firms collapsed in 2023?',
      'What fine did the SEC give developers in 2023?',
    ])
      expect(shown(q)).toBe('(refused)');
  });

  it('GIVEN the words naming the article a question cites THEN they are read as its source, and the asked subject is not', () => {
    expect(sourceWords('What is privacy computing, as that sandbox piece explains it?')).toEqual(new Set(['sandbox', 'piece']));
    expect(sourceWords('Wuhan survey: how do lenders fail?')).toEqual(new Set(['wuhan', 'survey']));
    expect(sourceWords('Within the Fudan University white paper, which risks are named?')).toEqual(
      new Set(['fudan', 'university', 'white', 'paper']),
    );
    expect(sourceWords('Which sandbox projects were approved?')).toEqual(new Set());
    expect(sourceWords('Explain the report on sandbox projects.')).toEqual(new Set(['report']));
  });

  it('GIVEN a cited writing THEN its common words are blanked before translation, and a name that finds the report is kept', () => {
    expect(withoutCited('What is privacy computing within the sandbox column?', true)).toBe(
      `What is privacy computing within the ${' '.repeat(14)}?`,
    );
    expect(withoutCited('Wuhan survey: how do lenders fail?', true)).toBe('Wuhan       : how do lenders fail?');
    expect(withoutCited('Which sandbox projects were approved?', true)).toBe('Which sandbox projects were approved?');
  });

  it('GIVEN a pointer at a term (a column mentions a scheme called X) THEN only X is asked of', () => {
    expect(shown('The sandbox column mentions a technique called privacy computing. What is it?')).toContain('隐私计算是指');
  });
});

// Written after the first grid, for the mechanisms built later in the round (same register, own facts).
const later = buildKnowledgeFromDocs([
  doc(
    'risk.txt',
    '风控报告',
    '就交易中心而言，其日常经营风险主要包括合规风险、操作风险和声誉风险。另一方面，行业竞争日趋激烈，利润空间收窄。',
  ),
  doc(
    'local.txt',
    '地方报告',
    '由于平台跨区域经营，地方金融监管部门缺乏有效手段监管这些网贷平台。同期当地新增网贷平台二十余家，注册资金超过十亿元。',
  ),
  doc('deal.txt', '产品报告', '该平台产品期限大多为6至12个月，底层资产以应收账款为主。平台累计处理底层资产超过三千笔。'),
  // Decoys: operational risk defined on its own, the police station, a period of the cycle.
  doc('ops.txt', '操作风险', '操作风险是指由于内部流程不当或人员失误造成损失的可能性，是交易中心面临的主要风险之一。'),
  doc('station.txt', '社区报告', '当地派出所接到网贷平台投资人报案后，提醒居民防范诈骗。'),
  doc('cycle.txt', '周期报告', '本轮经济周期中，平台产品在该时期的发行数量有所下降。'),
]);
const laterShown = (q: string): string => {
  const a = later.ask(q);
  return a.found ? a.answer.join('') : '(refused)';
};

describe('English senses audited by category (built later in the round)', () => {
  const rows: Array<{ phrasings: string[]; expect: string }> = [
    {
      phrasings: ['Which day-to-day operating dangers does the trading hub face?', 'What buckets of operating risk are named for the hub?'],
      expect: '合规风险',
    },
    {
      phrasings: [
        'Why can’t city regulators properly police these cross-region lenders?',
        'Why is it hard for city officials to police P2P lenders?',
      ],
      expect: '缺乏有效手段',
    },
    {
      phrasings: ['What is the usual tenor of the platform’s products?', 'What holding period do the platform’s products have?'],
      expect: '6至12个月',
    },
  ];
  for (const row of rows)
    for (const phrasing of row.phrasings)
      it(`GIVEN "${phrasing}" THEN the sentence holding ${row.expect} is shown`, () => {
        expect(laterShown(phrasing)).toContain(row.expect);
      });

  it('GIVEN a number sign before a number THEN it is blanked and the number kept, and no name run holds it', () => {
    expect(withoutNumberSigns('Under Notice No. 12 of 2019')).toBe('Under Notice     12 of 2019');
    expect(nameRuns('What did Finance Bureau Notice No. 12 order?')).toEqual([['finance', 'bureau', 'notice']]);
    expect(withoutNumberSigns('No, the Notice said nothing')).toBe('No, the Notice said nothing');
  });
});

describe('English names of financial groups (built later in the round)', () => {
  const firms = buildKnowledgeFromDocs([
    doc('pass.txt', '平台报告', '2016年，蚂蚁金服旗下平台上线了多款货币基金产品，首年规模增长迅速。另有多家平台推出类似产品。'),
    doc('ipo.txt', '上市报告', '2020年11月，多家金融科技公司暂停了原定的上市计划，监管部门约谈了相关负责人。'),
  ]);
  const ask = (q: string): string => {
    const a = firms.ask(q);
    return a.found ? a.answer.join('') : '(refused)';
  };

  it('GIVEN a group the reports name only elsewhere, asked of by its English name THEN a passage not naming it is no answer', () => {
    expect(ask('Why was Ant Group’s listing called off in November 2020?')).toBe('(refused)');
    expect(ask('Which money-market products did Ant Group launch in 2016?')).toContain('蚂蚁金服');
  });

  it('GIVEN a group the index never names THEN it is a missing firm, and the central bank is not read as Bank of China', () => {
    const none = (): boolean => false;
    expect(brandsIn('How much did Ping An Insurance earn in 2023?', none).missing).toEqual(['insurance']);
    expect(brandsIn('Which rule did the People’s Bank of China issue?', (zh) => zh === '人民银行').found).toEqual([
      { source: 'people’s bank of china', terms: ['人民银行'] },
    ]);
  });
});
