/** What the stores read back: JSON columns validated, outbox records mapped to rows. */
import { z } from 'zod';
import type { Platform } from '../types.js';
import type { OutboxRow, OutboxStatus, Subscription } from './types.js';

export const FiltersSchema = z.array(z.string());

export const StatusUpdateSchema = z.object({
  name: z.string(),
  status: z.enum(['operating', 'qualification-cancelled', 'renamed-out', 'deregistered', 'closed']),
  date: z.string().nullable(),
  region: z.string().optional(),
  source: z.object({
    title: z.string(),
    doc: z.string().optional(),
    section: z.string().optional(),
    url: z.string().optional(),
    accessed: z.string().optional(),
  }),
});

/** An outbox row as both stores' drivers return it. */
export interface OutboxRecord {
  id: number;
  item_key: string;
  subscription_id: number;
  platform: string;
  chat_id: string;
  payload: string;
  status: string;
  attempts: number;
  next_attempt_at: number;
  lease_until: number | null;
  last_error: string | null;
  parts_sent?: number;
}

export const toRow = (r: OutboxRecord): OutboxRow => ({
  id: r.id,
  itemKey: r.item_key,
  subscriptionId: r.subscription_id,
  platform: r.platform as Platform,
  chatId: r.chat_id,
  payload: r.payload,
  status: r.status as OutboxStatus,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  leaseUntil: r.lease_until,
  lastError: r.last_error,
  partsSent: r.parts_sent ?? 0,
});

/** A subscription as both drivers return it: SQLite gives 0/1 for the flags, PostgreSQL booleans. */
export interface SubscriptionRecord {
  id: number;
  platform: string;
  chat_id: string;
  filters: string;
  digest: number | boolean;
  active: number | boolean;
}

export const toSubscription = (r: SubscriptionRecord): Subscription => ({
  id: r.id,
  platform: r.platform as Platform,
  chatId: r.chat_id,
  filters: FiltersSchema.parse(JSON.parse(r.filters)),
  digest: r.digest === 1 || r.digest === true,
  active: r.active === 1 || r.active === true,
});
