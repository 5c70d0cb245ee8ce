/**
 * A regular expression's test on one character, remembered per UTF-16 unit. The rules walk a text a character at a
 * time to find a clause or sentence end (`CLAUSE_BREAK.test(norm[i])`), around every trigger and every rate; on a
 * 5,000-character paste those single-character tests were a tenth of a check. A test on the same one-unit string
 * always answers the same, so the remembered answer is the test's own; anything else (undefined, longer strings) is
 * passed to the expression as before.
 */
export function unitTest(re: RegExp): (ch: string | undefined) => boolean {
  if (re.global || re.sticky) throw new Error(`unitTest needs a stateless expression: /${re.source}/${re.flags}`);
  // 0 not yet asked, 1 no, 2 yes.
  const known = new Uint8Array(0x10000);
  return (ch) => {
    if (ch === undefined || ch.length !== 1) return re.test(ch as string);
    const unit = ch.charCodeAt(0);
    let answer = known[unit] as number;
    if (answer === 0) known[unit] = answer = re.test(ch) ? 2 : 1;
    return answer === 2;
  };
}

/**
 * `[...text.matchAll(re)]` for a global expression, by exec on the expression itself. matchAll copies the expression
 * on every call, and a copy of one of the large cue alternations costs as much as reading a sentence with it: the
 * frame cues ask six of them per sentence, and a rate's period words twelve per rate. Starts where matchAll would
 * (the expression's lastIndex), steps over empty matches as it does, and leaves lastIndex as it found it.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global expression: /${re.source}/${re.flags}`);
  const from = re.lastIndex;
  const unicode = re.unicode || re.flags.includes('v');
  const out: RegExpExecArray[] = [];
  try {
    re.lastIndex = from;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(m);
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, unicode);
    }
  } finally {
    re.lastIndex = from;
  }
  return out;
}

/** The spec's AdvanceStringIndex: one unit, or a whole surrogate pair under the u or v flag. */
function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const first = text.charCodeAt(at);
  if (first < 0xd800 || first > 0xdbff) return at + 1;
  const second = text.charCodeAt(at + 1);
  return second >= 0xdc00 && second <= 0xdfff ? at + 2 : at + 1;
}
