/** Plain-text rendering of neutral replies, for the console chat and the CLI. */
import type { Block, Reply } from '../bot/index.js';

const marks = (cites: number[] | undefined): string => (cites && cites.length > 0 ? ` ${cites.map((n) => `[${n}]`).join('')}` : '');

function renderBlock(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `【${block.text}】`;
    case 'text':
      return `${block.text}${marks(block.cites)}`;
    case 'list':
      return block.items.map((item) => `• ${item.text}${marks(item.cites)}`).join('\n');
    case 'warning':
      return `⚠ ${block.text}`;
    case 'link':
      return `${block.text}: ${block.url}`;
  }
}

export function renderText(reply: Reply): string {
  const body = reply.blocks.map(renderBlock).join('\n');
  if (reply.citations.length === 0) return body;
  const sources = reply.citations.map((c, i) => `[${i + 1}] 《${c.title}》${c.section ? ` · ${c.section}` : ''}（${c.passage}）`);
  return `${body}\n来源：\n${sources.join('\n')}`;
}
