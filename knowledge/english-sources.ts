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

/** The question with the names of its stated sources blanked out (same length). */
export function withoutSources(question: string): string {
  let out = question;
  for (const pattern of [AFTER_CUE, BEFORE_NOUN])
    out = out.replace(pattern, (whole: string, run: string) => whole.replace(run, ' '.repeat(run.length)));
  return out;
}
