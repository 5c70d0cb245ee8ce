/** Middleware that protects the core: error boundary, timeout, group etiquette, input and rate limits. */
import type { Clock } from './ports.js';
import type { Logger } from './log.js';
import type { Middleware } from './middleware.js';
import { errorReply } from './reply.js';

/** Longest message the core reads; longer input gets a clear refusal instead of a slow search. */
export const MAX_INPUT_CHARS = 5000;
/**
 * Longest name /status looks up. The registry's fuzzy match costs time in proportion to the name's
 * length for every key (a 5,000-character name took about 1 s of CPU); real names are under 30.
 */
export const MAX_NAME_CHARS = 40;

export function errorBoundary(log: Logger): Middleware {
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      log.error({ err: error, platform: ctx.msg.platform }, 'message handling failed');
      ctx.replies = [errorReply('处理这条消息时出错了，请稍后再试。（内部错误已记录）')];
    }
  };
}

export function timeout(ms: number): Middleware {
  return async (ctx, next) => {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), ms);
    });
    const outcome = await Promise.race([next().then(() => 'done' as const), expired]);
    clearTimeout(timer);
    if (outcome === 'timeout') ctx.replies = [errorReply(`处理超时（${Math.round(ms / 1000)} 秒），请换个更短的说法再试。`)];
  };
}

/** In groups the bot speaks only when addressed: a command to it, a mention, or a reply to it. */
export const groupEtiquette: Middleware = async (ctx, next) => {
  if (ctx.msg.chatType === 'group' && !ctx.msg.addressed) return;
  await next();
};

export function describeBadInput(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length === 0) return '消息是空的。请输入一个问题，或粘贴想检查的理财产品描述；输入 /help 查看用法。';
  if (text.length > MAX_INPUT_CHARS) {
    return `消息太长（${text.length} 个字符）。请缩短到 ${MAX_INPUT_CHARS} 个字符以内，只保留问题或产品描述的关键部分。`;
  }
  const junk = [...trimmed].filter((ch) => /[\u0000-\u0008\u000e-\u001f\ufffd]/.test(ch)).length;
  if (junk / trimmed.length > 0.1) return '这条消息看起来是二进制数据或乱码，无法阅读。请发送文字。';
  return null;
}

export const inputGuard: Middleware = async (ctx, next) => {
  const problem = describeBadInput(ctx.msg.text);
  if (problem) {
    ctx.replies = [errorReply(problem)];
    return;
  }
  await next();
};

/**
 * Sliding-window limit of requests per user per minute, with a polite reply past it. A watched
 * channel's /check is not the author's request: past the limit a promoter would otherwise post
 * unwarned. Its work stays bounded (input limit, linear rules) and it is not counted either.
 */
export function rateLimit(perMinute: number, clock: Clock): Middleware {
  const seen = new Map<string, number[]>();
  return async (ctx, next) => {
    if (ctx.msg.watched === true && /^\/check\s/.test(ctx.msg.text)) return next();
    const key = `${ctx.msg.platform}:${ctx.msg.userId}`;
    const now = clock.now();
    const recent = (seen.get(key) ?? []).filter((t) => now - t < 60_000);
    if (recent.length >= perMinute) {
      const waitS = Math.max(1, Math.ceil((60_000 - (now - (recent[0] ?? now))) / 1000));
      seen.set(key, recent);
      ctx.replies = [errorReply(`请求有点多，请 ${waitS} 秒后再试（每分钟最多 ${perMinute} 次）。`)];
      return;
    }
    recent.push(now);
    seen.set(key, recent);
    if (seen.size > 10_000) seen.delete(seen.keys().next().value as string);
    await next();
  };
}

/**
 * One message per user at a time, in order, and each waits one turn of the event loop before it
 * starts. CPU work cannot be interrupted by a timeout, so a burst from one user must interleave with
 * everyone else's messages instead of running back to back ahead of them. Like grammY runner's
 * `sequentialize`, this orders one user's messages; unlike it, it also keeps one user's heavy burst
 * from holding the single event loop: after a message that took `d` ms, that user's next one waits
 * as long again (at most MAX_SHARE_PAUSE_MS), so a flood gets about half the loop and another user's
 * reply, whose network steps each need a free turn of the loop, is never stuck behind it.
 */
export function fairQueue(): Middleware {
  const tails = new Map<string, Promise<void>>();
  return async (ctx, next) => {
    const key = `${ctx.msg.platform}:${ctx.msg.userId}`;
    let took = 0;
    const run = async (): Promise<void> => {
      const started = performance.now();
      try {
        await next();
      } finally {
        took = performance.now() - started;
      }
    };
    const mine = (tails.get(key) ?? Promise.resolve()).then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(run);
    const tail = mine.catch(() => undefined).then(() => shareOfTheLoop(took));
    tails.set(key, tail);
    try {
      await mine;
    } finally {
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
    }
  };
}

/** Longest pause a user's next message waits after a heavy one (the heaviest take tens of ms). */
export const MAX_SHARE_PAUSE_MS = 200;
/** A message quicker than this leaves nothing to share: the next one waits only its turn of the loop. */
const HEAVY_MS = 5;

function shareOfTheLoop(took: number): Promise<void> {
  if (took < HEAVY_MS) return Promise.resolve();
  return new Promise((resolve) => setTimeout(resolve, Math.min(MAX_SHARE_PAUSE_MS, took)));
}

/** Per-command limits on the arguments, checked before any matching runs. */
export const argumentLimits: Middleware = async (ctx, next) => {
  const name = /^[/／]status(?:@\w+)?\s+([\s\S]*)$/i.exec(ctx.msg.text.trim())?.[1]?.trim();
  if (name !== undefined && name.length > MAX_NAME_CHARS) {
    ctx.replies = [
      errorReply(
        `机构名称太长（${name.length} 个字符，上限 ${MAX_NAME_CHARS}）。请只写机构的名称或简称，例如：/status 西安百金金融资产交易中心`,
      ),
    ];
    return;
  }
  await next();
};
