/** /status: the registry's answer as a neutral reply, each line with its date and cited source. */
import { answerStatus, type StatusAnswer } from '../../knowledge/registry/status.js';
import type { Registry } from '../../knowledge/registry/types.js';
import { errorReply } from '../reply.js';
import type { CommandHandler } from '../services.js';
import type { Block, Reply, ReplyCitation } from '../types.js';

/** A source that is one of the project's notes is shown as finrisk's summary, not as a report. */
function citation(line: StatusAnswer['lines'][number]): ReplyCitation {
  const s = line.source;
  const c: ReplyCitation = { doc: s.doc ?? s.url ?? '', title: s.title, section: s.section ?? '', passage: s.doc ?? s.url ?? s.title };
  return s.doc?.endsWith('.md') ? { ...c, note: {} } : c;
}

export function statusAnswerReply(answer: StatusAnswer): Reply {
  const citations: ReplyCitation[] = [];
  const cite = (c: ReplyCitation): number => {
    const at = citations.findIndex((x) => x.passage === c.passage && x.section === c.section);
    if (at >= 0) return at + 1;
    citations.push(c);
    return citations.length;
  };
  const blocks: Block[] = [];
  if (answer.lines.length > 0) {
    blocks.push({
      type: 'list',
      items: answer.lines.map((l) => ({
        text: `${l.entry.name}${l.entry.region ? `（${l.entry.region}）` : ''}：${l.text}`,
        cites: [cite(citation(l))],
      })),
    });
  } else {
    blocks.push(
      answer.warning
        ? { type: 'warning', text: answer.warning }
        : { type: 'text', text: `登记册中没有找到「${answer.query}」。请核对全称，或到属地地方金融管理部门官网查询其资质。` },
    );
    if (answer.suggestions.length > 0)
      blocks.push({ type: 'text', text: `您要找的是不是：${answer.suggestions.map((e) => e.name).join('、')}？` });
  }
  return { kind: 'status', blocks, citations, data: answer };
}

export function statusReplyFor(query: string, registry: Registry): Reply {
  return statusAnswerReply(answerStatus(query, registry));
}

export const statusCommand: CommandHandler = async ({ args, services }) => {
  if (!args) return [errorReply('请在 /status 后面写上机构名称，例如：/status 西安百金金融资产交易中心')];
  return [statusReplyFor(args, services.registry)];
};
