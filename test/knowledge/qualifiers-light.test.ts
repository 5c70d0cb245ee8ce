import { describe, expect, it } from 'vitest';
import { dropsQualifier } from '../../knowledge/qualifiers.js';

// Our own wording: dictionary senses as a translator would give them, and one passage's words.
const passage = (text: string) => (zh: string) => text.includes(zh);

describe('words that stand in a compound but qualify nothing', () => {
  it('GIVEN a light noun before the head (a pilot idea, a kind of fund) THEN no qualifier is dropped', () => {
    const senses = [
      { source: 'pilot', terms: ['试点'] },
      { source: 'idea', terms: ['理念'] },
      { source: 'banks', terms: ['银行'] },
    ];
    expect(dropsQualifier('Is the pilot idea banks adopt a good one?', senses, passage('银行推出试点。'))).toBe(false);
  });

  it('GIVEN a word right after a subject pronoun (if they issue notes) THEN it is read as a verb, not a qualifier', () => {
    const senses = [
      { source: 'issue', terms: ['出具'] },
      { source: 'city', terms: ['城市'] },
      { source: 'notes', terms: ['票据'] },
    ];
    expect(dropsQualifier('Which towns pay more if they issue city notes?', senses, passage('城市票据的利差'))).toBe(false);
    expect(dropsQualifier('Which towns pay more for issue city notes?', senses, passage('城市票据的利差'))).toBe(true);
  });

  it('GIVEN a real qualifier the passage lacks (pension insurance) THEN it is still dropped', () => {
    const senses = [
      { source: 'pension', terms: ['养老金'] },
      { source: 'insurance', terms: ['保险'] },
    ];
    expect(dropsQualifier('How is pension insurance taxed?', senses, passage('保险公司的税费'))).toBe(true);
  });
});
