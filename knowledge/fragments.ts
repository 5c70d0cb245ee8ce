/**
 * Telling a word the reports lack from a piece of the asker's sentence. The absent-span rule
 * (absent.ts) finds characters no known bigram covers; in spoken questions many such runs are only
 * characters of neighbouring words glued together (a position word and the verb after it, a
 * preposition and its noun, a noun and a light verb), or a general word the reports write in its
 * stem (…性, …商). None of them names a thing the reports do not cover.
 */

export interface Placed {
  word: string;
  tag: string;
  start: number;
  end: number;
}

export function positioned(tagged: Array<{ word: string; tag: string }>): Placed[] {
  let at = 0;
  return tagged.map(({ word, tag }) => {
    at += word.length;
    return { word, tag, start: at - word.length, end: at };
  });
}

// Word classes of a lone character that binds other words rather than names anything: a position
// (里, 前), a preposition (按, 跟), a pronoun (另), a conjunction (所), a structural particle (得, 的).
// A name's characters are nouns, verbs and adjectives (交强险, 鑫汇宝); a numeral, an adverb or an
// aspect particle stays (一天, 太低, 亏过 say what is asked).
const BINDING = /^(f|p|r|c|ud|uj|uv)$/;
// A measure word binds only after the verb or numeral it counts for (写份, 有篇); after a noun it may
// be a name's character (美股, tagged a measure).
const MEASURE_AFTER = /^(v|m)/;
// Light verbs of spoken Chinese that follow their object or subject noun (钱搞, 钱加起来, 季搞).
const LIGHT_VERB = /^[搞加弄干做说讲提看问找拿给用算]$/;

/**
 * The indices (into `words`, a span's dictionary words in order) of the lone characters that only
 * glue neighbouring words: a binding class inside a run of single-character words, or a noun and the
 * light verb after it. Their characters never join an absent word.
 */
export function gluedChars(words: Placed[]): Set<number> {
  const out = new Set<number>();
  words.forEach((w, i) => {
    if (w.word.length !== 1) return;
    const before = i > 0 && words[i - 1]?.end === w.start ? words[i - 1] : undefined;
    if (BINDING.test(w.tag) || (w.tag === 'q' && before !== undefined && MEASURE_AFTER.test(before.tag))) out.add(i);
    else if (before?.word.length === 1 && /^n/.test(before.tag) && LIGHT_VERB.test(w.word)) out.add(i).add(i - 1);
  });
  return out;
}

// Derivational suffixes of general words: a quality (禁止性), an agent (开发商), a process (数字化),
// a degree or rate (透明度), a kind (创新型). The reports speak of the same thing by the stem.
const DERIVED = /^([\u3400-\u9fff]{2,})(?:性|商|者|化|度|型|类|式|率|方)$/;

/** Whether a general word is a derivation whose stem the reports write (禁止性 → 禁止). */
export function stemHeld(word: string, occurs?: (word: string) => boolean): boolean {
  const stem = DERIVED.exec(word)?.[1];
  return stem !== undefined && occurs !== undefined && occurs(stem);
}
