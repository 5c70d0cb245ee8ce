/**
 * A seller's quoted speech (销售说："…", 理财师：“…”) is a claim: no frame of ./context.ts outside it reaches in.
 * Quotes of a hypothetical speaker, of someone reported on, or of a question asked are not.
 */
import {
  ASKED_INTRO,
  AUTHORITY,
  CONDITIONAL,
  OBJECT,
  QUOTE_CLOSE,
  QUOTE_OPEN,
  REPORT,
  SAID,
  SELLER_WARNING,
  VERDICT,
  WARNING,
} from './frame-cues.js';
import { CLAUSE_END, SENTENCE_END, type Span } from './frame-reach.js';
import { REPORTED_SPEAKER } from './notices.js';

const NAMED_AS_WORD = /^\s*(?:这个|这几个|这两个|这种|这类)?(?:说法|词|字眼|提法|概念|名词|叫法)/;

/** Quoted speech introduced by a speaker (销售说：“…”) whose words are not themselves a warning. */
export function quotedClaims(norm: string): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < norm.length; i += 1) {
    const open = norm[i] as string;
    if (!QUOTE_OPEN.test(open)) continue;
    const closeRe = QUOTE_CLOSE[open] ?? /["”]/;
    let end = i + 1;
    while (end < norm.length && !closeRe.test(norm[end] as string)) end += 1;
    const before = norm.slice(Math.max(0, i - 16), i);
    // The clause lead (up to the sentence start): "when a stranger says", "法院审理查明，被告人对外宣称".
    const lead =
      norm
        .slice(Math.max(0, i - 48), i)
        .split(SENTENCE_END)
        .pop() ?? '';
    const inside = norm.slice(i + 1, end);
    // "如果有人说“…”，那多半是骗局": a hypothetical speaker judged by a verdict is not a seller.
    const after = norm.slice(end + 1, end + 24).split(SENTENCE_END)[0] ?? '';
    const clause = lead.split(CLAUSE_END).pop() ?? '';
    // "有网友问：“…”": words introduced by a question are what is asked about, not what anyone claims.
    // "Beware of channels that promise “…”", 警惕那些宣称“…”的人: the quote is what the warning's object says.
    const warnedOf = OBJECT.test(clause.replace(SELLER_WARNING, ' '));
    // “保本理财”这个说法, “定融”这个词: a quote named as a word is a term, not anyone's speech.
    const named = NAMED_AS_WORD.test(norm.slice(end + 1, end + 9));
    const hypothetical =
      CONDITIONAL.test(clause) || VERDICT.test(after) || REPORTED_SPEAKER.test(lead) || ASKED_INTRO.test(before) || warnedOf || named;
    if (
      SAID.test(before) &&
      !hypothetical &&
      !AUTHORITY.test(before) &&
      !WARNING.test(before) &&
      !WARNING.test(inside) &&
      !REPORT.test(inside)
    )
      out.push({ start: i + 1, end });
    i = end;
  }
  return out;
}
