/**
 * The report's own words behind a note's answer. A note tells a holder what to do in our words and
 * names the report it draws on (（来源：《标题》，关于…的部分）); an answer built from it shows, beside
 * our words, the report sentence that says it, so the reader sees where it comes from and can check
 * it. The sentence is found, not stored: the report passage whose sentence shares most of the citing
 * note sentence's character pairs (the note restates the report; it never copies it).
 */
import { splitSentences } from './text.js';
import { cleanSentence, quotable } from './sentences.js';

interface Store {
  passages: {
    length: number;
    at(index: number): { doc: string; title: string; text: string } | undefined;
    docOf(index: number): string | undefined;
  };
}

/** A citation mark of the notes, after their 《#NNN》 became the report's title (citations.ts). */
const SOURCE = /[（(]来源[:：]《([^》]+)》[^）)]*[）)]/;
/** Of the citing sentence's character pairs, the share a report sentence must hold to be the one it restates. */
const SHARED_FLOOR = 0.3;
/** And the least pairs shared: a short sentence can share a third by chance. */
const SHARED_MIN = 8;

const pairsOf = (text: string): Set<string> => {
  const han = text.replace(/[^\u3400-\u9fff]/g, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < han.length; i += 1) out.add(han.slice(i, i + 2));
  return out;
};

export interface ReportQuote {
  passage: number;
  text: string;
}

/** One report passage's sentences, with its index. */
function* reportSentences(data: Store, title: string): Generator<ReportQuote> {
  for (let i = 0; i < data.passages.length; i += 1) {
    const p = data.passages.at(i);
    if (!p || p.title !== title) continue;
    for (const s of splitSentences(p.text)) yield { passage: i, text: s.text };
  }
}

/**
 * The report sentence a note passage's citing sentence restates, or none when the passage cites no
 * loaded report or no sentence of it shares enough of the citing sentence.
 */
export function reportQuoteFor(data: Store, notePassage: string, isReport: (title: string) => boolean): ReportQuote | undefined {
  const citing = splitSentences(notePassage)
    .map((s) => s.text)
    .find((s) => SOURCE.test(s));
  const title = citing?.match(SOURCE)?.[1];
  if (citing === undefined || title === undefined || !isReport(title)) return undefined;
  const own = pairsOf(citing.replace(SOURCE, ''));
  let best: { quote: ReportQuote; shared: number } | undefined;
  for (const quote of reportSentences(data, title)) {
    const text = cleanSentence(quote.text);
    if (!quotable(text)) continue;
    let shared = 0;
    for (const pair of pairsOf(text)) if (own.has(pair)) shared += 1;
    if (shared > (best?.shared ?? 0)) best = { quote: { passage: quote.passage, text: quote.text }, shared };
  }
  if (!best || best.shared < SHARED_MIN || best.shared < SHARED_FLOOR * own.size) return undefined;
  return best.quote;
}
