/** Builders of neutral replies. Wording lives here so every platform says the same thing. */
import type { Answer, Citation } from '../knowledge/types.js';
import type { RegistryMatch } from '../knowledge/registry/types.js';
import type { CheckResult } from '../rules/types.js';
import type { Block, Reply } from './types.js';

const LEVEL_LABEL: Record<CheckResult['level'], string> = { high: '高风险', medium: '中风险', low: '低风险（未发现红旗）' };

const STATUS_LABEL: Record<string, string> = {
  operating: '仍在运营',
  'qualification-cancelled': '已取消业务资质',
  'renamed-out': '已更名退出',
  deregistered: '已注销',
  closed: '已关停',
};

export function textReply(kind: Reply['kind'], ...texts: string[]): Reply {
  return { kind, blocks: texts.map((text) => ({ type: 'text', text })), citations: [] };
}

export function errorReply(text: string): Reply {
  return { kind: 'error', blocks: [{ type: 'warning', text }], citations: [] };
}

/** Adds a citation once and returns its 1-based number. */
function cite(citations: Citation[], source: Citation): number {
  const found = citations.findIndex((c) => c.passage === source.passage);
  if (found >= 0) return found + 1;
  citations.push(source);
  return citations.length;
}

export function answerReply(answer: Answer): Reply {
  if (!answer.found) {
    const blocks: Block[] = [
      { type: 'text', text: '资料库里没有找到能回答这个问题的内容，我不做猜测。' },
      { type: 'text', text: '我能回答的主题包括：' },
      { type: 'list', items: answer.suggestions.map((text) => ({ text })) },
    ];
    return { kind: 'answer', blocks, citations: [], data: answer };
  }
  const citations: Citation[] = [];
  const items = answer.answer.map((sentence, i) => {
    const source = answer.sources[i] ?? answer.sources[0];
    return { text: sentence, cites: source ? [cite(citations, source)] : [] };
  });
  return {
    kind: 'answer',
    // An English question's frame ("From the reports (quoted in Chinese): …") before the quotes.
    blocks: [...(answer.lead ? [{ type: 'text' as const, text: answer.lead }] : []), { type: 'list', items }],
    citations,
    more: { passages: citations.map((c) => c.passage) },
    data: answer,
  };
}

export function checkReply(result: CheckResult): Reply {
  if (result.problem) return { ...errorReply(result.problem), kind: 'check', data: result };
  const citations: Citation[] = [];
  const blocks: Block[] = [{ type: 'heading', text: `风险等级：${LEVEL_LABEL[result.level]}` }];
  if (result.yield) {
    blocks.push({ type: 'text', text: `折合年化收益约 ${formatPercent(result.yield.annualPercent)}（${result.yield.basis}）` });
  }
  if (result.flags.length > 0) {
    blocks.push({
      type: 'list',
      items: result.flags.map((flag) => ({
        text: `${flag.name}（${flag.id}）：「${flag.evidence.map((e) => e.text).join('」「')}」— ${flag.explanation}`,
        cites: flag.sources.slice(0, 1).map((source) => cite(citations, source)),
      })),
    });
  }
  if (result.unchecked.length > 0) blocks.push({ type: 'text', text: `未能核实：${result.unchecked.join('；')}` });
  if (result.advice.length > 0) blocks.push({ type: 'list', items: result.advice.map((text) => ({ text: `建议：${text}` })) });
  return { kind: 'check', blocks, citations, more: { passages: citations.map((c) => c.passage) }, data: result };
}

export function statusReply(query: string, matches: RegistryMatch[]): Reply {
  if (matches.length === 0) {
    return textReply('status', `登记册中没有找到「${query}」。请核对全称，或到属地地方金融管理部门官网查询其资质。`);
  }
  const citations: Citation[] = [];
  const items = matches.slice(0, 5).map(({ entry }) => {
    const source: Citation = {
      doc: entry.source.doc ?? entry.source.url ?? '',
      title: entry.source.title,
      section: entry.source.section ?? '',
      passage: entry.source.doc ? `${entry.source.doc}` : entry.source.url ?? entry.source.title,
    };
    const when = entry.date ? `，${entry.date}` : '';
    const region = entry.region ? `（${entry.region}）` : '';
    return { text: `${entry.name}${region}：${STATUS_LABEL[entry.status] ?? entry.status}${when}`, cites: [cite(citations, source)] };
  });
  return { kind: 'status', blocks: [{ type: 'list', items }], citations, data: { query, matches: matches.map((m) => m.entry) } };
}

export function formatPercent(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(value < 1 ? 2 : 1)}%`;
}

export const HELP_TEXT = [
  'finrisk 回答金融风险问题、检查理财产品的风险红旗、推送金交所/平台关停消息。',
  '/ask <问题> — 从研究报告中找答案并注明出处',
  '/check <产品描述> — 检查收益率、保本承诺、金交所/伪金交所通道等红旗',
  '/status <机构名称> — 查询金交所、平台的关停/注销状态',
  '/subscribe [地区或关键词] — 订阅关停消息；/subscriptions 查看；/unsubscribe 退订',
  '直接发送文字也可以：产品描述会被检查，问题会被回答。',
];

export function helpReply(): Reply {
  return { kind: 'help', blocks: HELP_TEXT.map((text) => ({ type: 'text', text })), citations: [] };
}
