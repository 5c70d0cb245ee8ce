/** grammY-style middleware over one context: `(ctx, next)`, composed by a tiny `compose`. */
import type { BotServices } from './services.js';
import type { IncomingMessage, Reply } from './types.js';

export interface Context {
  msg: IncomingMessage;
  services: BotServices;
  replies: Reply[];
}

export type Next = () => Promise<void>;
export type Middleware = (ctx: Context, next: Next) => Promise<void>;

/** Runs middleware in order; calling `next()` twice in one middleware is a bug and throws. */
export function compose(middleware: Middleware[]): (ctx: Context) => Promise<void> {
  return async (ctx) => {
    const run = async (i: number): Promise<void> => {
      const current = middleware[i];
      if (!current) return;
      let called = false;
      await current(ctx, async () => {
        if (called) throw new Error(`middleware ${i} called next() twice`);
        called = true;
        await run(i + 1);
      });
    };
    await run(0);
  };
}
