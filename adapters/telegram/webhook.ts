/**
 * The webhook listener: a secret is mandatory (without one anyone who reaches the port could post an
 * update as an admin), and a body over MAX_WEBHOOK_BODY bytes is answered 413 before it is parsed.
 */
import http from 'node:http';

/** Telegram's updates are a few kilobytes; 1 MB leaves room for any real one. */
export const MAX_WEBHOOK_BODY = 1024 * 1024;

type Callback = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;

export async function listenWebhook(callback: Callback, port: number): Promise<http.Server> {
  const server = http.createServer((req, res) => void receive(req, res, callback));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}

/** Reads at most MAX_WEBHOOK_BODY bytes, then hands the buffer to telegraf (which checks path and secret). */
async function receive(req: http.IncomingMessage, res: http.ServerResponse, callback: Callback): Promise<void> {
  const tooLarge = (): void => {
    res.writeHead(413, { 'content-type': 'text/plain', connection: 'close' }).end('request body over 1 MB\n');
    req.destroy();
  };
  if (Number(req.headers['content-length'] ?? 0) > MAX_WEBHOOK_BODY) return tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_WEBHOOK_BODY) return tooLarge();
      chunks.push(chunk);
    }
  } catch {
    return void res.destroy();
  }
  // telegraf parses a Buffer found in req.body instead of reading the stream again.
  Object.assign(req, { body: Buffer.concat(chunks) });
  await callback(req, res).catch(() => {
    if (!res.headersSent) res.writeHead(500).end();
  });
}
