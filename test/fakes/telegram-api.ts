/**
 * A fake Telegram Bot API on 127.0.0.1: getMe, getUpdates long polling with offsets, sendMessage,
 * answerCallbackQuery, setMyCommands, deleteWebhook, setWebhook, sendChatAction; injectable errors
 * and hangs. With `limits`, sendMessage keeps Telegram's limits strictly: at most `perSecond` accepted
 * in any sliding 1000 ms window, and `perChatGapMs` between two accepted messages to one chat; past
 * either, 429 with retry_after, as the real Bot API answers.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ApiCall {
  method: string;
  body: Record<string, unknown>;
  at: number;
  /** The HTTP status answered (unset while the call is unanswered). */
  status?: number;
}

export interface FakeLimits {
  perSecond: number;
  perChatGapMs: number;
}

/** An injected answer, or `hang`: the request is never answered (until the fake stops). */
type Injected = Answer | 'hang';

type Answer = { ok: true; result: unknown } | { ok: false; error_code: number; description: string; parameters?: { retry_after?: number } };

export interface FakeTelegram {
  url: string;
  token: string;
  botId: number;
  username: string;
  calls: ApiCall[];
  /** Queues an update for getUpdates (update_id is assigned). */
  pushUpdate(update: Record<string, unknown>): number;
  /** The next `times` calls of `method` get this error. */
  inject(method: string, answer: Answer, times?: number): void;
  /** The next `times` calls of `method` for which `when` holds get this answer (or hang). */
  injectWhen(method: string, when: (body: Record<string, unknown>) => boolean, answer: Injected, times?: number): void;
  /** sendMessage calls the fake accepted (200), optionally to one chat. */
  accepted(chatId?: number | string): ApiCall[];
  /** sendMessage calls refused with 429 by the strict limits (not counting injected ones). */
  limited(): ApiCall[];
  waitFor(method: string, predicate?: (call: ApiCall) => boolean, timeoutMs?: number): Promise<ApiCall>;
  sent(chatId?: number | string): ApiCall[];
  /** getChatMember answers this status for the user in the chat ('member' when not set). */
  setMember(chatId: number, userId: number, status: 'creator' | 'administrator' | 'member' | 'left'): void;
  stop(): Promise<void>;
}

export async function startFakeTelegram(options: { token?: string; username?: string; limits?: FakeLimits } = {}): Promise<FakeTelegram> {
  const token = options.token ?? '123456:TEST-fake-token';
  const username = options.username ?? 'finrisk_test_bot';
  const botId = 777000;
  const calls: ApiCall[] = [];
  const updates: Array<Record<string, unknown> & { update_id: number }> = [];
  const injected = new Map<string, Answer[]>();
  const rules: Array<{ method: string; when: (body: Record<string, unknown>) => boolean; answer: Injected; left: number }> = [];
  const window: number[] = [];
  const lastByChat = new Map<string, number>();
  const limitedCalls: ApiCall[] = [];
  const waiters = new Set<() => void>();
  const members = new Map<string, string>();
  let nextUpdate = 1;
  let nextMessage = 1000;

  const wake = (): void => {
    for (const w of waiters) w();
  };

  /** The strict limits: a refusal, or null after counting the message as accepted. */
  function overLimit(limits: FakeLimits, body: Record<string, unknown>, at: number): Answer | null {
    while (window.length > 0 && at - (window[0] as number) >= 1000) window.shift();
    const chat = String(body.chat_id);
    const last = lastByChat.get(chat);
    if (window.length >= limits.perSecond || (last !== undefined && at - last < limits.perChatGapMs)) {
      return { ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } };
    }
    window.push(at);
    lastByChat.set(chat, at);
    return null;
  }

  async function answer(method: string, body: Record<string, unknown>, call: ApiCall): Promise<Answer> {
    const rule = rules.find((r) => r.method === method && r.left > 0 && r.when(body));
    if (rule) {
      rule.left -= 1;
      if (rule.answer === 'hang') return new Promise<Answer>(() => undefined);
      return rule.answer;
    }
    const queued = injected.get(method);
    if (queued && queued.length > 0) return queued.shift() as Answer;
    if (method === 'sendMessage' && options.limits) {
      const refused = overLimit(options.limits, body, call.at);
      if (refused) {
        limitedCalls.push(call);
        return refused;
      }
    }
    switch (method) {
      case 'getMe':
        return { ok: true, result: { id: botId, is_bot: true, first_name: 'finrisk', username } };
      case 'getUpdates': {
        const offset = Number(body.offset ?? 0);
        const timeoutMs = Math.min(Number(body.timeout ?? 0), 2) * 1000;
        const pending = (): typeof updates => updates.filter((u) => u.update_id >= offset);
        if (pending().length === 0 && timeoutMs > 0) {
          await new Promise<void>((resolve) => {
            const done = (): void => {
              waiters.delete(done);
              clearTimeout(timer);
              resolve();
            };
            const timer = setTimeout(done, timeoutMs);
            waiters.add(done);
          });
        }
        return { ok: true, result: pending() };
      }
      case 'getChatMember': {
        const status = members.get(`${String(body.chat_id)}:${String(body.user_id)}`) ?? 'member';
        return { ok: true, result: { status, user: { id: Number(body.user_id), is_bot: false, first_name: 'u' } } };
      }
      case 'sendMessage':
        return {
          ok: true,
          result: {
            message_id: nextMessage++,
            date: Math.floor(Date.now() / 1000),
            chat: { id: Number(body.chat_id), type: 'private' },
            text: body.text,
          },
        };
      default:
        return { ok: true, result: true };
    }
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const match = /^\/bot([^/]+)\/(\w+)/.exec(req.url ?? '');
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: Record<string, unknown>;
      try {
        body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      } catch {
        body = Object.fromEntries(new URLSearchParams(raw));
      }
      const send = (status: number, payload: Answer): void => {
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
      };
      if (!match || match[1] !== token) return send(401, { ok: false, error_code: 401, description: 'Unauthorized' });
      const method = match[2] as string;
      const call: ApiCall = { method, body, at: Date.now() };
      calls.push(call);
      wake();
      void answer(method, body, call).then((a) => {
        call.status = a.ok ? 200 : a.error_code;
        send(call.status, a);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    botId,
    username,
    calls,
    pushUpdate(update) {
      const update_id = nextUpdate++;
      updates.push({ ...update, update_id });
      wake();
      return update_id;
    },
    inject(method, a, times = 1) {
      injected.set(method, [...(injected.get(method) ?? []), ...Array.from({ length: times }, () => a)]);
    },
    waitFor(method, predicate = () => true, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          const found = calls.find((c) => c.method === method && predicate(c));
          if (found) {
            waiters.delete(check as () => void);
            clearTimeout(timer);
            resolve(found);
          }
          return Boolean(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check as () => void);
          reject(new Error(`no ${method} call within ${timeoutMs} ms; calls: ${calls.map((c) => c.method).join(', ')}`));
        }, timeoutMs);
        if (!check()) waiters.add(check as () => void);
      });
    },
    injectWhen(method, when, a, times = 1) {
      rules.push({ method, when, answer: a, left: times });
    },
    accepted: (chatId) =>
      calls.filter(
        (c) => c.method === 'sendMessage' && c.status === 200 && (chatId === undefined || String(c.body.chat_id) === String(chatId)),
      ),
    limited: () => limitedCalls,
    setMember: (chatId, userId, status) => void members.set(`${chatId}:${userId}`, status),
    sent: (chatId) =>
      calls.filter((c) => c.method === 'sendMessage' && (chatId === undefined || String(c.body.chat_id) === String(chatId))),
    stop: () =>
      new Promise((resolve) => {
        wake();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A private or group text message update. */
export function textUpdate(
  text: string,
  options: { chatId?: number; userId?: number; group?: boolean; replyToBotId?: number; language?: string } = {},
): Record<string, unknown> {
  const chatId = options.chatId ?? 42;
  const entities = text.startsWith('/') ? [{ type: 'bot_command', offset: 0, length: text.split(/\s/)[0]?.length ?? 0 }] : [];
  return {
    message: {
      message_id: Math.floor(Math.random() * 1e6),
      date: Math.floor(Date.now() / 1000),
      text,
      entities,
      chat: options.group ? { id: chatId, type: 'supergroup', title: 'g' } : { id: chatId, type: 'private', first_name: 'u' },
      from: { id: options.userId ?? 1001, is_bot: false, first_name: 'u', language_code: options.language ?? 'zh-hans' },
      ...(options.replyToBotId
        ? {
            reply_to_message: {
              message_id: 1,
              date: 0,
              chat: { id: chatId, type: 'supergroup' },
              from: { id: options.replyToBotId, is_bot: true, first_name: 'finrisk' },
            },
          }
        : {}),
    },
  };
}
