/**
 * The round-13 speed changes answer exactly as the code they replace: each fast path is compared with the plain
 * operation it stands for (a regular expression's test, matchAll, includes), on the long fuzzed pastes the abuse
 * bench sends and on hand-made edge cases. The offer check's outputs over the development sets were compared
 * byte for byte before and after with bench/same-output.ts.
 */
import { describe, expect, it } from 'vitest';
import { fuzzedMessages } from '../helpers/fuzz.js';
import { createGlossary } from '../../knowledge/glossary.js';
import { normalizeForMatch } from '../../knowledge/text.js';
import { allMatches, unitTest } from '../../rules/fast-regex.js';
import { indexSlot, slotOccurs, slotScan } from '../../rules/slot-index.js';

const LONG = fuzzedMessages(60)
  .filter((m) => m.length >= 5000)
  .map((m) => normalizeForMatch(m));

describe('unitTest answers as the expression does', () => {
  it.each([/[，,。；;！？!?\n:：—]/, /\s/, /[\d$约近共总合u一二两三四五六七八九十百千几]/u, /[a-z0-9"”')]/, /e/])(
    '%s on every UTF-16 unit',
    (re) => {
      const fast = unitTest(re);
      const differ: number[] = [];
      for (let unit = 0; unit < 0x10000; unit += 1) {
        const ch = String.fromCharCode(unit);
        // Asked twice: the first answer is the expression's, the second the remembered one.
        if (fast(ch) !== re.test(ch) || fast(ch) !== re.test(ch)) differ.push(unit);
      }
      expect(differ).toEqual([]);
      // Not one character: the expression itself answers (undefined reads as the string "undefined", as before).
      for (const other of [undefined, '', 'ab', '。x', '🙂']) expect(fast(other)).toBe(re.test(other as string));
    },
  );

  it('refuses an expression whose test keeps state', () => {
    expect(() => unitTest(/a/g)).toThrow();
    expect(() => unitTest(/a/y)).toThrow();
  });
});

describe('allMatches gives what matchAll gives', () => {
  const cases: Array<[RegExp, string]> = [
    [/年化|月息|保本保息/g, LONG[0] ?? ''],
    [/\d+(?:\.\d+)?%?/g, LONG[1] ?? ''],
    [/(?:)/g, 'ab🙂c'], // empty matches step one unit
    [/(?:)/gu, 'ab🙂c'], // and a whole surrogate pair under u
    [/x*/g, 'axxbx'],
    [/(?<=[，])[^，]{0,3}/g, '甲，乙丙，，丁'],
  ];
  it.each(cases)('%s', (re, text) => {
    const expected = [...text.matchAll(re)].map((m) => [m.index, m[0], ...m.slice(1)]);
    expect(allMatches(re, text).map((m) => [m.index, m[0], ...m.slice(1)])).toEqual(expected);
    expect(re.lastIndex).toBe(0);
  });

  it('starts where matchAll starts and leaves lastIndex as it found it', () => {
    const re = /保本/g;
    re.lastIndex = 3;
    const expected = [...'保本保本，保本'.matchAll(re)].map((m) => m.index);
    expect(allMatches(re, '保本保本，保本').map((m) => m.index)).toEqual(expected);
    expect(re.lastIndex).toBe(3);
    expect(() => allMatches(/a/, 'a')).toThrow();
  });
});

describe('slot marks answer as includes does', () => {
  const words = [['保本', '保息', '本'], ['年化', '月息2分', '🙂资'], ['金交所', '金'], ['refer', 'r'], ['有限公司']];
  const ids = words.map((w) => indexSlot(w));
  const heads = words.map((w) => w.map((x) => x.slice(0, 2)));
  it.each([...LONG, '保本', '本', '金', '🙂资产', 'xr', '', '有限公', 'refe'])('in %#', (text) => {
    const marks = slotScan(text);
    ids.forEach((id, i) => {
      expect(slotOccurs(marks, id, words[i] as string[], heads[i] as string[])).toBe((words[i] as string[]).some((w) => text.includes(w)));
    });
  });
});

describe('glossary expansion finds the terms includes finds', () => {
  const glossary = createGlossary({
    version: 1,
    groups: [
      { id: 'a', zh: ['金交所', '金融资产交易所', '金交中心'], en: ['financial asset exchange'] },
      { id: 'b', zh: ['保本', '保本保息'], en: ['guaranteed principal'] },
      { id: 'c', zh: ['定融', '定向融资'], en: [] },
    ],
    english: { 'asset exchange': ['资产交易所'], principal: ['本金'], exchange: ['交易所'] },
    questionWords: [],
  });
  it.each([
    '金交所的定向融资保本保息吗',
    '金融资产交易所和金交中心',
    'is the financial asset exchange principal guaranteed? asset exchange',
    ...LONG.map((t) => t.slice(0, 500)),
  ])('%#', (q) => {
    const { groups } = glossary.expand(q);
    const norm = normalizeForMatch(q);
    // The Chinese groups, as the plain includes reads them.
    const expected = [
      ['金交所', '金融资产交易所', '金交中心'],
      ['保本', '保本保息'],
      ['定融', '定向融资'],
    ].flatMap((group) =>
      group.filter((t) => norm.includes(t)).map((source) => ({ source, english: false, terms: group.filter((t) => !norm.includes(t)) })),
    );
    expect(groups.filter((g) => !g.english)).toEqual(expected);
    // The English phrases in the entries' order (longest first), each word used once: as main (4623c13) read them.
    if (q.startsWith('is the'))
      expect(groups.filter((g) => g.english)).toEqual([
        { source: 'financial asset exchange', english: true, terms: ['金交所', '金融资产交易所', '金交中心'] },
        { source: 'asset exchange', english: true, terms: ['资产交易所'] },
        { source: 'principal', english: true, terms: ['本金'] },
      ]);
  });
});
