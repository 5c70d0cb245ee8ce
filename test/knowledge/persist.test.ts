import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKnowledge } from '../../knowledge/index.js';
import { INDEX_FILE } from '../../knowledge/search-index.js';
import { sharedCorpus } from '../helpers/run.js';

const QUERIES = ['为什么关停金交所', '伪金交所有哪些变种', '定向融资计划 保本保息', 'P2P 网贷 清退', 'What happened to P2P lending platforms?', '登记备案中心', '收益权转让 年化', '地方金融监督管理局 注销'];

describe('the persisted index', () => {
  it('GIVEN the reports indexed once THEN the loaded index ranks, scores and answers exactly as the built one', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'finrisk-persist-'));
    const built = await createKnowledge({ corpusDirs: [sharedCorpus], dataDir });
    const loaded = await createKnowledge({ corpusDirs: [sharedCorpus], dataDir });
    expect(built.knowledge.stats().fromCache).toBe(false);
    expect(loaded.knowledge.stats().fromCache).toBe(true);
    for (const q of QUERIES) {
      expect(loaded.knowledge.search(q, { k: 10 }), q).toEqual(built.knowledge.search(q, { k: 10 }));
      expect(loaded.knowledge.ask(q), q).toEqual(built.knowledge.ask(q));
    }
  });

  it('GIVEN a truncated or foreign index file THEN it is rebuilt, not trusted', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'finrisk-persist-'));
    await createKnowledge({ corpusDirs: [sharedCorpus], dataDir });
    const file = path.join(dataDir, INDEX_FILE);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const afterTruncation = await createKnowledge({ corpusDirs: [sharedCorpus], dataDir });
    expect(afterTruncation.knowledge.stats().fromCache).toBe(false);
    expect(afterTruncation.knowledge.search('金交所').length).toBeGreaterThan(0);
    writeFileSync(file, JSON.stringify({ schemaVersion: 3 }));
    expect((await createKnowledge({ corpusDirs: [sharedCorpus], dataDir })).knowledge.stats().fromCache).toBe(false);
  });
});
