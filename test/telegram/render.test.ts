import { describe, expect, it } from 'vitest';
import { escapeHtml, renderTelegram, TELEGRAM_LIMIT } from '../../adapters/telegram/render.js';
import { toIncoming } from '../../adapters/telegram/map.js';
import type { Reply } from '../../bot/types.js';

const bot = { id: 777, username: 'finrisk_bot' };

describe('rendering for Telegram', () => {
  it('GIVEN text with markup characters THEN they are escaped', () => {
    expect(escapeHtml('<script>alert("x")</script> & co')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
  });

  it('GIVEN an answer with citations THEN numbered marks, a footnote list and a button for the passage', () => {
    const reply: Reply = {
      kind: 'answer',
      blocks: [{ type: 'list', items: [{ text: '金交所<全部>关停', cites: [1] }] }],
      citations: [{ doc: 'a.txt', title: '报告&研究', section: '一、背景', passage: 'a.txt#3' }],
      more: { passages: ['a.txt#3'] },
    };
    expect(renderTelegram(reply)).toEqual([
      {
        html: '• 金交所&lt;全部&gt;关停 [1]\n<b>来源</b>\n[1] 《报告&amp;研究》 · 一、背景',
        buttons: [{ text: '原文段落 [1]', data: 'p:a.txt#3' }],
      },
    ]);
  });

  it('GIVEN a 10 000-character answer THEN it is split into messages under 4096 on paragraph boundaries', () => {
    const paragraph = '很'.repeat(900);
    const reply: Reply = {
      kind: 'answer',
      blocks: Array.from({ length: 11 }, () => ({ type: 'text' as const, text: paragraph })),
      citations: [],
    };
    const messages = renderTelegram(reply);
    expect(messages.length).toBe(3);
    for (const m of messages) {
      expect(m.html.length).toBeLessThanOrEqual(TELEGRAM_LIMIT);
      expect(m.html.split('\n').every((line) => line === paragraph)).toBe(true);
    }
  });

  it('GIVEN one paragraph longer than a message THEN it is cut, and every piece stays valid HTML', () => {
    const reply: Reply = { kind: 'answer', blocks: [{ type: 'heading', text: '&'.repeat(6000) }], citations: [] };
    const messages = renderTelegram(reply);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.html.length).toBeLessThanOrEqual(TELEGRAM_LIMIT);
      expect(m.html.startsWith('<b>') && m.html.endsWith('</b>')).toBe(true);
      expect(m.html).not.toMatch(/&(?!amp;)/);
    }
  });
});

describe('mapping Telegram messages', () => {
  const message = (text: string, chat: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    message_id: 1,
    text,
    chat,
    from: { id: 5, language_code: 'en' },
    ...extra,
  });

  it('GIVEN a private message THEN it is addressed, with the user and chat', () => {
    expect(toIncoming(message('金交所是什么', { id: 9, type: 'private' }), bot, new Set(['5']))).toEqual({
      platform: 'telegram',
      chatId: '9',
      userId: '5',
      text: '金交所是什么',
      chatType: 'private',
      addressed: true,
      locale: 'en',
      isAdmin: true,
    });
  });

  it('GIVEN group messages THEN only commands, mentions and replies to the bot are addressed', () => {
    const group = { id: -1, type: 'supergroup' };
    expect(toIncoming(message('大家好', group), bot, new Set())?.addressed).toBe(false);
    expect(toIncoming(message('@finrisk_bot 金交所是什么', group), bot, new Set())).toMatchObject({
      addressed: true,
      text: '金交所是什么',
    });
    expect(toIncoming(message('/help@finrisk_bot', group), bot, new Set())).toMatchObject({ addressed: true, text: '/help' });
    expect(toIncoming(message('/help@other_bot', group), bot, new Set())).toBeNull();
    expect(toIncoming(message('对', group, { reply_to_message: { from: { id: 777 } } }), bot, new Set())?.addressed).toBe(true);
  });

  it('GIVEN a non-text update THEN nothing', () => {
    expect(toIncoming({ message_id: 1, chat: { id: 1, type: 'private' }, photo: [] }, bot, new Set())).toBeNull();
  });
});
