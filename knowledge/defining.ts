/**
 * Where a rare subject is defined: a definition or purpose question about a thing few passages write
 * (a product's own name) is answered by the sentence that says what it is, and every passage names
 * it, so the five read by rank often hold only its other facts. The passages writing it are found
 * through the index's postings of its rarest bigram, and are read only for a defining sentence.
 */
import { documentFrequency, FIELD_COUNT } from './flat-index.js';
import type { AnswerType } from './question.js';
import type { IndexData } from './search-index.js';
import { normalizeForMatch } from './text.js';
import { thingDefined } from './type-evidence.js';

/** A subject written in more passages than this is no rare name: its definition ranks like any passage. */
const RARE_PASSAGES = 40;

/** The passages that write the subject of a definition question, when few do; none for other questions. */
export function passagesDefining(data: IndexData, question: string, type: AnswerType): number[] {
  if (type !== 'definition') return [];
  const subject = thingDefined(question);
  if (!subject || !/[\u3400-\u9fff]{2}/.test(subject)) return [];
  const { index } = data;
  const grams: string[] = [];
  for (let i = 0; i + 2 <= subject.length; i += 1) grams.push(subject.slice(i, i + 2));
  const rarest = grams.sort((a, b) => documentFrequency(index, a) - documentFrequency(index, b))[0];
  const id = rarest === undefined ? undefined : index.terms.get(rarest);
  if (rarest === undefined || id === undefined || documentFrequency(index, rarest) > RARE_PASSAGES) return [];
  const found = new Set<number>();
  for (let p = index.offsets[id * FIELD_COUNT] as number; p < (index.offsets[id * FIELD_COUNT + 1] as number); p += 1) {
    const passage = index.docs[p] as number;
    if (!found.has(passage) && normalizeForMatch(data.passages.at(passage)?.text ?? '').includes(subject)) found.add(passage);
  }
  return [...found];
}
