import { describe, expect, it } from 'vitest';
import { buildEnglishTable } from '../../knowledge/cedict.js';
import {
  compoundsOf,
  dictionaryCompounds,
  holdsCompounds,
  lacksFinancialCompound,
  withoutExclusions,
} from '../../knowledge/english-compounds.js';
import { keyOf } from '../../knowledge/cedict.js';

// Our own translations, as the translator would give them for these words.
const translations = [
  { source: 'pet', terms: ['宠物'] },
  { source: 'insurance', terms: ['保险'] },
  { source: 'limit', terms: ['上限'] },
  { source: 'pawnshop', terms: ['典当行'] },
  { source: 'staff', terms: ['员工'] },
];

describe('English financial compounds as one concept', () => {
  it('GIVEN "pet insurance limit" THEN the compound asked about is pet insurance, cut after its financial head', () => {
    expect(compoundsOf('What is the pet insurance limit?', translations)).toEqual([[['宠物'], ['保险']]]);
  });

  it('GIVEN a compound whose head names no financial thing (pawnshop staff) THEN it need not stand whole', () => {
    expect(compoundsOf('How many pawnshop staff were there?', translations)).toEqual([]);
  });

  it('GIVEN the reports hold 宠物 and 保险 only in different sentences THEN pet insurance is not held; in one sentence it is', () => {
    const q = 'What is the pet insurance limit?';
    expect(holdsCompounds(q, translations, ['宠物用品销量增长较快。', '互联网保险发展迅速。'])).toBe(false);
    expect(holdsCompounds(q, translations, ['宠物保险的保费按年收取。'])).toBe(true);
  });

  it('GIVEN a question that sets a thing aside ("Besides …,") THEN the words set aside are not asked for', () => {
    expect(withoutExclusions('Besides pet insurance, what do owners buy?')).not.toMatch(/pet insurance/);
    expect(withoutExclusions('What do owners buy other than pet insurance?')).not.toMatch(/insurance/);
  });
});

describe('Compounds the dictionary names as one thing the index lacks', () => {
  it('GIVEN a noun compound keyed among the absent senses THEN it is found; a capitalised name and a verb phrase are not', () => {
    const absent = new Set([keyOf(['student', 'loan']), keyOf(['walk', 'away'])]);
    expect(dictionaryCompounds('When are student loans repaid?', absent)).toEqual(['student loans']);
    expect(dictionaryCompounds('Can the firm walk away from it?', absent)).toEqual([]);
  });

  it('GIVEN an absent dictionary compound headed by a financial word THEN the reports lack it; one headed by another word does not decide', () => {
    expect(lacksFinancialCompound(['pet insurance'], translations)).toBe(true);
    expect(lacksFinancialCompound(['pawnshop staff'], translations)).toBe(false);
    expect(lacksFinancialCompound(['insurance'], translations)).toBe(false);
  });

  it('GIVEN the real dictionary and an index without its word THEN "student loan" is absent; with it, it is an entry', () => {
    const without = buildEnglishTable(
      () => false,
      () => 1,
      () => false,
    );
    expect(without.absent).toContain(keyOf(['student', 'loan']));
    const held = new Set(['助学贷款']);
    const withIt = buildEnglishTable(
      (zh) => held.has(zh),
      () => 1,
      () => false,
    );
    expect(withIt.absent).not.toContain(keyOf(['student', 'loan']));
  });

  it('GIVEN a word glossed only inside longer senses THEN the sense it heads comes first (fee: 手续费 before 交费 "pay a fee")', () => {
    const held = new Set(['手续费', '交费']);
    const table = buildEnglishTable(
      (zh) => held.has(zh),
      (zh) => (zh === '交费' ? 9 : 1),
      () => false,
    );
    expect(table.within['fee']?.[0]).toBe('手续费');
  });
});
