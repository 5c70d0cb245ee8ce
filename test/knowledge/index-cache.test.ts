import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKnowledge } from '../../knowledge/index.js';
import { INDEX_FILE } from '../../knowledge/search-index.js';

const temp = (prefix: string): string => mkdtempSync(path.join(os.tmpdir(), prefix));

/** A corpus of one small report written for this test, and an empty data folder. */
function setup(): { corpus: string; dataDir: string } {
  const corpus = temp('finrisk-cache-corpus-');
  writeFileSync(path.join(corpus, 'a.txt'), '第一章 背景\n地方交易场所经过多轮清理，投资者应当核实产品的备案地点和发行主体。\n');
  return { corpus, dataDir: temp('finrisk-cache-data-') };
}

const cacheProblems = (problems: Array<{ message: string }>) => problems.map((p) => p.message).filter((m) => m.startsWith('index cache'));

describe('a rejected index cache says why', () => {
  it('GIVEN no index yet THEN it is built without a word; GIVEN a good one THEN it is used', async () => {
    const { corpus, dataDir } = setup();
    expect(cacheProblems((await createKnowledge({ corpusDirs: [corpus], dataDir })).problems)).toEqual([]);
    const again = await createKnowledge({ corpusDirs: [corpus], dataDir });
    expect([again.knowledge.stats().fromCache, cacheProblems(again.problems)]).toEqual([true, []]);
  });

  it('GIVEN a changed corpus THEN the rebuild names the change, for the log and not as a warning', async () => {
    const { corpus, dataDir } = setup();
    await createKnowledge({ corpusDirs: [corpus], dataDir });
    writeFileSync(path.join(corpus, 'b.txt'), '第二章 处置\n存量业务由当地政府安排协商处置。\n');
    const rebuilt = await createKnowledge({ corpusDirs: [corpus], dataDir });
    expect([rebuilt.rebuilt, cacheProblems(rebuilt.problems)]).toEqual(['the corpus, notes or glossary changed', []]);
  });

  it('GIVEN a damaged index file THEN the rebuild says it was not an index', async () => {
    const { corpus, dataDir } = setup();
    await createKnowledge({ corpusDirs: [corpus], dataDir });
    writeFileSync(path.join(dataDir, INDEX_FILE), 'garbage, not an index');
    const rebuilt = await createKnowledge({ corpusDirs: [corpus], dataDir });
    expect([rebuilt.knowledge.stats().fromCache, cacheProblems(rebuilt.problems)]).toEqual([
      false,
      ['index cache not used: not an index file, or its header is of an unknown version; rebuilding it'],
    ]);
  });
});
