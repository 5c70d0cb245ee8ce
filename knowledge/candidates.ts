/**
 * The candidates for what the user reads: every sentence of the passages read, with the words it
 * speaks of. A sentence that points back (其中…) speaks of its predecessor's subject too, and the
 * sentences under a numbered section title of what the title names.
 */
import type { Searcher } from './search.js';
import type { IndexData } from './search-index.js';
import { cleanSentence, refersBack, titles } from './sentences.js';
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
}

export function candidatesOf(data: IndexData, searcher: Searcher, hits: Hit[]): Candidate[] {
  const best = hits[0]?.score ?? 1;
  const out: Candidate[] = [];
  hits.forEach((hit, rank) => {
    const passage = data.passages.at(hit.index);
    if (!passage || hit.coverage < ANSWER_FLOOR) return;
    let previous = new Set<string>();
    let lead = { tokens: new Set<string>(), left: 0 };
    splitSentences(passage.text).forEach((s, order) => {
      const text = cleanSentence(s.text);
      const own = searcher.tokens(text);
      // A sentence that points back (其中…, 它是…) is about the subject its predecessor names; the
      // sentences under a section title (（二）坚持底线监管。) are about what it names.
      const bare = order > 0 && refersBack(text) ? new Set([...previous, ...own]) : own;
      const tokens = lead.left > 0 ? new Set([...lead.tokens, ...bare]) : bare;
      previous = own;
      const heading = titles(text);
      // A line announcing a list (…主要有：) is not a title: its items inheriting its words crowded out better sentences.
      if (heading) lead = { tokens: own, left: TITLE_REACH };
      else lead.left -= 1;
      out.push({
        heading,
        ...(tokens !== bare ? { bare } : {}),
        text: s.text,
        passage: hit.index,
        rank,
        order,
        tokens,
        standing: hit.score / best,
        passageCoverage: hit.coverage,
      });
    });
  });
  return out;
}
