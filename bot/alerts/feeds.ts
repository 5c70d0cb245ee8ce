/**
 * Fetching feeds with our own conditional GET (ETag / Last-Modified, 304), time, redirect and size
 * limits, then lenient parsing of RSS 2.0, Atom and JSON Feed with feedsmith. Failures are values.
 */
import { parseFeed } from 'feedsmith';
import { z } from 'zod';
import type { FeedState } from '../store/types.js';
import { clip, decodeFeedBytes, htmlToText } from './feed-text.js';

export interface FeedItem {
  /** guid or id, else link, else the normalised title. */
  key: string;
  title: string;
  summary: string;
  link: string | null;
  date: string | null;
}

export type FetchOutcome =
  | { status: 'ok'; items: FeedItem[]; skipped: number; etag: string | null; lastModified: string | null }
  | { status: 'not-modified' }
  | { status: 'error'; error: string };

export interface FetchOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export const FEED_LIMITS = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 3 };

/** No headline is this long; longer text is cut before classification so a hostile item costs no more than a real one. */
export const ITEM_LIMITS = { titleChars: 300, summaryChars: 2000 };

const text = z.preprocess((v) => (v && typeof v === 'object' && 'value' in v ? (v as { value: unknown }).value : v), z.string().optional());

const RssItem = z
  .object({ title: text, link: z.string().optional(), description: text, guid: text, pubDate: z.string().optional() })
  .passthrough();
const AtomEntry = z
  .object({
    id: z.string().optional(),
    title: text,
    summary: text,
    content: text,
    links: z.array(z.object({ href: z.string().optional() }).passthrough()).optional(),
    updated: z.string().optional(),
    published: z.string().optional(),
  })
  .passthrough();
const JsonItem = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    url: z.string().optional(),
    title: z.string().optional(),
    summary: z.string().optional(),
    content_text: z.string().optional(),
    date_published: z.string().optional(),
  })
  .passthrough();

/** The comparable form of a title, so a re-published or mirrored item is recognised. */
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

function isoDate(value: string | undefined): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

function item(raw: { id?: string; title?: string; summary?: string; link?: string; date?: string }): FeedItem | null {
  const title = clip(htmlToText(raw.title), ITEM_LIMITS.titleChars);
  const summary = clip(htmlToText(raw.summary), ITEM_LIMITS.summaryChars);
  // An item with neither title nor summary says nothing that could be classified.
  if (!title && !summary) return null;
  const shown = title || summary.slice(0, 60);
  const link = raw.link && /^https?:\/\//i.test(raw.link) ? raw.link : null;
  return { key: raw.id || link || `title:${titleKey(shown)}`, title: shown, summary, link, date: isoDate(raw.date) };
}

/** Parses feed text; an unknown format or broken document is an error value. */
export function parseFeedText(body: string): { items: FeedItem[]; skipped: number } | { error: string } {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(body.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { error: `not a feed: ${(error as Error).message}` };
  }
  const raws: Array<Parameters<typeof item>[0]> = [];
  const feed = parsed.feed as { items?: unknown[]; entries?: unknown[] };
  if (parsed.format === 'atom') {
    for (const e of feed.entries ?? []) {
      const a = AtomEntry.safeParse(e);
      if (a.success)
        raws.push({
          id: a.data.id,
          title: a.data.title,
          summary: a.data.summary ?? a.data.content,
          link: a.data.links?.[0]?.href,
          date: a.data.published ?? a.data.updated,
        });
    }
  } else if (parsed.format === 'json') {
    for (const e of feed.items ?? []) {
      const j = JsonItem.safeParse(e);
      if (j.success)
        raws.push({
          id: j.data.id === undefined ? undefined : String(j.data.id),
          title: j.data.title,
          summary: j.data.summary ?? j.data.content_text,
          link: j.data.url,
          date: j.data.date_published,
        });
    }
  } else {
    for (const e of feed.items ?? []) {
      const r = RssItem.safeParse(e);
      if (r.success)
        raws.push({ id: r.data.guid, title: r.data.title, summary: r.data.description, link: r.data.link, date: r.data.pubDate });
    }
  }
  const items = raws.map(item).filter((i): i is FeedItem => i !== null);
  return { items, skipped: (feed.items ?? feed.entries ?? []).length - items.length };
}

async function readLimited(response: Response, maxBytes: number): Promise<Buffer | { error: string }> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) return { error: `feed is ${declared} bytes, over the ${maxBytes}-byte limit` };
  const reader = response.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { error: `feed is over the ${maxBytes}-byte limit` };
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export async function fetchFeed(url: string, state: FeedState | null, options: FetchOptions = {}): Promise<FetchOutcome> {
  const doFetch = options.fetch ?? fetch;
  const limits = { ...FEED_LIMITS, ...options };
  const headers: Record<string, string> = {
    'user-agent': 'finrisk-feed-poller/0.1',
    accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml, text/xml, */*;q=0.5',
  };
  if (state?.etag) headers['if-none-match'] = state.etag;
  if (state?.lastModified) headers['if-modified-since'] = state.lastModified;
  let target = url;
  try {
    for (let hop = 0; ; hop += 1) {
      if (!/^https?:\/\//i.test(target)) return { status: 'error', error: `only http and https feeds are allowed: ${target}` };
      const response = await doFetch(target, { headers, redirect: 'manual', signal: AbortSignal.timeout(limits.timeoutMs) });
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        const location = response.headers.get('location');
        if (!location || hop >= limits.maxRedirects) return { status: 'error', error: `too many redirects (limit ${limits.maxRedirects})` };
        target = new URL(location, target).toString();
        continue;
      }
      if (response.status === 304) return { status: 'not-modified' };
      if (!response.ok) return { status: 'error', error: `HTTP ${response.status}` };
      const body = await readLimited(response, limits.maxBytes);
      if (!Buffer.isBuffer(body)) return { status: 'error', error: body.error };
      const decoded = decodeFeedBytes(body, response.headers.get('content-type'));
      if ('error' in decoded) return { status: 'error', error: decoded.error };
      const parsed = parseFeedText(decoded.text);
      if ('error' in parsed) return { status: 'error', error: parsed.error };
      return { status: 'ok', ...parsed, etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
    }
  } catch (error) {
    const e = error as Error;
    return { status: 'error', error: e.name === 'TimeoutError' ? `timed out after ${limits.timeoutMs} ms` : `fetch failed: ${e.message}` };
  }
}
