import { describe, expect, it } from 'vitest';
import { compoundsOf } from '../../knowledge/english-compounds.js';
import { verbsOf } from '../../knowledge/english-pos.js';
import { dropsQualifier } from '../../knowledge/qualifiers.js';

describe('a word where a verb stands is no part of a noun compound', () => {
  it('GIVEN words after to, a modal or help THEN they are read as verbs', () => {
    const verbs = verbsOf('A lender must pledge assets; does it help balance growth to secure funding?');
    expect(['pledge', 'balance', 'secure'].every((w) => verbs.has(w))).toBe(true);
    expect(['assets', 'growth', 'funding'].some((w) => verbs.has(w))).toBe(false);
  });

  it('GIVEN "need to pledge collateral" THEN pledge and collateral make no financial compound', () => {
    const translations = [
      { source: 'pledge', terms: ['质押'] },
      { source: 'collateral', terms: ['抵押物'] },
    ];
    expect(compoundsOf('Do small firms need to pledge collateral first?', translations)).toEqual([]);
    expect(compoundsOf('What counts as pledge collateral here?', translations)).toEqual([[['质押'], ['抵押物']]]);
  });

  it('GIVEN "help balance innovation" THEN balance is no qualifier a passage must hold', () => {
    const translations = [
      { source: 'balance', terms: ['余额'] },
      { source: 'innovation', terms: ['创新'] },
    ];
    const held = (zh: string): boolean => zh === '创新';
    expect(dropsQualifier('How can rules help balance innovation?', translations, held)).toBe(false);
    expect(dropsQualifier('How large is the balance innovation?', translations, held)).toBe(true);
  });
});
