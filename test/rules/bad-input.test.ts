import { describe, expect, it } from 'vitest';
import type { Registry } from '../../knowledge/registry/types.js';
import { checkOffer } from '../../rules/check-offer.js';

describe('bad input never crashes', () => {
  it.each([
    ['punctuation only', '。。。！？？', '没有文字可检查'],
    ['a long number', '1234567890'.repeat(50), '没有文字可检查'],
    ['line breaks and tabs', '\n\t\r\n', '没有内容可检查'],
  ])('GIVEN %s THEN a result with a clear problem', (_what, text, problem) => {
    const result = checkOffer(text);
    expect([result.level, result.flags, result.yield, result.problem?.includes(problem)]).toEqual(['low', [], null, true]);
  });

  it('GIVEN emoji around a pitch THEN the pitch is checked and offsets still point at its words', () => {
    const text = '🚀🚀 保本保息 💰 年化20% 🔥';
    const result = checkOffer(text);
    expect(result.level).toBe('high');
    for (const flag of result.flags) for (const e of flag.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('GIVEN a harmless sentence THEN level low, and unchecked and advice are not empty', () => {
    const result = checkOffer('今天天气不错。');
    expect([result.level, result.flags, result.unchecked.length > 0, result.advice.length > 0, result.problem]).toEqual([
      'low',
      [],
      true,
      true,
      undefined,
    ]);
  });

  it('GIVEN no registry THEN closed entities are listed as not checked', () => {
    expect(checkOffer('年化3%').unchecked).toContain('未查询机构登记册：是否为已关停、注销的机构');
  });

  it('GIVEN a failing citation finder THEN the flags come without sources, not an error', () => {
    const result = checkOffer('保本保息', {
      cite: () => {
        throw new Error('index missing');
      },
    });
    expect(result.flags.map((f) => [f.id, f.sources])).toEqual([['guaranteed_return', []]]);
  });

  it('GIVEN a registry that throws THEN a result with a problem, not an exception', () => {
    const broken = {
      mentions: () => {
        throw new Error('registry corrupt');
      },
    } as unknown as Registry;
    const result = checkOffer('西安百金金融资产交易中心', { registry: broken });
    expect(result.problem).toContain('registry corrupt');
  });

  it('GIVEN 100 000 characters of pitch THEN it answers within the cap', () => {
    const result = checkOffer('年化12%，保本保息。'.repeat(10_000));
    expect([result.level, result.unchecked.some((u) => u.includes('只检查了前'))]).toEqual(['high', true]);
  });
});

describe('pasted walls of text', () => {
  it.each([
    ['a run of digits', '1'.repeat(20_000) + '年化'],
    ['one venue name repeated', '金融资产交易中心'.repeat(2_000)],
    ['rates without a break', '年化1%'.repeat(3_000)],
    ['negators without a break', '保本保息不非无未'.repeat(2_000)],
  ])('GIVEN %s THEN an answer whose evidence still points at the text', (_what, text) => {
    const result = checkOffer(text);
    for (const flag of result.flags) for (const e of flag.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(['high', 'medium', 'low']).toContain(result.level);
  });
});
