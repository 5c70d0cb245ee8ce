/**
 * A small library for the readability tests: two passages of one report (hash-like file name, one
 * passage with no section), a project note whose sentences carry inline source remarks, and checks
 * that no internal name reaches a user. All text is invented for the tests.
 */
import type { Answer, Citation, Knowledge, Passage, SearchResult } from '../../knowledge/types.js';
import { makeKnowledge } from './services.js';

export const REPORT = 'r07_0a1b2c3d4e5f6071.txt';
export const NOTE = '09-test-note.md';
const REPORT_TITLE = '地方交易场所清理研究';
const NOTE_TITLE = '测试笔记：交易场所清理';

export const PASSAGES: Passage[] = [
  {
    id: `${REPORT}#4`,
    doc: REPORT,
    title: REPORT_TITLE,
    section: '第二章 清理过程 > 二、分批退出',
    text: '清理分批进行，先退出没有存量业务的场所，再处置其余场所。',
    start: 0,
    end: 30,
  },
  {
    id: `${REPORT}#9`,
    doc: REPORT,
    title: REPORT_TITLE,
    section: '',
    text: '研究者认为，名称带有登记备案字样的公司需要格外警惕。',
    start: 31,
    end: 60,
  },
  {
    id: `${NOTE}#0`,
    doc: NOTE,
    title: NOTE_TITLE,
    section: '背景',
    text: `交易场所经历了多轮清理（来源：《${REPORT_TITLE}》，清理过程部分）。`,
    start: 0,
    end: 30,
  },
  {
    id: `${NOTE}#1`,
    doc: NOTE,
    title: NOTE_TITLE,
    section: '识别要点',
    text: '个人投资者不应购买在这类公司备案的产品（来源：同上）。',
    start: 31,
    end: 60,
  },
];

const cite = (p: Passage): Citation => ({ doc: p.doc, title: p.title, section: p.section, passage: p.id, text: p.text });
const result = (p: Passage): SearchResult => ({ ...cite(p), text: p.text, highlights: [], score: 1 });

export const READABLE_ANSWER = (question: string): Answer => ({
  question,
  answer: PASSAGES.map((p) => p.text),
  sources: PASSAGES.map(cite),
  found: true,
  suggestions: [],
});

/** Answers every question with all four passages; the offer check cites the note. */
export function readableKnowledge(): Knowledge {
  return makeKnowledge({
    ask: (q) =>
      /没有|nothing/i.test(q) ? { question: q, answer: [], sources: [], found: false, suggestions: [REPORT_TITLE] } : READABLE_ANSWER(q),
    search: () => [result(PASSAGES[3] as Passage)],
    passage: (id) => PASSAGES.find((p) => p.id === id),
  });
}

/** Internal names a user must never see: file names, passage ids, flag ids, inline source remarks. */
export const INTERNAL =
  /\.txt|\.md\b|#\d|r07_|[a-z]+_[a-z_]+（|（[a-z_]+）|来源：同上|来源：《|pseudo_exchange|guaranteed_return|high_yield|nonstandard_debt/;

/** An English offer and question, written for these tests. */
export const EN_OFFER = 'A registration centre sells a directed-financing plan at 12% a year, principal guaranteed. Safe?';
export const EN_QUESTION = 'Why were the local exchanges cleaned up, and what should investors avoid?';
export const ZH_OFFER = '某资产登记备案中心的定融产品，年化12%，保本保息';
