/**
 * One wrong character in a name the reports write (网金设 for 网金社, 金教所 for 金交所, 资产证卷化):
 * a typed or spoken question often misses one character of a three-or-more-character name, and the
 * misspelt span then matches nothing and reads as a name the reports lack. A span is corrected only
 * when the index does not write it (a bigram of it is unknown), the name is written, and exactly one
 * known name fits: two-character words are left alone, too many real words lie one character apart.
 */
import { tagWords } from './jieba.js';
import { hasTraditional, normalizeForMatch, taiwanPhrases } from './text.js';

const MIN = 3;
const MAX = 10;
// Characters of grammar and of time (的, 上, 候): the index keeps no bigram through some of them, so a
// span holding one reads as unwritten though it is plain Chinese; such a character is never the typo.
const GRAMMAR = /[的了是在有上下中里这那么个们和与及或把被将对从向给让会能还要就也都很时候吗呢吧啊呀嘛]/;

export interface TypoFixer {
  /** The query with misspelt names corrected, one character for one (offsets still hold). */
  fix(query: string): string;
}

function written(word: string, known: (term: string) => boolean): boolean {
  for (let i = 0; i + 2 <= word.length; i += 1) if (!known(word.slice(i, i + 2))) return false;
  return true;
}

/**
 * `names`: the lexicon's words and the banks' names; only Chinese ones the index writes count.
 * `occurs`: whether a passage writes a word (a word the corpus writes is never a typo).
 */
export function createTypoFixer(names: Iterable<string>, known: (term: string) => boolean, occurs: (word: string) => boolean): TypoFixer {
  // Each name under every form with one character masked (网?社): a span masked the same way finds it.
  const byMask = new Map<string, Set<string>>();
  const whole = new Set<string>();
  for (const raw of names) {
    const name = normalizeForMatch(raw);
    if (name.length < MIN || name.length > MAX || !/^[\u3400-\u9fff]+$/.test(name) || !written(name, known)) continue;
    whole.add(name);
    for (let i = 0; i < name.length; i += 1) {
      const key = `${name.slice(0, i)}?${name.slice(i + 1)}`;
      byMask.set(key, (byMask.get(key) ?? new Set()).add(name));
    }
  }
  // Where to look: a name missed by one character keeps its first two or its last two characters
  // (a three-character name with its middle wrong keeps its first and last): windows start only there.
  const anchors = new Map<string, Array<{ name: string; offset: number }>>();
  const add = (key: string, name: string, offset: number): void => {
    anchors.set(key, [...(anchors.get(key) ?? []), { name, offset }]);
  };
  for (const name of whole) {
    add(name.slice(0, 2), name, 0);
    add(name.slice(-2), name, name.length - 2);
    if (name.length === 3) add(`${name[0]}_${name[2]}`, name, 0);
  }
  return {
    fix(asked) {
      const query = hasTraditional(asked) ? taiwanWords(asked, occurs) : asked;
      if (whole.size === 0 || !/[\u3400-\u9fff]{3}/.test(query)) return query;
      const folded = normalizeForMatch(query);
      const windows = windowsOf(folded, anchors);
      if (windows.length === 0) return query;
      const taken = new Array<boolean>(folded.length).fill(false);
      for (const w of windows) if (whole.has(folded.slice(w.at, w.at + w.length))) taken.fill(true, w.at, w.at + w.length);
      const chars = query.split('');
      for (const { at, length } of windows) {
        if (taken.slice(at, at + length).some(Boolean)) continue;
        const fixed = correction(folded.slice(at, at + length), (i) => realWord(folded, at, length, i), byMask, occurs);
        if (fixed) fixed.split('').forEach((ch, i) => (chars[at + i] = ch));
      }
      return chars.join('');
    },
  };
}

/** The windows of the folded query (start, length) that an anchor puts a name's length on, longest first, once each. */
function windowsOf(folded: string, anchors: Map<string, Array<{ name: string; offset: number }>>): Array<{ at: number; length: number }> {
  const seen = new Set<string>();
  const out: Array<{ at: number; length: number }> = [];
  const push = (at: number, length: number): void => {
    const key = `${at}:${length}`;
    if (at < 0 || at + length > folded.length || seen.has(key) || !/^[\u3400-\u9fff]+$/.test(folded.slice(at, at + length))) return;
    seen.add(key);
    out.push({ at, length });
  };
  for (let p = 0; p + 2 <= folded.length; p += 1) {
    for (const { name, offset } of anchors.get(folded.slice(p, p + 2)) ?? []) push(p - offset, name.length);
    if (p + 3 <= folded.length) for (const { name } of anchors.get(`${folded[p]}_${folded[p + 2]}`) ?? []) push(p, name.length);
  }
  return out.sort((a, b) => b.length - a.length || a.at - b.at);
}

/**
 * A question in traditional script may use Taiwan's words (網路, 資訊): each is read as the mainland
 * word the reports write, when the reports write that one and never the Taiwan one (智慧 stays: the
 * reports say 智慧金融). Simplified questions are left alone: 互动 is a mainland word too.
 */
function taiwanWords(query: string, occurs: (word: string) => boolean): string {
  let folded = normalizeForMatch(query);
  let out = query;
  for (const [tw, cn] of taiwanPhrases()) {
    if (!folded.includes(tw) || occurs(tw) || !occurs(cn)) continue;
    for (let at = folded.indexOf(tw); at >= 0; at = folded.indexOf(tw, at + tw.length)) {
      out = out.slice(0, at) + cn + out.slice(at + tw.length);
      folded = folded.slice(0, at) + cn + folded.slice(at + tw.length);
    }
  }
  return out;
}

let wordsOf: { text: string; words: Array<{ from: number; to: number; tag: string }> } | undefined;

// jieba's tags of grammar words (adverbs, conjunctions, prepositions, particles, pronouns, measure
// words, locatives): 又 of 众筹又归 is a word of its own, never a misspelt character of a name.
const FUNCTION_TAG = /^(d|c|p|u[a-z]*|r[a-z]*|y|e|o|q|f)$/;

/**
 * Whether jieba (its dictionary alone) reads the span's character `i` as no typo: part of a word of
 * two or more characters (保费 of 保费会), a grammar word (又), or, at the span's edge, beside a rest
 * made of whole words (地方|做, 第一|间): a misspelt name falls apart into single characters (网|金|设).
 */
function realWord(folded: string, at: number, length: number, i: number): boolean {
  if (wordsOf?.text !== folded) {
    let end = 0;
    wordsOf = { text: folded, words: tagWords(folded, false).map(({ word, tag }) => ({ from: end, to: (end += word.length), tag })) };
  }
  const { words } = wordsOf;
  const wordAt = (pos: number) => words.find((w) => w.from <= pos && pos < w.to);
  const own = wordAt(at + i);
  if (own && (own.to - own.from >= 2 || FUNCTION_TAG.test(own.tag))) return true;
  if (i !== 0 && i !== length - 1) return false;
  const rest = Array.from({ length: length - 1 }, (_, j) => at + (i === 0 ? j + 1 : j));
  return rest.every((pos) => {
    const w = wordAt(pos);
    return w !== undefined && w.to - w.from >= 2;
  });
}

/** The one name a span the corpus never writes is a character away from, if exactly one is. */
function correction(
  span: string,
  isWord: (i: number) => boolean,
  byMask: Map<string, Set<string>>,
  occurs: (word: string) => boolean,
): string | null {
  const found = new Set<string>();
  for (let i = 0; i < span.length; i += 1) {
    if (GRAMMAR.test(span[i] as string)) continue;
    const names = byMask.get(`${span.slice(0, i)}?${span.slice(i + 1)}`);
    if (!names || names.has(span)) continue;
    if (isWord(i)) continue;
    for (const name of names) found.add(name);
  }
  return found.size === 1 && !occurs(span) ? ([...found][0] as string) : null;
}
