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

/** JSON logger on stderr, or appending to `file` (its folder is created) when one is given. */
export function createLogger(level: string, secrets: string[] = [], file?: string): Logger {
  // Synchronous writes: console sessions end with process.exit, which would drop buffered lines.
  const target = file ? destination({ dest: file, mkdir: true, sync: true }) : destination(2);
  const base = pino({ level, redact: { paths: REDACT, censor: '[redacted]' } }, target);
  if (secrets.filter(Boolean).length === 0) return base;
  return scrubbing(base, secrets.filter((s) => s.length >= 6));
}

/** Wraps a logger so that secret values inside messages or error strings are masked too. */
function scrubbing(inner: Logger, secrets: string[]): Logger {
  const scrub = (value: unknown): unknown => {
    if (typeof value === 'string') return secrets.reduce((text, secret) => text.split(secret).join('[redacted]'), value);
    if (value instanceof Error) return { name: value.name, message: scrub(value.message), stack: scrub(value.stack ?? '') };
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, scrub(v)]));
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
  const line = (level: string) => (obj: object | string, msg?: string): void => {
    const text = typeof obj === 'string' ? obj : msg ?? '';
    const where = typeof obj === 'object' && 'path' in obj ? `${String((obj as { path: unknown }).path)}: ` : '';
    stream.write(`finrisk: ${level}: ${where && !text.includes(where.slice(0, -2)) ? where : ''}${text}\n`);
  };
  return { debug() {}, info() {}, warn: line('warning'), error: line('error') };
}

/** Sends every line to each logger: e.g. the JSON log file and, at start-up, plain lines for the person. */
export function teeLogger(...loggers: Logger[]): Logger {
  const each = (level: keyof Logger) => (obj: object | string, msg?: string): void => {
    for (const logger of loggers) logger[level](obj, msg);
  };
  return { debug: each('debug'), info: each('info'), warn: each('warn'), error: each('error') };
}
