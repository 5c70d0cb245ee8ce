import { describe, expect, it } from 'vitest';
import { unitOf } from '../../knowledge/choose.js';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { answerTypeOf } from '../../knowledge/question.js';
import { holdsType, titles } from '../../knowledge/sentences.js';
import { asksContrast, asksProhibition, contrasts, firstKindOf, forbids, ordinalFit } from '../../knowledge/type-evidence.js';
import type { SourceDoc } from '../../knowledge/types.js';

// Made-up reports about an invented platform (松岚汇) and an invented pilot; no text of the corpus.
const doc = (file: string, title: string, text: string): SourceDoc => ({ file, path: `/${file}`, title, hash: file, text, kind: 'report' });

describe('what a sentence is, before it is shown', () => {
  it('GIVEN a numbered section title ended with a full stop THEN it is a title; a numbered sentence with clauses is not', () => {
    expect(titles('（二）守住底线要求。')).toBe(true);
    expect(titles('三、松岚汇的定位')).toBe(true);
    expect(titles('（二）守住底线要求，平台不得自建资金池。')).toBe(false);
    expect(titles('松岚汇守住底线要求。')).toBe(false);
  });

  it('GIVEN a share question in any of its wordings THEN it asks a share, and fractions and 近半 answer it', () => {
    for (const q of ['区块链项目占了多少份额？', '区块链项目占几成', '区块链项目占多大比重']) {
      expect(answerTypeOf(q)).toBe('number');
      const unit = unitOf(q, 'number');
      expect(unit).not.toBeNull();
      for (const s of ['其中区块链项目约占三分之一', '区块链项目已近半', '区块链项目占四成'])
        expect(new RegExp(unit ?? '^$').test(s)).toBe(true);
      expect(new RegExp(unit ?? '^$').test('区块链项目有十六个')).toBe(false);
    }
    expect(holdsType('区块链项目已近半', 'number')).toBe(true);
  });

  it('GIVEN a question that asks a difference or a prohibition THEN only sentences that draw one or state one fit', () => {
    expect(asksContrast('松岚汇跟普通网贷比有啥不一样？')).toBe(true);
    expect(asksContrast('松岚汇是哪年成立的？')).toBe(false);
    expect(contrasts('与普通网贷不同的是，松岚汇只撮合企业债权。')).toBe(true);
    expect(contrasts('松岚汇和普通网贷都撮合债权。')).toBe(false);
    expect(asksProhibition('平台有哪些事不准做？')).toBe(true);
    expect(asksProhibition('Which activities are such platforms prohibited from?')).toBe(true);
    expect(forbids('平台不得自建资金池。')).toBe(true);
    // 禁止 as a noun (…行为的禁止) states no rule.
    expect(forbids('规则强调对违规行为的禁止，也强调扶持。')).toBe(false);
  });

  it('GIVEN a question about the first of a kind THEN the first of another kind does not meet it', () => {
    expect(firstKindOf('国内第一家这类平台是哪家？')).toBe('家');
    expect(ordinalFit('first', '松岚汇是国内第一家这类平台。', '家')).toBe(1);
    expect(ordinalFit('first', '松岚汇发行了第一期资产支持计划。', '家')).toBe(-1);
    expect(ordinalFit('first', '本书是第一份研究这类平台的报告。', '家')).toBe(-1);
    expect(ordinalFit('first', '松岚汇最早发行了第一期计划。', '家')).toBe(1);
  });
});

describe('which sentences the user reads', () => {
  const knowledge = buildKnowledgeFromDocs([
    doc(
      'a.txt',
      '松岚汇研究',
      '一、松岚汇的监管\n松岚汇的监管框架分几个层次，松岚汇的监管由省里牵头，松岚汇的监管规则每年修订。\n' +
        '（二）守住底线要求。\n松岚汇不得自建资金池，不得为借款人提供担保，不得向公众拆分销售。' +
        '松岚汇的风险处置由所在区负责，区里承担维稳责任。\n' +
        '三、与同业的比较\n松岚汇和普通网贷都撮合债权，松岚汇和普通网贷都收取服务费，松岚汇和普通网贷都在线上运营。' +
        '松岚汇和普通网贷的客户都是个人，松岚汇和普通网贷的期限都在一年内。松岚汇和普通网贷的页面都很简洁。' +
        '与普通网贷不同的是，松岚汇只撮合企业之间的应收账款。',
    ),
    doc('b.txt', '同业概览', '一、综述\n区域平台的数量在增加，平台之间的竞争加剧，各地的监管要求不尽相同。'),
  ]);
  const answer = (q: string): string[] => knowledge.ask(q).answer;

  it('GIVEN a question about the rules under a section title THEN the rules under it are shown, never the title alone', () => {
    const shown = answer('松岚汇守住底线要求，哪些事不准做？');
    expect(shown.join('')).toContain('不得自建资金池');
    expect(shown.some((s) => titles(s))).toBe(false);
  });

  it('GIVEN a question asking how two things differ THEN the sentence that sets them apart is shown', () => {
    expect(answer('松岚汇跟普通网贷比有啥不一样？').join('')).toContain('不同的是');
  });
});
