/** A local feed server for tests: register a path's body (with optional ETag), read the requests, stop. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedRoute {
  body: string | Buffer | (() => string);
  contentType?: string;
  etag?: string;
  status?: number;
  /** Milliseconds to wait before answering. */
  delayMs?: number;
  /** Stream this many bytes of filler instead of `body`. */
  hugeBytes?: number;
}

export interface FakeFeedServer {
  url(path: string): string;
  register(path: string, route: FeedRoute): void;
  requests: Array<{ path: string; headers: http.IncomingHttpHeaders }>;
  stop(): Promise<void>;
}

export async function startFeedServer(): Promise<FakeFeedServer> {
  const routes = new Map<string, FeedRoute>();
  const requests: FakeFeedServer['requests'] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const route = routes.get(path);
    const answer = (): void => {
      if (!route) {
        res.writeHead(404).end('not found');
        return;
      }
      if (route.etag && req.headers['if-none-match'] === route.etag) {
        res.writeHead(304, { etag: route.etag }).end();
        return;
      }
      const headers: http.OutgoingHttpHeaders = { 'content-type': route.contentType ?? 'application/rss+xml; charset=utf-8' };
      if (route.etag) headers.etag = route.etag;
      if (route.hugeBytes) {
        res.writeHead(route.status ?? 200, headers);
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        const pump = (): void => {
          while (sent < (route.hugeBytes as number)) {
            sent += chunk.length;
            if (!res.write(chunk)) {
              res.once('drain', pump);
              return;
            }
          }
          res.end();
        };
        res.on('error', () => undefined);
        pump();
        return;
      }
      res.writeHead(route.status ?? 200, headers).end(typeof route.body === 'function' ? route.body() : route.body);
    };
    if (route?.delayMs) setTimeout(answer, route.delayMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    register: (path, route) => void routes.set(path, route),
    requests,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An RSS 2.0 document with the given items. */
export function rss(items: Array<{ title?: string; description?: string; link?: string; guid?: string; pubDate?: string }>): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = items
    .map((i) =>
      [
        '<item>',
        i.title !== undefined ? `<title>${esc(i.title)}</title>` : '',
        i.description !== undefined ? `<description>${esc(i.description)}</description>` : '',
        i.link ? `<link>${esc(i.link)}</link>` : '',
        i.guid ? `<guid>${esc(i.guid)}</guid>` : '',
        i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : '',
        '</item>',
      ].join(''),
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>测试新闻</title>${body}</channel></rss>`;
}
