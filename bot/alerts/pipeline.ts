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
import { createDelivery, type DeliveryObserver, type DeliveryResult, type Pacer, type RateLimits } from './deliver.js';
import { fetchFeed, titleKey, type FeedItem, type FetchOptions } from './feeds.js';
import { alertReply, digestReply, overflowReply } from './render.js';
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
  /** Pacers shared with interactive replies; without, delivery paces on its own. */
  pacers?: Partial<Record<Platform, Pacer>>;
  /** How long a claimed outbox row stays with its claimer before another instance may retake it. */
  leaseMs?: number;
  observer?: DeliveryObserver & { pollDuration?(ms: number): void };
  /** Immediate pushes one subscriber gets from one poll; the rest arrive as one summary message. */
  maxPushesPerPoll?: number;
}

export const MAX_PUSHES_PER_POLL = 5;

/**
 * Per subscriber, in one poll: pushes queued so far and the closures past the cap. Items past
 * someone's cap are recorded as seen only after their summary is queued, so a crash loses none.
 */
interface PollBudget {
  subscribers: Map<number, { platform: Platform; chatId: string; queued: number; overflow: FeedItem[] }>;
  unrecorded: Array<() => Promise<unknown>>;
}

export interface Alerts {
  pollOnce(): Promise<PollResult>;
  deliverOnce(): Promise<DeliveryResult>;
  /**
   * Merges held digest rows into one push per subscriber and day (`day`, e.g. 2026-12-01, in the
   * operator's time zone): a second run on the same day, on any instance, queues nothing.
   */
  queueDigests(day?: string): Promise<number>;
  feedStatus(): Promise<Array<{ url: string; status: string; polledAt: string | null }>>;
  /** Resolves when no delivery is in flight. */
  idle(): Promise<void>;
  /** Stops delivering: the message in flight finishes, the claimed rest goes back to the outbox. */
  stopDelivery(): Promise<void>;
  /** Re-applies registry updates learnt from earlier news (call at start-up). */
  restoreRegistry(): Promise<number>;
}

async function queueDigestRows(store: Store, day: string): Promise<number> {
  const held = await store.held();
  const bySubscription = new Map<number, typeof held>();
  for (const row of held) bySubscription.set(row.subscriptionId, [...(bySubscription.get(row.subscriptionId) ?? []), row]);
  let queued = 0;
  for (const [subscriptionId, rows] of bySubscription) {
    const first = rows[0];
    if (!first) continue;
    const payload = JSON.stringify(digestReply(rows.map((r) => JSON.parse(r.payload) as Reply)));
    const added = await store.enqueue([
      { itemKey: `digest:${day}`, subscriptionId, platform: first.platform, chatId: first.chatId, payload },
    ]);
    // Today's digest already went out: these rows wait for tomorrow's.
    if (added === 0) continue;
    queued += added;
    await store.release(rows.map((r) => r.id));
  }
  return queued;
}

export function createAlerts(deps: AlertsDeps): Alerts {
  const classify = deps.classify ?? classifyNews;
  const delivery = createDelivery(deps);

  const cap = deps.maxPushesPerPoll ?? MAX_PUSHES_PER_POLL;

  /** Subscribers still under the cap; the others get the item in their overflow summary. */
  function withinCap<S extends { id: number; platform: Platform; chatId: string; digest: boolean }>(
    subscribers: S[],
    item: FeedItem,
    budget: PollBudget,
  ): S[] {
    return subscribers.filter((s) => {
      if (s.digest) return true;
      const b = budget.subscribers.get(s.id) ?? { platform: s.platform, chatId: s.chatId, queued: 0, overflow: [] };
      budget.subscribers.set(s.id, b);
      if (b.queued < cap) {
        b.queued += 1;
        return true;
      }
      b.overflow.push(item);
      return false;
    });
  }

  async function queueOverflow(budget: PollBudget, result: PollResult): Promise<void> {
    for (const [subscriptionId, b] of budget.subscribers) {
      if (b.overflow.length === 0) continue;
      const itemKey = `overflow:${b.overflow
        .map((i) => i.key)
        .join('|')
        .slice(0, 400)}`;
      result.queued += await deps.store.enqueue([
        { itemKey, subscriptionId, platform: b.platform, chatId: b.chatId, payload: JSON.stringify(overflowReply(b.overflow)) },
      ]);
    }
    for (const record of budget.unrecorded) await record();
  }

  async function handleItem(feed: string, item: FeedItem, result: PollResult, budget: PollBudget): Promise<void> {
    const key = titleKey(item.title);
    // Seen before: the item is marked as still listed, so retention never deletes what a feed still lists.
    if (await deps.store.recordListing(item.key, key)) return;
    result.new += 1;
    let overflowed = false;
    const closure = classify(
      { title: item.title, summary: item.summary, date: item.date ?? undefined, link: item.link ?? undefined },
      deps.registry,
    );
    if (closure.closure) {
      result.closures += 1;
      for (const update of closure.statusUpdates) {
        deps.registry.apply(update);
        await deps.store.recordRegistryUpdate(update);
      }
      const payload = JSON.stringify(alertReply(item, closure, deps.knowledge));
      const matching = (await deps.store.subscriptions()).filter((s) => matchesFilters(s.filters, item, closure, deps.registry));
      const subscribers = withinCap(matching, item, budget);
      overflowed = subscribers.length < matching.length;
      result.queued += await deps.store.enqueue(
        subscribers.map((s) => ({
          itemKey: item.key,
          subscriptionId: s.id,
          platform: s.platform,
          chatId: s.chatId,
          payload,
          held: s.digest,
        })),
      );
    }
    const record = () => deps.store.recordItem({ key: item.key, titleKey: key, feed, title: item.title, link: item.link, date: item.date });
    if (overflowed) budget.unrecorded.push(record);
    else await record();
  }

  async function pollFeed(url: string, result: PollResult, budget: PollBudget): Promise<void> {
    const state = await deps.store.feedState(url);
    const outcome = await fetchFeed(url, state, deps.fetch);
    const polledAt = deps.clock.now();
    if (outcome.status === 'error') {
      deps.log.warn({ feed: url, error: outcome.error }, 'feed failed; will retry next poll');
      await deps.store.saveFeedState({
        url,
        etag: state?.etag ?? null,
        lastModified: state?.lastModified ?? null,
        lastStatus: `error: ${outcome.error}`,
        lastPolledAt: polledAt,
      });
      return;
    }
    if (outcome.status === 'not-modified') {
      await deps.store.recordFeedUnchanged(url);
      await deps.store.saveFeedState({
        url,
        etag: state?.etag ?? null,
        lastModified: state?.lastModified ?? null,
        lastStatus: 'not modified',
        lastPolledAt: polledAt,
      });
      return;
    }
    result.fetched += outcome.items.length;
    if (outcome.skipped > 0) deps.log.info({ feed: url, skipped: outcome.skipped }, 'items without title or summary skipped');
    for (const item of outcome.items) await handleItem(url, item, result, budget);
    // Feed state moves on only after every item is handled, so a crash re-reads the same feed.
    await deps.store.saveFeedState({
      url,
      etag: outcome.etag,
      lastModified: outcome.lastModified,
      lastStatus: 'ok',
      lastPolledAt: polledAt,
    });
  }

  return {
    async pollOnce() {
      const result: PollResult = { fetched: 0, new: 0, closures: 0, queued: 0 };
      const poll = async (): Promise<void> => {
        const started = performance.now();
        const budget: PollBudget = { subscribers: new Map(), unrecorded: [] };
        for (const url of deps.feeds) {
          try {
            await pollFeed(url, result, budget);
          } catch (error) {
            deps.log.error({ feed: url, err: error }, 'feed poll failed; the other feeds go on');
          }
        }
        await queueOverflow(budget, result);
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
    stopDelivery: () => delivery.stop(),
    async queueDigests(day = new Date(deps.clock.now()).toISOString().slice(0, 10)) {
      let queued = 0;
      const run = async (): Promise<void> => {
        queued = await queueDigestRows(deps.store, day);
      };
      // The poll's lock: instances take turns, and the day in the row key makes a second turn a no-op.
      const coordination = deps.store.coordination;
      if (!coordination) await run();
      else await coordination.exclusive('poll', run);
      return queued;
    },
    async feedStatus() {
      return Promise.all(
        deps.feeds.map(async (url) => {
          const s = await deps.store.feedState(url);
          return {
            url,
            status: s?.lastStatus ?? 'never polled',
            polledAt: s?.lastPolledAt ? new Date(s.lastPolledAt).toISOString() : null,
          };
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
