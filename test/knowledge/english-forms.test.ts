import { describe, expect, it } from 'vitest';
import { buildEnglishTable, CEDICT_TABLE_VERSION, type EnglishTable } from '../../knowledge/cedict.js';
import { baseForms, codedNames, monthOf, singularOf } from '../../knowledge/english-forms.js';
import { isGeneric, joinPinyinMarks } from '../../knowledge/english-words.js';
import { createTranslator, untranslated } from '../../knowledge/translate.js';

const table: EnglishTable = {
  version: CEDICT_TABLE_VERSION,
  entries: { lend: ['出借'], forbid: ['禁止'], begin: ['开始'], pawnshop: ['典当行'] },
  ambiguity: { lend: 3, forbid: 2, begin: 4, pawnshop: 1, beginn: 2, lender: 2 },
  pinyin: {},
  chars: {},
  within: {},
};
// The words a small corpus of our own would hold: the act of lending, its lender, and a date.
const corpus = ['出借人', '出借', '禁止', '开始', '典当行', '2019年3月'];
const occurs = (zh: string): boolean => corpus.some((w) => w.includes(zh));
const translate = createTranslator(table, occurs, occurs);

describe('English dates: months as the reports write them', () => {
  it('GIVEN a month named with its year THEN it becomes the Chinese date form, with the year and without', () => {
    const month = translate('How many pawnshops closed after March 2019?', new Set()).find((t) => t.source === 'march');
    expect(month?.terms).toEqual(['2019年3月', '3月']);
  });

  it('GIVEN "may" as a modal and "March" at the head of a sentence THEN neither is a month; a capital May inside one is', () => {
    expect(monthOf('may', 'Which pawnshops may lend?')).toBeNull();
    expect(monthOf('march', 'March is when they closed')).toBeNull();
    expect(monthOf('may', 'What closed in May 2019?')).toBe(5);
    expect(monthOf('august', 'since august 2016')).toBe(8);
  });

  it('GIVEN a month the dictionary cannot translate THEN it is neither a naming concept nor a word the reports lack', () => {
    expect(isGeneric('january')).toBe(true);
    const q = 'Which pawnshop closed in January?';
    const left = untranslated(q, new Set(), translate(q, new Set()), () => false);
    expect(translate.specific(left, q)).not.toContain('january');
  });
});

describe('English forms the Porter stem leaves apart from their dictionary word', () => {
  it('GIVEN an agent noun THEN it translates as its verb with the agent suffix the corpus writes, not as the act', () => {
    const lenders = translate('What did the lenders get back?', new Set()).find((t) => t.source === 'lenders');
    expect(lenders?.terms).toEqual(['出借人']);
  });

  it('GIVEN an agent noun whose verb plus a suffix the corpus never writes THEN it stays untranslated (beginner is no 开始)', () => {
    expect(translate('Which pawnshop suits a beginner?', new Set()).some((t) => t.source === 'beginner')).toBe(false);
  });

  it('GIVEN an irregular participle THEN it is read as its verb', () => {
    expect(baseForms('forbidden')).toEqual([{ word: 'forbid', agent: false }]);
    expect(translate('What are pawnshops forbidden to do?', new Set()).find((t) => t.source === 'forbidden')?.terms).toEqual(['禁止']);
  });
});

describe('A noun made of a verb', () => {
  it('GIVEN a noun in -ion or -ment the dictionary has no sense of THEN it is read as its verb (rebellion → rebel, settlement → settle)', () => {
    expect(baseForms('rebellion').map((f) => f.word)).toContain('rebel');
    expect(baseForms('promotion').map((f) => f.word)).toContain('promote');
    expect(baseForms('settlements').map((f) => f.word)).toContain('settle');
    const withRebel: EnglishTable = {
      ...table,
      entries: { ...table.entries, rebel: ['反叛'] },
      ambiguity: { ...table.ambiguity, rebel: 2 },
    };
    const t = createTranslator(
      withRebel,
      (zh) => zh === '反叛',
      (zh) => zh === '反叛',
    );
    expect(t('Which theory is a rebellion against the old rule?', new Set()).find((x) => x.source === 'rebellion')?.terms).toEqual([
      '反叛',
    ]);
  });
});

describe('The dimension a how-question asks', () => {
  it('GIVEN "how large" or "how big" THEN it is generic (what is asked, not a thing the answer must name); "large banks" is not', () => {
    expect(isGeneric('how large')).toBe(true);
    expect(isGeneric('how big')).toBe(true);
    expect(isGeneric('large banks')).toBe(false);
  });
});

describe('Number words and stems that are other words', () => {
  it('GIVEN a number word THEN it becomes the digit and the numeral and only says how many (generic), never an idiom', () => {
    const three = translate('Which three pawnshops closed?', new Set()).find((t) => t.source === 'three');
    expect(three?.terms).toEqual(['3', '三']);
    expect(isGeneric('three')).toBe(true);
  });

  it('GIVEN a noun whose Porter stem is an adverb (apartment → apart) THEN it is not read as that word, and names a thing', () => {
    const withApart: EnglishTable = {
      ...table,
      entries: { ...table.entries, apart: ['以外'] },
      ambiguity: { ...table.ambiguity, apart: 9 },
    };
    const t = createTranslator(withApart, occurs, occurs);
    const q = 'Which pawnshop rents an apartment?';
    expect(t(q, new Set()).some((x) => x.source === 'apartment')).toBe(false);
    expect(t.specific(['apartment'], q)).toEqual(['apartment']);
  });
});

describe('Names written with digits', () => {
  it('GIVEN a product code with digits the index lacks THEN it is a specific word nothing translated; a plain year is not', () => {
    const q = 'How much goes into a 401k in 2019?';
    expect(codedNames(q)).toEqual(['401k']);
    const left = untranslated(q, new Set(), translate(q, new Set()), () => false);
    expect(translate.specific(left, q)).toEqual(['401k']);
  });
});

describe('CC-CEDICT senses ranked by how plainly they say the key', () => {
  // Built from the real dictionary data, for an index holding only these words.
  const held = new Set(['产品', '副产品', '多大', '年龄']);
  const built = buildEnglishTable(
    (zh) => held.has(zh),
    () => 1,
    () => false,
  );

  it('GIVEN "product" THEN the plain sense (产品) comes before a hyphenated word cut to it (副产品 "by-product")', () => {
    expect(built.entries['product']?.[0]).toBe('产品');
  });

  it('GIVEN a sense that is itself a question ("how old?") THEN its leftover word is not keyed to it', () => {
    expect(built.entries['old'] ?? []).not.toContain('多大');
  });
});

describe('Verb and noun senses of one key', () => {
  const held = new Set(['交易', '行业', '会议', '遇到']);
  const built = buildEnglishTable(
    (zh) => held.has(zh),
    () => 1,
    () => false,
  );
  const has = (zh: string): boolean => held.has(zh);
  const t = createTranslator(built, has, has);
  const first = (q: string, source: string): string | undefined => t(q, new Set()).find((x) => x.source === source)?.terms[0];

  it('GIVEN "trading" THEN the verb sense (交易 "to trade") comes first; "trade" as a noun keeps its noun sense second', () => {
    expect(first('What is the trading fee?', 'trading')).toBe('交易');
    // The domain sense audit (english-senses.ts) reads a finance question's "trade" as 交易 (a trade),
    // before the dictionary's first noun sense 行业 (a trade, a line of business).
    expect(t('Which trade is this?', new Set()).find((x) => x.source === 'trade')?.terms).toEqual(['交易', '行业']);
  });

  it('GIVEN an -ing noun the dictionary glosses itself ("meeting") THEN its own sense comes before its verb\'s', () => {
    expect(first('What did the meeting decide?', 'meeting')).toBe('会议');
  });
});

describe('Names in pinyin typed in lower case', () => {
  const named: EnglishTable = { ...table, pinyin: { wang: '网王', jin: '金', she: '社' } };
  const words = ['网金社'];
  const has = (zh: string): boolean => words.some((w) => w.includes(zh));
  const t = createTranslator(named, has, has);

  it('GIVEN a lower-case word no English lexicon knows that spells an index word in pinyin THEN it is that name', () => {
    expect(t('when did wangjinshe open?', new Set()).find((x) => x.source === 'wangjinshe')?.terms).toEqual(['网金社']);
  });

  it('GIVEN a lower-case English word THEN it is never read as pinyin', () => {
    expect(t('when did the shops open?', new Set()).some((x) => x.terms.includes('网金社'))).toBe(false);
  });

  it('GIVEN a name spelled one pinyin syllable a word, capitalised or not THEN the syllables together are that name', () => {
    const spelled: EnglishTable = { ...table, pinyin: { kai: '开', jin: '金', wang: '网王' } };
    const held = (zh: string): boolean => '开金网'.includes(zh);
    const s = createTranslator(spelled, held, held);
    expect(s("when did 'Kai Jin Wang' open?", new Set()).find((x) => x.source === 'kai jin wang')?.terms).toEqual(['开金网']);
    expect(s('when did kai jin wang open?', new Set()).find((x) => x.source === 'kai jin wang')?.terms).toEqual(['开金网']);
  });

  it("GIVEN a pinyin name written with its syllable mark (Kai'en) THEN it is one name, and possessives and contractions stay", () => {
    expect(joinPinyinMarks("How big is Kai'en's fund? It's Wang's.")).toBe("How big is Kaien's fund? It's Wang's.");
    expect(joinPinyinMarks("Who runs the Xi'an exchange?", (w) => w === 'xi')).toBe("Who runs the Xi'an exchange?");
    const marked: EnglishTable = { ...table, pinyin: { kai: '开', en: '恩' } };
    const held = (zh: string): boolean => '开恩社'.includes(zh);
    const m = createTranslator(marked, held, held);
    expect(m("How big is Kai'en's fund?", new Set()).find((x) => x.source === 'kaien')?.terms).toEqual(['开恩']);
    expect(
      untranslated("How big is Kai'en's fund?", new Set(['fund', 'big']), m("How big is Kai'en's fund?", new Set()), () => false),
    ).toEqual([]);
  });
});

describe('-s forms', () => {
  it('GIVEN an -s form THEN its base is read (backs → back, taxes → tax), and a word ending in -ss or -us is kept', () => {
    expect(singularOf('backs')).toBe('back');
    expect(singularOf('taxes')).toBe('tax');
    expect(singularOf('branches')).toBe('branch');
    expect(singularOf('business')).toBe('business');
    expect(singularOf('bonus')).toBe('bonus');
  });
});
