/** Neutral replies as Discord embeds, within Discord's limits (4096 per description, 6000 per message). */
import { createHash } from 'node:crypto';
import { citationLabel, footnoteLines, SOURCES_HEADING, type Block, type Reply } from '../../bot/index.js';

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
  const lang = reply.lang ?? 'zh';
  const sources = footnoteLines(reply.citations, lang).join('\n');
  const color = COLOR[reply.kind] ?? 0x5bc0de;
  const embeds: Embed[] = chunks(body || '—', LIMITS.description).map((description) => ({ description, color }));
  if (sources) {
    const last = embeds[embeds.length - 1] as Embed;
    if (sources.length <= LIMITS.footer && last.description.length + sources.length < LIMITS.total - 100)
      last.footer = { text: `${SOURCES_HEADING[lang]}\n${sources}`.slice(0, LIMITS.footer) };
    else
      embeds.push(...chunks(`**${SOURCES_HEADING[lang]}**\n${sources}`, LIMITS.description).map((description) => ({ description, color })));
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

/** The custom id of the "open a source" menu under an answer. */
export const PASSAGE_MENU = 'finrisk:passage';
const MENU_LIMITS = { options: 25, label: 100, value: 100 };

/** A select value for a passage: its id, or `h:<hash>` when the id passes 100 characters (the adapter maps it back). */
export function passageValue(id: string): string {
  return id.length <= MENU_LIMITS.value ? id : `h:${createHash('sha256').update(id).digest('base64url').slice(0, 40)}`;
}

const cut = (text: string, size: number): string => (text.length <= size ? text : `${text.slice(0, size - 1)}…`);

/** A select menu listing every cited passage (up to Discord's 25 options); choosing one shows it to the chooser only. */
export function passageMenu(reply: Reply): Array<{ type: 1; components: Array<Record<string, unknown>> }> {
  const lang = reply.lang ?? 'zh';
  const options = reply.citations
    .map((c, i) => ({ c, n: i + 1 }))
    .filter(({ c }) => reply.more?.passages.includes(c.passage))
    .slice(0, MENU_LIMITS.options)
    .map(({ c, n }) => ({ label: cut(citationLabel(c, n, lang), MENU_LIMITS.label), value: passageValue(c.passage) }));
  if (options.length === 0) return [];
  const placeholder = lang === 'en' ? 'Open a source passage' : '查看原文段落';
  return [{ type: 1, components: [{ type: 3, custom_id: PASSAGE_MENU, placeholder, options }] }];
}
