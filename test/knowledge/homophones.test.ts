import { describe, expect, it } from 'vitest';
import { createHomophoneFixer } from '../../knowledge/homophones.js';
import { createAnalyzer } from '../../knowledge/analyzer.js';
import { createGlossary, loadGlossaryFile } from '../../knowledge/glossary.js';
import { chunkDocument } from '../../knowledge/ingest/chunk.js';
import { buildIndex } from '../../knowledge/search-index.js';
import { createSearcher } from '../../knowledge/search.js';
import { untitledDoc } from '../helpers/docs.js';

/** A made-up corpus as the fixer sees it: its bigrams are the index's terms, its text what passages write. */
function fixerOver(text: string, lexicon: string[] = []) {
  const bigrams = new Set(Array.from(text, (_, i) => text.slice(i, i + 2)));
  return createHomophoneFixer(
    (t) => bigrams.has(t) || (t.length > 2 && text.includes(t)),
    (t) => text.includes(t),
    new Set(lexicon),
    () => bigrams,
  );
}

describe('A character typed for another of the same reading (homophones.ts)', () => {
  it('GIVEN a bigram the reports never write whose homophone makes a word they do write THEN the character is read as that one', () => {
    const fixer = fixerOver('投资者持有的基金份额可以随时赎回。');
    expect(fixer.fix('基金分额怎么算')).toBe('基金份额怎么算');
  });

  it('GIVEN a word the reports write as typed THEN the question is left as it is', () => {
    const fixer = fixerOver('投资者持有的基金份额可以随时赎回，分额度申购。');
    expect(fixer.fix('基金分额怎么算')).toBe('基金分额怎么算');
  });

  it('GIVEN a homophone that makes a written string but no word with its neighbour THEN nothing changes', () => {
    // 部门官员 is written, yet 门官 is no word: 部门管 is plain Chinese, not a misspelt 部门官.
    const fixer = fixerOver('有关部门官员表示将加强监管。');
    expect(fixer.fix('这事归哪个部门管')).toBe('这事归哪个部门管');
  });

  it('GIVEN two homophones that both fit THEN the character stays as typed', () => {
    const fixer = fixerOver('基金份额与基金分额度不同。基金粉额也写在这里。', ['粉额']);
    expect(fixer.fix('基金奋额怎么算')).toBe('基金奋额怎么算');
  });

  it('GIVEN a bank name typed with a homophone THEN the search finds the passage that names the bank', () => {
    const docs = [
      untitledDoc('a.txt', '恒丰银行在二零一八年暴露了大额不良资产，随后完成重组。'),
      untitledDoc('b.txt', '某城市商业银行当年的风格偏稳健，不良资产率较低。'),
      ...['章程', '会员', '年报', '公告', '规则', '名单'].map((t, i) => untitledDoc(`f${i}.txt`, `本地银行的${t}已经公布。`)),
    ];
    const glossary = createGlossary(loadGlossaryFile().data);
    const analyzer = createAnalyzer(glossary.lexicon);
    const searcher = createSearcher(buildIndex([], docs.flatMap(chunkDocument), analyzer), analyzer, glossary);
    expect(searcher.stripQuestionWords('恒风银行当年暴露了多少不良资产')).toContain('恒丰银行');
    expect(searcher.search('恒风银行当年暴露了多少不良资产？', 1)[0]?.doc).toBe('a.txt');
  });
});
