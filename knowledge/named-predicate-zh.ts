/**
 * A Chinese question about a firm or a person the reports name only as an example (a lender "以…为
 * 代表", a developer in a list "恒大、碧桂园、融创等"): the reports hold the name, not what the question
 * asks of it (how much it repaid, how its debt workout was settled). A sentence whose passage writes
 * the name answers only when it, with the sentence before it, also says what is asked of it. The
 * English gate (named-predicate.ts) reads capitalised words; here a name is a word jieba tags as
 * proper or does not know (红岭, 恒大), and "in passing" is read from how the reports write it: every
 * time inside a list or an example frame, never as a sentence's own subject.
 */
import { documentFrequency, FIELD_COUNT } from './flat-index.js';
import { tagWords } from './jieba.js';
import { PREDICATE_SHARE, type NamedSentence } from './named-predicate.js';
import type { IndexData } from './search-index.js';
import { normalizeForMatch } from './text.js';

// jieba's tags of proper names and of words its dictionary lacks (coined firm names). Abbreviations
// (j: 城商行, 房企) are kinds of firm, the reports' own subjects.
const NAME_TAGS = /^(nr|ns|nt|nz|nrt|nrfg|x)$/;
/** A name written in more passages than this is one of the reports' subjects, not an example. */
const EXAMPLE_PASSAGES = 4;
// A name is written as one of a class in a list of names (X、Y、Z等) or as the class's representative
// (以X为代表). "如X…" gives a fact of X itself (如X用户已可以…), so it is not one.
// jieba's word classes that carry what a question asks: nouns, verbs, adjectives (not its frame words).
const CONTENT = /^(n[a-z]*|v[a-z]*|a[a-z]?)$/;

/**
 * The question's name words: two or more Chinese characters, tagged a proper name or unknown to
 * jieba's dictionary, with the noun after it when the corpus writes the two as one (汉口 + 银行).
 */
export function chineseNames(folded: string, written: (word: string) => boolean = () => false): string[] {
  const words = tagWords(folded);
  const names: string[] = [];
  words.forEach((w, i) => {
    if (!NAME_TAGS.test(w.tag) || !/^[\u3400-\u9fff]{2,}$/.test(w.word)) return;
    const next = words[i + 1];
    const whole = next && /^n/.test(next.tag) ? w.word + next.word : '';
    names.push(whole && written(whole) ? whole : w.word);
  });
  return [...new Set(names)];
}

/** The texts (folded) of the passages that write a word, up to `cap` of them; more than `cap` returns null. */
export function passagesWriting(data: IndexData): (word: string, cap: number) => string[] | null {
  return (word, cap) => {
    const grams: string[] = [];
    for (let i = 0; i + 2 <= word.length; i += 1) grams.push(word.slice(i, i + 2));
    const { index } = data;
    if (grams.some((g) => documentFrequency(index, g) === 0)) return [];
    const rarest = grams.sort((a, b) => documentFrequency(index, a) - documentFrequency(index, b))[0];
    const id = rarest === undefined ? undefined : index.terms.get(rarest);
    if (id === undefined) return [];
    const found: string[] = [];
    const seen = new Set<number>();
    for (let p = index.offsets[id * FIELD_COUNT] as number; p < (index.offsets[id * FIELD_COUNT + 1] as number); p += 1) {
      const doc = index.docs[p] as number;
      if (seen.has(doc)) continue;
      seen.add(doc);
      const text = normalizeForMatch(data.passages.at(doc)?.text ?? '');
      if (!text.includes(word)) continue;
      if (found.length === cap) return null;
      found.push(text);
    }
    return found;
  };
}

/** Whether every time a text writes `name` it stands as an example: in a list of names or as a class's representative. */
function asExample(name: string, texts: string[]): boolean {
  let seen = 0;
  for (const text of texts) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      seen += 1;
      const before = text.slice(0, at);
      // The name may be the head of a longer one (红岭创投 for 红岭): look past its own characters.
      const after = text.slice(at + name.length).replace(/^[\u3400-\u9fff]{0,4}?(?=[、等]|为代表|为首)/, '');
      if (/以$/.test(before) && /^(?:为代表|为首)/.test(after)) continue;
      // In a list, the item beside it must be a name too (恒大、碧桂园): a list of practices (不抽贷、不惜贷) names no firm.
      const next = /^、([^、，。；等和及与]{2,8})/.exec(after)?.[1];
      const previous = /([^、，。；：\s]{2,8})、$/.exec(before)?.[1];
      if (!(next !== undefined && startsWithName(next)) && !(previous !== undefined && startsWithName(previous.slice(-4)))) return false;
    }
  }
  return seen > 0;
}

/** Whether a list item opens with (or, cut to its last characters, is) a word jieba tags as a name. */
function startsWithName(item: string): boolean {
  const first = tagWords(item)[0];
  return first !== undefined && NAME_TAGS.test(first.tag) && first.word.length >= 2;
}

interface Context {
  texts: (word: string, cap: number) => string[] | null;
  tokens: (text: string) => Set<string>;
  /** The question's parts (a multi-part question asks the name's predicate in one of them). */
  parts: string[];
}

/**
 * Whether every name of a Chinese question that the reports write only as an example stands in a
 * shown sentence that, with the sentence before it, holds at least half of the content
 * words of the question part that names it. A name no passage writes is the absence rule's to judge.
 */
export function chineseNamesMeetPredicate(question: string, shown: NamedSentence[], ctx: Context): boolean {
  const folded = normalizeForMatch(question);
  const written = (word: string): boolean => (ctx.texts(word, 1) ?? [word]).length > 0;
  for (const name of chineseNames(folded, written)) {
    const texts = ctx.texts(name, EXAMPLE_PASSAGES);
    if (texts === null || texts.length === 0 || !asExample(name, texts)) continue;
    const part = normalizeForMatch(ctx.parts.find((p) => normalizeForMatch(p).includes(name)) ?? question);
    const asked = tagWords(part, false)
      .filter((w) => CONTENT.test(w.tag) && /^[\u3400-\u9fff]{2,}$/.test(w.word) && !name.includes(w.word) && !w.word.includes(name))
      // A word no passage writes (付钱 for 支付) is the absence rule's to weigh, not a predicate to find.
      .filter((w) => written(w.word))
      .map((w) => w.word);
    if (asked.length === 0) continue;
    const met = shown.some((s) => {
      // The name must stand in the sentence itself: a passage that lists it and then speaks of all
      // platforms (清退方案, 兑付比例) says nothing of it.
      if (!normalizeForMatch(s.text ?? s.passage).includes(name)) return false;
      const held = asked.filter((w) => [...ctx.tokens(w)].every((t) => s.tokens.has(t)));
      return held.length >= PREDICATE_SHARE * asked.length;
    });
    if (!met) return false;
  }
  return true;
}
