import { describe, expect, it } from 'vitest';
import { defaultGlossary } from '../../knowledge/glossary.js';

const glossary = defaultGlossary();
const sources = (q: string): string[] =>
  glossary
    .expand(q)
    .groups.filter((g) => g.english)
    .map((g) => g.source);

describe('English question frames the glossary does not make concepts', () => {
  const frames = [
    'According to the report, what returns did {x} promise?',
    'What returns did {x} promise, according to the author?',
    'according to Yang Tao what returns did {x} promise',
  ];
  for (const frame of frames)
    it(`GIVEN "${frame}" THEN "according to" is no glossary concept and the asked words still are`, () => {
      const found = sources(frame.replace('{x}', 'wealth products'));
      expect(found).not.toContain('according to');
      expect(found).toContain('wealth products');
    });

  it('GIVEN "why" or "based on" THEN they stay: a reason is asked, and "based on" is a basis named', () => {
    expect(sources('Why did the exchanges close?')).toContain('why');
    expect(sources('Which rules is the plan based on?')).toContain('based on');
  });
});

describe('"first" as the one who did something before the others', () => {
  const asked = [
    'Which city was first to publish local rules?',
    'Where did the regulator start the pilot first?',
    'Who first issued such a notice?',
  ];
  for (const q of asked)
    it(`GIVEN "${q}" THEN first reaches 率先 and 最早, the reports' words for who did it first, beside 第一/首`, () => {
      const first = glossary.expand(q).groups.find((g) => g.english && g.source === 'first');
      expect(first?.terms).toEqual(expect.arrayContaining(['第一', '首', '率先', '最早']));
    });
});

describe('A name asked for', () => {
  for (const q of [
    'the oldest p2p platform in wuhan what is its name',
    'Fake exchanges new variants - what names',
    'What was the name of the first exchange?',
    'how many firms named in the report',
  ])
    it(`GIVEN "${q}" THEN "name" is the answer's type, no 名称 concept`, () => {
      expect(sources(q).some((s) => /^nam/.test(s))).toBe(false);
    });

  it('GIVEN "full name" THEN 全称 is still asked', () => {
    expect(sources('What is the full name of the exchange?')).toContain('full name');
  });
});
