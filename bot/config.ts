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

export type Config = z.output<typeof ConfigSchema> & {
  dataDir: string;
  /** What loadConfig changed on the way in (quotes stripped from a secret), for the start-up log. */
  notices: string[];
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment once; a bad setting names the variable and what to fix. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== '')) as Record<string, string>;
  const notices = unquoteSecrets(blankless);
  const parsed = ConfigSchema.safeParse(blankless);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = issue?.path.join('.') ?? 'environment';
    throw new ConfigError(`${variable} ${issue?.message ?? 'is invalid'}`);
  }
  if (parsed.data.TELEGRAM_WEBHOOK_URL && !parsed.data.TELEGRAM_WEBHOOK_SECRET) {
    // Without the secret anyone who reaches the port can post an update as an admin.
    throw new ConfigError('TELEGRAM_WEBHOOK_SECRET is required when TELEGRAM_WEBHOOK_URL is set (1–256 characters of A-Z, a-z, 0-9, _ and -; Telegram sends it with every update)');
  }
  if (parsed.data.DISCORD_TOKEN && !parsed.data.DISCORD_APP_ID) {
    throw new ConfigError('DISCORD_APP_ID is required when DISCORD_TOKEN is set (the application id from the developer portal)');
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.FINRISK_DATA_DIR), notices };
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
    if (unquoted !== raw) notices.push(`${key} was wrapped in quotes or spaces; they were removed (write the value without quotes in an env file)`);
    if (/["'\s]/.test(unquoted) || unquoted === '') throw new ConfigError(`${key} holds quotes or spaces: write the value alone, without quotes`);
    env[key] = unquoted;
  }
  return notices;
}
