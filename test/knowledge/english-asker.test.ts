import { describe, expect, it } from 'vitest';
import { askerWords, withoutLeadIn } from '../../knowledge/english-asker.js';
import { withoutSources } from '../../knowledge/english-sources.js';
import { contentWords } from '../../knowledge/english-words.js';
import { CEDICT_TABLE_VERSION, type EnglishTable } from '../../knowledge/cedict.js';
import { createTranslator, untranslated } from '../../knowledge/translate.js';

const nothingIndexed = (): boolean => false;

describe("The asker's own frame in an English question", () => {
  it('GIVEN a lead-in naming the asker before a colon THEN it is blanked, offsets kept, and a subject lead-in is not', () => {
    const q = 'Journalist here: when did the pawnshop close?';
    expect(withoutLeadIn(q)).toHaveLength(q.length);
    expect(withoutLeadIn(q).trim()).toBe('when did the pawnshop close?');
    expect(withoutLeadIn('For my essay: who owns the pawnshop?').trim()).toBe('who owns the pawnshop?');
    expect(withoutLeadIn('Short question: who owns it?').trim()).toBe('who owns it?');
    // A name before the colon is what is asked about.
    expect(withoutLeadIn('Fenghuang Pawn: who owns it?')).toBe('Fenghuang Pawn: who owns it?');
    expect(withoutLeadIn('What is it: a loan or a lease?')).toBe('What is it: a loan or a lease?');
  });

  it('GIVEN a first-person sentence beside the sentence that asks THEN its words are the asker’s, and a lone request is not', () => {
    const words = askerWords('My nephew swears the pawnshop shut. When did it close?');
    expect(words.has('nephew')).toBe(true);
    expect(words.has('close')).toBe(false);
    // Nothing else asks: the sentence is the question itself.
    expect(askerWords('tell me about my pension').size).toBe(0);
    // A first-person question asks: its words stay.
    expect(askerWords('Can I get my pension back? I am worried.').has('pension')).toBe(false);
  });

  it('GIVEN words nothing translates THEN the asker’s kin and occasion are not counted, a name among them is', () => {
    const q = 'My nephew and Fenghuang lent to the pawnshop. How much did the pawnshop lend in 2016?';
    const left = untranslated(q, new Set(['pawnshop', 'lend', 'lent']), [], nothingIndexed);
    expect(left).not.toContain('nephew');
    expect(left).toContain('fenghuang');
    expect(untranslated('How big is the pawnshop’s pension pot?', new Set(['pawnshop', 'big']), [], nothingIndexed)).toContain('pension');
  });
});

describe('The stated source of an English question', () => {
  it('GIVEN "according to" or "the … report" THEN the source’s name is blanked and other names stay', () => {
    expect(withoutSources('According to Li Ming, how big is it?')).toBe('According to        , how big is it?');
    expect(withoutSources('What risks does the Fudan University study name?')).toBe('What risks does the                  study name?');
    expect(withoutSources('how large was it according to Dagong Global (DG)?')).toBe('how large was it according to                   ?');
    expect(withoutSources('Which bank did the European Central Bank fine?')).toBe('Which bank did the European Central Bank fine?');
  });

  it('GIVEN a person who speaks in the writing (what does Li Ming say, Li Ming argues) THEN the name is its source, blanked', () => {
    expect(withoutSources('What does Li Ming say is needed?')).toBe('What does         say is needed?');
    expect(withoutSources('Why, as Wang Fang argues, did it fail?')).toBe('Why, as           argues, did it fail?');
    // A body acting, not speaking, stays a name the answer must hold.
    expect(withoutSources('When did Ping An buy the bank?')).toBe('When did Ping An buy the bank?');
  });
});

describe('Contractions', () => {
  it('GIVEN a contraction split at its apostrophe THEN neither part is a content word to translate', () => {
    expect(contentWords("Why doesn't the pawnshop's loan fit? What's it called?")).toEqual(['pawnshop', 'loan', 'fit']);
  });
});

describe('Dictionary phrases across a possessive or a comma', () => {
  const table: EnglishTable = {
    version: CEDICT_TABLE_VERSION,
    entries: { 'fund busi': ['基金业'], fund: ['资金'], busi: ['业务'] },
    ambiguity: { 'fund busi': 1, fund: 2, busi: 2 },
    pinyin: {},
    chars: {},
    within: {},
  };
  const held = (zh: string): boolean => ['基金业', '资金', '业务'].includes(zh);
  const translate = createTranslator(table, held, held);
  const sources = (q: string): string[] => translate(q, new Set()).map((t) => t.source);

  it('GIVEN two words written together THEN the phrase is read, and across a possessive or a comma it is not', () => {
    expect(sources('How large is fund business in the city?')).toContain('fund business');
    expect(sources("What happened to the fund's business?")).toEqual(['fund', 'business']);
    expect(sources('Which fund, business or bank failed?')).not.toContain('fund business');
  });
});
