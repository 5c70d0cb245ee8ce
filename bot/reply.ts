/**
 * Builders of neutral replies. Wording lives here (Chinese) and in ./english.ts (English framing),
 * so every platform says the same thing; citations are made readable by ./sources.ts.
 */
import type { Answer, Citation } from '../knowledge/types.js';
import type { CheckResult, FlagHit } from '../rules/types.js';
import { EN, LEVEL_EN, flagEn, phraseEn } from './english.js';
import type { Lang } from './lang.js';
import { locator, stripSourceRemarks, toReplyCitation, workOf, type PassageLookup } from './sources.js';
import type { Block, Reply, ReplyCitation } from './types.js';

export interface ReplyOptions {
  lang?: Lang;
  /** Lets a note's "同上" be traced to the report an earlier passage named. */
  passage?: PassageLookup;
}

const LEVEL_LABEL: Record<CheckResult['level'], string> = { high: '高风险', medium: '中风险', low: '低风险（未发现红旗）' };

export function textReply(kind: Reply['kind'], ...texts: string[]): Reply {
  return { kind, blocks: texts.map((text) => ({ type: 'text', text })), citations: [] };
}

export function errorReply(text: string, lang?: Lang): Reply {
  return { kind: 'error', blocks: [{ type: 'warning', text }], citations: [], ...(lang === 'en' ? { lang } : {}) };
}

/** Adds a citation once (by passage) and returns its 1-based number. */
function cite(citations: ReplyCitation[], source: Citation, options: ReplyOptions, sentence?: string): number {
  const found = citations.findIndex((c) => c.passage === source.passage);
  if (found >= 0) return found + 1;
  citations.push(toReplyCitation(source, options.passage, sentence));
  return citations.length;
}

const framed = (reply: Reply, lang: Lang): Reply => (lang === 'en' ? { ...reply, lang } : reply);

// A live quote or a forecast is refused for what it is: no report can hold today's price.
const OUT_OF_SCOPE_ZH = {
  'live-quote': '报告是有发布日期的研究资料，不含实时行情、价格或利率，这个问题我无法回答，也不做猜测。',
  forecast: '报告不做价格或走势预测，这个问题我无法回答，也不做猜测。',
  advice: '报告是有发布日期的研究资料，不为当下挑选具体产品或机构，这个问题我无法回答，也不做推荐。',
} as const;

function notFoundLine(answer: Answer, lang: Lang): string {
  if (answer.outOfScope) return lang === 'en' ? EN.outOfScope[answer.outOfScope] : OUT_OF_SCOPE_ZH[answer.outOfScope];
  return lang === 'en' ? EN.notFound : '资料库里没有找到能回答这个问题的内容，我不做猜测。';
}

export function answerReply(answer: Answer, options: ReplyOptions = {}): Reply {
  const lang = options.lang ?? 'zh';
  if (!answer.found) {
    const blocks: Block[] = [
      { type: 'text', text: notFoundLine(answer, lang) },
      { type: 'text', text: lang === 'en' ? EN.covers : '我能回答的主题包括：' },
      { type: 'list', items: answer.suggestions.map((text) => ({ text })) },
    ];
    return framed({ kind: 'answer', blocks, citations: [], data: answer }, lang);
  }
  const citations: ReplyCitation[] = [];
  const items = answer.answer.map((sentence, i) => {
    const source = answer.sources[i] ?? answer.sources[0];
    const text = stripSourceRemarks(sentence);
    return { text: lang === 'en' ? `“${text}”` : text, cites: source ? [cite(citations, source, options, sentence)] : [] };
  });
  // An English question's frame ("From the reports (quoted in Chinese); matched terms: …") before the quotes.
  const blocks: Block[] =
    lang === 'en'
      ? [
          { type: 'text', text: answer.lead ?? EN.quoted },
          { type: 'list', items },
        ]
      : [{ type: 'list', items }];
  return framed({ kind: 'answer', blocks, citations, more: { passages: citations.map((c) => c.passage) }, data: answer }, lang);
}

function flagLine(flag: FlagHit, lang: Lang): string {
  const en = lang === 'en' ? flagEn(flag.id) : undefined;
  const evidence = flag.evidence.map((e) => e.text);
  if (lang === 'en') return `${en?.name ?? flag.name}: "${evidence.join('", "')}" — ${en?.explanation ?? flag.explanation}`;
  return `${flag.name}：「${evidence.join('」「')}」— ${flag.explanation}`;
}

function checkBlocks(result: CheckResult, lang: Lang, citeFlag: (flag: FlagHit) => number[]): Block[] {
  const en = lang === 'en';
  const blocks: Block[] = [
    { type: 'heading', text: en ? `Risk level: ${LEVEL_EN[result.level]}` : `风险等级：${LEVEL_LABEL[result.level]}` },
  ];
  const y = result.yield;
  if (y) {
    const percent = formatPercent(y.annualPercent);
    blocks.push({ type: 'text', text: en ? EN.yield(percent, y.text) : `折合年化收益约 ${percent}（${y.basis}）` });
  }
  if (result.flags.length > 0) {
    blocks.push({ type: 'list', items: result.flags.map((flag) => ({ text: flagLine(flag, lang), cites: citeFlag(flag) })) });
  }
  if (result.unchecked.length > 0) {
    blocks.push({ type: 'text', text: en ? EN.unchecked(result.unchecked.map(phraseEn)) : `未能核实：${result.unchecked.join('；')}` });
  }
  if (result.advice.length > 0) {
    blocks.push({ type: 'list', items: result.advice.map((text) => ({ text: en ? EN.advice(phraseEn(text)) : `建议：${text}` })) });
  }
  return blocks;
}

export function checkReply(result: CheckResult, options: ReplyOptions = {}): Reply {
  const lang = options.lang ?? 'zh';
  if (result.problem) return { ...errorReply(result.problem, lang), kind: 'check', data: result };
  const citations: ReplyCitation[] = [];
  const blocks = checkBlocks(result, lang, (flag) => flag.sources.slice(0, 1).map((source) => cite(citations, source, options)));
  return framed({ kind: 'check', blocks, citations, more: { passages: citations.map((c) => c.passage) }, data: result }, lang);
}

/** A cited passage in full, for "show the passage" buttons: where it is from, then its text. */
export function passageReply(citation: Citation, options: ReplyOptions = {}): Reply {
  const lang = options.lang ?? 'zh';
  const c = toReplyCitation(citation, options.passage);
  const where = locator({ section: c.section, text: '' });
  const blocks: Block[] = [
    { type: 'heading', text: `${workOf(c, lang)}${where ? ` · ${where}` : ''}` },
    { type: 'text', text: c.text ?? '' },
  ];
  return framed({ kind: 'notice', blocks, citations: [] }, lang);
}

export function formatPercent(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(value < 1 ? 2 : 1)}%`;
}
