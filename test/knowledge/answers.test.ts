import { describe, expect, it } from 'vitest';
import { buildKnowledgeFromDocs, DEFAULT_NOTES_DIR } from '../../knowledge/index.js';
import { readNotes } from '../../knowledge/ingest/read.js';
import { createTranslator } from '../../knowledge/translate.js';
import { CEDICT_TABLE_VERSION, americanize, type EnglishTable } from '../../knowledge/cedict.js';
import type { SourceDoc } from '../../knowledge/types.js';

const doc = (file: string, title: string, text: string): SourceDoc => ({ file, path: `/${file}`, title, hash: file, text, kind: 'report' });

describe('answers from the notes for the questions victims ask', async () => {
  const knowledge = buildKnowledgeFromDocs((await readNotes(DEFAULT_NOTES_DIR)).docs);

  it('GIVEN a product that cannot be paid at maturity THEN the answer says the debt stays and how it is settled', () => {
    const answer = knowledge.ask('我买的金交所产品到期不兑付了，这笔钱还能要回来吗');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toMatch(/一笔勾销|协商|民事主体/);
    expect(answer.sources[0]?.doc).toBe('08-victim-questions.md');
  });

  it('GIVEN how to verify a licence THEN the answer names the official channels', () => {
    const answer = knowledge.ask('如何查一家平台是不是持牌机构');
    expect(answer.found).toBe(true);
    expect(answer.answer.join('')).toMatch(/官网|官方|金融管理部门/);
  });

  it('GIVEN where to report a fraud THEN the answer names the police', () => {
    const answer = knowledge.ask('被骗了应该去哪报案？');
    expect(answer.answer.join('')).toMatch(/公安机关|110/);
  });

  it('GIVEN a question about something no note mentions THEN it is refused with what is covered', () => {
    const answer = knowledge.ask('车险理赔一般要多少天到账？');
    expect(answer).toMatchObject({ found: false, answer: [], sources: [] });
    expect(answer.suggestions.length).toBeGreaterThan(0);
  });
});

describe('answer selection', () => {
  const knowledge = buildKnowledgeFromDocs([
    doc(
      'r.txt',
      '试点报告',
      '一、试点\n二、试点情况\n本次试点面向全国征集项目。首批试点项目共有二十个，涉及八家机构。试点项目以数据应用为主。\n如图2.',
    ),
  ]);

  it('GIVEN a how-many question THEN the sentence with the count and its unit is shown, never a heading or residue', () => {
    const answer = knowledge.ask('首批试点项目一共有多少个？');
    expect(answer.answer[0]).toBe('首批试点项目共有二十个，涉及八家机构。');
    expect(answer.answer).not.toContain('二、试点情况');
    expect(answer.answer).not.toContain('如图2.');
  });
});

describe('a share asked for', () => {
  const knowledge = buildKnowledgeFromDocs([
    doc(
      's.txt',
      '调查报告',
      '一、调查\n本次调查覆盖了各地的小额贷款公司所开展的业务，涉及放贷、担保、咨询、保理等业务。其中担保业务约占三分之一，增速最快。这类业务的风险主要来自关联交易。\n二、建议\n担保业务应当单独核算，定期披露。',
    ),
  ]);

  it('GIVEN a share question whose subject sentence holds no figure THEN the next sentence with the fraction is shown', () => {
    const shown = knowledge.ask('小额贷款公司的业务里担保业务占比多少？').answer.join('');
    expect(shown).toContain('三分之一');
  });
});

describe('English query translation', () => {
  const table: EnglishTable = {
    version: CEDICT_TABLE_VERSION,
    entries: { found: ['成立', '创立'], licens: ['牌照'], first: ['首家', '第一'], right: ['权利'] },
    ambiguity: { found: 3, licens: 2, first: 4, right: 40 },
    pinyin: { wang: '网王', jin: '金进', she: '社设' },
    chars: {},
    within: {},
  };
  const corpus = new Set(['成立', '创立', '牌照', '首家', '第一', '网金', '金社', '网金社']);
  const translate = createTranslator(
    table,
    (zh) => corpus.has(zh),
    (zh) => corpus.has(zh),
  );

  it('GIVEN British spelling, a vague word and a pinyin name THEN each concept gets at most two translations, the vague word none', () => {
    expect(americanize('licence')).toBe('license');
    expect(americanize('recognise')).toBe('recognize');
    expect(americanize('promise')).toBe('promise');
    const out = translate('When was Wangjinshe founded, was it the first with a licence, right?', new Set());
    expect(out.map((t) => [t.source, t.terms])).toEqual([
      ['wangjinshe', ['网金社']],
      ['founded', ['成立', '创立']],
      ['first', ['首家', '第一']],
      ['license', ['牌照']],
    ]);
    expect(out[1]?.weight).toBeCloseTo(1 / Math.sqrt(3));
  });

  it('GIVEN words the glossary already translated THEN the dictionary leaves them alone', () => {
    expect(translate('founded licence', new Set(['found'])).map((t) => t.source)).toEqual(['license']);
  });
});
