/**
 * What makes a reply safe to post in a public channel: user, corpus and feed text is escaped, so
 * `[点此登记兑付](https://phish.example)` shows as typed instead of as a clickable masked link (a
 * phishing vector in a finance community), and no reply pings anyone.
 */
import { escapeMarkdown } from 'discord.js';
import type { Block, Reply } from '../../bot/index.js';

/** Every markdown construct, masked links and headings included. */
export const escapeAll = (text: string): string =>
  escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });

/** Sent with every message: mentions in the text stay text, and a reply does not ping its author. */
export const NO_MENTIONS = { parse: [] as [], repliedUser: false };
/** The same for REST bodies, which take Discord's own field names. */
export const NO_MENTIONS_BODY = { parse: [] as [] };

function safeBlock(block: Block): Block {
  switch (block.type) {
    case 'list':
      return { ...block, items: block.items.map((item) => ({ ...item, text: escapeAll(item.text) })) };
    case 'link':
      // A masked link hides where it goes: show the address itself.
      return { type: 'text', text: `${escapeAll(block.text)}：<${block.url.replace(/[<>\s]/g, '')}>` };
    default:
      return { ...block, text: escapeAll(block.text) };
  }
}

/** The reply with its texts and citations escaped; link blocks become their visible address. */
export function safeReply(reply: Reply): Reply {
  return {
    ...reply,
    blocks: reply.blocks.map(safeBlock),
    citations: reply.citations.map((c) => ({ ...c, title: escapeAll(c.title), section: escapeAll(c.section) })),
  };
}
