import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BankError } from '../../knowledge/bank.js';
import { bankEnglish, loadEnglishBankFile } from '../../knowledge/bank-en.js';
import { createGlossary, DEFAULT_GLOSSARY_FILE, loadGlossaryFile } from '../../knowledge/glossary.js';
import { smallSearch } from '../helpers/english-search.js';

const dir = mkdtempSync(path.join(tmpdir(), 'finrisk-bank-'));
const write = (name: string, json: unknown): string => {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(json));
  return file;
};

const glossary = {
  version: 1,
  groups: [{ id: 'sandbox', zh: ['监管沙箱', '监管沙盒'], en: ['regulatory sandbox'] }],
  english: { 'cloud computing': ['云计算'] },
};

describe('the English term bank', () => {
  it('GIVEN a bank whose key is not a Chinese term THEN loading fails naming that term', () => {
    const file = write('bad-key.json', { version: 1, terms: { abc: ['x y'] } });
    expect(() => loadEnglishBankFile(file)).toThrow(BankError);
    expect(() => loadEnglishBankFile(file)).toThrow(/term "abc"/);
  });

  it('GIVEN a rendering with punctuation a question never types THEN loading fails naming the term and the rendering', () => {
    const file = write('bad-rendering.json', { version: 1, terms: { 暴雷: ['blow-up!'] } });
    expect(() => loadEnglishBankFile(file)).toThrow(/term "暴雷"\[0\] is not plain English words/);
  });

  it("GIVEN a rendering that is a question's frame (how many) THEN loading fails: the frame would become a concept", () => {
    const file = write('frame.json', { version: 1, terms: { 数量: ['number of', 'how many'] } });
    expect(() => loadEnglishBankFile(file)).toThrow(/term "数量"\[1\] starts with a word of asking/);
  });

  it('GIVEN a modal or framing phrase (able to, find out) as a rendering THEN loading fails: it would join questions of every topic', () => {
    const file = write('framing.json', { version: 1, terms: { 能够: ['able to'], 了解: ['learn', 'find out'] } });
    expect(() => loadEnglishBankFile(file)).toThrow(/is a framing phrase, not a concept/);
  });

  it("GIVEN the shipped bank THEN it loads and renders the reports' compounds in everyday English", () => {
    const { data } = loadEnglishBankFile();
    expect(Object.keys(data.terms).length).toBeGreaterThan(300);
    expect(data.terms['数字化转型']).toContain('going digital');
  });

  it('GIVEN phrases and single words THEN only the phrases join the English table (single words stay with the dictionary)', () => {
    const table = bankEnglish({ version: 1, terms: { 暴雷: ['blow-up', 'collapse'], 中小银行: ['small banks'] } }, () => false);
    expect(table).toEqual({ 'blow-up': ['暴雷'], 'small banks': ['中小银行'] });
  });

  it('GIVEN two terms sharing a rendering THEN that phrase lists both, as alternatives of one concept', () => {
    const table = bankEnglish({ version: 1, terms: { 监管部门: ['the regulators'], 监管机构: ['the regulators'] } }, () => false);
    expect(table['the regulators']).toEqual(['监管部门', '监管机构']);
  });

  it("GIVEN the glossary already renders a phrase THEN its Chinese wins over the bank's", () => {
    const gFile = write('glossary.json', glossary);
    const bFile = write('bank.json', { version: 1, terms: { 沙箱: ['regulatory sandbox', 'test bed'], 云服务: ['cloud computing'] } });
    const { data } = loadGlossaryFile(gFile, [], bFile);
    expect(data.english['cloud computing']).toEqual(['云计算']);
    expect(data.english['regulatory sandbox']).toBeUndefined();
    expect(data.english['test bed']).toEqual(['沙箱']);
  });

  it('GIVEN a bank that changes THEN the glossary hash changes, so a saved index is rebuilt', () => {
    const gFile = write('glossary2.json', glossary);
    const one = loadGlossaryFile(gFile, [], write('b1.json', { version: 1, terms: { 暴雷: ['blow-up'] } })).hash;
    const two = loadGlossaryFile(gFile, [], write('b2.json', { version: 1, terms: { 暴雷: ['blow-up', 'go bust'] } })).hash;
    expect(one).not.toEqual(two);
    expect(loadGlossaryFile(gFile, [], null).hash).not.toEqual(one);
  });

  it('GIVEN an everyday English phrase for a report term THEN the default glossary expands it to that term', () => {
    const expansion = createGlossary(loadGlossaryFile(DEFAULT_GLOSSARY_FILE).data).expand('Are lenders in my town going digital?');
    expect(expansion.terms).toContain('数字化转型');
    expect(expansion.groups.find((g) => g.english && g.terms.includes('数字化转型'))?.source).toBe('going digital');
  });

  it('GIVEN press and British phrasings of report concepts THEN the default glossary expands them to the report terms', () => {
    const expansion = createGlossary(loadGlossaryFile(DEFAULT_GLOSSARY_FILE).data).expand(
      'Did the lender go under, and are hidden liabilities behind the domino effect?',
    );
    expect(expansion.terms).toEqual(expect.arrayContaining(['爆雷', '隐性债务', '风险传染']));
  });

  it('GIVEN an English question in everyday words THEN the passage naming the concept in Chinese ranks first', () => {
    const passages = [
      '部分中小银行推进数字化转型时面临人才短缺与系统投入不足的困难。',
      '城市居民的储蓄偏好近年来变化不大，定期存款仍是主要选择。',
    ];
    const { searcher } = smallSearch(passages, () => null);
    const [top] = searcher.search('Why do small banks find going digital hard?', 2);
    expect(top?.text).toContain('数字化转型');
  });
});
