/**
 * Round-15 recall: the round's concept rows (./coverage-lex15.ts, concepts-lex15.json) and the rate readings beside
 * them — a guaranteed rate with no period or return word, Taiwan's 報酬率 / 配息 / 月領 / 趴, and percentages a
 * guarantee word stands beside that are no return, and a unit's price with its noun between (一台矿机3万元) before what
 * the unit pays. Every text is my own wording.
 */
import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';
import { extractYields } from '../../rules/numbers.js';
import { formatLex8, measureRound, missesOf } from './coverage-lex8-table.js';
import { LEX15 } from './coverage-lex15.js';

const annual = (text: string): number[] => extractYields(text).map((y) => Math.round(y.annualPercent * 10) / 10);
const evidenceOf = (text: string, flag: string): string[] =>
  checkOffer(text)
    .flags.filter((f) => f.id === flag)
    .flatMap((f) => f.evidence.map((e) => e.text));

describe('round-15 coverage rows', () => {
  const rows = measureRound(LEX15);
  it('GIVEN every round-15 concept claimed plainly or in quoted speech THEN it fires; denied, warned or asked about THEN it does not; look-alikes raise nothing', () => {
    expect(missesOf(rows)).toEqual([]);
    expect(formatLex8(rows, 15)).toContain('| high_yield |');
  });
});

describe('a guaranteed rate with no period or return word', () => {
  it.each([
    ['保证12%，稳稳的', 12],
    ['稳拿8个点', 8],
    ['保證月領2%', 24],
    ["a 'guaranteed' plan at 7%", 7],
    ['Join our scheme at 12% guaranteed.', 12],
    ['they offered 9% guaranteed', 9],
    ['Locked-in 10% for three years', 10],
  ])('GIVEN "%s" THEN it is read as %s per cent a year', (text, want) => {
    expect(annual(text)).toContain(want);
  });
  it.each([
    ['保证12%，稳稳的', '保证12%'],
    ['Friend says the note pays 10% p.a. guaranteed - legit?', '10% p.a. guaranteed'],
    ['Locked-in 10% for three years', 'Locked-in 10%'],
  ])('GIVEN "%s" THEN guaranteed_return fires on the guaranteed rate (%s)', (text, words) => {
    expect(evidenceOf(text, 'guaranteed_return')).toContain(words);
  });
  it('GIVEN a rate only promised (承诺, "promising") THEN it is a yield but not a guarantee', () => {
    expect([annual('a platform promising 15% annually'), evidenceOf('a platform promising 15% annually', 'guaranteed_return')]).toEqual([
      [15],
      [],
    ]);
  });
  it.each([
    '我们保证10%的用户满意',
    '保证金比例10%',
    '90%保本',
    '本产品100%保本',
    'guaranteed 90% of your principal',
    '100% guaranteed safe',
  ])('GIVEN "%s" THEN no yield is read', (text) => {
    expect(annual(text)).toEqual([]);
  });
});

describe("Taiwan's words for a return and for per cent", () => {
  it.each([
    ['年報酬率8趴', 8],
    ['每月配息3趴', 36],
    ['投資報酬率高達15%', 15],
    ['月領1.5%利息', 18],
  ])('GIVEN "%s" THEN it is read as %s per cent a year', (text, want) => {
    expect(annual(text)).toContain(want);
  });
  it('GIVEN 業績報酬 (a performance fee) THEN it is no yield', () => {
    expect(annual('業績報酬20%')).toEqual([]);
  });
});

describe("a unit's price with its noun, then what the unit pays per period", () => {
  it.each([
    ['一台矿机3万元，每月产出收益约2500元', 100],
    ['每头牛一万二，每年分红1800元', 15],
    ['一台机器两万，每天产出80元', 146],
  ])('GIVEN "%s" THEN it is read as %s per cent a year', (text, want) => {
    expect(annual(text)).toContain(want);
  });
  it.each(['一份报告3万字，每月写2000字。', '一台手机3千，每月话费100元。'])('GIVEN "%s" THEN no yield is read', (text) => {
    expect(annual(text)).toEqual([]);
  });
});
