import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../knowledge/analyzer.js';
import { BANK_FILES, BankError, loadBankFile, mergeBanks } from '../../knowledge/bank.js';
import { createGlossary, defaultGlossary, loadGlossaryFile } from '../../knowledge/glossary.js';
import { chunkDocument } from '../../knowledge/ingest/chunk.js';
import { buildIndex } from '../../knowledge/search-index.js';
import { createSearcher } from '../../knowledge/search.js';
import { reportDoc as doc } from '../helpers/docs.js';

const scratch = (): string => mkdtempSync(path.join(os.tmpdir(), 'finrisk-bank-'));

describe('synonym bank file', () => {
  it('GIVEN the shipped Chinese bank THEN it parses, and the default glossary maps an everyday word to the report term', () => {
    const { data } = loadBankFile(BANK_FILES[0] as string);
    expect(data.entries.length).toBeGreaterThan(100);
    const group = defaultGlossary()
      .expand('甬城的网上借贷平台还剩几家')
      .groups.find((g) => g.source === '网上借贷');
    expect(group).toEqual({ source: '网上借贷', english: false, terms: ['网络借贷', '网贷', 'p2p', '网贷平台'], colloquial: true });
  });

  it('GIVEN Cantonese, press and spoken words for report concepts THEN the default glossary expands each to the report terms', () => {
    const glossary = defaultGlossary();
    const termsOf = (query: string, word: string): string[] => glossary.expand(query).groups.find((g) => g.source === word)?.terms ?? [];
    expect(termsOf('嗰间公司老细走佬咗点算', '走佬')).toContain('跑路');
    expect(termsOf('这行当鱼龙混杂吗', '鱼龙混杂')).toContain('良莠不齐');
    expect(termsOf('险企能不能进场', '险企')).toEqual(['保险', '保险公司']);
    expect(termsOf('两类业务此消彼长吗', '此消彼长')).toEqual(['跷跷板']);
  });

  it('GIVEN a bank entry with a one-character word THEN loading fails naming the file, the entry and the field', () => {
    const file = path.join(scratch(), 'bank-zh.json');
    writeFileSync(file, JSON.stringify({ version: 1, entries: [{ report: ['关停'], asked: ['关门', '停'] }] }));
    expect(() => loadBankFile(file)).toThrow(BankError);
    expect(() => loadBankFile(file)).toThrow(`${file}: entries[0].asked[1] is shorter than two characters`);
  });

  it("GIVEN a colloquial map and a bank THEN the map's own terms come first and the bank's are added once", () => {
    const merged = mergeBanks({ 关了: ['关停'] }, [
      { version: 1, entries: [{ report: ['关停', '关闭'], asked: ['关了', '关门'] }], names: [] },
    ]);
    expect(merged).toEqual({ 关了: ['关停', '关闭'], 关门: ['关停', '关闭'], 关停: ['关闭'], 关闭: ['关停'] });
  });

  it("GIVEN a bank entry's two report terms (城商行, 城市商业银行) THEN a question with either finds the passage that writes the other", () => {
    const merged = mergeBanks({}, [{ version: 1, entries: [{ report: ['城商行', '城市商业银行'], asked: ['城市银行'] }], names: [] }]);
    expect(merged['城市商业银行']).toEqual(['城商行']);
    expect(merged['城商行']).toEqual(['城市商业银行']);
    expect(merged['城市银行']).toEqual(['城商行', '城市商业银行']);
  });

  it('GIVEN a glossary file of its own THEN no bank joins it unless asked, and a bank given joins its colloquial map', () => {
    const dir = scratch();
    const glossary = path.join(dir, 'glossary.json');
    const bank = path.join(dir, 'bank.json');
    writeFileSync(glossary, JSON.stringify({ version: 1, groups: [{ id: 'p2p', zh: ['网贷', '网络借贷'] }], english: {} }));
    writeFileSync(bank, JSON.stringify({ version: 1, entries: [{ report: ['网络借贷'], asked: ['网上借贷'] }], names: ['甬融社'] }));
    expect(loadGlossaryFile(glossary).data.colloquial).toEqual({});
    const withBank = loadGlossaryFile(glossary, [bank]);
    expect(withBank.data.colloquial).toEqual({ 网上借贷: ['网络借贷'] });
    expect(withBank.data.names).toEqual(['甬融社']);
    expect(withBank.hash).not.toBe(loadGlossaryFile(glossary).hash);
  });
});

describe("the asker's words in the query", () => {
  const base = { version: 1, groups: [{ id: 'first', zh: ['第一家', '首家'], en: [] }], english: {}, questionWords: ['哪家'] };
  const glossary = createGlossary({ ...base, colloquial: { 头一家: ['第一家'], 官宣: ['公告'], jjs: ['金交所'] } });

  it('GIVEN a word the index never writes THEN only its characters no known bigram covers are blanked', () => {
    const known = (t: string): boolean => ['一家', '公告'].includes(t);
    expect(glossary.stripQuestionWords('国内头一家是哪家', known)).toBe('国内 一家是  ');
    expect(glossary.stripQuestionWords('哪天官宣的', known)).toBe('哪天  的');
    expect(glossary.stripQuestionWords('国内头一家是哪家')).toBe('国内头一家是  ');
  });

  it('GIVEN an A-not-A question THEN its characters are blanked, the rest kept', () => {
    expect(glossary.stripQuestionWords('付税宝要不要抵押')).toBe('付税宝   抵押');
  });

  it('GIVEN a Latin initialism THEN it expands and is blanked only as a whole word', () => {
    expect(glossary.expand('jjs最火的时候').groups.map((g) => g.source)).toEqual(['jjs']);
    expect(glossary.expand('ajjsb最火的时候').groups).toEqual([]);
    expect(glossary.stripQuestionWords('jjs有几家', () => false)).toBe('   有几家');
    expect(glossary.stripQuestionWords('xjjs有几家', () => false)).toBe('xjjs有几家');
  });

  it('GIVEN an everyday word for a report term THEN a search finds the passage that writes only the report term', () => {
    const docs = [
      doc('a.txt', '公告', '甬城金融局发布公告，取消辖内交易场所的业务资质。'),
      doc('b.txt', '会议', '甬城金融局召开座谈会，讨论交易场所的风险排查。'),
      doc('c.txt', '其他', '另一座城市的银行正在推进数字化转型。'),
    ];
    const bankGlossary = createGlossary(loadGlossaryFile().data);
    const analyzer = createAnalyzer(bankGlossary.lexicon);
    const searcher = createSearcher(buildIndex([], docs.flatMap(chunkDocument), analyzer), analyzer, bankGlossary);
    expect(searcher.search('甬城金融局官宣了啥', 1)[0]?.doc).toBe('a.txt');
  });
});
