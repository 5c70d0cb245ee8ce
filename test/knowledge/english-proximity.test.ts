import { describe, expect, it } from 'vitest';
import { smallSearch } from '../helpers/english-search.js';
import { CEDICT_TABLE_VERSION, type EnglishTable } from '../../knowledge/cedict.js';
import { createTranslator } from '../../knowledge/translate.js';
import { groupProximity } from '../../knowledge/proximity.js';

describe('proximity over groups of words (the translations of one English word)', () => {
  it('GIVEN any word of each group THEN the window is measured over one word of each, whichever it is', () => {
    const groups = [
      ['典当行', '当铺'],
      ['利率', '利息'],
    ];
    expect(groupProximity('当铺的利息很高', groups)).toBe(1);
    expect(groupProximity('当铺开在老街上，街口的银行和信用社、券商营业部都在公布今年的新利息', groups)).toBeLessThan(0.5);
  });

  it('GIVEN a word inside a longer word of another group THEN, unless nested words count, it is not a second word beside it', () => {
    const groups = [['网贷平台'], ['平台']];
    expect(groupProximity('网贷平台', groups)).toBe(1);
    expect(groupProximity('网贷平台', groups, undefined, false)).toBe(0);
    expect(groupProximity('网贷平台和平台', groups, undefined, false)).toBeGreaterThan(0);
  });
});

describe('English questions: passages holding the translated words close together rank first', () => {
  // Our own corpus: both passages hold 成都, 典当行 and 门店 once; only the first holds them in one phrase.
  const passages = [
    '成都的典当行门店集中在城区，借款人应当比较几家的费率。今年新开了几家，营业时间也延长了，周末照常营业。',
    '成都的典当行今年新开了几家，营业时间也延长了，周末照常营业，借款人应当比较几家的费率。门店集中在城区。',
    '托管银行负责保管客户资金，发现差错及时报告。',
  ];
  const occurs = (zh: string): boolean => passages.some((p) => p.includes(zh));
  const table: EnglishTable = {
    version: CEDICT_TABLE_VERSION,
    entries: { pawnshop: ['典当行'], storefront: ['门店'], chengdu: ['成都'] },
    ambiguity: { pawnshop: 1, storefront: 1, chengdu: 1 },
    pinyin: {},
    chars: {},
    within: {},
  };
  const { searcher } = smallSearch(passages, () => createTranslator(table, occurs, occurs));

  it('GIVEN two passages covering the same translated concepts THEN the one holding them side by side ranks first', () => {
    const [first, second] = searcher.search('Where are the storefronts of Chengdu pawnshops?', 2);
    expect(first?.text).toBe(passages[0]);
    expect(second?.text).toBe(passages[1]);
    expect(first!.score).toBeGreaterThan(second!.score);
  });
});
