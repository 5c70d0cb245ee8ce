/**
 * How an English question is read before its words are translated: chat shorthand written out
 * (b4 → before, 3rd → third, mkt → market, co name → company name) and the asker's own frame
 * blanked (I am interested in, is it the case that, in light of). Shorthand left as written is no
 * dictionary word, so it was counted as a name the reports never mention; a frame's words translate
 * into noise ("interested" is the glossary's interest → 收益率). General English, not a question set.
 */

/** Chat and note-taking shorthand, whole words only, as the word it stands for. */
const SHORTHAND: Readonly<Record<string, string>> = {
  b4: 'before',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  mkt: 'market',
  mkts: 'markets',
  approx: 'approximately',
  govt: 'government',
  gov: 'government',
  yr: 'year',
  yrs: 'years',
  amt: 'amount',
  avg: 'average',
  pct: 'percent',
  mgmt: 'management',
  dept: 'department',
  abt: 'about',
  thru: 'through',
  wrt: 'regarding',
  bn: 'billion',
  mn: 'million',
  cos: 'companies',
  reqs: 'requirements',
  req: 'requirement',
};

const ORDINALS: readonly string[] = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/**
 * The asker's frame around what is asked: the asker's interest, a request to confirm, a hedge on
 * the premise (is it the case that), a circumstance (in light of) and a verb of failing before the
 * verb that is asked (fail to supervise asks about supervising).
 */
const FRAMES: RegExp[] = [
  /\b(?:i am|i'm|we are|we're)\s+(?:(?:particularly|especially|mainly|mostly|also)\s+)?interested\s+in\b/gi,
  /\b(?:is|was)\s+it\s+(?:the\s+case|true)\s+that\b/gi,
  /\bin\s+(?:the\s+)?light\s+of\b/gi,
  /\b(?:could|can|would)\s+you\s+(?:please\s+)?(?:confirm|tell\s+me|clarify)(?:\s+(?:whether|if))?\b/gi,
  /\bfail(?:s|ed|ing)?\s+to\b/gi,
];

/** The question with shorthand written out and the asker's frame blanked. */
export function readShorthand(query: string): string {
  let out = query.replace(/\b([1-9]|10)(?:st|nd|rd|th)\b/gi, (whole, n: string) => ORDINALS[Number(n) - 1] ?? whole);
  out = out.replace(/\b[a-z][a-z0-9]*\b/gi, (word) => SHORTHAND[word.toLowerCase()] ?? word);
  // "n" between two words (who proposed it n when), "co" before a noun or at the end (co name, a foreign co): and, company.
  out = out
    .replace(/(?<=[a-z,]\s+)n(?=\s+[a-z])/gi, 'and')
    .replace(/\bco\b(?=\s+(?:name|names|get|gets|that|which|is|has)\b|\s*[?,.]|$)/gi, 'company');
  for (const frame of FRAMES) out = out.replace(frame, (m) => ' '.repeat(m.length));
  return out;
}
