import { describe, expect, it } from 'vitest';
import { formsAsked, givesForm, type AnswerForm } from '../../knowledge/answer-forms.js';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { answerTypeOf } from '../../knowledge/question.js';
import { SHARE, unitOf } from '../../knowledge/asked.js';
import { announces } from '../../knowledge/sentences.js';
import { askedOrdinal } from '../../knowledge/type-evidence.js';
import type { SourceDoc } from '../../knowledge/types.js';

// Made-up reports about an invented venue (松岚汇) and its peers; no text of the corpus. Each passage
// holds sentences that repeat the question's words and one that gives the asked form of answer.
const doc = (file: string, text: string): SourceDoc => ({
  file,
  path: `/${file}`,
  title: `${file} 研究`,
  hash: file,
  text,
  kind: 'report',
});

const names = (q: string): string[] => formsAsked(q).map((f) => f.name);
const form = (name: string): AnswerForm => {
  const found = formsAsked(
    {
      document: '依据什么文件',
      where: '总部在哪里',
      root: '根源是什么',
      only: '只能做什么',
      allowed: '能不能做',
      count: '有几种',
      obligation: '必须先注册吗',
      points: '有哪些问题',
      fee: '收费多少',
      principle: '遵循什么原则',
      bank: '哪家银行',
    }[name] ?? '',
  ).find((f) => f.name === name);
  if (!found) throw new Error(name);
  return found;
};

describe('the form a question asks its answer in', () => {
  // Templates × phrasings: each form asked in several wordings, Chinese and English.
  const asked: Array<[string, string[]]> = [
    [
      'document',
      [
        '松岚汇声称的设立依据是什么文件？',
        '松岚汇是按哪部办法设立的',
        'Under what rules was 松岚汇 set up?',
        'Which regulation allowed the centre to open?',
      ],
    ],
    ['where', ['松岚汇总部在哪里？', '松岚汇位于哪个城市', 'Where is the centre based?', 'Where is 松岚汇 located?']],
    [
      'root',
      [
        '松岚汇出事的根源是什么',
        '说到底松岚汇为什么会垮',
        'What was the root cause of the collapse?',
        'What is the underlying reason for the losses?',
      ],
    ],
    ['only', ['松岚汇只能做哪类业务？', '松岚汇是不是仅做债权转让', 'Does the centre only trade receivables?']],
    [
      'allowed',
      [
        '松岚汇能不能自建资金池？',
        '平台可不可以为借款人担保',
        'Can the centre pool client money?',
        'Is it allowed to guarantee the loans?',
      ],
    ],
    [
      'count',
      ['银行存管有几种情况', '松岚汇的产品分几类', 'What are the two reasons for the failure?', 'What types of custody are there?'],
    ],
    ['obligation', ['买产品必须先注册成会员吗？', '投资前要先做风险测评吗', 'Must investors register as members before they trade?']],
    [
      'points',
      [
        '松岚汇的监管有哪些问题？',
        '报告提出了哪些具体举措',
        '现在的短板在哪',
        'What measures does the report propose?',
        'What problems does the study point out?',
      ],
    ],
    ['fee', ['松岚汇怎么收费？', '二次转让的手续费是多少', 'What fees does the centre charge on transfers?']],
    ['to-date', ['松岚汇至今清理了多少家？', '到目前为止清理了几家', 'How many firms have been cleared to date?', 'How many so far?']],
    ['principle', ['穿透式监管遵循的是怎样的基本原则？', '穿透式监管依据什么原则', 'What principle does look-through supervision follow?']],
    ['bank', ['松岚汇和哪家银行合作存管？', 'With which bank did the centre set up custody?']],
  ];
  it.each(asked)('GIVEN a question asking the %s form in any wording THEN that form is asked', (name, questions) => {
    for (const q of questions) expect(names(q), q).toContain(name);
  });

  it('GIVEN look-alikes THEN they ask no such form', () => {
    // 区别在哪 asks a difference, not a place; 依据什么原则 a principle, not a document; 第二种 is an ordinal, not a count.
    expect(names('两者区别在哪')).not.toContain('where');
    expect(names('穿透式监管依据什么原则')).not.toContain('document');
    expect(names('松岚汇是哪年成立的')).toEqual([]);
    expect(givesForm('第二种是存而不管，资金划给了第三方。', form('count'))).toBe(false);
    expect(givesForm('具体包括三种形式：', form('count'))).toBe(true);
    // A bare 必须 rules on anything; what must come first is 均应先行 / 方可.
    expect(givesForm('第三方必须承担保密责任。', form('obligation'))).toBe(false);
    expect(givesForm('任何参与者均应先行成为会员。', form('obligation'))).toBe(true);
    // Banks at large are no named bank.
    expect(givesForm('客户资金的银行存管形同虚设。', form('bank'))).toBe(false);
    expect(givesForm('与民生银行合作建立存管体系。', form('bank'))).toBe(true);
    // A fee needs its figure.
    expect(givesForm('平台收取服务费。', form('fee'))).toBe(false);
    expect(givesForm('平台每笔收取2元手续费。', form('fee'))).toBe(true);
  });

  it('GIVEN a question dated to a month THEN a sentence of that month gives the form, in English or Chinese', () => {
    for (const q of ['By the middle of December 2017, what had the centre traded?', '截至2017年12月松岚汇交易了多少？']) {
      const month = formsAsked(q).find((f) => f.name === 'month');
      expect(month, q).toBeDefined();
      expect(givesForm('截止2017年12月中旬，松岚汇累计成交241亿元。', month as AnswerForm)).toBe(true);
      expect(givesForm('截止2017年第三季度，松岚汇累计成交180亿元。', month as AnswerForm)).toBe(false);
    }
  });

  it('GIVEN an English "first" THEN the chooser reads the asked ordinal; a first period orders nothing', () => {
    expect(askedOrdinal('Who proposed the sandbox first, and when?')).toBe('first');
    expect(askedOrdinal('Which was the earliest such centre?')).toBe('first');
    expect(askedOrdinal('What was issued in the first three quarters of 2023?')).toBeNull();
    expect(askedOrdinal('At first, what did the centre trade?')).toBeNull();
    expect(askedOrdinal('首批试点有几个项目')).toBe('first');
  });

  it('GIVEN English totals and a pick among named options THEN the answer type says so', () => {
    expect(answerTypeOf('What was the aggregate issuance of local bonds in 2023?')).toBe('number');
    expect(answerTypeOf('What cumulative transaction volume had the centre reached?')).toBe('number');
    for (const q of [
      'What market shares did the two payment firms hold?',
      'real estate value added as % of GDP in 2022, approx?',
      'What annualised return were the centres expected to offer?',
      'What is the average funding cost of the centre at present?',
      'What minimum subscription did the centre impose?',
      'Please quantify the decline in the margin.',
    ])
      expect(answerTypeOf(q), q).toBe('number');
    expect(unitOf('What market shares did the two payment firms hold?', 'number')).toBe(SHARE);
    expect(answerTypeOf('Which authorities are responsible for supervising online lending?')).toBe('entity');
    expect(answerTypeOf('Which business groups once controlled the centre?')).toBe('entity');
    expect(answerTypeOf('交易中心的IT架构用啥子云好 公有云私有云还是混合云')).toBe('choice');
    expect(answerTypeOf('三种模式之间，报告认为当前宜作何取舍？')).toBe('choice');
    // 怎样的 N asks what N is like, not how to do something.
    expect(answerTypeOf('穿透式监管遵循的是怎样的基本原则？')).not.toBe('method');
    expect(answerTypeOf('怎样核实一家机构的牌照？')).toBe('method');
  });

  it('GIVEN a numbered point that only names its topic THEN it announces the points after it', () => {
    expect(announces('第三，防范和化解房地产行业风险。')).toBe(true);
    expect(announces('第三，防范和化解房地产行业风险，要健全监管制度。')).toBe(false);
  });
});

describe('the sentence shown holds the asked form', () => {
  const filler = (subject: string, n: number): string =>
    Array.from({ length: n }, (_, i) => `${subject}的情况在第${i + 1}年有所变化，${subject}的规模和${subject}的影响都受到关注。`).join('');
  // Four sentences that repeat the subject and the asked words, then the one that answers in the asked form.
  const around = (subject: string, asked: string): string =>
    [
      `${subject}${asked}的讨论由来已久，各方都在谈`,
      `${subject}${asked}的报道很多，媒体都在谈`,
      `${subject}${asked}的争议不断，业内都在谈`,
      `${subject}${asked}的话题很热，网上都在谈`,
    ]
      .map((s) => `${s}${subject}${asked}。`)
      .join('');
  const knowledge = buildKnowledgeFromDocs([
    doc('doc.txt', `${around('松岚汇', '设立依据')}据称，松岚汇的设立基于《区域资产交易管理办法》。`),
    doc('where.txt', `${around('松岚汇', '总部')}松岚汇总部位于杭州市滨江区。`),
    doc('root.txt', `${around('松岚汇', '亏损')}归根结底，松岚汇的亏损是资金池模式埋下的隐患。`),
    doc('points.txt', `${around('松岚汇', '监管')}一是松岚汇监管的立法仍然滞后。二是执法力量不足。`),
    doc('fee.txt', `${around('松岚汇', '二次转让收费')}平台对二次转让收取服务费，收费标准为每笔2元手续费。`),
    doc('bank.txt', `${around('松岚汇', '银行资金存管')}后来松岚汇与民生银行合作建立资金存管体系。`),
    doc('only.txt', `${around('松岚汇', '业务范围')}松岚汇的业务范围仅限企业应收账款的转让。`),
    doc('allowed.txt', `${around('松岚汇', '资金池')}按照规定，松岚汇不得自建资金池。`),
    doc('obligation.txt', `${around('松岚汇', '会员注册')}投资者均应先行成为松岚汇的会员。`),
    doc('principle.txt', `${around('穿透式监管', '原则')}穿透式监管是按照“实质重于形式”的原则进行的。`),
    doc(
      'month.txt',
      `${around('松岚汇', '累计成交')}截止2017年第三季度，松岚汇累计成交180亿元，松岚汇累计成交额居前。截止2017年12月中旬，松岚汇累计成交241亿元。`,
    ),
    doc('filler.txt', filler('同业平台', 6)),
  ]);
  const shown = (q: string): string => knowledge.ask(q).answer.join('');

  // Templates × phrasings: the answering sentence shares fewer of the question's words than the others.
  const cases: Array<[string, string[], string]> = [
    ['document', ['松岚汇的设立依据是什么文件？', '松岚汇的设立依据是哪部办法'], '《区域资产交易管理办法》'],
    ['where', ['松岚汇总部在哪里？', '松岚汇总部设在什么地方？'], '位于杭州市滨江区'],
    ['root', ['松岚汇亏损的根源是什么？', '松岚汇亏损的根本原因是什么'], '归根结底'],
    ['points', ['松岚汇监管有哪些问题？', '松岚汇监管存在什么问题', '松岚汇监管的不足有哪些？'], '一是松岚汇监管的立法仍然滞后'],
    ['fee', ['松岚汇的二次转让怎么收费？', '松岚汇的二次转让收取多少手续费？'], '每笔2元手续费'],
    ['bank', ['松岚汇的资金存管是和哪家银行合作的？', '松岚汇资金存管找的哪个银行'], '民生银行'],
    ['only', ['松岚汇的业务范围只能做什么？', '松岚汇的业务范围是不是仅限一种'], '仅限企业应收账款'],
    ['allowed', ['松岚汇能不能搞资金池？', '松岚汇可不可以设资金池'], '不得自建资金池'],
    ['obligation', ['在松岚汇投资必须先会员注册吗？', '松岚汇会员注册要先做吗'], '均应先行'],
    ['principle', ['穿透式监管遵循什么原则？', '穿透式监管依据的是怎样的原则'], '实质重于形式'],
    ['month', ['截至2017年12月，松岚汇累计成交多少？', '2017年12月松岚汇累计成交了多少钱'], '241亿元'],
  ];
  it.each(cases)('GIVEN a question asking the %s form THEN the sentence giving it is shown', (_, questions, expected) => {
    for (const q of questions) expect(shown(q), q).toContain(expected);
  });
});
