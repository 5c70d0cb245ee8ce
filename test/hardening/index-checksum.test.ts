import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKnowledge } from '../../knowledge/index.js';
import { INDEX_FILE } from '../../knowledge/search-index.js';

// Our own example text, long enough to be chunked into passages.
const REPORT = `# 地方交易场所清理整顿观察

## 一、背景

某省在清理整顿中要求交易场所停止新增业务，存量产品按期兑付。监管部门提示投资者核实平台资质，警惕承诺保本保息的宣传。

## 二、进展

截至年底，多家交易场所完成业务清零，部分平台被取消业务资质。投资者可向属地金融管理部门咨询兑付安排。
`;

function corpus(): { corpusDirs: string[]; dataDir: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'finrisk-sum-corpus-'));
  writeFileSync(path.join(dir, 'observation.md'), REPORT);
  return { corpusDirs: [dir], dataDir: mkdtempSync(path.join(os.tmpdir(), 'finrisk-sum-data-')) };
}

describe('index.bin checksums', () => {
  it('GIVEN flipped bytes inside a passage text THEN the index is rebuilt with a warning, and no answer quotes U+FFFD', async () => {
    const options = corpus();
    await createKnowledge(options);
    const file = path.join(options.dataDir, INDEX_FILE);
    const bytes = readFileSync(file);
    const at = bytes.indexOf(Buffer.from('停止新增业务', 'utf8'));
    expect(at).toBeGreaterThan(0);
    bytes[at] = 0xff;
    bytes[at + 4] = 0xfe;
    writeFileSync(file, bytes);

    const reloaded = await createKnowledge(options);
    expect(reloaded.knowledge.stats().fromCache).toBe(false);
    expect(reloaded.problems).toEqual([
      { path: file, message: 'the index file is damaged (its texts section fails its checksum); rebuilding it from the corpus' },
    ]);
    const hits = reloaded.knowledge.search('停止新增业务', { k: 3 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((h) => h.text.includes('\ufffd'))).toBe(false);

    // The rebuilt file is whole again: the next start loads it quietly.
    const again = await createKnowledge(options);
    expect({ fromCache: again.knowledge.stats().fromCache, problems: again.problems }).toEqual({ fromCache: true, problems: [] });
  });

  it('GIVEN a flipped byte in the postings THEN the damage is named by its section', async () => {
    const options = corpus();
    await createKnowledge(options);
    const file = path.join(options.dataDir, INDEX_FILE);
    const bytes = readFileSync(file);
    const header = JSON.parse(bytes.toString('utf8', 14, bytes.indexOf(10, 14))) as {
      sections: Record<string, { offset: number; length: number }>;
    };
    const base = Math.ceil((bytes.indexOf(10, 14) + 1) / 8) * 8;
    const flip = base + (header.sections.tfs?.offset ?? 0);
    bytes[flip] = (bytes[flip] as number) ^ 0x01;
    writeFileSync(file, bytes);
    const reloaded = await createKnowledge(options);
    expect(reloaded.problems.map((p) => p.message)).toEqual([
      'the index file is damaged (its tfs section fails its checksum); rebuilding it from the corpus',
    ]);
  });
});
