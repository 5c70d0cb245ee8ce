/**
 * Neutral replies as Telegram HTML: every user- or corpus-derived string escaped, citations as
 * numbered footnotes, messages split on paragraph boundaries under Telegram's 4096-character limit.
 */
import { createHash } from 'node:crypto';
import { footnoteLines, OPEN_LABEL, SOURCES_HEADING, type Block, type Reply } from '../../bot/index.js';

export const TELEGRAM_LIMIT = 4096;
/** callback_data may hold at most 64 bytes. */
const CALLBACK_LIMIT = 64;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface TelegramMessage {
  html: string;
  /** Inline keyboard buttons of [label, callback_data], laid out BUTTONS_PER_ROW to a row. */
  buttons?: Array<{ text: string; data: string }>;
}

export const BUTTONS_PER_ROW = 4;

const marks = (cites?: number[]): string => (cites && cites.length > 0 ? ` ${cites.map((n) => `[${n}]`).join('')}` : '');

/** A paragraph is an opening tag, escaped text and a closing tag; long text is cut before escaping. */
interface Paragraph {
  open: string;
  text: string;
  close: string;
}

function paragraphs(block: Block): Paragraph[] {
  switch (block.type) {
    case 'heading':
      return [{ open: '<b>', text: block.text, close: '</b>' }];
    case 'text':
      return [{ open: '', text: `${block.text}${marks(block.cites)}`, close: '' }];
    case 'warning':
      return [{ open: '⚠️ ', text: block.text, close: '' }];
    case 'list':
      return block.items.map((item) => ({ open: '• ', text: `${item.text}${marks(item.cites)}`, close: '' }));
    case 'link':
      return [{ open: `<a href="${escapeHtml(block.url)}">`, text: block.text, close: '</a>' }];
  }
}

function footnotes(reply: Reply): Paragraph[] {
  if (reply.citations.length === 0) return [];
  const lang = reply.lang ?? 'zh';
  return [
    { open: '<b>', text: SOURCES_HEADING[lang], close: '</b>' },
    ...footnoteLines(reply.citations, lang).map((text) => ({ open: '', text, close: '' })),
  ];
}

/**
 * The callback data of a passage button: `p:<passage id>`; an id too long for Telegram's 64 bytes
 * becomes `h:<hash>`, which the adapter resolves from the ids it has sent (see passageKeys).
 */
export function passageData(id: string): string {
  const data = `p:${id}`;
  return Buffer.byteLength(data) <= CALLBACK_LIMIT ? data : `h:${createHash('sha256').update(id).digest('base64url').slice(0, 40)}`;
}

/** The hashed keys of a message's buttons, for the adapter to remember. */
export function passageKeys(reply: Reply): Array<[string, string]> {
  return (reply.more?.passages ?? []).map((id) => [passageData(id), id] as [string, string]).filter(([data]) => data.startsWith('h:'));
}

/** One button per citation, so every source can be opened. */
function passageButtons(reply: Reply): TelegramMessage['buttons'] {
  const lang = reply.lang ?? 'zh';
  const buttons = reply.citations.flatMap((c, i) => {
    return reply.more?.passages.includes(c.passage) ? [{ text: OPEN_LABEL[lang](i + 1), data: passageData(c.passage) }] : [];
  });
  return buttons.length > 0 ? buttons : undefined;
}

/** `cut`, moved back one when it would fall between the two halves of a surrogate pair (an emoji). */
export function codePointCut(text: string, cut: number): number {
  const unit = text.charCodeAt(cut - 1);
  return cut > 0 && cut < text.length && unit >= 0xd800 && unit <= 0xdbff ? cut - 1 : cut;
}

/** Escaped HTML of paragraphs, cutting over-long text so that no piece passes `limit`. */
function htmlPieces(items: Paragraph[], limit: number): string[] {
  const out: string[] = [];
  for (const p of items) {
    const room = limit - p.open.length - p.close.length - 64;
    let rest = p.text;
    while (escapeHtml(rest).length > room) {
      let cut = Math.floor(room / 1.2);
      while (cut > 0 && escapeHtml(rest.slice(0, cut)).length > room) cut = Math.floor(cut * 0.9);
      cut = codePointCut(rest, cut);
      out.push(`${p.open}${escapeHtml(rest.slice(0, cut))}${p.close}`);
      rest = rest.slice(cut);
    }
    out.push(`${p.open}${escapeHtml(rest)}${p.close}`);
  }
  return out;
}

/** Packs paragraphs into messages of at most `limit` characters, never splitting one. */
export function pack(pieces: string[], limit = TELEGRAM_LIMIT): string[] {
  const messages: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const candidate = current ? `${current}\n${piece}` : piece;
    if (candidate.length > limit && current) {
      messages.push(current);
      current = piece;
    } else current = candidate;
  }
  if (current) messages.push(current);
  return messages;
}

export function renderTelegram(reply: Reply, limit = TELEGRAM_LIMIT): TelegramMessage[] {
  const body = reply.blocks.flatMap(paragraphs);
  const messages = pack(htmlPieces([...body, ...footnotes(reply)], limit), limit).map((html) => ({ html }) as TelegramMessage);
  const buttons = passageButtons(reply);
  const last = messages[messages.length - 1];
  if (last && buttons) last.buttons = buttons;
  return messages;
}
