/**
 * The alerts pipeline: poll feeds → classify → match subscriptions → queue pushes in the outbox →
 * deliver. Rows are queued before an item is recorded as seen, so a crash between the two re-polls
 * the item and the outbox's unique (item, subscription) key keeps it from being queued twice.
 */
import type { Registry } from '../../knowledge/registry/types.js';
import type { Knowledge } from '../../knowledge/types.js';
import type { Logger } from '../log.js';
import type { Clock, Sender } from '../ports.js';
import type { Store } from '../store/types.js';
import { classifyNews, type NewsClassification, type NewsInput } from './classify.js';
import { createDelivery, type DeliveryObserver, type DeliveryResult, type RateLimits } from './deliver.js';
import { fetchFeed, titleKey, type FeedItem, type FetchOptions } from './feeds.js';
import { alertReply, digestReply } from './render.js';
import { matchesFilters } from './subscriptions.js';
import type { Platform, Reply } from '../types.js';

export interface PollResult {
  fetched: number;
  new: number;
  closures: number;
  queued: number;
  /** Set when another instance sharing the store was polling, so this one did not. */
  skipped?: string;
}

export interface AlertsDeps {
  store: Store;
  registry: Registry;
  knowledge: Knowledge;
  senders: Sender[];
  feeds: string[];
  clock: Clock;
  log: Logger;
  classify?: (item: NewsInput, registry: Registry) => NewsClassification;
  fetch?: FetchOptions;
  limits?: Partial<Record<Platform, RateLimits>>;
  /** How long a claimed outbox row stays with its claimer before another instance may retake it. */
  leaseMs?: number;
  observer?: DeliveryObserver & { pollDuration?(ms: number): void };
}

export interface Alerts {
  pollOnce(): Promise<PollResult>;
  deliverOnce(): Promise<DeliveryResult>;
  /** Merges held digest rows into one push per subscriber. */
  queueDigests(): Promise<number>;
  feedStatus(): Promise<Array<{ url: string; status: string; polledAt: string | null }>>;
  /** Resolves when no delivery is in flight. */
  idle(): Promise<void>;
  /** Re-applies registry updates learnt from earlier news (call at start-up). */
  restoreRegistry(): Promise<number>;
}

export function createAlerts(deps: AlertsDeps): Alerts {
  const classify = deps.classify ?? classifyNews;
  const delivery = createDelivery(deps);

  async function handleItem(feed: string, item: FeedItem, result: PollResult): Promise<void> {
    const key = titleKey(item.title);
    if (await deps.store.hasSeen(item.key, key)) return;
    result.new += 1;
    const closure = classify({ title: item.title, summary: item.summary, date: item.date ?? undefined, link: item.link ?? undefined }, deps.registry);
    if (closure.closure) {
      result.closures += 1;
      for (const update of closure.statusUpdates) {
        deps.registry.apply(update);
        await deps.store.recordRegistryUpdate(update);
      }
      const payload = JSON.stringify(alertReply(item, closure, deps.knowledge));
      const subscribers = (await deps.store.subscriptions()).filter((s) => matchesFilters(s.filters, item, closure, deps.registry));
      result.queued += await deps.store.enqueue(
        subscribers.map((s) => ({ itemKey: item.key, subscriptionId: s.id, platform: s.platform, chatId: s.chatId, payload, held: s.digest })),
      );
    }
    await deps.store.recordItem({ key: item.key, titleKey: key, feed, title: item.title, link: item.link, date: item.date });
  }

  async function pollFeed(url: string, result: PollResult): Promise<void> {
    const state = await deps.store.feedState(url);
    const outcome = await fetchFeed(url, state, deps.fetch);
    const polledAt = deps.clock.now();
    if (outcome.status === 'error') {
      deps.log.warn({ feed: url, error: outcome.error }, 'feed failed; will retry next poll');
      await deps.store.saveFeedState({ url, etag: state?.etag ?? null, lastModified: state?.lastModified ?? null, lastStatus: `error: ${outcome.error}`, lastPolledAt: polledAt });
      return;
    }
    if (outcome.status === 'not-modified') {
      await deps.store.saveFeedState({ url, etag: state?.etag ?? null, lastModified: state?.lastModified ?? null, lastStatus: 'not modified', lastPolledAt: polledAt });
      return;
    }
    result.fetched += outcome.items.length;
    if (outcome.skipped > 0) deps.log.info({ feed: url, skipped: outcome.skipped }, 'items without title or summary skipped');
    for (const item of outcome.items) await handleItem(url, item, result);
    // Feed state moves on only after every item is handled, so a crash re-reads the same feed.
    await deps.store.saveFeedState({ url, etag: outcome.etag, lastModified: outcome.lastModified, lastStatus: 'ok', lastPolledAt: polledAt });
  }

  return {
    async pollOnce() {
      const result: PollResult = { fetched: 0, new: 0, closures: 0, queued: 0 };
      const poll = async (): Promise<void> => {
        const started = performance.now();
        for (const url of deps.feeds) {
          try {
            await pollFeed(url, result);
          } catch (error) {
            deps.log.error({ feed: url, err: error }, 'feed poll failed; the other feeds go on');
          }
        }
        deps.observer?.pollDuration?.(performance.now() - started);
      };
      // Instances sharing a store poll one at a time; the queue is idempotent, the lock saves the work.
      const coordination = deps.store.coordination;
      if (!coordination) await poll();
      else if (!(await coordination.exclusive('poll', poll))) result.skipped = 'another instance is polling';
      return result;
    },
    deliverOnce: () => delivery.deliverOnce(),
    idle: () => delivery.idle().catch(() => undefined),
    async queueDigests() {
      const held = await deps.store.held();
      const bySubscription = new Map<number, typeof held>();
      for (const row of held) bySubscription.set(row.subscriptionId, [...(bySubscription.get(row.subscriptionId) ?? []), row]);
      let queued = 0;
      for (const [subscriptionId, rows] of bySubscription) {
        const first = rows[0];
        if (!first) continue;
        const payload = JSON.stringify(digestReply(rows.map((r) => JSON.parse(r.payload) as Reply)));
        queued += await deps.store.enqueue([{ itemKey: `digest:${rows.map((r) => r.id).join(',')}`, subscriptionId, platform: first.platform, chatId: first.chatId, payload }]);
        await deps.store.release(rows.map((r) => r.id));
      }
      return queued;
    },
    async feedStatus() {
      return Promise.all(
        deps.feeds.map(async (url) => {
          const s = await deps.store.feedState(url);
          return { url, status: s?.lastStatus ?? 'never polled', polledAt: s?.lastPolledAt ? new Date(s.lastPolledAt).toISOString() : null };
        }),
      );
    },
    async restoreRegistry() {
      const updates = await deps.store.registryUpdates();
      // One re-index for the lot: each apply() re-indexes the whole registry.
      if (deps.registry.applyAll) deps.registry.applyAll(updates);
      else for (const u of updates) deps.registry.apply(u);
      return updates.length;
    },
  };
}
