import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../bot/config.js';

/** The message loadConfig gives for `env`, or '' when it parses. */
function problem(env: Record<string, string>): string {
  try {
    loadConfig(env);
    return '';
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.message;
  }
}

describe('configuration: every bad setting names its fix and the value received', () => {
  it.each([
    ['FINRISK_RATE_PER_MINUTE', 'abc', 'must be a whole number of requests per minute, e.g. 20'],
    ['FINRISK_RATE_PER_MINUTE', '2.5', 'must be a whole number of requests per minute, e.g. 20'],
    ['TELEGRAM_API_ROOT', 'ftp://x', 'must be the http(s) URL of the Bot API server, e.g. https://api.telegram.org'],
    [
      'TELEGRAM_WEBHOOK_URL',
      'bot.example.com',
      'must be the public http(s) URL Telegram sends updates to, e.g. https://bot.example.com/telegram',
    ],
    ['TELEGRAM_WEBHOOK_PORT', '70000', 'must be a port number from 0 to 65535, e.g. 8443'],
    ['DISCORD_APP_ID', 'my-app', 'must be the numeric application id from the Discord developer portal, e.g. 123456789012345678'],
    ['DISCORD_API_ROOT', 'discord', 'must be the http(s) URL of the Discord API, e.g. https://discord.com/api'],
    [
      'DISCORD_GUILD_ID',
      'guild',
      'must be a numeric server (guild) id, e.g. 123456789012345678 (Discord: right-click the server → Copy Server ID)',
    ],
    ['FINRISK_POLL_CRON', 'hourly', 'must be a cron expression of 5 or 6 fields, e.g. "*/10 * * * *" for every ten minutes'],
    ['FINRISK_DIGEST_CRON', '9am', 'must be a cron expression of 5 or 6 fields, e.g. "0 9 * * *" for 09:00 every day'],
    ['FINRISK_TZ', 'Beijing', 'must be an IANA time zone, e.g. Asia/Shanghai'],
    ['FINRISK_HTTP_PORT', 'http', 'must be a port number from 0 to 65535, e.g. 8080 (0 picks a free port)'],
    ['FINRISK_TELEGRAM_RATE', '0', 'must be a number of messages per second, above 0 and at most 1000, e.g. 30'],
    ['FINRISK_DISCORD_RATE', '5000', 'must be a number of messages per second, above 0 and at most 1000, e.g. 40'],
    ['FINRISK_OUTBOX_LEASE_MS', '100', 'must be a whole number of milliseconds from 2000 to 3600000, e.g. 60000'],
    ['LOG_LEVEL', 'verbose', 'must be one of fatal, error, warn, info, debug, trace, silent, e.g. info'],
  ])('GIVEN %s=%j THEN the message names the variable, the fix and the value', (variable, value, fix) => {
    expect(problem({ [variable]: value })).toBe(`${variable} ${fix} (got ${JSON.stringify(value)})`);
  });

  it('GIVEN a list with one bad item THEN that item is the value quoted', () => {
    expect(problem({ FINRISK_FEEDS: 'https://a.example/rss, news.example/feed' })).toBe(
      'FINRISK_FEEDS must be http(s) feed URLs separated by commas, e.g. https://example.com/news.xml,https://example.org/rss (got "news.example/feed")',
    );
    expect(problem({ FINRISK_ADMINS: '123,@boss' })).toBe(
      'FINRISK_ADMINS must be numeric Telegram user ids separated by commas, e.g. 12345678,87654321 (got "@boss")',
    );
  });

  it('GIVEN a bad secret THEN the fix is given but its value is never repeated', () => {
    const database = problem({ DATABASE_URL: 'mysql://root:hunter2secret@db/finrisk' });
    expect(database).toBe(
      'DATABASE_URL must be a postgres:// URL, e.g. postgres://user:password@localhost:5432/finrisk (or leave it unset for SQLite in FINRISK_DATA_DIR) (got a value, not shown because it is secret)',
    );
    const webhook = problem({ TELEGRAM_WEBHOOK_SECRET: 'bad$chars&s3cr3t!' });
    expect(webhook).toMatch(
      /^TELEGRAM_WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and - .*\(got a value, not shown because it is secret\)$/,
    );
    expect(`${database}${webhook}`).not.toMatch(/hunter2|s3cr3t/);
  });

  it('GIVEN several bad settings THEN each gets its own line, in schema order', () => {
    expect(problem({ LOG_LEVEL: 'loud', FINRISK_TZ: 'Mars/Base', FINRISK_RATE_PER_MINUTE: '-1' }).split('\n')).toEqual([
      'FINRISK_TZ must be an IANA time zone, e.g. Asia/Shanghai (got "Mars/Base")',
      'FINRISK_RATE_PER_MINUTE must be a whole number of requests per minute, e.g. 20 (got "-1")',
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, e.g. info (got "loud")',
    ]);
  });

  it('GIVEN a very long bad value THEN it is cut to 60 characters in the message', () => {
    expect(problem({ FINRISK_TZ: 'x'.repeat(200) })).toBe(
      `FINRISK_TZ must be an IANA time zone, e.g. Asia/Shanghai (got "${'x'.repeat(60)}…")`,
    );
  });

  it('GIVEN a Discord token without the application id THEN the message says which id to add', () => {
    expect(problem({ DISCORD_TOKEN: 'abc.def.ghi' })).toBe(
      'DISCORD_APP_ID is required when DISCORD_TOKEN is set (the application id from the developer portal)',
    );
  });

  it('GIVEN good and blank settings THEN they parse, and LOG_LEVEL counts as set only when given', () => {
    expect(loadConfig({ FINRISK_RATE_PER_MINUTE: '30', LOG_LEVEL: '' })).toMatchObject({
      FINRISK_RATE_PER_MINUTE: 30,
      LOG_LEVEL: 'info',
      logLevelSet: false,
    });
    expect(loadConfig({ LOG_LEVEL: 'warn' })).toMatchObject({ LOG_LEVEL: 'warn', logLevelSet: true });
  });
});
