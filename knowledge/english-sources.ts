import { ENGLISH_STOPWORDS } from './natural.js';

/**
 * Where an English question says its answer comes from: "according to Fudan University", "the
 * Dagong Global report", "what does the Caixin piece say". The source is
 * the report's author or publisher, written in its heading or not at all, not a body the passage
 * speaks of: a check that a name the question writes stands in the quoted passage must skip it.
 */
const CAPITALISED = String.raw`[A-Z][A-Za-z'’.&-]*`;
const RUN = String.raw`${CAPITALISED}(?:\s+(?:of\s+|and\s+|for\s+)?${CAPITALISED})*(?:\s*\([^)]{1,24}\))?`;
const SOURCE_NOUNS = String.raw`(?:report|reports|study|studies|paper|papers|white\s+paper|survey|article|piece|research|researchers?|team|analysts?|authors?|book|review)`;
const AFTER_CUE = new RegExp(
  String.raw`\b(?:[Aa]ccording\s+to|[Aa]s\s+(?:told|reported|written)\s+by|[Ww]ritten\s+by|[Pp]ublished\s+by|[Pp]er)\s+(?:the\s+)?(${RUN})`,
  'g',
);
const BEFORE_NOUN = new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(${RUN})(?:'s?)?\s+${SOURCE_NOUNS}\b`, 'g');
// A person who speaks in the writing (what does Yang Tao say, Chris Anderson argues): its author, named in its byline.
const PERSON = String.raw`[A-Z][a-z]+\s+[A-Z][a-z]+`;
const PERSON_SAYS = new RegExp(
  String.raw`\b(?:does|did|do)\s+(${PERSON})\s+(?:say|argue|think|believe|write|propose|suggest|recommend|see)\b|\b(${PERSON})\s+(?:says|argues|thinks|believes|writes|proposes|suggests|recommends)\b`,
  'g',
);

/** The question with the names of its stated sources blanked out (same length). */
export function withoutSources(question: string): string {
  let out = question;
  for (const pattern of [AFTER_CUE, BEFORE_NOUN])
    out = out.replace(pattern, (whole: string, run: string) => whole.replace(run, ' '.repeat(run.length)));
  out = out.replace(PERSON_SAYS, (whole: string, asked?: string, said?: string) => {
    const run = asked ?? said ?? '';
    return whole.replace(run, ' '.repeat(run.length));
  });
  return out;
}

/** Nouns that name a piece of writing the asker cites (the sandbox column, the Wuhan survey). */
const WRITING = String.raw`(?:white\s+papers?|papers?|reports?|study|studies|articles?|pieces?|columns?|sidebars?|surveys?|reviews?|write-?ups?)`;
/** A determiner or citing preposition, then one to three words naming the writing, then its noun. */
const CITED = new RegExp(String.raw`\b(?:the|this|that|its|their)\s+((?:[A-Za-z][\w'’.&-]*\s+){1,3}?)(${WRITING})\b`, 'gi');
/** A lead naming the writing before a colon or dash: "Wuhan study: …", "ZJU report — …". */
const LEAD = new RegExp(String.raw`^\s*((?:[A-Za-z][\w'’.&-]*\s+){1,3}?)(${WRITING})\s*[:—–-]\s`, 'i');
const BARE = new RegExp(String.raw`\b(?:the|this|that)\s+(${WRITING})\b`, 'gi');
/** Words that may stand between the determiner and the noun without naming the writing. */
const NOT_A_NAME = /^(?:same|other|whole|latest|recent|new|first|second|last|above|following|one|report's|article's)$/i;

/**
 * The words with which a question names the writing it cites, and that writing's noun: "as the
 * sandbox piece explains" → sandbox, piece. They say where the answer is written, not what it
 * says: no answer need hold them (a definition in the sandbox column's box never writes 沙箱),
 * though they may still steer the search to that report.
 */
export function sourceWords(question: string): Set<string> {
  const out = new Set<string>();
  const add = (name: string, noun: string): void => {
    const words = name.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.some((w) => NOT_A_NAME.test(w) || ENGLISH_STOPWORDS.has(w.toLowerCase()))) return;
    for (const w of [...words, ...noun.split(/[\s-]+/)]) out.add(w.toLowerCase().replace(/['’]s?$/, ''));
  };
  const lead = LEAD.exec(question);
  if (lead) add(lead[1] ?? '', lead[2] ?? '');
  for (const m of question.matchAll(CITED)) add(m[1] ?? '', m[2] ?? '');
  // "what the paper says": the noun alone (report and article are asking words already).
  for (const m of question.matchAll(BARE)) for (const w of (m[1] ?? '').split(/[\s-]+/)) out.add(w.toLowerCase());
  return out;
}

/**
 * The question with the words naming its cited writing blanked (same length): "what does X mean in
 * the sandbox column" asks what X means, and the article's words, made concepts, pull passages that
 * name the article's subject over the one that answers. A capitalised name (Wuhan, Fudan University) is kept when
 * `keepNames` is set: the reports write it in their passages too, and it finds the report.
 */
export function withoutCited(question: string, keepNames: boolean): string {
  const cited = sourceWords(question);
  if (cited.size === 0) return question;
  return question.replace(/[A-Za-z][A-Za-z'’]*/g, (w) => {
    const bare = w.toLowerCase().replace(/['’]s?$/, '');
    if (!cited.has(bare) || (keepNames && /^[A-Z]/.test(w))) return w;
    return ' '.repeat(w.length);
  });
}
