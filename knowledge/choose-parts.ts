/**
 * The sentences that join the best one: each other part's own answer, the asked figure beside the
 * best sentence, and the antecedent of a sentence that points back (其中…, 上述…).
 */
import { coverageOf } from './coverage.js';
import type { Candidate } from './candidates.js';
import type { AnswerType, QuestionPart } from './question.js';
import type { Searcher } from './search.js';
import { holdsAsked, unitOf } from './asked.js';
import { cleanSentence, quotable, refersBack } from './sentences.js';

export const MAX_SENTENCES = 3;
export const RANK_DECAY = 0.1;
export const PASSAGE_SHARE = 0.25;
const SUBJECT_SHARE = 0.5;
const PART_TYPE_BONUS = 0.2;
/** Share of a part's own words a sentence must hold to answer it. */
const PART_FLOOR = 0.25;
/** A part's answer comes from a passage that holds the subject well beside the best one (0.8 kept out the passage naming the second regulator; 0.4–0.6 measured alike). */
const SUBJECT_HELD = 0.6;

/**
 * Each part's own answer (网金社何时成立、是否第一家 → the date, then the "first" sentence): scored on
 * the part's own words, the subject (the first part's words) at half weight, and whether it holds
 * the part's kind of answer; a sentence already shown for another part is not chosen again, and a
 * part none of whose words a sentence holds gets none (the subject alone answers nothing new).
 */
export function partAnswers(candidates: Candidate[], parts: QuestionPart[], searcher: Searcher, chosen: Candidate[]): Candidate[] {
  const subject = searcher.terms(parts[0]?.own ?? parts[0]?.text ?? '');
  // A passage's hold on the subject: the union of its sentences' words (其…, 它… speak of it without naming it).
  const held = new Map<number, Set<string>>();
  for (const c of candidates) held.set(c.passage, new Set([...(held.get(c.passage) ?? []), ...c.tokens]));
  const about = new Map([...held].map(([p, tokens]) => [p, coverageOf(tokens, subject)]));
  const most = Math.max(0, ...about.values());
  const out: Candidate[] = [];
  for (const part of parts) {
    const own = searcher.terms(part.own ?? part.text);
    const unit = unitOf(part.own ?? part.text, part.type);
    const answers = (c: Candidate): boolean => coverageOf(c.tokens, own) >= PART_FLOOR && holdsAsked(c.text, part.type, unit);
    if ([...chosen, ...out].some(answers)) continue;
    let best: { c: Candidate; s: number } | undefined;
    for (const c of candidates) {
      // A section title names what follows and answers no part (（1）长尾理论。).
      if (c.heading || chosen.includes(c) || out.includes(c) || !quotable(cleanSentence(c.text))) continue;
      const cov = coverageOf(c.tokens, own);
      if (cov < PART_FLOOR || (about.get(c.passage) ?? 0) < SUBJECT_HELD * most) continue;
      const typed = holdsAsked(c.text, part.type, unit) ? PART_TYPE_BONUS : 0;
      const s = (cov + SUBJECT_SHARE * coverageOf(c.tokens, subject) + typed + PASSAGE_SHARE * c.standing) * (1 - RANK_DECAY * c.rank);
      if (!best || s > best.s) best = { c, s };
    }
    if (best) out.push(best.c);
  }
  return out;
}

/**
 * The sentence beside the best one that holds the asked figure: the next (…涉及A、B。其中B达到四分之一)
 * or, when the next holds none, the one before, where a summing-up sentence follows the count
 * (…完成第一批16个项目的遴选。这意味着首批项目正式启动).
 */
export function figureBeside(first: Candidate, candidates: Candidate[], type: AnswerType, unit: string | null): Candidate | undefined {
  const at = (order: number): Candidate | undefined =>
    candidates.find(
      (c) => c.passage === first.passage && c.order === order && quotable(cleanSentence(c.text)) && holdsAsked(c.text, type, unit),
    );
  return at(first.order + 1) ?? at(first.order - 1);
}

/**
 * The chosen sentences, each that points back (其中…, 它是…, 上述四省市…) shown after the sentence it
 * points to (antecedentOf): alone it reads as an answer about nothing. The best sentence always keeps its antecedent; another
 * is dropped when it and its antecedent no longer fit in three.
 */
export function withAntecedents(chosen: Candidate[], candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  chosen.forEach((c, i) => {
    const before = refersBack(cleanSentence(c.text)) ? antecedentOf(c, candidates, [...out, ...chosen]) : undefined;
    const needed = before ? [before, c] : [c];
    if (i === 0 || out.length + needed.length <= MAX_SENTENCES) out.push(...needed.filter((x) => !out.includes(x)));
  });
  return out.slice(0, Math.max(MAX_SENTENCES, 2));
}

// What a pointing word names (上述四省市, 该中心, 这些平台): its last two characters are the noun to look back for.
const REFERENT =
  /^(?:但|而|且|并|同时)?[，,]?(?:在)?(?:上述|该|这些|以上)([\u4e00-\u9fffA-Za-z]{2,10}?)(?=[，,。、的在于则已将也均都被是为之能所]|$)/;
/** How many sentences back the antecedent of a named referent is looked for. */
const REFERENT_REACH = 4;

/**
 * The sentence a pointing sentence speaks of: for 上述X / 该X / 这些X the nearest sentence before it in
 * its passage that names X (上述四省市 → the sentence listing the four), else the one just before it.
 */
function antecedentOf(c: Candidate, candidates: Candidate[], taken: Candidate[]): Candidate | undefined {
  const free = (p: Candidate): boolean => p.passage === c.passage && p.order < c.order && !taken.includes(p);
  const noun = REFERENT.exec(cleanSentence(c.text))?.[1];
  // The whole noun first, then its modifier (西安… of 上述西安某中心), then its head (…省市).
  for (const key of noun ? [noun, noun.slice(0, 2), noun.slice(-2)] : []) {
    const named = candidates
      .filter(
        (p) => free(p) && p.order >= c.order - REFERENT_REACH && !p.heading && !refersBack(cleanSentence(p.text)) && p.text.includes(key),
      )
      .sort((a, b) => b.order - a.order)[0];
    if (named) return named;
  }
  // A section title before it names its topic and answers nothing: it is never shown.
  return candidates.find((p) => free(p) && p.order === c.order - 1 && !p.heading && quotable(cleanSentence(p.text)));
}

/** A figure the reader can count (882家, 67.36%, 5万元): two asked figures need two in one sentence. */
const FIGURE =
  /\d+(?:\.\d+)?\s*(?:[%％家个亿万元笔项倍人名只款条次户]|个百分点)|[一二三四五六七八九十百千两几数]+\s*(?:[家个亿万元笔项倍]|分之)/g;

/**
 * Whether one sentence answers every part of a multi-part question (…共有882家退出，其中良性退出的有657家):
 * it holds each part's own words and, for a number or a date part, its kind of answer, with as many
 * figures as the parts ask. Read in the sentence alone, so it does not depend on where its passage ranks.
 */
export function answersEvery(c: Candidate, parts: QuestionPart[], searcher: Searcher): boolean {
  if (parts.length < 2) return false;
  const figures = parts.filter((p) => p.type === 'number').length;
  if (figures > 1 && (cleanSentence(c.text).match(FIGURE) ?? []).length < figures) return false;
  return parts.every((part) => {
    const own = part.own ?? part.text;
    if (coverageOf(c.tokens, searcher.terms(own)) < PART_FLOOR) return false;
    return part.type !== 'number' && part.type !== 'date' ? true : holdsAsked(c.text, part.type, unitOf(own, part.type));
  });
}
