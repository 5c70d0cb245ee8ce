import { describe, expect, it } from 'vitest';
import { defaultGlossary } from '../../knowledge/glossary.js';

const glossary = defaultGlossary();
const sources = (q: string): string[] => glossary.expand(q).groups.filter((g) => g.english).map((g) => g.source);

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
