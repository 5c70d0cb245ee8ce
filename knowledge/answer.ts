/**
 * Extractive answers: the 1–3 sentences of the best passages that cover the question best, each
 * quoted verbatim with its source. Below a coverage floor nothing is answered: the bot says so and
 * lists what the corpus does cover, and never invents a sentence.
 */
import { coverageOf, type Searcher } from './search.js';
import type { DocMeta, IndexData } from './search-index.js';
import { splitSentences } from './text.js';
import type { Answer, Citation } from './types.js';

/** Share of the question's weight a passage must cover before it is used as an answer. */
export const ANSWER_FLOOR = 0.34;
const MAX_SENTENCES = 3;
const SENTENCE_MIN_CHARS = 8;

interface Candidate {
  text: string;
  score: number;
  passage: number;
  order: number;
}

export function createAnswerer(data: IndexData, searcher: Searcher): (question: string) => Answer {
  return (question) => {
    const { terms, hits } = searcher.rank(question, 3);
    const top = hits[0];
    if (!top || top.coverage < ANSWER_FLOOR) return notFound(question, data.docs);
    const candidates: Candidate[] = [];
    hits.forEach((hit, rank) => {
      const passage = data.passages.at(hit.index);
      if (!passage || hit.coverage < ANSWER_FLOOR) return;
      splitSentences(passage.text).forEach((sentence, order) => {
        // Heading lines shown at the top of a passage are labels, not answers.
        if (sentence.text.length < SENTENCE_MIN_CHARS || !/[，。！？；,.!?;：:]/.test(sentence.text)) return;
        // Earlier-ranked passages are preferred at equal coverage.
        const cov = coverageOf(searcher.tokens(sentence.text), terms);
        candidates.push({ text: sentence.text, score: cov * (1 - 0.12 * rank), passage: hit.index, order });
      });
    });
    candidates.sort((a, b) => b.score - a.score);
    const best = candidates[0];
    if (!best || best.score <= 0) return notFound(question, data.docs);
    const chosen = candidates.filter((c) => c.score >= best.score * 0.6).slice(0, MAX_SENTENCES);
    // Sentences from one passage read in their own order.
    chosen.sort((a, b) => (a.passage === b.passage ? a.order - b.order : 0));
    const sources: Citation[] = chosen.map((c) => {
      const p = data.passages.at(c.passage);
      return { doc: p?.doc ?? '', title: p?.title ?? '', section: p?.section ?? '', passage: p?.id ?? '', text: p?.text };
    });
    return { question, answer: chosen.map((c) => c.text), sources, found: true, suggestions: [] };
  };
}

function notFound(question: string, docs: DocMeta[]): Answer {
  const suggestions = docs
    .filter((d) => d.kind === 'note')
    .map((d) => d.title)
    .concat(docs.filter((d) => d.kind === 'report').map((d) => `《${d.title}》${d.topics.length ? `：${d.topics.slice(0, 4).join('、')}` : ''}`))
    .slice(0, 10);
  return { question, answer: [], sources: [], found: false, suggestions };
}
