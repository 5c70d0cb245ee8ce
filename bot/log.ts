/**
 * Logs are JSON lines (pino): on stderr for the platform modes and the CLI, or in a file for the
 * interactive console, where a person reads the terminal; stdout belongs to the chat and CLI output.
 */
import { pino, destination } from 'pino';

/** The logging surface the core uses; pino's logger satisfies it, and so does `silentLogger`. */
export interface Logger {
  debug(obj: object | string, msg?: string): void;
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
}

// Secrets must never reach a log line, even when someone logs a whole config or request object.
const REDACT = [
  'TELEGRAM_BOT_TOKEN',
  'DISCORD_TOKEN',
  'DATABASE_URL',
  'TELEGRAM_WEBHOOK_SECRET',
  '*.TELEGRAM_BOT_TOKEN',
  '*.DISCORD_TOKEN',
  '*.DATABASE_URL',
  '*.TELEGRAM_WEBHOOK_SECRET',
  'token',
  '*.token',
  'headers.authorization',
];

/**
 * Token-shaped text, masked in every log line even when no configured secret matches it (a token
 * in quotes, a second bot's token, a password inside a URL).
 */
const TOKEN_SHAPES: Array<[RegExp, string]> = [
  // Telegram bot tokens: <bot id>:<35 characters>, also inside api.telegram.org/bot<token>/ URLs.
  [/\d{5,}:[A-Za-z0-9_-]{30,}/g, '[redacted]'],
  // Discord bot tokens: three base64url parts separated by dots.
  [/[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{20,}/g, '[redacted]'],
  // The password of a connection URL (postgres://user:password@host).
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)[^\s@/]+@/gi, '$1[redacted]@'],
];

/** Masks the given secrets and anything token-shaped in a text. */
export function redactText(text: string, secrets: readonly string[] = []): string {
  const masked = secrets.filter((s) => s.length >= 6).reduce((out, secret) => out.split(secret).join('[redacted]'), text);
  return TOKEN_SHAPES.reduce((out, [shape, replacement]) => out.replace(shape, replacement), masked);
}

/**
 * JSON logger on stderr; or appending to `to` when it is a file path (its folder is created); or
 * writing to `to` when it is a stream (tests pass their own to read the lines).
 */
export function createLogger(level: string, secrets: string[] = [], to?: string | NodeJS.WritableStream): Logger {
  // Synchronous file writes: console sessions end with process.exit, which would drop buffered lines.
  const target = typeof to === 'string' ? destination({ dest: to, mkdir: true, sync: true }) : (to ?? destination(2));
  const base = pino({ level, redact: { paths: REDACT, censor: '[redacted]' } }, target);
  return scrubbing(base, secrets.filter(Boolean));
}

/** Wraps a logger so that secrets and token-shaped text inside messages or error strings are masked too. */
function scrubbing(inner: Logger, secrets: string[]): Logger {
  const scrub = (value: unknown, depth = 0): unknown => {
    if (typeof value === 'string') return redactText(value, secrets);
    if (value instanceof Error)
      return {
        type: value.name,
        message: scrub(value.message),
        stack: scrub(value.stack ?? ''),
        ...(value.cause ? { cause: scrub(value.cause, depth + 1) } : {}),
      };
    if (value && typeof value === 'object' && depth < 6) {
      if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, scrub(v, depth + 1)]));
    }
    return value;
  };
  const wrap =
    (fn: (obj: object | string, msg?: string) => void) =>
    (obj: object | string, msg?: string): void =>
      fn(scrub(obj) as object | string, msg === undefined ? undefined : (scrub(msg) as string));
  return {
    debug: wrap(inner.debug.bind(inner)),
    info: wrap(inner.info.bind(inner)),
    warn: wrap(inner.warn.bind(inner)),
    error: wrap(inner.error.bind(inner)),
  };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * One plain line per warning or error on stderr, for command-line use where a person reads them:
 * `finrisk: warning: corpus folder /x does not exist …`. Debug and info are dropped.
 */
export function createPlainLogger(stream: NodeJS.WritableStream = process.stderr): Logger {
  const line =
    (level: string) =>
    (obj: object | string, msg?: string): void => {
      const text = typeof obj === 'string' ? obj : (msg ?? '');
      const where = typeof obj === 'object' && 'path' in obj ? `${String((obj as { path: unknown }).path)}: ` : '';
      stream.write(redactText(`finrisk: ${level}: ${where && !text.includes(where.slice(0, -2)) ? where : ''}${text}\n`));
    };
  return { debug() {}, info() {}, warn: line('warning'), error: line('error') };
}

/** Sends every line to each logger: e.g. the JSON log file and, at start-up, plain lines for the person. */
export function teeLogger(...loggers: Logger[]): Logger {
  const each =
    (level: keyof Logger) =>
    (obj: object | string, msg?: string): void => {
      for (const logger of loggers) logger[level](obj, msg);
    };
  return { debug: each('debug'), info: each('info'), warn: each('warn'), error: each('error') };
}
