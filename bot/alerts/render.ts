/** The push a subscriber receives: headline, date, entities, regions, what it means, and the link. */
import type { Knowledge } from '../../knowledge/types.js';
import type { Block, Reply } from '../types.js';
import type { NewsClassification } from './classify.js';
import type { FeedItem } from './feeds.js';
import { clip } from './feed-text.js';

/** A push stays one short message on every platform, however long the item was. */
export const PUSH_LIMITS = { titleChars: 80, summaryChars: 200, entities: 8, overflowTitles: 10 };

function named(entities: string[], registered: Record<string, string> = {}): string {
  const shown = entities.slice(0, PUSH_LIMITS.entities).map((e) => clip(e, 40) + (registered[e] ? `（登记名称：${registered[e]}）` : ''));
  return entities.length > shown.length ? `${shown.join('、')} 等 ${entities.length} 家` : shown.join('、');
}

/** What a closure means for holders, from the knowledge base (one sentence, cited). */
function meaning(knowledge: Knowledge, result: NewsClassification): { text: string; cite: Reply['citations'][number] } | null {
  const venue = result.entities.some((e) => /贷|网贷|平台/.test(e)) ? 'P2P网贷平台清退 出借人' : '金交所关停 存量产品 投资人 兑付';
  const answer = knowledge.ask(`${venue} 怎么办`);
  const source = answer.sources[0];
  return answer.found && answer.answer[0] && source ? { text: answer.answer[0], cite: source } : null;
}

export function alertReply(item: FeedItem, result: NewsClassification, knowledge: Knowledge): Reply {
  const blocks: Block[] = [{ type: 'heading', text: `关停消息：${clip(item.title, PUSH_LIMITS.titleChars)}` }];
  const facts = [
    item.date ? `日期：${item.date}` : null,
    result.entities.length ? `涉及：${named(result.entities, result.registered)}` : null,
    result.regions.length ? `地区：${result.regions.join('、')}` : null,
  ];
  blocks.push({ type: 'list', items: facts.filter((f): f is string => f !== null).map((text) => ({ text })) });
  if (item.summary) blocks.push({ type: 'text', text: clip(item.summary, PUSH_LIMITS.summaryChars) });
  const citations: Reply['citations'] = [];
  const m = meaning(knowledge, result);
  if (m) {
    citations.push(m.cite);
    blocks.push({ type: 'text', text: `对持有人意味着什么：${m.text}`, cites: [1] });
  }
  if (item.link) blocks.push({ type: 'link', text: '原文', url: item.link });
  return { kind: 'alert', blocks, citations, data: { item, closure: result } };
}

export function digestReply(replies: Reply[]): Reply {
  const blocks: Block[] = [{ type: 'heading', text: `今日关停消息汇总（${replies.length} 条）` }];
  const citations: Reply['citations'] = [];
  for (const r of replies) {
    const offset = citations.length;
    citations.push(...r.citations);
    for (const b of r.blocks) blocks.push(b.type === 'text' && b.cites ? { ...b, cites: b.cites.map((c) => c + offset) } : b);
  }
  return { kind: 'alert', blocks, citations };
}

/** One message for the closures past a subscriber's per-poll cap: how many, the first titles, their links. */
export function overflowReply(items: FeedItem[]): Reply {
  const shown = items.slice(0, PUSH_LIMITS.overflowTitles);
  const blocks: Block[] = [
    { type: 'heading', text: `另有 ${items.length} 条关停消息` },
    { type: 'list', items: shown.map((i) => ({ text: `${clip(i.title, PUSH_LIMITS.titleChars)}${i.link ? ` ${i.link}` : ''}` })) },
  ];
  if (items.length > shown.length)
    blocks.push({ type: 'text', text: `其余 ${items.length - shown.length} 条未列出；可用 /subscribe 加上地区或机构名缩小范围。` });
  return { kind: 'alert', blocks, citations: [] };
}
