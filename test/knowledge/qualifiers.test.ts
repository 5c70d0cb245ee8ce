import { describe, expect, it } from 'vitest';
import { CEDICT_TABLE_VERSION, type EnglishTable } from '../../knowledge/cedict.js';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { createTranslator } from '../../knowledge/translate.js';
import { dropsQualifier } from '../../knowledge/qualifiers.js';
import type { SourceDoc } from '../../knowledge/types.js';

const doc = (file: string, text: string): SourceDoc => ({ file, path: `/${file}`, title: file, hash: file, text, kind: 'report' });

describe('English compounds: a qualifier that names what is asked must be in the answer passage', () => {
  const tax = [
    { source: 'property', terms: ['房产'] },
    { source: 'tax', terms: ['税费'] },
    { source: 'companies', terms: ['企业'] },
  ];
  const passage = (text: string) => (zh: string) => text.includes(zh);

  it('GIVEN "property tax" and a passage holding 税费 but not 房产 THEN the qualifier is dropped', () => {
    expect(dropsQualifier('What property tax do companies pay?', tax, passage('企业按时缴纳税费。'))).toBe(true);
  });

  it('GIVEN a passage holding both THEN nothing is dropped', () => {
    expect(dropsQualifier('What property tax do companies pay?', tax, passage('企业缴纳的房产税费逐年上升。'))).toBe(false);
  });

  it('GIVEN the same words not side by side THEN they are no compound and nothing is dropped', () => {
    expect(dropsQualifier('Do companies with property pay tax?', tax, passage('企业按时缴纳税费。'))).toBe(false);
  });

  it('GIVEN a capitalised name, a glossary term or an adjective before the noun THEN it is no qualifier the passage must hold', () => {
    const held = passage('平台按时缴纳税费。');
    expect(dropsQualifier('How much Hangzhou tax is due?', [{ source: 'hangzhou', terms: ['杭州'] }, ...tax], held)).toBe(false);
    expect(dropsQualifier('What exchange tax is due?', [{ source: 'exchange', terms: ['金交所'], glossary: true }, ...tax], held)).toBe(
      false,
    );
    expect(dropsQualifier('What annual tax is due?', [{ source: 'annual', terms: ['年度'] }, ...tax], held)).toBe(false);
  });

  it('GIVEN the tail of a hyphenated modifier (region-by-region) THEN it is no qualifier', () => {
    const rules = [
      { source: 'region', terms: ['地区'] },
      { source: 'rules', terms: ['规则'] },
    ];
    expect(dropsQualifier('Do the reports set region-by-region rules?', rules, passage('各国的规则不同。'))).toBe(false);
  });

  const knowledge = buildKnowledgeFromDocs([
    doc('a.txt', '一、缴税\n进口企业通过电子系统在线缴纳税费，企业缴纳税费的笔数每年都在增加。'),
    doc('b.txt', '一、其他\n小额贷款公司的放贷对象以个体工商户为主。家族遗产的分配由继承人协商决定。'),
  ]);

  it('GIVEN an English question whose compound qualifier only another passage holds THEN it is refused, and without the qualifier it is answered', () => {
    expect(knowledge.ask('How much inheritance tax do importing companies pay?').found).toBe(false);
    expect(knowledge.ask('How do importing companies pay their tax?').found).toBe(true);
  });
});

describe('English words nothing translated: only a noun or a capitalised word may name what the reports lack', () => {
  const table: EnglishTable = {
    version: CEDICT_TABLE_VERSION,
    entries: {},
    // All known to the dictionary in few senses, none of them in the index.
    ambiguity: { rein: 2, mortgag: 2, fierc: 2 },
    pinyin: {},
    chars: {},
    within: {},
  };
  const translator = createTranslator(
    table,
    () => false,
    () => false,
  );

  it('GIVEN a lower-case verb, an adjective and a noun THEN only the noun is specific', () => {
    expect(translator.specific(['reined', 'fierce', 'mortgage'], 'Why were the fierce lenders never reined in on mortgage deals?')).toEqual(
      ['mortgage'],
    );
  });

  it('GIVEN the adjective capitalised, as a name is THEN it stays specific', () => {
    expect(translator.specific(['fierce'], 'What did Fierce Capital report?')).toEqual(['fierce']);
  });
});

describe('English words glossed only inside longer senses', () => {
  const corpus = ['该会议在北京召开。', '企业上云后使用云计算服务。', '公有制企业的改革。'];
  const holds = (zh: string): boolean => corpus.some((p) => p.includes(zh));
  const table: EnglishTable = {
    version: CEDICT_TABLE_VERSION,
    entries: {},
    ambiguity: {},
    pinyin: {},
    chars: {},
    // Our own stand-ins: "held" only inside a sense like "publicly held", "cloud" inside "cloud computing".
    within: { held: ['公有'], cloud: ['云计算'] },
  };
  const translate = createTranslator(table, holds, holds);

  it('GIVEN a verb found only inside a longer sense THEN it gets no weak translation, while a noun keeps its', () => {
    expect(translate('When was the meeting held?', new Set()).map((t) => t.source)).not.toContain('held');
    expect(translate('Which cloud do firms use?', new Set()).map((t) => t.terms)).toContainEqual(['云计算']);
  });
});

describe('English closed compounds the dictionary writes as two words', () => {
  const corpus = ['多家平台已经关停。', '公司完成了系统的设置。'];
  const holds = (zh: string): boolean => corpus.some((p) => p.includes(zh));
  const table: EnglishTable = {
    version: CEDICT_TABLE_VERSION,
    entries: { 'shut down': ['关停'] },
    ambiguity: { 'shut down': 1 },
    pinyin: {},
    chars: {},
    within: {},
  };
  const translate = createTranslator(table, holds, holds);

  it('GIVEN "shutdown", which the dictionary has only as "shut down" THEN it translates as that phrase', () => {
    expect(translate('What happened after the shutdown?', new Set()).map((t) => t.terms)).toContainEqual(['关停']);
  });

  it('GIVEN a word no split of which is a dictionary phrase THEN it stays untranslated', () => {
    expect(translate('What happened after the breakthrough?', new Set())).toEqual([]);
  });
});
