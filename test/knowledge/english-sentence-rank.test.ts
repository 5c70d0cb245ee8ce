import { describe, expect, it } from 'vitest';
import { smallSearch } from '../helpers/english-search.js';
import { CEDICT_TABLE_VERSION, type EnglishTable } from '../../knowledge/cedict.js';
import { createTranslator } from '../../knowledge/translate.js';

const table: EnglishTable = {
  version: CEDICT_TABLE_VERSION,
  entries: { pawnshop: ['典当行'], storefront: ['门店'], chengdu: ['成都'], deposit: ['押金'] },
  ambiguity: { pawnshop: 1, storefront: 1, chengdu: 1, deposit: 1 },
  pinyin: {},
  chars: {},
  within: {},
};

function searcherOver(passages: string[]) {
  const occurs = (zh: string): boolean => passages.some((p) => p.includes(zh));
  return smallSearch(passages, () => createTranslator(table, occurs, occurs)).searcher;
}

describe('English questions: the passage whose one sentence answers ranks first', () => {
  it('GIVEN two passages holding the same translated words equally close THEN the one holding them in one sentence ranks first', () => {
    // Our own passages, the same words at the same distance: in the first a full stop parts them.
    const passages = [
      '老街上有一家典当行。门店周末照常营业，借款人应当比较几家的费率，再决定在哪里借。',
      '老街上有一家典当行，门店周末照常营业。借款人应当比较几家的费率，再决定在哪里借。',
    ];
    const [first] = searcherOver(passages).search('Is the pawnshop storefront open at weekends?', 2);
    expect(first?.text).toBe(passages[1]);
  });

  it('GIVEN a "how many" question THEN the passage whose sentence gives a count of the asked thing ranks first', () => {
    // The same words in both: only in the second does the count sit in the sentence about Chengdu's pawnshops.
    const passages = [
      '成都的典当行门店去年新开了不少，多在城区。别的城市的同行去年关了十二家。',
      '成都的典当行门店去年新开了十二家，多在城区。别的城市的同行去年关了不少。',
    ];
    const [first] = searcherOver(passages).search('How many pawnshop storefronts opened in Chengdu?', 2);
    expect(first?.text).toBe(passages[1]);
  });
});
