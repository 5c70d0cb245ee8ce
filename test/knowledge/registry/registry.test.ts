import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDefaultRegistry } from '../../../knowledge/registry/registry.js';
import { loadRegistryFile, RegistryFileError } from '../../../knowledge/registry/schema.js';

const registry = loadDefaultRegistry();
const best = (name: string) => registry.lookup(name)[0];

describe('registry lookup', () => {
  it('GIVEN the exact registered name THEN the entry with its status, date and source', () => {
    expect(best('西安百金金融资产交易中心有限公司')).toMatchObject({
      how: 'name',
      entry: { status: 'deregistered', date: '2023-12-22', region: '西安', source: { doc: '000_6edacb817b9a59d4.txt' } },
    });
  });

  it('GIVEN a short name or alias THEN the same entry', () => {
    expect(best('西安百金金交中心')?.entry.id).toBe('xian-baijin-fae');
    expect(best('网金社')?.entry.name).toBe('浙江互联网金融资产交易中心');
  });

  it('GIVEN the name without the company suffix THEN it is found', () => {
    expect(best('重庆金融资产交易所')).toMatchObject({
      entry: { id: 'chongqing-fae', status: 'qualification-cancelled', date: '2024-03-25' },
    });
    expect(best('湖南金融资产交易中心')?.entry.id).toBe('hunan-fae');
  });

  it('GIVEN one mistyped character THEN a fuzzy match', () => {
    expect(best('吉林东北亚创新金融资产交易中兴')).toMatchObject({
      how: 'fuzzy',
      distance: 1,
      entry: { status: 'renamed-out', date: '2023-09' },
    });
  });

  it('GIVEN traditional characters and full-width brackets THEN they fold', () => {
    expect(best('南寧金融資產交易中心')?.entry.id).toBe('nanning-fae');
  });

  it('GIVEN an unrelated name THEN nothing', () => {
    expect(registry.lookup('招商银行')).toEqual([]);
    expect(registry.lookup('某')).toEqual([]);
  });
});

describe('registry mentions and regions', () => {
  it('GIVEN free text THEN mentions carry offsets into it, longest name first', () => {
    const text = '听说西安百金金融资产交易中心有限公司的产品还能续投？';
    const [m] = registry.mentions(text);
    expect(m).toMatchObject({ text: '西安百金金融资产交易中心有限公司', start: 2, entry: { id: 'xian-baijin-fae' } });
    expect(text.slice(m!.start, m!.end)).toBe(m!.text);
  });

  it('GIVEN a city or its province THEN the exchanges there', () => {
    expect(registry.inRegion('西安', 'exchange').map((e) => e.id)).toContain('xian-baijin-fae');
    expect(registry.inRegion('陕西省', 'exchange').map((e) => e.id)).toContain('xian-baijin-fae');
  });

  it('GIVEN a status update THEN the entry changes, and an unknown name is added', () => {
    const local = loadDefaultRegistry();
    const updated = local.apply({
      name: '天津金融资产交易所',
      status: 'qualification-cancelled',
      date: '2024-06-01',
      source: { title: '测试新闻' },
    });
    expect(updated).toMatchObject({ id: 'tianjin-fae', status: 'qualification-cancelled', date: '2024-06-01' });
    const added = local.apply({ name: '某某贷', status: 'closed', date: null, source: { title: '测试新闻' } });
    expect(local.lookup('某某贷')[0]?.entry).toEqual(added);
  });
});

describe('registry file', () => {
  it('GIVEN an entry with a bad field THEN the error names the file, the entry id and the field', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'finrisk-reg-')), 'registry.json');
    const entry = {
      id: 'x-fae',
      name: 'X金融资产交易中心',
      aliases: [],
      kind: 'exchange',
      region: '',
      status: 'shut',
      date: null,
      source: { doc: 'a.txt', title: 'A' },
    };
    writeFileSync(file, JSON.stringify({ version: 1, entries: [entry] }));
    expect(() => loadRegistryFile(file)).toThrow(RegistryFileError);
    expect(() => loadRegistryFile(file)).toThrow(/registry\.json: entry "x-fae": status Invalid enum value/);
  });
});
