import { describe, expect, it } from 'vitest';
import { createBot } from '../../bot/index.js';
import { parseCommand } from '../../bot/router.js';
import { compose, type Context } from '../../bot/middleware.js';
import { createManualClock } from '../../bot/ports.js';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';
import { makeKnowledge, makeMessage, makeServices } from '../helpers/services.js';

describe('parseCommand', () => {
  it('GIVEN a command with a bot name and args THEN name and args are split', () => {
    expect(parseCommand('/ask@finrisk_bot  为什么关停？ ')).toEqual({ name: 'ask', args: '为什么关停？' });
  });
  it('GIVEN a full-width slash THEN it is still a command', () => {
    expect(parseCommand('／help')).toEqual({ name: 'help', args: '' });
  });
  it('GIVEN plain text THEN it is not a command', () => {
    expect(parseCommand('金交所是什么')).toBeNull();
  });
});

describe('compose', () => {
  it('GIVEN a middleware calling next twice THEN it throws', async () => {
    const run = compose([
      async (_ctx, next) => {
        await next();
        await next();
      },
    ]);
    await expect(run({} as Context)).rejects.toThrow('called next() twice');
  });
});

describe('createBot', () => {
  it('GIVEN /ask with a question THEN the answer cites its source', async () => {
    const bot = createBot(makeServices());
    const [reply] = await bot.handle(makeMessage({ text: '/ask 金交所是什么' }));
    expect(reply?.kind).toBe('answer');
    expect(reply?.citations).toEqual([expect.objectContaining({ title: '测试笔记', passage: 'note.md#0' })]);
  });

  it('GIVEN /ask without a question THEN the reply says how to ask', async () => {
    const [reply] = await createBot(makeServices()).handle(makeMessage({ text: '/ask' }));
    expect(reply).toEqual({
      kind: 'error',
      blocks: [{ type: 'warning', text: '请在 /ask 后面写上问题，例如：/ask 为什么要关停金交所？' }],
      citations: [],
    });
  });

  it('GIVEN an unknown command THEN the reply names it and points to /help', async () => {
    const [reply] = await createBot(makeServices()).handle(makeMessage({ text: '/frobnicate' }));
    expect(reply?.blocks).toEqual([{ type: 'warning', text: '没有 /frobnicate 这个命令。输入 /help 查看可用命令。' }]);
  });

  it('GIVEN a group message not addressed to the bot THEN there is no reply', async () => {
    const replies = await createBot(makeServices()).handle(makeMessage({ chatType: 'group', addressed: false, text: '大家好' }));
    expect(replies).toEqual([]);
  });

  it('GIVEN empty, binary and over-long input THEN each gets a specific message and nothing throws', async () => {
    const bot = createBot(makeServices());
    const texts = ['   ', '\u0000\u0001\u0002\u0003abc\ufffd\ufffd', '问'.repeat(100_000)];
    const replies = await Promise.all(texts.map((text) => bot.handle(makeMessage({ text }))));
    const warnings = replies.map((r) => (r[0]?.blocks[0] as { text: string }).text);
    expect(warnings[0]).toContain('消息是空的');
    expect(warnings[1]).toContain('乱码');
    expect(warnings[2]).toContain('消息太长（100000 个字符）');
  });

  it('GIVEN a handler that throws THEN the user gets an apology and the bot keeps working', async () => {
    const knowledge = makeKnowledge({
      ask: () => {
        throw new Error('boom');
      },
    });
    const bot = createBot(makeServices({ knowledge }));
    const [broken] = await bot.handle(makeMessage({ text: '/ask 问题' }));
    expect(broken?.kind).toBe('error');
    const [help] = await bot.handle(makeMessage({ text: '/help' }));
    expect(help?.kind).toBe('help');
  });

  it('GIVEN more requests than the per-minute limit THEN the extra one is refused politely until the window passes', async () => {
    const clock = createManualClock(0);
    const bot = createBot(makeServices({ clock }), { perMinute: 2 });
    await bot.handle(makeMessage());
    await bot.handle(makeMessage());
    const [refused] = await bot.handle(makeMessage());
    expect((refused?.blocks[0] as { text: string }).text).toBe('请求有点多，请 60 秒后再试（每分钟最多 2 次）。');
    const [other] = await bot.handle(makeMessage({ userId: 'u2' }));
    expect(other?.kind).toBe('help');
    clock.advance(60_000);
    const [again] = await bot.handle(makeMessage());
    expect(again?.kind).toBe('help');
  });

  it('GIVEN an admin command THEN only admins may run it', async () => {
    const adminCommands = { poll: async () => [{ kind: 'notice' as const, blocks: [], citations: [] }] };
    const bot = createBot(makeServices(), { adminCommands });
    const [refused] = await bot.handle(makeMessage({ text: '/poll' }));
    expect(refused?.blocks).toEqual([{ type: 'warning', text: '/poll 只限管理员使用。' }]);
    const [done] = await bot.handle(makeMessage({ text: '/poll', isAdmin: true }));
    expect(done?.kind).toBe('notice');
  });
});

describe('free text judged an offer', () => {
  it('GIVEN a pasted pitch naming a closed venue THEN the free-text reply is the /check reply, registry flags included', async () => {
    const bot = createBot(makeServices({ registry: loadDefaultRegistry() }));
    const pitch = '西安百金金融资产交易中心的定融，年化11%，保本保息，钱打到个人卡上。';
    const [free] = await bot.handle(makeMessage({ text: pitch }));
    const [checked] = await bot.handle(makeMessage({ text: `/check ${pitch}` }));
    expect(free?.kind).toBe('check');
    expect(free).toEqual(checked);
    // Without the registry the reply would say the register was not consulted.
    expect(JSON.stringify(free)).not.toContain('未查询机构登记册');
  });
});
