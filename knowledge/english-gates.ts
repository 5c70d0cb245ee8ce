/**
 * The English answer's helpers: the names an English question runs together, the frame around the
 * quoted Chinese, and the tests that the question's concepts meet in what is shown (answer.ts).
 */
import { isMonthWord } from './english-forms.js';
import { creditOf, type Concept, type QueryTerms } from './coverage.js';
import { normalizeForMatch } from './text.js';
import { withoutNumberSigns } from './english-spelling.js';

/**
 * Runs of capitalised words inside an English question's sentences (not a sentence's first word, not
 * a month): the names it asks about (European Commission, Federal Open Market Committee), lower-cased.
 */
export function nameRuns(question: string): string[][] {
  const runs: string[][] = [];
  // A number sign (Decision No. 38) is no part of a name, and its full stop ends no sentence; a colon
  // ends a lead-in (Short one here: Which …), so the question word after it opens a clause.
  for (const sentence of withoutNumberSigns(question).split(/[.?!:]\s+/)) {
    let run: string[] = [];
    for (const [i, w] of sentence
      .split(/[^A-Za-z']+/)
      .filter(Boolean)
      .entries()) {
      if (i > 0 && /^[A-Z][a-z]+$/.test(w) && !isMonthWord(w)) run.push(w.toLowerCase());
      else if (run.length > 0) {
        runs.push(run);
        run = [];
      }
    }
    if (run.length > 0) runs.push(run);
  }
  // One capitalised word is left to the untranslated check: the reports' own names (Wuhan, Wangjinshe)
  // head a document and are rarely repeated in its passages; two in a row name one body.
  return runs.filter((r) => r.length > 1);
}

/** The English frame: which English terms of the question matched which Chinese words of the quotes. */
export function englishFrame(terms: QueryTerms, answer: string[]): string {
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
export function weaklyHeld(word: string, terms: QueryTerms, holds: (zh: string) => boolean): boolean {
  return terms.translations.some((t) => t.source === word && t.terms.some(holds));
}

/** The question's terms without the translations of words that only grade or frame (best, next): no answer need hold them. */
export function namingConcepts(terms: QueryTerms): QueryTerms {
  return { ...terms, concepts: terms.concepts.filter((c) => !c.generic) };
}

/**
 * Whether a text matches at least two of an English question's naming concepts (the one it has, when
 * it has one). A dictionary turns an off-topic English question into words the reports hold
 * (transfer → 转让, life → 生活), each in some other passage; one matched word, however rare, is a
 * coincidence, not an answer. Asked of the answer's passage: asked of the sentence alone it refused
 * answers the reports hold (a sentence names the subject, its neighbour the rest).
 */
export function coversTwo(tokens: Set<string>, terms: QueryTerms): boolean {
  // Keyed by the phrases too: two terms the index holds only as bigrams (交易平台, 云计算) have no alternatives.
  const key = (c: Concept): string => [c.primary, ...c.alternatives, ...(c.phrases ?? []).map((p) => p.join('+'))].join('/');
  const naming = [...new Map(namingConcepts(terms).concepts.map((c) => [key(c), c])).values()];
  const covered = naming.filter((c) => creditOf(tokens, c) >= 1);
  // A name the reports lack (Tencent, Roth) is a naming concept no passage covers: the rest must still match two.
  return covered.length >= Math.min(2, naming.length + terms.untranslated.length);
}

// The nouns an English question names a document by ("the clearing article", "the Ningzhou study", "the
// box in …", "the piece about venue failures"), and the words that label which one it is.
const DOC_NOUN = String.raw`(?:article|report|paper|white ?paper|study|piece|sidebar|chapter|section|essay|explainer)`;
const LABEL_BEFORE = new RegExp(String.raw`\b(?:the|that|this|your) ((?:[a-z'-]+ ){1,3})${DOC_NOUN}\b`, 'g');
const LABEL_AFTER = new RegExp(String.raw`\b${DOC_NOUN} (?:about|on) ((?:[a-z'-]+ ?){1,3})`, 'g');
const NOT_LABEL = /^(?:same|whole|full|first|last|new|latest|above|following|other|\d+)$/;
// How a question says where its words come from: the document's verb of saying (as the article puts
// it, the report mentions …) and the naming of a term (something called …): a frame, not a concept.
const SAYS = new RegExp(
  String.raw`\b${DOC_NOUN} (puts?|explains?|describes?|mentions?|says|calls?|defines?|states?|writes?|notes?|uses?)\b|\b(something|thing|term|idea|what(?:'s| is)) (called|named|dubbed|termed)\b`,
  'g',
);

/**
 * The words a question labels its source document with: "the clearing article" says which report to
 * read, not what the answer must speak of. A question about one of the report's own ideas ("what is
 * escrow netting, in the words of the clearing article") names one concept and its document.
 */
export function sourceLabels(question: string): string[] {
  const q = question.toLowerCase();
  const words = [...q.matchAll(LABEL_BEFORE), ...q.matchAll(LABEL_AFTER)].flatMap((m) => (m[1] ?? '').trim().split(/\s+/));
  const says = [...q.matchAll(SAYS)].flatMap((m) => [m[1], m[2], m[3]]).filter((w): w is string => w !== undefined && !/^what/.test(w));
  return [...words.filter((w) => w.length >= 4 && !NOT_LABEL.test(w)), ...says];
}

/**
 * The question's terms without the concepts that only label its source document (sourceLabels): an
 * English concept whose English form is a label word. Two concepts must meet in the answer (coversTwo),
 * and a document's label is no second one.
 */
export function withoutLabels(terms: QueryTerms, question: string): QueryTerms {
  const labels = sourceLabels(question);
  if (labels.length === 0) return terms;
  const isLabel = (a: string): boolean => labels.some((l) => l === a || (a.length >= 4 && (l.startsWith(a) || a.startsWith(l))));
  // The Chinese a label word became (sandbox → 监管沙箱, puts → 做出): a concept of those is the label's.
  const labelTerms = new Set(terms.translations.filter((t) => t.source.split(' ').every(isLabel)).flatMap((t) => t.terms));
  const labelled = (c: Concept): boolean =>
    c.primary === null && c.alternatives.some((a) => (/^[a-z'-]+$/.test(a) ? isLabel(a) : labelTerms.has(a)));
  const concepts = terms.concepts.filter((c) => !labelled(c));
  return concepts.length === terms.concepts.length || concepts.length === 0 ? terms : { ...terms, concepts };
}

// Chat shorthand for function words and politeness (b4 = before, pls, n = and, q = question, rn = right now):
// how someone types a question, never a concept a report must name.
const CHAT =
  /^(?:b4|pls|plz|thx|thanx|ty|u|ur|n|q|qq|btw|fyi|asap|imo|imho|tbh|idk|lmk|rn|abt|bc|cuz|coz|tho|thru|gonna|wanna|gotta|ok|okay|hi|hey)$/;

/** Whether an English word nothing translates is chat shorthand (b4, pls, lmk): no concept of the question. */
export function isChatWord(word: string): boolean {
  return CHAT.test(word.toLowerCase());
}
