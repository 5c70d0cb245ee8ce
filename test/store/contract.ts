/** The Store contract, run against every implementation (SQLite now; PostgreSQL can reuse it). */
import { describe, expect, it } from 'vitest';
import type { Store } from '../../bot/store/types.js';

const payload = '{"kind":"alert","blocks":[],"citations":[]}';

export function storeContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    it('GIVEN a subscription saved twice for one chat THEN one subscription with the latest filters', async () => {
      const store = await makeStore();
      await store.upsertSubscription('telegram', '1', ['湖南'], false);
      const again = await store.upsertSubscription('telegram', '1', ['P2P'], true);
      expect(await store.subscriptions()).toEqual([again]);
      expect(again).toMatchObject({ platform: 'telegram', chatId: '1', filters: ['P2P'], digest: true, active: true });
      expect(await store.removeSubscriptions('telegram', '1')).toBe(1);
      expect(await store.subscriptions()).toEqual([]);
      await store.close();
    });

    it('GIVEN an item THEN it is new once, by key and by normalised title', async () => {
      const store = await makeStore();
      const item = { key: 'g1', titleKey: 't1', feed: 'f', title: 'T', link: null, date: null };
      expect(await store.recordItem(item)).toBe(true);
      expect(await store.recordItem(item)).toBe(false);
      expect(await store.recordItem({ ...item, key: 'mirror' })).toBe(false);
      expect(await store.hasSeen('other', 't1')).toBe(true);
      await store.close();
    });

    it('GIVEN queued rows THEN each (item, subscriber) is queued once, claimed once per lease, and sent once', async () => {
      const store = await makeStore();
      const s = await store.upsertSubscription('telegram', '1', [], false);
      const row = { itemKey: 'i', subscriptionId: s.id, platform: 'telegram' as const, chatId: '1', payload };
      expect(await store.enqueue([row, row])).toBe(1);
      const [claimed] = await store.claim(10, 1000, 60_000, ['telegram']);
      expect(claimed).toMatchObject({ status: 'sending', attempts: 1, leaseUntil: 61_000 });
      expect(await store.claim(10, 2000, 60_000, ['telegram'])).toEqual([]);
      expect(await store.claim(10, 2000, 60_000, ['discord'])).toEqual([]);
      // After the lease expires (the claimer died), the row can be claimed again.
      expect((await store.claim(10, 62_000, 60_000, ['telegram'])).map((r) => r.id)).toEqual([claimed!.id]);
      await store.markSent(claimed!.id);
      expect(await store.claim(10, 200_000, 60_000, ['telegram'])).toEqual([]);
      expect(await store.counts()).toMatchObject({ sent: 1, pending: 0, sending: 0 });
      await store.close();
    });

    it('GIVEN a retry and a deactivated subscriber THEN the retry waits and the deactivated rows fail', async () => {
      const store = await makeStore();
      const a = await store.upsertSubscription('telegram', 'a', [], false);
      const b = await store.upsertSubscription('telegram', 'b', [], false);
      await store.enqueue(
        [a, b].map((s) => ({ itemKey: 'i', subscriptionId: s.id, platform: 'telegram' as const, chatId: s.chatId, payload })),
      );
      const [first] = await store.claim(1, 0, 1000, ['telegram']);
      await store.markRetry(first!.id, 5000, '429');
      await store.deactivateSubscription(b.id);
      expect(await store.claim(10, 4000, 1000, ['telegram'])).toEqual([]);
      expect((await store.claim(10, 5000, 1000, ['telegram'])).map((r) => r.chatId)).toEqual(['a']);
      expect(await store.counts()).toMatchObject({ failed: 1 });
      await store.close();
    });

    it('GIVEN a multi-part row THEN the parts sent are recorded and read back on the next claim', async () => {
      const store = await makeStore();
      const s = await store.upsertSubscription('telegram', '1', [], false);
      await store.enqueue([{ itemKey: 'i', subscriptionId: s.id, platform: 'telegram', chatId: '1', payload }]);
      const [first] = await store.claim(10, 0, 1000, ['telegram']);
      expect(first).toMatchObject({ partsSent: 0, attempts: 1 });
      await store.markPartSent(first!.id, 2);
      await store.markRetry(first!.id, 10, '500');
      expect(await store.claim(10, 10, 1000, ['telegram'])).toMatchObject([{ id: first!.id, partsSent: 2, attempts: 2 }]);
      await store.close();
    });

    it('GIVEN a throttled row and rows handed back at shutdown THEN they are due again and no attempt is counted', async () => {
      const store = await makeStore();
      const subs = await Promise.all(['a', 'b', 'c'].map((c) => store.upsertSubscription('telegram', c, [], false)));
      await store.enqueue(
        subs.map((s) => ({ itemKey: 'i', subscriptionId: s.id, platform: 'telegram' as const, chatId: s.chatId, payload })),
      );
      const [a, b, c] = await store.claim(10, 0, 60_000, ['telegram']);
      await store.markThrottled(a!.id, 3000, '429: retry after 3');
      await store.markSent(c!.id);
      await store.unclaim([b!.id, c!.id]);
      expect((await store.claim(10, 100, 60_000, ['telegram'])).map((r) => [r.chatId, r.attempts])).toEqual([['b', 1]]);
      expect((await store.claim(10, 3000, 60_000, ['telegram'])).map((r) => [r.chatId, r.attempts, r.lastError])).toEqual([
        ['a', 1, '429: retry after 3'],
      ]);
      expect(await store.counts()).toMatchObject({ sent: 1, sending: 2, pending: 0 });
      await store.close();
    });

    it('GIVEN held digest rows THEN they are listed and released', async () => {
      const store = await makeStore();
      const s = await store.upsertSubscription('telegram', 'd', [], true);
      await store.enqueue([{ itemKey: 'i', subscriptionId: s.id, platform: 'telegram', chatId: 'd', payload, held: true }]);
      const held = await store.held();
      expect(held.map((r) => r.status)).toEqual(['held']);
      await store.release(held.map((r) => r.id));
      expect(await store.held()).toEqual([]);
      await store.close();
    });

    it('GIVEN a setting THEN it reads back and can be replaced', async () => {
      const store = await makeStore();
      expect(await store.getSetting('k')).toBeNull();
      await store.setSetting('k', '{"on":true}');
      await store.setSetting('k', '{"on":false}');
      expect(await store.getSetting('k')).toBe('{"on":false}');
      await store.close();
    });

    it('GIVEN feed state and registry updates THEN they read back', async () => {
      const store = await makeStore();
      await store.saveFeedState({ url: 'http://x', etag: '"1"', lastModified: null, lastStatus: 'ok', lastPolledAt: 5 });
      expect(await store.feedState('http://x')).toEqual({
        url: 'http://x',
        etag: '"1"',
        lastModified: null,
        lastStatus: 'ok',
        lastPolledAt: 5,
      });
      const update = { name: 'X金交所', status: 'closed' as const, date: '2024-01-01', source: { title: 'news' } };
      await store.recordRegistryUpdate(update);
      expect(await store.registryUpdates()).toEqual([update]);
      await store.close();
    });
  });
}
