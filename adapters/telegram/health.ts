/**
 * Watches the Telegram API client: every call gets a timeout (an API root that accepts connections
 * but never answers must not hang start-up or polling), a failing getUpdates is logged once as an
 * outage and its end as a recovery, and the state is what /healthz reports.
 */
import { TelegramError, type Telegraf } from 'telegraf';
import type { Logger } from '../../bot/index.js';
import type { AdapterHealth } from '../http.js';

export interface ApiWatch {
  health(): AdapterHealth;
  /** Polling has ended for good (409, 401, …): /healthz answers 503 from now on. */
  stopped(reason: string): void;
}

/** getUpdates long-polls for 50 s (telegraf's value); give it that plus a margin. */
const LONG_POLL_MS = 50_000;

/** Rejected like a network failure, so telegraf's polling loop waits and retries instead of stopping. */
class ApiTimeout extends Error {
  override name = 'FetchError';
}

export function watchTelegramApi(telegram: Telegraf['telegram'], log: Logger, timeoutMs: number): ApiWatch {
  let outageSince: number | undefined;
  let stoppedReason: string | undefined;
  let lastError = '';
  const original = telegram.callApi.bind(telegram);
  const callApi = async (method: string, payload: unknown, options: { signal?: AbortSignal } = {}): Promise<unknown> => {
    const limit = method === 'getUpdates' ? LONG_POLL_MS + timeoutMs : timeoutMs;
    const controller = new AbortController();
    options.signal?.addEventListener('abort', () => controller.abort());
    const timer = setTimeout(
      () => controller.abort(new ApiTimeout(`Telegram Bot API did not answer ${method} within ${limit / 1000} s`)),
      limit,
    );
    try {
      const result = await (original as (m: string, p: unknown, o: { signal: AbortSignal }) => Promise<unknown>)(method, payload, {
        signal: controller.signal,
      });
      if (method === 'getUpdates') recovered();
      return result;
    } catch (error) {
      const failure = controller.signal.reason instanceof ApiTimeout && !options.signal?.aborted ? controller.signal.reason : error;
      if (method === 'getUpdates' && isOutage(failure)) outage(failure as Error);
      throw failure;
    } finally {
      clearTimeout(timer);
    }
  };
  Object.assign(telegram, { callApi });

  const outage = (error: Error): void => {
    lastError = error.message;
    if (outageSince !== undefined) return;
    outageSince = Date.now();
    log.warn({ error: error.message }, 'telegram API unreachable; polling retries until it answers');
  };
  const recovered = (): void => {
    if (outageSince === undefined) return;
    log.info({ downSeconds: Math.round((Date.now() - outageSince) / 1000) }, 'telegram API reachable again');
    outageSince = undefined;
  };
  return {
    health: () => {
      if (stoppedReason) return { name: 'telegram', ok: false, error: stoppedReason };
      if (outageSince !== undefined)
        return { name: 'telegram', ok: false, error: `API unreachable since ${new Date(outageSince).toISOString()}: ${lastError}` };
      return { name: 'telegram', ok: true };
    },
    stopped: (reason) => void (stoppedReason = `polling stopped: ${reason}`),
  };
}

/** Failures telegraf's polling retries by itself: the network, 429 and 5xx. */
function isOutage(error: unknown): boolean {
  if (error instanceof TelegramError) return error.code === 429 || error.code >= 500;
  return error instanceof Error && error.name === 'FetchError';
}

/** The one line that names the real cause when polling cannot go on. */
export function fatalCause(error: unknown): string {
  if (error instanceof TelegramError && error.code === 409) {
    return `Telegram refused getUpdates (409 Conflict): another process is polling with this TELEGRAM_BOT_TOKEN, or a webhook is set for it; stop the other consumer, or unset the webhook (deleteWebhook) or use webhook mode`;
  }
  if (error instanceof TelegramError && error.code === 401) {
    return 'Telegram rejected TELEGRAM_BOT_TOKEN mid-run (401 Unauthorized): the token was revoked or regenerated; put the new token from @BotFather in TELEGRAM_BOT_TOKEN';
  }
  return `Telegram polling stopped: ${error instanceof Error ? error.message : String(error)}`;
}
