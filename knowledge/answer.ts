/**
 * Extractive answers: the 1–3 sentences of the best passages that hold what the question asks
 * (its key concepts and the kind of answer: a number, a date, names …), each quoted verbatim with
 * its source. A question whose key concepts the reports and notes never mention, or whose best
 * sentence does not cover them, is not answered: the bot says so and lists what the corpus covers.
 */
import { missingConcepts, readAbsence } from './absent.js';
import { occursIn } from './english-table.js';
import { dropsQualifier } from './qualifiers.js';
import { analyzeQuestion, type AnswerType, type QuestionPart } from './question.js';
import { namesTask, outOfScope, scopeLead, taskOf } from './scope.js';
import { coverageOf, creditOf, type QueryTerms } from './coverage.js';
import type { Searcher } from './search.js';
import type { DocMeta, IndexData } from './search-index.js';
import { announces, cleanSentence, figuresFirst, holdsType, quotable, refersBack } from './sentences.js';
import { normalizeForMatch, splitSentences } from './text.js';
import type { Answer, Citation } from './types.js';

/** Share of the question's weight the best passage must cover before anything is answered. */
export const ANSWER_FLOOR = 0.25;
/** Share of the question's weight the best sentence must cover (what the user reads must be about it). */
export const SENTENCE_FLOOR = 0.2;
/** The same for a question naming something no passage holds, its weight counted as uncovered. */
export const ABSENT_FLOOR = 0.36;
const MAX_SENTENCES = 3;
const PASSAGES_READ = 5;
const RANK_DECAY = 0.1;
const TYPE_BONUS = 0.1;
const PASSAGE_SHARE = 0.25;
const INHERITED = 0.5;
const ORDER_DECAY = 0.05;
/** What a share is written as: a percentage, a fraction (四分之一), 几成 or 过半. */
const SHARE = '[%％]|百分之|分之[\\d一二三四五六七八九十]|[\\d一二三四五六七八九十]成(?![立为功本员交])|过半|半数|一半';

interface Candidate {
  text: string;
  passage: number;
  rank: number;
  order: number;
  tokens: Set<string>;
  /** The passage's own ranking score relative to the leader's. */
  standing: number;
  /** The passage's coverage of the question: a sentence of an answering passage inherits part of it. */
  passageCoverage: number;
}

type Explain = (answer: Answer) => Answer;

export function createAnswerer(data: IndexData, searcher: Searcher, explain: Explain = (a) => a): (question: string) => Answer {
  const occurs = occursIn(data);
  return (question) => {
    const analysis = analyzeQuestion(question);
    // A live quote or a forecast is beyond any report, however many words it shares with one.
    const scope = outOfScope(question);
    if (scope) return { ...notFound(question, data.docs), lead: scopeLead(scope, analysis.english), outOfScope: scope };
    const { terms, hits } = retrieve(searcher, question, analysis.parts);
    const top = hits[0];
    if (!top || top.coverage < ANSWER_FLOOR) return notFound(question, data.docs);
    const topTokens = searcher.tokens(data.passages.at(top.index)?.text ?? '');
    const holds = (word: string): boolean => [...searcher.tokens(word)].every((t) => topTokens.has(t));
    const missing =
      missingConcepts(readAbsence(searcher.stripQuestionWords(question), searcher.known, analysis.english, occurs), holds) +
      terms.untranslated.filter((w) => !weaklyHeld(w, terms, holds)).length;
    // A personal how-to (怎么查询…) is answered only by a note's sentences that name the task: the
    // reports study markets and never walk a reader through a task, so theirs only share its words.
    const task = taskOf(question);
    const notes = new Set(data.docs.filter((d) => d.kind === 'note').map((d) => d.file));
    const candidates = candidatesOf(data, searcher, hits).filter(
      (c) => task === null || (namesTask(task, c.text) && notes.has(data.passages.docOf(c.passage) ?? '')),
    );
    const chosen = choose(candidates, analysis.parts, terms, searcher, analysis.type, unitOf(question, analysis.type));
    const best = chosen[0];
    if (!best) return notFound(question, data.docs);
    // A word the corpus never mentions is part of what was asked: the answer must cover the rest
    // well, and "the rest" is what names something ("best" in "which airline is best" does not).
    if (missing > 0 && presentShare(terms, missing, data.passages.length) * coverageOf(best.tokens, namingConcepts(terms)) < ABSENT_FLOOR)
      return notFound(question, data.docs);
    if (analysis.english) {
      const passage = searcher.tokens(data.passages.at(best.passage)?.text ?? '');
      const held = (zh: string): boolean => [...searcher.tokens(zh)].every((t) => passage.has(t));
      if (!coversTwo(passage, terms) || dropsQualifier(question, terms.translations, held)) return notFound(question, data.docs);
    }
    const sources: Citation[] = chosen.map((c) => {
      const p = data.passages.at(c.passage);
      return { doc: p?.doc ?? '', title: p?.title ?? '', section: p?.section ?? '', passage: p?.id ?? '', text: p?.text };
    });
    const answer = chosen.map((c) => cleanSentence(c.text));
    const lead = analysis.english ? englishFrame(terms, answer) : undefined;
    return explain({ question, answer, sources, found: true, suggestions: [], ...(lead ? { lead } : {}) });
  };
}

/** The English frame: which English terms of the question matched which Chinese words of the quotes. */
function englishFrame(terms: QueryTerms, answer: string[]): string {
  const shown = normalizeForMatch(answer.join(''));
  const pairs = terms.translations
    .map((t) => ({ source: t.source, zh: t.terms.filter((zh) => zh.length > 1 && shown.includes(zh)) }))
    .filter((t) => t.zh.length > 0)
    .slice(0, 6)
    .map((t) => `${t.source} (${t.zh.slice(0, 2).join(', ')})`);
  return `From the reports (quoted in Chinese)${pairs.length > 0 ? `; matched terms: ${pairs.join('; ')}` : ''}:`;
}

/**
 * Whether a word nothing translated outright has a weak translation the top passage holds: a word
 * glossed only inside longer senses (cloud → 云计算) may name what the reports lack, until the
 * passage shows they speak of it.
 */
function weaklyHeld(word: string, terms: QueryTerms, holds: (zh: string) => boolean): boolean {
  return terms.translations.some((t) => t.source === word && t.terms.some(holds));
}

/** The question's terms without the translations of words that only grade or frame (best, next): no answer need hold them. */
function namingConcepts(terms: QueryTerms): QueryTerms {
  return { ...terms, concepts: terms.concepts.filter((c) => !c.generic) };
}

/**
 * Whether a text matches at least two of an English question's naming concepts (the one it has, when
 * it has one). A dictionary turns an off-topic English question into words the reports hold
 * (transfer → 转让, life → 生活), each in some other passage; one matched word, however rare, is a
 * coincidence, not an answer. Asked of the answer's passage: asked of the sentence alone it refused
 * answers the reports hold (a sentence names the subject, its neighbour the rest).
 */
function coversTwo(tokens: Set<string>, terms: QueryTerms): boolean {
  const naming = [...new Map(namingConcepts(terms).concepts.map((c) => [[c.primary, ...c.alternatives].join('/'), c])).values()];
  const covered = naming.filter((c) => creditOf(tokens, c) >= 1);
  // A name the reports lack (Tencent, Roth) is a naming concept no passage covers: the rest must still match two.
  return covered.length >= Math.min(2, naming.length + terms.untranslated.length);
}

type Hit = ReturnType<Searcher['rank']>['hits'][number];

/**
 * The passages read for an answer: the whole question's best, then each part's best (a long
 * question that asks three things covers a small share of itself in any one passage). A passage's
 * coverage is the best it reaches of the whole or of one part.
 */
function retrieve(searcher: Searcher, question: string, parts: QuestionPart[]): { terms: QueryTerms; hits: Hit[] } {
  const whole = searcher.rank(question, PASSAGES_READ);
  if (parts.length < 2) return whole;
  const byIndex = new Map<number, Hit>(whole.hits.map((h) => [h.index, h]));
  for (const part of parts) {
    for (const hit of searcher.rank(part.text, 2).hits) {
      const seen = byIndex.get(hit.index);
      if (!seen) byIndex.set(hit.index, hit);
      else if (hit.coverage > seen.coverage) byIndex.set(hit.index, { ...seen, coverage: hit.coverage });
    }
  }
  const hits = [...byIndex.values()].sort((a, b) => b.coverage - a.coverage || b.score - a.score).slice(0, PASSAGES_READ + parts.length);
  return { terms: whole.terms, hits };
}

/**
 * The unit a "how many" asks in (几家, 多少家 → 家), so a count of the wrong thing is not taken for it.
 * Only a number question has one: in 哪几个地方…哪天 the 几个 asks for names, and the date is the figure.
 */
function unitOf(question: string, type: AnswerType): string | null {
  if (type !== 'number') return null;
  const folded = normalizeForMatch(question);
  // A share (占比多少, 比例多大) is answered by a percentage, a fraction or 几成, never by a count.
  if (/占比|比例|比重|百分之|几成|(?:what|which) (?:share|percentage|proportion)/.test(folded)) return SHARE;
  return /(?:多少|几)\s*(家|个|人|亿|万|元|笔|项|次|倍|种|类|名|只|款|条|户)/.exec(folded)?.[1] ?? null;
}

/**
 * The share of the question's weight its known concepts carry, once each absent word counts as a
 * concept of the highest weight (a word no passage holds is as specific as a word can be).
 */
function presentShare(terms: QueryTerms, absent: number, passages: number): number {
  const known = terms.concepts.reduce((sum, c) => sum + (c.specificity ?? c.weight), 0);
  const top = Math.log(1 + (passages + 0.5) / 0.5);
  return known + absent * top > 0 ? known / (known + absent * top) : 0;
}

function candidatesOf(data: IndexData, searcher: Searcher, hits: Hit[]): Candidate[] {
  const best = hits[0]?.score ?? 1;
  const out: Candidate[] = [];
  hits.forEach((hit, rank) => {
    const passage = data.passages.at(hit.index);
    if (!passage || hit.coverage < ANSWER_FLOOR) return;
    let previous = new Set<string>();
    splitSentences(passage.text).forEach((s, order) => {
      const text = cleanSentence(s.text);
      const own = searcher.tokens(text);
      // A sentence that points back (其中…, 它是…) is about the subject its predecessor names.
      const tokens = order > 0 && refersBack(text) ? new Set([...previous, ...own]) : own;
      previous = own;
      out.push({
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

/**
 * A sentence's own coverage, or (when `inherit`) part of its passage's: advice under a heading that
 * asks the question ("怎么核实…") rarely repeats the question's words, yet the passage answers it.
 */
function sentenceCoverage(c: Candidate, terms: QueryTerms, inherit: boolean): number {
  const own = coverageOf(c.tokens, terms);
  return inherit ? Math.max(own, INHERITED * c.passageCoverage * (1 - ORDER_DECAY * Math.min(c.order, 5))) : own;
}

/** Whether a sentence holds the kind of answer asked for, in the asked unit when there is one (几家 → 家). */
function holdsAsked(text: string, type: AnswerType, unit: string | null): boolean {
  const folded = normalizeForMatch(text);
  return (
    holdsType(folded, type) &&
    (unit === null || new RegExp(unit === SHARE ? SHARE : `[\\d一二三四五六七八九十百千万两几数多余]\\s*${unit}`).test(folded))
  );
}

function scoreOf(c: Candidate, terms: QueryTerms, type: AnswerType, unit: string | null = null, inherit = false): number {
  if (!quotable(cleanSentence(c.text))) return 0;
  const cov = sentenceCoverage(c, terms, inherit);
  if (cov <= 0) return 0;
  const typed = holdsAsked(c.text, type, unit) ? TYPE_BONUS : 0;
  return (cov + typed + PASSAGE_SHARE * c.standing) * (1 - RANK_DECAY * c.rank);
}

/**
 * One best sentence for each part of the question, then the strongest others up to three; a
 * sentence that announces a list (…包括：) brings the next one; sentences of one passage read in order.
 */
function choose(
  candidates: Candidate[],
  parts: QuestionPart[],
  terms: QueryTerms,
  searcher: Searcher,
  type: AnswerType,
  unit: string | null,
): Candidate[] {
  const partTerms = parts.length > 1 ? parts.map((p) => searcher.terms(p.text)) : [];
  // A sentence's coverage is the best it reaches of the whole question or of one of its parts; only
  // when no sentence reaches the floor by its own words do sentences inherit their passage's.
  const ranked = (inherit: boolean): Array<{ c: Candidate; score: number; cov: number }> =>
    candidates
      .map((c) => ({
        c,
        score: scoreOf(c, terms, type, unit, inherit),
        cov: Math.max(sentenceCoverage(c, terms, inherit), ...partTerms.map((t) => coverageOf(c.tokens, t))),
      }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score);
  let whole = ranked(false);
  if (!whole[0] || whole[0].cov < SENTENCE_FLOOR) whole = ranked(true);
  // A number or a date is what such a question asks: a sentence holding one (in the asked unit)
  // goes before any sentence without, unless it scores under half the best.
  if (type === 'number' || type === 'date') whole = figuresFirst(whole, (x) => x.cov >= SENTENCE_FLOOR && holdsAsked(x.c.text, type, unit));
  const first = whole[0];
  if (!first || first.cov < SENTENCE_FLOOR) return [];
  const chosen: Candidate[] = [first.c];
  const add = (c: Candidate | undefined): void => {
    if (c && chosen.length < MAX_SENTENCES && !chosen.includes(c)) chosen.push(c);
  };
  if (parts.length > 1) {
    parts.forEach((part, i) => {
      const t = partTerms[i] as QueryTerms;
      const best = candidates.map((c) => ({ c, s: scoreOf(c, t, part.type) })).sort((a, b) => b.s - a.s)[0];
      if (best && best.s > 0) add(best.c);
    });
  }
  const next = candidates.find((c) => c.passage === first.c.passage && c.order === first.c.order + 1 && quotable(cleanSentence(c.text)));
  // The figure asked for often follows the sentence that names the subject (…的梳理，涉及A、B。
  // 其中B达到四分之一): a number or date question whose best sentence lacks one takes the next that has it.
  const figure = type === 'number' || type === 'date';
  if (announces(first.c.text)) add(next);
  else if (figure && !holdsAsked(first.c.text, type, unit)) add(figureBeside(first.c, candidates, type, unit));
  for (const x of whole.slice(1)) if (x.score >= first.score * 0.6) add(x.c);
  // A lone sentence reads better, and answers more often, with the one that follows it.
  if (chosen.length === 1) add(next);
  const shown = withAntecedents(chosen, candidates);
  shown.sort((a, b) => (a.passage === b.passage ? a.order - b.order : 0));
  return shown;
}

/**
 * The sentence beside the best one that holds the asked figure: the next (…涉及A、B。其中B达到四分之一)
 * or, when the next holds none, the one before, where a summing-up sentence follows the count
 * (…完成第一批16个项目的遴选。这意味着首批项目正式启动).
 */
function figureBeside(first: Candidate, candidates: Candidate[], type: AnswerType, unit: string | null): Candidate | undefined {
  const at = (order: number): Candidate | undefined =>
    candidates.find(
      (c) => c.passage === first.passage && c.order === order && quotable(cleanSentence(c.text)) && holdsAsked(c.text, type, unit),
    );
  return at(first.order + 1) ?? at(first.order - 1);
}

/**
 * The chosen sentences, each that points back (其中…, 它是…) shown after the sentence it points to:
 * alone it reads as an answer about nothing. The best sentence always keeps its antecedent; another
 * is dropped when it and its antecedent no longer fit in three.
 */
function withAntecedents(chosen: Candidate[], candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  chosen.forEach((c, i) => {
    const before = refersBack(cleanSentence(c.text))
      ? candidates.find((p) => p.passage === c.passage && p.order === c.order - 1 && !out.includes(p) && !chosen.includes(p))
      : undefined;
    const needed = before ? [before, c] : [c];
    if (i === 0 || out.length + needed.length <= MAX_SENTENCES) out.push(...needed.filter((x) => !out.includes(x)));
  });
  return out.slice(0, Math.max(MAX_SENTENCES, 2));
}

function notFound(question: string, docs: DocMeta[], english = /^[^\u3400-\u9fff]*$/.test(question)): Answer {
  const suggestions = docs
    .filter((d) => d.kind === 'note')
    .map((d) => d.title)
    .concat(
      docs.filter((d) => d.kind === 'report').map((d) => `《${d.title}》${d.topics.length ? `：${d.topics.slice(0, 4).join('、')}` : ''}`),
    )
    .slice(0, 10);
  const lead = english ? 'The reports do not cover this question. They cover:' : '这些报告没有涉及这个问题。报告涉及的主题有：';
  return { question, answer: [], sources: [], found: false, suggestions, lead };
}
