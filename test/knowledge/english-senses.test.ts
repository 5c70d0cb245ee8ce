import { describe, expect, it } from 'vitest';
import { buildEnglishTable, CEDICT_TABLE_VERSION, lemmaOf, type EnglishTable } from '../../knowledge/cedict.js';
import { domainFirst, sameWord } from '../../knowledge/english-senses.js';
import { contentWords } from '../../knowledge/english-words.js';
import { createGlossary } from '../../knowledge/glossary.js';
import { createTranslator, untranslated } from '../../knowledge/translate.js';

// A table as buildEnglishTable makes it for a small corpus of our own: one stem holding two words.
const table: EnglishTable = {
  version: CEDICT_TABLE_VERSION,
  entries: { custom: ['海关', '客户'], startup: ['初创'], trade: ['行业', '贸易', '交易'], lender: ['出借人'] },
  ambiguity: { custom: 4, startup: 1, trade: 6, lender: 1, up: 30 },
  pinyin: {},
  chars: {},
  within: {},
  forms: { custom: { custom: ['海关'], customer: ['客户'] } },
};
const corpus = ['海关', '客户', '初创', '行业', '贸易', '交易', '出借人'];
const occurs = (zh: string): boolean => corpus.some((w) => w.includes(zh));
const translate = createTranslator(table, occurs, occurs);
const termsOf = (q: string, source: string): string[] | undefined => translate(q, new Set()).find((t) => t.source === source)?.terms;

describe('English words one Porter stem conflates', () => {
  it('GIVEN customers and customs sharing a stem THEN each question word takes its own senses', () => {
    expect(termsOf('Whom does the pawnshop count among its customers?', 'customers')).toEqual(['客户']);
    expect(termsOf('Which customs office checks the goods?', 'customs')).toEqual(['海关']);
  });

  it('GIVEN plural and -ies forms THEN the lemma is the singular word', () => {
    expect(lemmaOf('authorities')).toBe('authority');
    expect(lemmaOf('customers')).toBe('customer');
    expect(lemmaOf('business')).toBe('business');
    expect(sameWord('customers', table.forms?.custom)).toEqual(['客户']);
    expect(sameWord('tradings', undefined)).toBeNull();
    // An -ing form shares its verb's senses, one of each first.
    expect(sameWord('warning', { warning: ['预警', '警示'], warn: ['警戒'] })).toEqual(['预警', '警戒', '警示']);
  });

  it('GIVEN the real dictionary and a corpus writing 市场 far more than 集市 THEN market takes 市场 first and customer 客户 alone', () => {
    const held: Record<string, number> = { 市场: 200, 集市: 2, 营销: 5, 客户: 50, 海关: 3 };
    const built = buildEnglishTable(
      (zh) => zh in held,
      (zh) => held[zh] ?? 0,
      () => false,
    );
    expect(built.forms?.market?.market?.[0]).toBe('市场');
    expect(built.forms?.custom?.customer).toEqual(['客户']);
  });
});

describe('Hyphenated words, frame words and the domain sense audit', () => {
  it('GIVEN a hyphenated word the dictionary knows whole THEN it translates whole and its particle is never left untranslated', () => {
    const q = 'Which start-ups borrowed from the lender?';
    const translations = translate(q, new Set());
    expect(translations.find((t) => t.source === 'startups')?.terms).toEqual(['初创']);
    expect(untranslated(q, new Set(), translations, () => false)).not.toContain('ups');
  });

  it('GIVEN words about the source or everyday vague words THEN they are not content words to translate', () => {
    expect(contentWords("In this author's article, are new lenders still going?")).toEqual(['lenders']);
  });

  it('GIVEN trade, whose dictionary sense first is 行业 THEN a finance question reads it as 交易, the rest kept after', () => {
    expect(termsOf('What fee is charged per trade?', 'trade')?.[0]).toBe('交易');
    expect(domainFirst('trade', ['行业', '贸易'], () => false)).toEqual(['行业', '贸易']);
  });
});

describe("The glossary's English phrases", () => {
  const glossary = createGlossary({
    version: 1,
    groups: [],
    english: { exchange: ['交易所'], 'wind up': ['清算'] },
    questionWords: [],
  });

  it("GIVEN a possessive THEN the phrase still matches (the exchange's fee meets exchange)", () => {
    expect(glossary.expand("What is the exchange's fee?").terms).toContain('交易所');
  });

  it('GIVEN the past form of a phrasal verb THEN it matches the phrase (wound up meets wind up)', () => {
    expect(glossary.expand('When was the pawnshop wound up?').terms).toContain('清算');
  });
});
