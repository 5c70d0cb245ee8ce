import { describe, expect, it } from 'vitest';
import { createAlerts } from '../../bot/alerts/pipeline.js';
import { silentLogger } from '../../bot/log.js';
import { systemClock } from '../../bot/ports.js';
import { openSqliteStore } from '../../bot/store/sqlite.js';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';
import type { StatusUpdate } from '../../knowledge/registry/types.js';
import { makeKnowledge } from '../helpers/services.js';

// Our own history: a known exchange changes twice, two made-up platforms appear, one of them changes.
const UPDATES: StatusUpdate[] = [
  {
    name: '西安百金金融资产交易中心',
    status: 'qualification-cancelled',
    date: '2024-01-02',
    source: { title: '通报一', url: 'https://news.example/1' },
  },
  {
    name: '示例宝网络借贷平台',
    status: 'qualification-cancelled',
    date: '2024-02-03',
    source: { title: '通报二', url: 'https://news.example/2' },
  },
  {
    name: '西安百金金融资产交易中心',
    status: 'deregistered',
    date: '2024-03-04',
    source: { title: '通报三', url: 'https://news.example/3' },
  },
  {
    name: '样本金服平台',
    status: 'qualification-cancelled',
    date: '2024-04-05',
    source: { title: '通报四', url: 'https://news.example/4' },
  },
  { name: '示例宝网络借贷平台', status: 'deregistered', date: '2024-05-06', source: { title: '通报五', url: 'https://news.example/5' } },
];

describe('registry updates restored after a restart', () => {
  it('GIVEN updates in order THEN applyAll ends where applying them one by one ends, and lookups see the result', () => {
    const oneByOne = loadDefaultRegistry();
    for (const u of UPDATES) oneByOne.apply(u);
    const batch = loadDefaultRegistry();
    expect(batch.applyAll?.(UPDATES).map((e) => e.status)).toEqual(UPDATES.map((u) => u.status));
    expect(batch.all()).toEqual(oneByOne.all());
    expect(batch.lookup('示例宝网络借贷平台').map((m) => m.entry.status)).toEqual(['deregistered']);
  });

  it('GIVEN a store holding the updates THEN restoreRegistry applies them in one batch', async () => {
    const store = openSqliteStore(':memory:');
    for (const u of UPDATES) await store.recordRegistryUpdate(u);
    const registry = loadDefaultRegistry();
    const batches: number[] = [];
    const watched = {
      ...registry,
      apply: () => {
        throw new Error('applied one by one');
      },
      applyAll: (u: StatusUpdate[]) => (batches.push(u.length), registry.applyAll!(u)),
    };
    const alerts = createAlerts({
      store,
      registry: watched,
      knowledge: makeKnowledge(),
      senders: [],
      feeds: [],
      clock: systemClock,
      log: silentLogger,
    });
    expect(await alerts.restoreRegistry()).toBe(5);
    expect(batches).toEqual([5]);
    expect(registry.lookup('样本金服平台').map((m) => m.entry.status)).toEqual(['qualification-cancelled']);
    await store.close();
  });
});
