import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKnowledge } from '../../knowledge/index.js';
import { INDEX_FILE } from '../../knowledge/search-index.js';
import { fixtureCorpus } from '../helpers/corpus.js';

const QUERIES = [
  '为什么关停金交所',
  '伪金交所有哪些变种',
  '定向融资计划 保本保息',
  'P2P 网贷 清退',
  'What happened to P2P lending platforms?',
  '登记备案中心',
  '收益权转让 年化',
  '地方金融监督管理局 注销',
];

/** A corpus folder holding one of the reports, and an empty data folder. */
function oneReport(): { corpus: string; name: string; dataDir: string } {
  const corpus = mkdtempSync(path.join(os.tmpdir(), 'finrisk-corpus-'));
  const name = readdirSync(fixtureCorpus).find((f) => f.endsWith('.txt')) as string;
  copyFileSync(path.join(fixtureCorpus, name), path.join(corpus, name));
  return { corpus, name, dataDir: mkdtempSync(path.join(os.tmpdir(), 'finrisk-persist-')) };
}

describe('the persisted index', () => {
  it('GIVEN the reports indexed once THEN the loaded index ranks, scores and answers exactly as the built one', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'finrisk-persist-'));
    const built = await createKnowledge({ corpusDirs: [fixtureCorpus], dataDir });
    const loaded = await createKnowledge({ corpusDirs: [fixtureCorpus], dataDir });
    expect(built.knowledge.stats().fromCache).toBe(false);
    expect(loaded.knowledge.stats().fromCache).toBe(true);
    for (const q of QUERIES) {
      expect(loaded.knowledge.search(q, { k: 10 }), q).toEqual(built.knowledge.search(q, { k: 10 }));
      expect(loaded.knowledge.ask(q), q).toEqual(built.knowledge.ask(q));
    }
  });

  it('GIVEN a truncated or foreign index file THEN it is rebuilt, not trusted', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'finrisk-persist-'));
    await createKnowledge({ corpusDirs: [fixtureCorpus], dataDir });
    const file = path.join(dataDir, INDEX_FILE);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const afterTruncation = await createKnowledge({ corpusDirs: [fixtureCorpus], dataDir });
    expect(afterTruncation.knowledge.stats().fromCache).toBe(false);
    expect(afterTruncation.knowledge.search('金交所').length).toBeGreaterThan(0);
    writeFileSync(file, JSON.stringify({ schemaVersion: 3 }));
    expect((await createKnowledge({ corpusDirs: [fixtureCorpus], dataDir })).knowledge.stats().fromCache).toBe(false);
    // The right first line, then megabytes with no end to the header.
    writeFileSync(file, Buffer.concat([Buffer.from('finrisk-index\n{"schemaVersion":5,'), Buffer.alloc(3 << 20, 0x78)]));
    expect((await createKnowledge({ corpusDirs: [fixtureCorpus], dataDir })).knowledge.stats().fromCache).toBe(false);
    expect((await createKnowledge({ corpusDirs: [fixtureCorpus], dataDir })).knowledge.stats().fromCache).toBe(true);
  });

  it('GIVEN a corpus file whose bytes change but whose size and modification time are put back THEN the index is still rebuilt', async () => {
    const { corpus, name, dataDir } = oneReport();
    await createKnowledge({ corpusDirs: [corpus], dataDir });
    expect((await createKnowledge({ corpusDirs: [corpus], dataDir })).knowledge.stats().fromCache).toBe(true);

    // Same size, same mtime, different bytes: only the change time (which no user can set) tells.
    const file = path.join(corpus, name);
    const before = statSync(file);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('金交所', '金交中'));
    utimesSync(file, before.atime, before.mtime);
    expect(statSync(file).size).toBe(before.size);
    const changed = await createKnowledge({ corpusDirs: [corpus], dataDir });
    expect(changed.knowledge.stats().fromCache).toBe(false);
    expect(changed.knowledge.search('金交中').length).toBeGreaterThan(0);
  });

  it('GIVEN a corpus file touched but not changed THEN its content is hashed again and the index is kept', async () => {
    const { corpus, name, dataDir } = oneReport();
    await createKnowledge({ corpusDirs: [corpus], dataDir });
    utimesSync(path.join(corpus, name), new Date(), new Date(Date.now() + 5000));
    expect((await createKnowledge({ corpusDirs: [corpus], dataDir })).knowledge.stats().fromCache).toBe(true);
  });
});
