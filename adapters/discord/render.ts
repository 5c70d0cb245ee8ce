/** Neutral replies as Discord embeds, within Discord's limits (4096 per description, 6000 per message). */
import type { Block, Reply } from '../../bot/types.js';

export const LIMITS = { title: 256, description: 4096, footer: 2048, total: 6000, embedsPerMessage: 10 };

export interface Embed {
  title?: string;
  description: string;
  color: number;
  footer?: { text: string };
}

const COLOR: Record<string, number> = { check: 0xd9534f, alert: 0xf0ad4e, error: 0x999999 };

const marks = (cites?: number[]): string => (cites && cites.length > 0 ? ` ${cites.map((n) => `[${n}]`).join('')}` : '');

function lines(block: Block): string[] {
  switch (block.type) {
    case 'heading':
      return [`**${block.text}**`];
    case 'text':
      return [`${block.text}${marks(block.cites)}`];
    case 'warning':
      return [`⚠️ ${block.text}`];
    case 'list':
      return block.items.map((i) => `• ${i.text}${marks(i.cites)}`);
    case 'link':
      return [`[${block.text}](${block.url})`];
  }
}

/** `cut`, moved back one when it would fall between the two halves of a surrogate pair (an emoji). */
function codePointCut(text: string, cut: number): number {
  const unit = text.charCodeAt(cut - 1);
  return cut > 0 && cut < text.length && unit >= 0xd800 && unit <= 0xdbff ? cut - 1 : cut;
}

/** Cuts text into pieces of at most `size` characters, preferring line breaks. */
function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > size) {
    const at = rest.lastIndexOf('\n', size);
    const cut = at > size / 2 ? at : codePointCut(rest, size);
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, '');
  }
  if (rest) out.push(rest);
  return out;
}

/** Messages of up to ten embeds each, every message under 6000 characters. */
export function renderDiscord(reply: Reply): Embed[][] {
  const body = reply.blocks.flatMap(lines).join('\n');
  const sources = reply.citations.map((c, i) => `[${i + 1}] 《${c.title}》${c.section ? ` · ${c.section}` : ''}`).join('\n');
  const color = COLOR[reply.kind] ?? 0x5bc0de;
  const embeds: Embed[] = chunks(body || '—', LIMITS.description).map((description) => ({ description, color }));
  if (sources) {
    const last = embeds[embeds.length - 1] as Embed;
    if (sources.length <= LIMITS.footer && last.description.length + sources.length < LIMITS.total - 100) last.footer = { text: `来源\n${sources}`.slice(0, LIMITS.footer) };
    else embeds.push(...chunks(`**来源**\n${sources}`, LIMITS.description).map((description) => ({ description, color })));
  }
  const messages: Embed[][] = [];
  let current: Embed[] = [];
  let size = 0;
  for (const e of embeds) {
    const n = e.description.length + (e.footer?.text.length ?? 0);
    if (current.length > 0 && (current.length >= LIMITS.embedsPerMessage || size + n > LIMITS.total)) {
      messages.push(current);
      current = [];
      size = 0;
    }
    current.push(e);
    size += n;
  }
  if (current.length) messages.push(current);
  return messages;
}
