import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAlerts, MAX_PUSHES_PER_POLL } from '../../bot/alerts/pipeline.js';
import { PUSH_LIMITS } from '../../bot/alerts/render.js';
import { silentLogger } from '../../bot/log.js';
import { createRecordingSender, systemClock } from '../../bot/ports.js';
import { openSqliteStore } from '../../bot/store/sqlite.js';
import type { Block } from '../../bot/types.js';
import { createKnowledge } from '../../knowledge/index.js';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';
import type { Knowledge } from '../../knowledge/types.js';
import { rss, startFeedServer, type FakeFeedServer } from '../fakes/feed-server.js';

let server: FakeFeedServer;
let knowledge: Knowledge;

beforeAll(async () => {
  server = await startFeedServer();
  knowledge = (await createKnowledge({ corpusDirs: [], dataDir: mkdtempSync(path.join(os.tmpdir(), 'finrisk-cap-')) })).knowledge;
});
afterAll(() => server.stop());

function setup(feed: string, maxPushesPerPoll?: number) {
  const store = openSqliteStore(mkdtempSync(path.join(os.tmpdir(), 'finrisk-cap-')));
  const sender = createRecordingSender('telegram');
  const alerts = createAlerts({
    store,
    registry: loadDefaultRegistry(),
    knowledge,
    senders: [sender],
    feeds: [server.url(feed)],
    clock: systemClock,
    log: silentLogger,
    ...(maxPushesPerPoll ? { maxPushesPerPoll } : {}),
  });
  return { store, sender, alerts };
}

const textOf = (blocks: Block[]): string =>
  blocks
    .map((b) => (b.type === 'list' ? b.items.map((i) => i.text).join('\n') : b.type === 'link' ? `${b.text} ${b.url}` : b.text))
    .join('\n');

describe('push limits', () => {
  it('GIVEN a closure whose title is a million characters THEN one short push per subscriber, cut with "…", with the link', async () => {
    const title = `取消长风金融资产交易中心有限公司业务资质${'很长'.repeat(500_000)}`;
    server.register('/long.xml', {
      body: rss([{ title, description: '说明'.repeat(50_000), link: 'https://news.example/long', guid: 'long' }]),
    });
    const { store, sender, alerts } = setup('/long.xml');
    await store.upsertSubscription('telegram', 'a', [], false);
    await store.upsertSubscription('telegram', 'b', [], false);
    expect(await alerts.pollOnce()).toMatchObject({ closures: 1, queued: 2 });
    await alerts.deliverOnce();
    expect(sender.sent).toHaveLength(2);
    const push = sender.sent[0]?.reply;
    const heading = push?.blocks[0];
    expect(heading?.type === 'heading' && heading.text.endsWith('…') && heading.text.length <= PUSH_LIMITS.titleChars + 6).toBe(true);
    expect(push?.blocks).toEqual(expect.arrayContaining([{ type: 'link', text: '原文', url: 'https://news.example/long' }]));
    expect(textOf(push?.blocks ?? []).length).toBeLessThan(1000);
    await store.close();
  });

  it('GIVEN a feed with hundreds of closures THEN each subscriber gets the cap, then one message summarising the rest', async () => {
    const items = Array.from({ length: 300 }, (_, i) => ({
      title: `取消第${i}号远帆金融资产交易中心有限公司业务资质`,
      link: `https://news.example/${i}`,
      guid: `many-${i}`,
    }));
    server.register('/many.xml', { body: rss(items) });
    // A cap of 2 keeps the per-chat pacing of delivery short; the default is MAX_PUSHES_PER_POLL.
    const cap = 2;
    const { store, sender, alerts } = setup('/many.xml', cap);
    await store.upsertSubscription('telegram', 'a', [], false);
    await store.upsertSubscription('telegram', 'b', [], false);
    expect(await alerts.pollOnce()).toMatchObject({ closures: 300, queued: 2 * (cap + 1) });
    await alerts.deliverOnce();
    const toA = sender.sent.filter((s) => s.target.chatId === 'a').map((s) => s.reply.blocks[0]);
    expect(toA).toHaveLength(cap + 1);
    expect(toA).toContainEqual({ type: 'heading', text: `另有 ${300 - cap} 条关停消息` });
    expect(MAX_PUSHES_PER_POLL).toBeGreaterThan(cap);
    // The next poll finds every item seen: the summary stood for them.
    expect(await alerts.pollOnce()).toMatchObject({ new: 0, queued: 0 });
    await store.close();
  });
});
