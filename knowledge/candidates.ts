/**
 * The candidates for what the user reads: every sentence of the passages read, with the words it
 * speaks of. A sentence that points back (其中…) speaks of its predecessor's subject too, and the
 * sentences under a numbered section title of what the title names.
 */
import { givesAnswer } from './asked.js';
import type { AnswerType } from './question.js';
import type { Searcher } from './search.js';
import type { IndexData } from './search-index.js';
import { cleanSentence, namesSetBefore, refersBack, titles } from './sentences.js';
import { strongCue } from './type-evidence.js';
import { splitSentences } from './text.js';

export type Hit = ReturnType<Searcher['rank']>['hits'][number];

/** Share of the question's weight the best passage must cover before anything is answered. */
export const ANSWER_FLOOR = 0.25;
/** How many sentences after a section title speak of what it names. */
const TITLE_REACH = 6;

export interface Candidate {
  text: string;
  /** A numbered section title: never shown, its words pass to the sentences under it. */
  heading: boolean;
  /** Under a section title, the sentence's words without the title's, which `tokens` holds (the answer gates read them). */
  bare?: Set<string>;
  passage: number;
  rank: number;
  order: number;
  tokens: Set<string>;
  /** The passage's own ranking score as a share of the leader's. */
  standing: number;
  /** The passage's coverage of the question: a sentence of an answering passage inherits part of it. */
  passageCoverage: number;
  /**
   * From the passage before or after a leading one in its document (not itself read): it may be shown
   * only when it holds the asked kind of answer (choose.ts), since a report often states the subject
   * in one passage and the figure, the date or the cause in the next.
   */
  neighbour?: boolean;
}

/** How many leading passages lend their neighbours (the passage before and after each). */
const NEIGHBOURED = 2;
/** A neighbour's standing, as a share of the passage it borders. */
const NEIGHBOUR_STANDING = 0.5;

/**
 * The sentences of the passages read, then of the passages beside the two leading ones and of `also`
 * (those writing a rare subject asked to be defined, defining.ts), the last two kept only when they
 * give the asked kind of answer (withNeighbours).
 */
export function candidatesOf(data: IndexData, searcher: Searcher, hits: Hit[], also: number[] = []): Candidate[] {
  const best = hits[0]?.score ?? 1;
  const out: Candidate[] = [];
  const read = hits.filter((hit) => hit.coverage >= ANSWER_FLOOR);
  read.forEach((hit) =>
    sentencesOf(data, searcher, hit.index, { rank: hits.indexOf(hit), standing: hit.score / best, coverage: hit.coverage }, out),
  );
  const taken = new Set(read.map((h) => h.index));
  read.slice(0, NEIGHBOURED).forEach((hit) => {
    const doc = data.passages.docOf(hit.index);
    for (const index of [hit.index - 1, hit.index + 1]) {
      if (index < 0 || taken.has(index) || data.passages.docOf(index) !== doc) continue;
      taken.add(index);
      const standing = (NEIGHBOUR_STANDING * hit.score) / best;
      sentencesOf(data, searcher, index, { rank: hits.indexOf(hit) + 1, standing, coverage: 0, neighbour: true }, out);
    }
  });
  // A passage that writes the rare subject asked to be defined stands as a neighbour of the leading passage does.
  for (const index of also.filter((i) => !taken.has(i)))
    sentencesOf(data, searcher, index, { rank: 1, standing: NEIGHBOUR_STANDING, coverage: 0, neighbour: true }, out);
  return out;
}

interface Placed {
  rank: number;
  standing: number;
  coverage: number;
  neighbour?: boolean;
}

/** A passage's sentences as candidates, appended to `out`. */
function sentencesOf(data: IndexData, searcher: Searcher, index: number, at: Placed, out: Candidate[]): void {
  const passage = data.passages.at(index);
  if (!passage) return;
  const sentences = splitSentences(passage.text);
  const texts = sentences.map((s) => cleanSentence(s.text));
  // A neighbour's words are read only if one of its sentences is kept (withNeighbours reads the text
  // alone): most are dropped, and reading them would cost every question four more passages.
  let words: Array<{ tokens: Set<string>; bare?: Set<string> }> | undefined;
  const wordsOf = (order: number): { tokens: Set<string>; bare?: Set<string> } => (words ??= passageWords(texts, searcher))[order]!;
  sentences.forEach((s, order) => {
    const placed = {
      heading: titles(texts[order]!),
      text: s.text,
      passage: index,
      rank: at.rank,
      order,
      standing: at.standing,
      passageCoverage: at.coverage,
    };
    if (!at.neighbour) {
      out.push({ ...placed, ...wordsOf(order) });
      return;
    }
    const lazy = Object.defineProperties({ ...placed, neighbour: true } as Candidate, {
      tokens: { get: () => wordsOf(order).tokens, enumerable: true, configurable: true },
      bare: { get: () => wordsOf(order).bare, enumerable: true, configurable: true },
    });
    out.push(lazy);
  });
}

/** Names in a row (湖南、辽宁、西安): the sentence a later 上述四省市 points to. */
const NAMES_LISTED = /(?:[\u4e00-\u9fff]{2,8}、){2,}[\u4e00-\u9fff]{2}/;
/** How many sentences after such a list a pointer to a set may point to it. */
const LIST_REACH = 6;

/**
 * The words each sentence of a passage speaks of: its own, with its predecessor's when it points back
 * (其中…, 它是…), and under a section title (（二）坚持底线监管。) the title's too (then `bare` holds them without it).
 */
function passageWords(texts: string[], searcher: Searcher): Array<{ tokens: Set<string>; bare?: Set<string> }> {
  let previous = new Set<string>();
  let lead = { tokens: new Set<string>(), left: 0 };
  let list = { tokens: new Set<string>(), left: 0 };
  return texts.map((text, order) => {
    const own = searcher.tokens(text);
    // A set pointed to inside the sentence (此次上述四省市…) was named by the last sentence that listed
    // names (湖南、辽宁、西安、重庆四省市…), a few sentences back; else the pointer means the one before.
    const set = order > 0 && namesSetBefore(text) && list.left > 0 ? list.tokens : undefined;
    const bare = set ? new Set([...set, ...own]) : order > 0 && refersBack(text) ? new Set([...previous, ...own]) : own;
    const tokens = lead.left > 0 ? new Set([...lead.tokens, ...bare]) : bare;
    previous = own;
    list = NAMES_LISTED.test(text) ? { tokens: own, left: LIST_REACH } : { ...list, left: list.left - 1 };
    // A line announcing a list (…主要有：) is not a title: its items inheriting its words crowded out better sentences.
    if (titles(text)) lead = { tokens: own, left: TITLE_REACH };
    else lead.left -= 1;
    return tokens !== bare ? { tokens, bare } : { tokens };
  });
}

/**
 * The candidates, with those of the passages beside the leading ones kept only when they give the
 * asked kind of answer outright (givesAnswer): a report names the subject in one passage and states
 * the figure or the cause in the next. They compete at a lower rank and standing than their neighbour.
 */
export function withNeighbours(given: Candidate[], type: AnswerType, unit: string | null, question: string): Candidate[] {
  const read = given.filter((c) => !c.neighbour);
  // An English question's date is read less surely (a "when" inside a condition: when the deal is below …).
  if (read.length === given.length || (type === 'date' && !/[\u3400-\u9fff]/.test(question))) return read;
  const strong = strongCue(type, question);
  const gives = (c: Candidate): boolean => !c.heading && givesAnswer(cleanSentence(c.text), type, unit, strong);
  return given.filter((c) => !c.neighbour || gives(c));
}
