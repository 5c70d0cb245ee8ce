import { describe, expect, it } from 'vitest';
import { readAbsence } from '../../knowledge/absent.js';
import { gluedChars, positioned, stemHeld } from '../../knowledge/fragments.js';
import { tagWords } from '../../knowledge/jieba.js';

// Our own wording: a made-up registry (青禾社) and plain sentences about it.
const corpus =
  '青禾社是一家地方资产登记平台，平台按月公布红黑名单。报告提出了三条建议：禁止平台设立资金池，禁止承诺保本。青禾社累计登记资产20亿元，开发了一套风控系统。';
const bigrams = new Set<string>();
for (let i = 0; i + 2 <= corpus.length; i += 1) bigrams.add(corpus.slice(i, i + 2));
const known = (t: string): boolean => bigrams.has(t);
const occurs = (w: string): boolean => corpus.includes(w);
const words = (q: string): string[] => readAbsence(q, known, false, occurs).words.map((w) => w.word);

describe('characters that only glue two words are no absent word', () => {
  it('GIVEN a position word and the verb after it (报告里提) THEN nothing across them is absent', () => {
    expect(words('青禾社报告里提了哪些建议')).toEqual([]);
  });

  it('GIVEN a noun and a spoken light verb after it (钱加起来) THEN no fragment of them is absent', () => {
    expect(words('青禾社登记的钱加起来有多少').filter((w) => /[钱加]/.test(w))).toEqual([]);
  });

  it('GIVEN a product name glued to a preposition (重疾险跟) THEN the name alone is absent, without the preposition', () => {
    expect(words('重疾险跟青禾社的产品哪个好')).toContain('重疾险');
    expect(words('重疾险跟青禾社的产品哪个好')).not.toContain('重疾险跟');
  });

  it('GIVEN a measure word after a noun (美股) THEN the word is kept whole and stays absent', () => {
    expect(words('美股开户需要什么条件').some((w) => w.includes('美股'))).toBe(true);
  });

  it('GIVEN single characters of the dictionary THEN only binding classes and noun + light verb are glue', () => {
    const placed = positioned(tagWords('注册的钱加起来', false));
    const glued = [...gluedChars(placed)].map((i) => placed[i]?.word);
    expect(glued.sort()).toEqual(['加', '的', '钱'].sort());
  });
});

describe('a derived word whose stem the texts write', () => {
  it('GIVEN 禁止性 and 开发商 with 禁止 and 开发 in the texts THEN the stems hold them and nothing is absent', () => {
    expect(stemHeld('禁止性', occurs)).toBe(true);
    expect(stemHeld('开发商', occurs)).toBe(true);
    expect(words('报告对青禾社提了哪些禁止性要求')).toEqual([]);
  });

  it('GIVEN a derived word whose stem the texts lack (保险商) THEN it is not held', () => {
    expect(stemHeld('保险商', occurs)).toBe(false);
  });
});

describe('Cantonese asking words are the register, not concepts', () => {
  it('GIVEN 邊間 and 幾時 folded (边间, 几时) THEN they are not absent', () => {
    expect(words('青禾社系边间？几时登记㗎')).toEqual([]);
  });
});
