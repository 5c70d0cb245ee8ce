import { describe, expect, it } from 'vitest';
import { CEDICT_TABLE_VERSION, type EnglishTable } from '../../knowledge/cedict.js';
import { createTranslator, withoutIntensifiers } from '../../knowledge/translate.js';

describe('Month parts and stressing "right" in English questions', () => {
  const table: EnglishTable = {
    version: CEDICT_TABLE_VERSION,
    entries: { mid: ['年中'], right: ['权利'], start: ['开始'], volum: ['交易量'] },
    ambiguity: { mid: 2, right: 4, start: 2, volum: 1 },
    pinyin: {},
    chars: {},
    within: {},
  };
  const held = (zh: string): boolean => ['年中', '中旬', '权利', '开始', '交易量', '12月'].includes(zh);
  const translate = createTranslator(table, held, held);
  const terms = (q: string): Record<string, string[]> => Object.fromEntries(translate(q, new Set()).map((t) => [t.source, t.terms]));

  it('GIVEN mid- before a month THEN it is the part of the month the reports write (中旬), not 年中', () => {
    const got = terms('What was the volume by mid-December?');
    expect(got['mid']).toEqual(['中旬']);
    expect(got['december']).toContain('12月');
    // Not before a month, mid is an ordinary word.
    expect(terms('What was the mid volume?')['mid']).toEqual(['年中']);
  });

  it('GIVEN "right" before a preposition or time word THEN it only stresses it, and a right as a noun stays', () => {
    expect(withoutIntensifiers('right from the start')).toBe('      from the start');
    expect(Object.keys(terms('What did they do right from the start?'))).not.toContain('right');
    expect(terms('What right did the start give?')['right']).toEqual(['权利']);
  });
});

describe('The glossary’s English side for private', () => {
  it('GIVEN private offerings or private firms THEN the reports’ own terms (私募, 民营) are reached', async () => {
    const { defaultGlossary } = await import('../../knowledge/glossary.js');
    const glossary = defaultGlossary();
    const of = (q: string): string[] => glossary.expand(q).groups.flatMap((g) => g.terms);
    expect(of('limits on private offerings')).toContain('私募');
    expect(of('trade by private firms')).toContain('民营');
  });
});
