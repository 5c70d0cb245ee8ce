import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRegistry, loadDefaultRegistry } from '../../../knowledge/registry/registry.js';
import { loadRegistryFile } from '../../../knowledge/registry/schema.js';
import type { RegistryEntry } from '../../../knowledge/registry/types.js';

const registry = loadDefaultRegistry();
const ids = (name: string) => registry.lookup(name).map((m) => [m.entry.id, m.how, m.distance]);

const entry = (over: Partial<RegistryEntry>): RegistryEntry => ({
  id: 'x-fae',
  name: 'X金融资产交易中心',
  aliases: [],
  kind: 'exchange',
  region: '',
  status: 'no-closure-record',
  date: null,
  source: { doc: 'a.txt', title: 'A' },
  ...over,
});

function badFile(entries: unknown[]): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'finrisk-reg-')), 'registry.json');
  writeFileSync(file, JSON.stringify({ version: 1, entries }));
  return file;
}

describe('registry lookup, harder cases', () => {
  it('GIVEN each of the four exchanges cancelled on 2024-03-25 by its short name THEN its entry, best first', () => {
    expect(
      ['湖南金交所', '辽宁金交中心', '西安百金', '重庆金交所'].map((n) => [
        n,
        registry.lookup(n)[0]?.entry.status,
        registry.lookup(n)[0]?.entry.date,
      ]),
    ).toEqual([
      ['湖南金交所', 'qualification-cancelled', '2024-03-25'],
      ['辽宁金交中心', 'qualification-cancelled', '2024-03-25'],
      ['西安百金', 'deregistered', '2023-12-22'],
      ['重庆金交所', 'qualification-cancelled', '2024-03-25'],
    ]);
  });

  it('GIVEN a name with another company suffix or full-width spaces THEN the same entry', () => {
    expect(ids('南宁金融资产交易中心股份有限公司')).toEqual([['nanning-fae', 'suffix', 0]]);
    expect(ids('南宁　金融资产交易中心')).toEqual([['nanning-fae', 'name', 0]]);
  });

  it('GIVEN a one-character typo inside the place name THEN still found, but another real place is not a typo', () => {
    expect(ids('湖难金融资产交易中心')).toEqual([['hunan-fae', 'fuzzy', 1]]);
    expect(ids('河南金融资产交易中心')).toEqual([]);
    expect(ids('陕西省金融资产交易中心')).toEqual([]);
  });

  it('GIVEN traditional characters in a full company name THEN they fold', () => {
    expect(ids('遼寧金融資產交易中心有限責任公司')).toEqual([['liaoning-fae', 'name', 0]]);
  });

  it('GIVEN unrelated or merely similar names THEN nothing', () => {
    expect(['上海证券交易所', '中国银行', '北京产权交易所', '金融资产交易中心', ''].map((n) => registry.lookup(n))).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
  });
});

describe('registry mentions, harder cases', () => {
  it('GIVEN several names, one inside a longer one THEN each once, in order, with offsets into the text', () => {
    const text = '网金社和西安百金金交中心、重庆金融资产交易所有限责任公司都被提到';
    const found = registry.mentions(text).map((m) => [m.entry.id, m.text, m.start, m.end]);
    expect(found).toEqual([
      ['wangjinshe', '网金社', 0, 3],
      ['xian-baijin-fae', '西安百金金交中心', 4, 12],
      ['chongqing-fae', '重庆金融资产交易所有限责任公司', 13, 28],
    ]);
    for (const [, t, s, e] of found) expect(text.slice(s as number, e as number)).toBe(t);
  });

  it('GIVEN a name written with brackets or traditional characters THEN the mention spans the original text', () => {
    const text = '天安（贵州省）互联网金融资产交易中心与南寧金融資產交易中心';
    expect(registry.mentions(text).map((m) => [m.entry.id, m.text, m.start, m.end])).toEqual([
      ['tianan-jinjiao', '天安（贵州省）互联网金融资产交易中心', 0, 18],
      ['nanning-fae', '南寧金融資產交易中心', 19, 29],
    ]);
  });

  it('GIVEN text naming no entry THEN no mentions', () => {
    expect(registry.mentions('银行大额存单利率下调')).toEqual([]);
  });
});

describe('registry regions and updates', () => {
  it('GIVEN a province or a city THEN the exchanges there, and a kind filter', () => {
    expect(
      registry
        .inRegion('陕西', 'exchange')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['hezhong-jinjiao', 'xian-baijin-fae']);
    expect(
      registry
        .inRegion('辽宁省', 'exchange')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['dalian-fae', 'lianjiaosuo', 'liaoning-fae']);
    expect(registry.inRegion('广西壮族自治区').map((e) => e.id)).toEqual(['nanning-fae']);
    expect(
      registry
        .inRegion('湖北', 'platform')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['hanjinsuo', 'yiqihao']);
  });

  it('GIVEN an update for a new name with a city THEN it is added with its province and can be found and mentioned', () => {
    const local = createRegistry([entry({})]);
    const added = local.apply({
      name: '某某金融资产交易中心有限公司',
      status: 'qualification-cancelled',
      date: '2024-05-01',
      region: '郑州',
      source: { title: '新闻' },
    });
    expect(added).toMatchObject({ region: '郑州', province: '河南', kind: 'exchange', status: 'qualification-cancelled' });
    expect(local.inRegion('河南').map((e) => e.name)).toEqual(['某某金融资产交易中心有限公司']);
    expect(local.mentions('某某金融资产交易中心已关停').map((m) => m.entry.id)).toEqual([added.id]);
  });

  it('GIVEN an update by short name THEN the existing entry changes and the input entries stay untouched', () => {
    const initial = [entry({ aliases: ['X金交'] })];
    const local = createRegistry(initial);
    const updated = local.apply({
      name: 'X金交',
      status: 'closed',
      date: '2024-04',
      source: { title: '新闻', url: 'https://example.org/a', accessed: '2024-04-02' },
    });
    expect(updated).toEqual({
      ...initial[0],
      status: 'closed',
      date: '2024-04',
      source: { title: '新闻', url: 'https://example.org/a', accessed: '2024-04-02' },
    });
    expect(local.all()).toEqual([updated]);
    expect(initial[0]?.status).toBe('no-closure-record');
  });
});

describe('registry file faults', () => {
  it('GIVEN a missing field, a bad date, a duplicate id or a source without doc or url THEN one line naming file, entry and fault', () => {
    const cases: Array<[unknown[], RegExp]> = [
      [[{ ...entry({}), name: undefined }], /registry\.json: entry "x-fae": name Required$/],
      [[entry({ date: '2024/03/25' })], /registry\.json: entry "x-fae": date must be YYYY-MM-DD, YYYY-MM or YYYY$/],
      [[entry({}), entry({})], /registry\.json: entry "x-fae": id is used twice$/],
      [
        [entry({ source: { title: 'A' } })],
        /registry\.json: entry "x-fae": source needs a corpus doc, or a url with the date it was accessed$/,
      ],
      [[{ ...entry({}), id: undefined }], /registry\.json: entry "#0": id Required$/],
    ];
    for (const [entries, message] of cases) expect(() => loadRegistryFile(badFile(entries))).toThrow(message);
  });

  it('GIVEN a missing file or broken JSON THEN the file is named', () => {
    expect(() => loadRegistryFile('/nonexistent/registry.json')).toThrow('/nonexistent/registry.json: does not exist');
    const file = badFile([]);
    writeFileSync(file, '{ not json');
    expect(() => loadRegistryFile(file)).toThrow(/registry\.json: not valid JSON/);
  });

  it('GIVEN the shipped registry THEN every entry cites a corpus document or a dated url, and ids are unique', () => {
    const entries = loadRegistryFile();
    expect(entries.every((e) => e.source.doc !== undefined || (e.source.url !== undefined && e.source.accessed !== undefined))).toBe(true);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });
});
