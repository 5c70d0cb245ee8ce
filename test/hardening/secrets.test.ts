import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/log.js';
import { runEntry, tempDataDir } from '../helpers/run.js';

// Made-up values in the shapes of real tokens; none of them was ever issued.
const TELEGRAM_TOKEN = '7654321098:AAHk3Jd9sLq0Zx8Vb7Nm6Qw5Er4Ty3Ui2Op';
const OTHER_TELEGRAM_TOKEN = '5550001112:AAFz9Yx8Wv7Ut6Sr5Qp4On3Ml2Kj1Ih0Gf';
const DISCORD_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.abcdefghijklmnopqrstuvwxyz012345';

describe('secrets in quotes', () => {
  it('GIVEN a token in double quotes, as docker --env-file keeps them THEN npm start never prints it and says the quotes were removed', async () => {
    const result = await runEntry('adapters/main.ts', [], {
      env: {
        TELEGRAM_BOT_TOKEN: `"${TELEGRAM_TOKEN}"`,
        TELEGRAM_API_ROOT: 'http://127.0.0.1:9',
        FINRISK_CORPUS: tempDataDir(),
        FINRISK_DATA_DIR: tempDataDir(),
      },
    });
    const output = result.stdout + result.stderr;
    expect(result.code).toBe(1);
    expect(output).not.toContain(TELEGRAM_TOKEN.split(':')[1]);
    expect(output).toContain('TELEGRAM_BOT_TOKEN was wrapped in quotes or spaces; they were removed');
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(
      /^finrisk: cannot reach the Telegram Bot API \(.*\): check TELEGRAM_API_ROOT and the network$/,
    );
  });

  it('GIVEN quoted secrets THEN loadConfig strips matching quotes with a notice, and refuses a quote left inside', () => {
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: `'${TELEGRAM_TOKEN}'`, DISCORD_TOKEN: ` ${DISCORD_TOKEN} `, DISCORD_APP_ID: '1' });
    expect({
      telegram: config.TELEGRAM_BOT_TOKEN,
      discord: config.DISCORD_TOKEN,
      notices: config.notices.map((n) => n.split(' ')[0]),
    }).toEqual({
      telegram: TELEGRAM_TOKEN,
      discord: DISCORD_TOKEN,
      notices: ['TELEGRAM_BOT_TOKEN', 'DISCORD_TOKEN'],
    });
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: `"${TELEGRAM_TOKEN}` })).toThrow(
      new ConfigError('TELEGRAM_BOT_TOKEN holds quotes or spaces: write the value alone, without quotes'),
    );
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN }).notices).toEqual([]);
  });
});

describe('log redaction', () => {
  it('GIVEN token-shaped text in messages, fields and errors THEN no line holds it, configured or not', () => {
    const stream = new PassThrough();
    const lines: string[] = [];
    stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
    const log = createLogger('debug', [TELEGRAM_TOKEN], stream);
    log.info({ url: `https://api.telegram.org/bot${OTHER_TELEGRAM_TOKEN}/getMe` }, 'calling');
    log.warn(`discord login with ${DISCORD_TOKEN} failed`);
    log.error(
      { err: new Error(`request to /bot${TELEGRAM_TOKEN}/getUpdates failed`, { cause: new Error(`again ${OTHER_TELEGRAM_TOKEN}`) }) },
      'polling stopped',
    );
    log.error({ store: 'postgres://finrisk:hunter2-secret@db.internal:5432/finrisk', nested: [{ deep: DISCORD_TOKEN }] }, 'store failed');
    const all = lines.join('\n');
    expect(lines).toHaveLength(4);
    for (const secret of [TELEGRAM_TOKEN, OTHER_TELEGRAM_TOKEN.split(':')[1] as string, DISCORD_TOKEN, 'hunter2-secret'])
      expect(all).not.toContain(secret);
    expect(JSON.parse(lines[3] as string)).toMatchObject({
      store: 'postgres://finrisk:[redacted]@db.internal:5432/finrisk',
      nested: [{ deep: '[redacted]' }],
    });
  });
});
