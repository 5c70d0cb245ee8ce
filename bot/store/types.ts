/**
 * The persistent store behind subscriptions, seen feed items, feed state, registry updates and the
 * outbox. Async so that a PostgreSQL implementation can follow behind the same contract tests.
 */
import type { StatusUpdate } from '../../knowledge/registry/types.js';
import type { Platform } from '../types.js';

export interface Subscription {
  id: number;
  platform: Platform;
  chatId: string;
  /** Regions, keywords or entity names; empty means all closure news. */
  filters: string[];
  digest: boolean;
  active: boolean;
}

export interface SeenItem {
  /** guid, else link, else the normalised title. */
  key: string;
  titleKey: string;
  feed: string;
  title: string;
  link: string | null;
  date: string | null;
}

export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  lastStatus: string | null;
  lastPolledAt: number | null;
}

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'held';

export interface OutboxRow {
  id: number;
  itemKey: string;
  subscriptionId: number;
  platform: Platform;
  chatId: string;
  /** The rendered neutral reply, as JSON. */
  payload: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: number;
  leaseUntil: number | null;
  lastError: string | null;
  /** Parts of a multi-part push the platform has acknowledged; sending resumes at this index. */
  partsSent: number;
}

export interface NewRow {
  itemKey: string;
  subscriptionId: number;
  platform: Platform;
  chatId: string;
  payload: string;
  /** Digest subscribers' rows wait for the digest. */
  held?: boolean;
}

export interface Store {
  upsertSubscription(platform: Platform, chatId: string, filters: string[], digest: boolean): Promise<Subscription>;
  subscriptions(filter?: { platform?: Platform; chatId?: string }): Promise<Subscription[]>;
  removeSubscriptions(platform: Platform, chatId: string): Promise<number>;
  deactivateSubscription(id: number): Promise<void>;

  feedState(url: string): Promise<FeedState | null>;
  saveFeedState(state: FeedState): Promise<void>;

  /** Whether an item with this key or this normalised title was seen. */
  hasSeen(key: string, titleKey: string): Promise<boolean>;
  /** Records an item unless its key or its normalised title was seen; true when it is new. */
  recordItem(item: SeenItem): Promise<boolean>;
  /**
   * A poll lists this item: when its key or normalised title was seen, its listing time becomes now
   * and the answer is true; false when it is new. Retention counts from the last listing.
   */
  recordListing(key: string, titleKey: string): Promise<boolean>;
  /** The feed answered "not modified": everything recorded from it is still listed as of now. */
  recordFeedUnchanged(feed: string): Promise<void>;

  /** Adds outbox rows; a row for an (item, subscription) pair that exists is ignored. Returns rows added. */
  enqueue(rows: NewRow[]): Promise<number>;
  /** Claims due rows of these platforms (pending, or in flight with an expired lease) for `leaseMs`. */
  claim(limit: number, now: number, leaseMs: number, platforms: Platform[]): Promise<OutboxRow[]>;
  markSent(id: number): Promise<void>;
  markRetry(id: number, nextAttemptAt: number, error: string): Promise<void>;
  markFailed(id: number, error: string): Promise<void>;
  /** Records that the first `partsSent` parts of a claimed multi-part row were sent. */
  markPartSent(id: number, partsSent: number): Promise<void>;
  /** Back to pending after a 429, due at `nextAttemptAt`, without counting the attempt. */
  markThrottled(id: number, nextAttemptAt: number, error: string): Promise<void>;
  /** Hands claimed rows that were not attempted back (shutdown), uncounted; rows no longer claimed are left alone. */
  unclaim(ids: number[]): Promise<void>;
  /**
   * Releases claims no live process holds, at start-up; returns how many. SQLite: every claim, since one
   * process owns a data directory and this one has just opened it. PostgreSQL: none (instances share
   * the outbox; a dead one's leases run out).
   */
  releaseStaleClaims(): Promise<number>;
  /** Held digest rows of one chat, oldest first. */
  held(): Promise<OutboxRow[]>;
  /** Marks held rows as merged into a digest row. */
  release(ids: number[]): Promise<void>;
  counts(): Promise<Record<OutboxStatus, number>>;

  /** Small adapter settings (e.g. which Discord channels are watched), as JSON text. */
  getSetting(key: string): Promise<string | null>;
  setSetting(key: string, value: string): Promise<void>;

  recordRegistryUpdate(update: StatusUpdate): Promise<void>;
  registryUpdates(): Promise<StatusUpdate[]>;

  /**
   * Retention: deletes outbox rows sent before `before`, and seen items no poll has listed since
   * before it (epoch ms), except those of a feed whose last poll failed: it may still list them.
   * Pending, failed and held rows stay, as do subscriptions and registry updates.
   */
  prune(before: number): Promise<{ outbox: number; seen: number }>;

  /** Resolves when the store answers (for health checks); rejects with the reason otherwise. */
  ping(): Promise<void>;
  /**
   * Present when several processes share this store (PostgreSQL): a lock that only one instance
   * holds at a time, and send limits shared by every instance.
   */
  coordination?: Coordination;

  close(): Promise<void>;
}

/** What lets several bot instances share one store without doing the same work twice. */
export interface Coordination {
  /** Runs `task` unless another instance is running the task of this name; false when skipped. */
  exclusive(name: string, task: () => Promise<void>): Promise<boolean>;
  /**
   * Reserves the next send slot of a limit shared by all instances, the slots `intervalMs` apart;
   * returns how many milliseconds to wait until the reserved slot.
   */
  reserveSlot(bucket: string, intervalMs: number): Promise<number>;
  /** Pushes every instance's next slot of `bucket` at least `ms` into the future (after a 429). */
  pauseBucket(bucket: string, ms: number): Promise<void>;
}
