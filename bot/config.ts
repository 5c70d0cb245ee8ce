/** The one configuration schema. `loadConfig(env)` is called by the composition root only. */
import path from 'node:path';
import { z } from 'zod';
import { validate as validateCron } from 'node-cron';

const list = (separator: string) =>
  z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(separator)
        .map((item) => item.trim())
        .filter((item) => item.length > 0),
    );

const httpUrl = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//i.test(value), 'must start with http:// or https://');

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

export const ConfigSchema = z.object({
  TELEGRAM_BOT_TOKEN: z.string().min(1).optional(),
  TELEGRAM_API_ROOT: httpUrl.default('https://api.telegram.org'),
  TELEGRAM_WEBHOOK_URL: httpUrl.optional(),
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,256}$/, 'may hold only A-Z, a-z, 0-9, _ and - (1–256 characters)')
    .optional(),
  TELEGRAM_WEBHOOK_PORT: z.coerce.number().int().min(0).max(65535).default(8443),
  DISCORD_TOKEN: z.string().min(1).optional(),
  DISCORD_APP_ID: z.string().regex(/^\d+$/, 'must be the numeric application id').optional(),
  DISCORD_API_ROOT: httpUrl.optional(),
  DISCORD_GUILD_ID: z.string().regex(/^\d+$/, 'must be a numeric guild id').optional(),
  FINRISK_CORPUS: list(':'),
  FINRISK_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must be a postgres:// URL')
    .optional(),
  FINRISK_FEEDS: list(',').pipe(z.array(httpUrl)),
  FINRISK_POLL_CRON: z
    .string()
    .default('*/10 * * * *')
    .refine((expr) => validateCron(expr), 'is not a valid cron expression (e.g. "*/10 * * * *")'),
  FINRISK_DIGEST_CRON: z
    .string()
    .default('0 9 * * *')
    .refine((expr) => validateCron(expr), 'is not a valid cron expression (e.g. "0 9 * * *")'),
  FINRISK_TZ: z.string().default('Asia/Shanghai').refine(isTimeZone, 'is not an IANA time zone (e.g. Asia/Shanghai)'),
  FINRISK_ADMINS: list(',').pipe(z.array(z.string().regex(/^\d+$/, 'must be numeric Telegram user ids'))),
  FINRISK_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  FINRISK_HTTP_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  FINRISK_HTTP_HOST: z.string().min(1).default('0.0.0.0'),
  /** Global push limits in messages per second, kept by all instances together when they share PostgreSQL. */
  FINRISK_TELEGRAM_RATE: z.coerce.number().positive().max(1000).default(30),
  FINRISK_DISCORD_RATE: z.coerce.number().positive().max(1000).default(40),
  /** Sent pushes and seen news items older than this are deleted (daily and at start-up). */
  FINRISK_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  FINRISK_OUTBOX_LEASE_MS: z.coerce.number().int().min(2000).max(3_600_000).default(60_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** `logLevelSet`: LOG_LEVEL was given, so logs go where they always did (stderr), even at the console. */
export type Config = z.output<typeof ConfigSchema> & {
  dataDir: string;
  logLevelSet: boolean;
  /** What loadConfig changed on the way in (quotes stripped from a secret), for the start-up log. */
  notices: string[];
};

const PORT = 'must be a port number from 0 to 65535';
const PER_SECOND = 'must be a number of messages per second, above 0 and at most 1000';
/** For each setting: what a good value is, with an example. A bad value gets this line, never zod's wording. */
const FIXES: Record<keyof z.input<typeof ConfigSchema>, string> = {
  TELEGRAM_BOT_TOKEN: 'must be the bot token @BotFather gave you, e.g. 123456789:AA…',
  TELEGRAM_API_ROOT: 'must be the http(s) URL of the Bot API server, e.g. https://api.telegram.org',
  TELEGRAM_WEBHOOK_URL: 'must be the public http(s) URL Telegram sends updates to, e.g. https://bot.example.com/telegram',
  TELEGRAM_WEBHOOK_SECRET: 'may hold only A-Z, a-z, 0-9, _ and - (1–256 characters), e.g. the output of `openssl rand -hex 32`',
  TELEGRAM_WEBHOOK_PORT: `${PORT}, e.g. 8443`,
  DISCORD_TOKEN: 'must be the bot token from the Discord developer portal (Bot → Reset Token)',
  DISCORD_APP_ID: 'must be the numeric application id from the Discord developer portal, e.g. 123456789012345678',
  DISCORD_API_ROOT: 'must be the http(s) URL of the Discord API, e.g. https://discord.com/api',
  DISCORD_GUILD_ID: 'must be a numeric server (guild) id, e.g. 123456789012345678 (Discord: right-click the server → Copy Server ID)',
  FINRISK_CORPUS: 'must be one or more folders of reports separated by ":", e.g. ./reports:/srv/more-reports',
  FINRISK_DATA_DIR: 'must be a folder the bot may write to, e.g. ./data',
  DATABASE_URL:
    'must be a postgres:// URL, e.g. postgres://user:password@localhost:5432/finrisk (or leave it unset for SQLite in FINRISK_DATA_DIR)',
  FINRISK_FEEDS: 'must be http(s) feed URLs separated by commas, e.g. https://example.com/news.xml,https://example.org/rss',
  FINRISK_POLL_CRON: 'must be a cron expression of 5 or 6 fields, e.g. "*/10 * * * *" for every ten minutes',
  FINRISK_DIGEST_CRON: 'must be a cron expression of 5 or 6 fields, e.g. "0 9 * * *" for 09:00 every day',
  FINRISK_TZ: 'must be an IANA time zone, e.g. Asia/Shanghai',
  FINRISK_ADMINS: 'must be numeric Telegram user ids separated by commas, e.g. 12345678,87654321',
  FINRISK_RATE_PER_MINUTE: 'must be a whole number of requests per minute, e.g. 20',
  FINRISK_HTTP_PORT: `${PORT}, e.g. 8080 (0 picks a free port)`,
  FINRISK_HTTP_HOST: 'must be a host name or address to listen on, e.g. 0.0.0.0 or 127.0.0.1',
  FINRISK_TELEGRAM_RATE: `${PER_SECOND}, e.g. 30`,
  FINRISK_DISCORD_RATE: `${PER_SECOND}, e.g. 40`,
  FINRISK_RETENTION_DAYS: 'must be a whole number of days from 1 to 3650, e.g. 90',
  FINRISK_OUTBOX_LEASE_MS: 'must be a whole number of milliseconds from 2000 to 3600000, e.g. 60000',
  LOG_LEVEL: 'must be one of fatal, error, warn, info, debug, trace, silent, e.g. info',
};

/** The value as received, quoted; a secret's value is never repeated, only that it was received. */
function received(variable: string, value: unknown): string {
  if ((SECRET_KEYS as readonly string[]).includes(variable)) return 'got a value, not shown because it is secret';
  const text = String(value);
  return `got ${JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text)}`;
}

/** One line per bad setting: the variable, the fix with an example, and what was received. */
function describeIssues(issues: z.ZodIssue[], env: Record<string, string | undefined>): string {
  const lines = new Map<string, string>();
  for (const issue of issues) {
    const variable = String(issue.path[0] ?? 'environment');
    if (lines.has(variable)) continue;
    // A list item (FINRISK_FEEDS[1], comma-separated) is quoted on its own, so the bad one is easy to find.
    const item =
      issue.path.length > 1
        ? String(env[variable] ?? '')
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean)[Number(issue.path[1])]
        : undefined;
    const fix = FIXES[variable as keyof typeof FIXES] ?? issue.message;
    lines.set(variable, `${variable} ${fix} (${received(variable, item ?? env[variable])})`);
  }
  return [...lines.values()].join('\n');
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parses the environment once. Every bad setting is reported, one line each, naming the variable,
 * the fix with an example, and the value received, e.g.
 * `FINRISK_RATE_PER_MINUTE must be a whole number of requests per minute, e.g. 20 (got "abc")`.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== '')) as Record<
    string,
    string
  >;
  const notices = unquoteSecrets(blankless);
  const parsed = ConfigSchema.safeParse(blankless);
  if (!parsed.success) throw new ConfigError(describeIssues(parsed.error.issues, blankless), { cause: parsed.error });
  if (parsed.data.TELEGRAM_WEBHOOK_URL && !parsed.data.TELEGRAM_WEBHOOK_SECRET) {
    // Without the secret anyone who reaches the port can post an update as an admin.
    throw new ConfigError(
      'TELEGRAM_WEBHOOK_SECRET is required when TELEGRAM_WEBHOOK_URL is set (1–256 characters of A-Z, a-z, 0-9, _ and -; Telegram sends it with every update)',
    );
  }
  if (parsed.data.DISCORD_TOKEN && !parsed.data.DISCORD_APP_ID) {
    throw new ConfigError('DISCORD_APP_ID is required when DISCORD_TOKEN is set (the application id from the developer portal)');
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.FINRISK_DATA_DIR), logLevelSet: blankless.LOG_LEVEL !== undefined, notices };
}

/** Config keys whose values must never reach a log line. */
export const SECRET_KEYS = ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_WEBHOOK_SECRET', 'DISCORD_TOKEN', 'DATABASE_URL'] as const;

/**
 * Docker's --env-file and some .env loaders keep the quotes around a value, and a quoted token is
 * then sent (and echoed in errors) as is. Matching surrounding quotes are stripped, and said so;
 * a quote or space left inside a secret is refused, as no token or URL of ours holds one.
 */
function unquoteSecrets(env: Record<string, string>): string[] {
  const notices: string[] = [];
  for (const key of SECRET_KEYS) {
    const raw = env[key];
    if (raw === undefined) continue;
    const unquoted = /^\s*(["'])([\s\S]*)\1\s*$/.exec(raw)?.[2] ?? raw.trim();
    if (unquoted !== raw)
      notices.push(`${key} was wrapped in quotes or spaces; they were removed (write the value without quotes in an env file)`);
    if (/["'\s]/.test(unquoted) || unquoted === '')
      throw new ConfigError(`${key} holds quotes or spaces: write the value alone, without quotes`);
    env[key] = unquoted;
  }
  return notices;
}
