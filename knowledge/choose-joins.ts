/**
 * The joins of answer-type evidence: when no sentence shown gives the asked kind of answer (a cause, a
 * pick, a cause stated outright, the names listed, a definition), the best candidate that does joins
 * them, though it shares few of the question's words. Called after the best sentence is chosen.
 */
import { statesCause } from './asked.js';
import type { Candidate } from './candidates.js';
import type { AnswerType, QuestionPart } from './question.js';
import { holdsType } from './sentences.js';
import { strongCue } from './type-evidence.js';

interface Asked {
  first: Candidate;
  type: AnswerType;
  parts: QuestionPart[];
  question: string;
}

export function joinEvidence(
  whole: Array<{ c: Candidate; cov: number }>,
  chosen: Candidate[],
  add: (c: Candidate | undefined) => void,
  { first, type, parts, question }: Asked,
): void {
  // Why is answered by the sentence that gives a cause (之所以…是因为, …使得…): when none shown does, the best
  // causal sentence of the best sentence's passage joins them, though it names the subject by 上述 or not at all.
  // A pick among options is made in the passage that lists them (…三种放法。…托管机房是首选), by a
  // sentence that names only the one it picks: the same join as for a cause.
  for (const kind of ['reason', 'choice'] as const) {
    const asked = type === kind || parts.some((p) => p.type === kind);
    if (asked && !chosen.some((c) => holdsType(c.text, kind)))
      add(whole.find((x) => x.c.passage === first.passage && x.cov > 0 && holdsType(x.c.text, kind))?.c);
  }
  // A cause only narrated in what is shown (…使得…) is not the cause stated (…是主要原因): a Chinese why takes
  // the stated one from the best sentence's passage or the two leading ones, though it shares few words.
  const why = type === 'reason' || parts.some((p) => p.type === 'reason');
  if (why && /[\u3400-\u9fff]/.test(question) && !chosen.some((c) => statesCause(c.text)))
    add(whole.find((x) => (x.c.passage === first.passage || x.c.rank <= 1) && x.cov > 0 && statesCause(x.c.text))?.c);
  // Which places or firms is answered by their names: when the sentences shown only point to them (上述四省市),
  // the sentence of the same passage that lists them joins, though it shares few of the question's words.
  const names = type === 'list' ? strongCue(type, question) : null;
  if (names && !chosen.some((c) => names(c.text))) add(whole.find((x) => x.c.passage === first.passage && x.cov > 0 && names(x.c.text))?.c);
  // What a thing is, asked, is said where a sentence defines it or says what it is for: when none shown does,
  // the best that does joins them (a rare product's definition stands in a passage read for it, defining.ts).
  const defining = type === 'definition' ? strongCue(type, question) : null;
  if (defining && !chosen.some((c) => defining(c.text))) add(whole.find((x) => x.cov > 0 && defining(x.c.text))?.c);
}
