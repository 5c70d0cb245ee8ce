import { describe, expect, it } from 'vitest';
import { dropsQualifier } from '../../knowledge/qualifiers.js';

// Our own wording: dictionary senses as a translator would give them, and one passage's words.
const passage = (text: string) => (zh: string) => text.includes(zh);

describe('words that stand in a compound but qualify nothing', () => {
  it('GIVEN a light noun before the head (this pilot idea, a kind of fund) THEN no qualifier is dropped', () => {
    const senses = [
      { source: 'pilot', terms: ['试点'] },
      { source: 'idea', terms: ['理念'] },
      { source: 'regulators', terms: ['监管'] },
    ];
    expect(dropsQualifier('What is this pilot idea regulators use?', senses, passage('监管部门推出试点。'))).toBe(false);
  });

  it('GIVEN a word right after a subject pronoun (when they issue bonds) THEN it is read as a verb, not a qualifier', () => {
    const senses = [
      { source: 'issue', terms: ['出具'] },
      { source: 'local government', terms: ['地方政府'] },
      { source: 'bonds', terms: ['债券'] },
    ];
    expect(dropsQualifier('Which cities pay more when they issue local government bonds?', senses, passage('地方政府债券的利差'))).toBe(
      false,
    );
  });

  it('GIVEN a real qualifier the passage lacks (pension insurance) THEN it is still dropped', () => {
    const senses = [
      { source: 'pension', terms: ['养老金'] },
      { source: 'insurance', terms: ['保险'] },
    ];
    expect(dropsQualifier('How is pension insurance taxed?', senses, passage('保险公司的税费'))).toBe(true);
  });
});
