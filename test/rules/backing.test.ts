import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKnowledge } from '../../knowledge/index.js';
import { checkOffer } from '../../rules/check-offer.js';
import { loadRules } from '../../rules/load.js';

describe('backing passages', () => {
  it('GIVEN only the project notes THEN every rule backing query finds a passage to cite', async () => {
    const { knowledge } = await createKnowledge({ corpusDirs: [], dataDir: mkdtempSync(path.join(os.tmpdir(), 'finrisk-backing-')) });
    const unbacked = loadRules()
      .filter((rule) => knowledge.search(rule.backing.query, { k: 1 }).length === 0)
      .map((r) => r.id);
    expect(unbacked).toEqual([]);
  });

  it('GIVEN a knowledge base as the citation finder THEN each flag of a pitch carries a titled passage, flags by severity then position', async () => {
    const { knowledge } = await createKnowledge({ corpusDirs: [], dataDir: mkdtempSync(path.join(os.tmpdir(), 'finrisk-backing-')) });
    const cite = (query: string) =>
      knowledge.search(query, { k: 1 }).map((r) => ({ doc: r.doc, title: r.title, section: r.section, passage: r.passage }));
    const result = checkOffer('P2P平台新手标，年化15%，保本保息，钱转到个人账户。', { cite });
    expect(result.flags.map((f) => [f.id, f.sources.length === 1 && f.sources[0]!.title.length > 0])).toEqual([
      ['p2p_lending', true],
      ['high_yield', true],
      ['guaranteed_return', true],
      ['no_custody', true],
    ]);
  });
});
