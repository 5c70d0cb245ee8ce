/** Plain-text rendering of neutral replies, for the console chat and the CLI. */
import { footnoteLines, SOURCES_HEADING, type Block, type Reply } from '../bot/index.js';

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
  const lang = reply.lang ?? 'zh';
  return `${body}\n${SOURCES_HEADING[lang]}${lang === 'en' ? ':' : '：'}\n${footnoteLines(reply.citations, lang).join('\n')}`;
}
