/**
 * CC-CEDICT's glosses as senses an English question can mean: cleaned of "to", "sb", brackets and
 * labels, and ranked by how plainly each says its key (see `rankOf`).
 */
import { englishTokens, keyOf, MAX_SENSE_WORDS } from './cedict.js';
import { ENGLISH_STOPWORDS } from './natural.js';

// Senses that point elsewhere or name a person say nothing a question would ask in English.
const SKIP_SENSE =
  /^(variant of|old variant|see |surname|abbr\.|used in|cl:|also written|also pr\.|erhua variant|japanese variant|archaic|\(old\)|\(dialect\))/i;

/** A sense of a dictionary entry, cleaned, with how much it should be trusted (0 best; see `rankOf`). */
interface Sense {
  text: string;
  rank: number;
  /** Glossed as a verb ("to trade"): CC-CEDICT writes a verb sense with "to". */
  verb: boolean;
}

// Labels of a register a question in plain English never means (literary, classical, slang,
// dialect, Taiwan usage, Buddhist or Chinese-medicine terms, old usage).
const MARKED =
  /\((?:literary|classical|slang|dialect|archaic|old|obsolete|Tw|Buddhism|TCM|coll\.|vulgar|derog\.|euphemism|idiom)\b[^)]*\)/i;
// A hyphenated word cut to its content part (副产品 "by-product", 四方 "four-way"): the key the
// stop words leave is not what the sense says.
const PARTIAL = /\b(?:by|all|one|two|three|four|non|self|off|out|over|under|up|down)-[a-z]/i;

/**
 * How far a sense is from what its key says: 0 a plain sense, 1 a partial one (see PARTIAL), 2 one
 * marked for a register (see MARKED). Keys list their words by rank first, so a plain sense of a
 * common word (产品 "product") comes before a literal reading of a longer one (副产品 "by-product").
 */
// A sense that is itself a question (多大 "how old?"): its key is the question's leftover word (old),
// which the question never meant; questions' asking words are stripped before lookup anyway.
const QUESTION_SENSE = /\?$|^(?:how|what|who|whom|where|why|when|which)\b/i;

function rankOf(raw: string): number {
  if (MARKED.test(raw)) return 2;
  return PARTIAL.test(raw.trim()) ? 1 : 0;
}

export function senses(glosses: string | string[]): Sense[] {
  const list = typeof glosses === 'string' ? glosses.split(/;\s*/) : glosses.flatMap((g) => g.split(/;\s*/));
  return list
    .filter((s) => !SKIP_SENSE.test(s.trim()) && !QUESTION_SENSE.test(s.trim()))
    .map((s) => ({
      rank: rankOf(s),
      verb: /^to\s/i.test(s.trim()),
      text: s
        .replace(/\([^)]*\)|\[[^\]]*\]|[\u3400-\u9fff|]+/g, ' ')
        .replace(/\b(to|sb|sth|sb's|sth's|one's|oneself|etc|e\.g\.|i\.e\.)\b/gi, ' ')
        .trim(),
    }))
    .filter((s) => s.text.length > 1);
}

/** Keys of an entry's plain senses of two or three content words ("student loan", not "by-product"). */
export function compoundKeys(glosses: string | string[]): string[] {
  const pieces = typeof glosses === 'string' ? [glosses] : glosses;
  // A cheap test first: most entries have no sense of two or three plain words.
  if (!pieces.some((g) => /(?:^|;\s*)[a-z]+(?: [a-z]+){1,2}(?:;|$)/i.test(g))) return [];
  return senses(glosses)
    .filter((s) => s.rank === 0)
    .map((s) => englishTokens(s.text))
    .filter((words) => words.length >= 2 && words.length <= MAX_SENSE_WORDS && words.every((w) => !ENGLISH_STOPWORDS.has(w)))
    .map(keyOf);
}
