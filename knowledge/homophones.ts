/**
 * A character typed for another of the same reading (区快链 for 区块链, 汗金所 for 汉金所, 牌炤 for
 * 牌照): pinyin input offers every character of a syllable, and a wrong pick leaves a bigram the
 * reports never write. Such a character is read as the one of the same toneless syllable that
 * makes the span around it a string the reports do write, only when exactly one does. The readings
 * are CC-CEDICT's (CC BY-SA 4.0, https://cc-cedict.org), every single-character entry's toneless
 * syllable, kept in readings-zh.json (syllable → characters).
 */
import path from 'node:path';
import { z } from 'zod';
import { readJsonFile } from './json-file.js';
import { tagWords } from './jieba.js';
import { normalizeForMatch } from './text.js';

const HAN = /^[\u3400-\u9fff]$/;
/** Characters either side of a candidate that jieba reads to tell a word from a misspelt one. */
const WINDOW = 4;
// Characters of grammar (的, 了, 在 …): a bigram through one is often unwritten though it is plain Chinese.
const GRAMMAR = /[的了是在有上下中里这那么个们和与及或把被将对从向给让会能还要就也都很时候吗呢吧啊呀嘛我你他她它]/;

/** Toneless syllable → the characters CC-CEDICT reads so (every single-character entry). */
export const READINGS_FILE = path.join(import.meta.dirname, 'readings-zh.json');

let bySyllable: Map<string, string> | undefined;
let syllablesOf: Map<string, string[]> | undefined;

/** The characters that share a toneless syllable with `ch` (itself excluded). */
function homophonesOf(ch: string): string[] {
  if (!bySyllable || !syllablesOf) {
    // A broken file reads as no readings: typed characters are then left as they are.
    const read = readJsonFile(READINGS_FILE, z.record(z.string(), z.string()));
    bySyllable = new Map(Object.entries(read.ok ? read.value : {}));
    syllablesOf = new Map();
    for (const [syllable, chars] of bySyllable) for (const c of chars) syllablesOf.set(c, [...(syllablesOf.get(c) ?? []), syllable]);
  }
  const out = new Set<string>();
  for (const syllable of syllablesOf.get(ch) ?? []) for (const c of bySyllable.get(syllable) ?? '') if (c !== ch) out.add(c);
  return [...out];
}

export interface HomophoneFixer {
  /** The query with each mistyped character replaced, one for one (offsets hold). */
  fix(query: string): string;
}

/**
 * `known`: whether the index holds a term (a bigram); `occurs`: whether a passage writes a string.
 * A character is a candidate only where jieba's dictionary leaves it a word of its own (a misspelt
 * word falls apart: 区|快|链), it is no grammar character, and a bigram through it is unwritten.
 */
export function createHomophoneFixer(
  known: (term: string) => boolean,
  occurs: (text: string) => boolean,
  lexicon: ReadonlySet<string>,
  /** The index's terms: a homophone the reports never write is never the meant character. */
  terms: () => Iterable<string>,
): HomophoneFixer {
  // A lexicon word longer than two characters is no token of the bigram index: it is written when all its bigrams are.
  const word = (term: string): boolean =>
    lexicon.has(term) && Array.from({ length: term.length - 1 }, (_, i) => term.slice(i, i + 2)).every(known);
  let written: Set<string> | undefined;
  const soundsLike = new Map<string, string[]>();
  // Each character's homophones the index writes, found once per character.
  const homophones = (ch: string): string[] => {
    let list = soundsLike.get(ch);
    if (!list) {
      if (!written) {
        written = new Set();
        for (const term of terms()) if (/^[\u3400-\u9fff]{2}$/.test(term)) for (const c of term) written.add(c);
      }
      const held = written;
      list = homophonesOf(ch).filter((h) => held.has(h));
      soundsLike.set(ch, list);
    }
    return list;
  };
  return {
    fix(query) {
      const folded = normalizeForMatch(query);
      const han = (i: number): boolean => i >= 0 && i < folded.length && HAN.test(folded[i] as string);
      const unwritten = (i: number): boolean => han(i) && han(i + 1) && !known(folded.slice(i, i + 2));
      if (!Array.from(folded, (_, i) => unwritten(i)).some(Boolean)) return query;
      // jieba cuts only the few characters around one that has a homophone worth reading further.
      const alone = (i: number): boolean => {
        const from = Math.max(0, i - WINDOW);
        return singleCharacterWords(folded.slice(from, i + WINDOW + 1))[i - from] === true;
      };
      const chars = query.split('');
      for (let i = 0; i < folded.length; i += 1) {
        const ch = folded[i] as string;
        if (GRAMMAR.test(ch) || !(unwritten(i - 1) || unwritten(i))) continue;
        const fixed = replacement(folded, i, { han, alone, occurs, known, word, homophones });
        if (fixed) chars[i] = fixed;
      }
      return chars.join('');
    },
  };
}

/**
 * The one homophone of the character at `i` that makes its three-character span (it and its
 * Chinese neighbours, or its two inside neighbours at a run's edge) a string the reports write,
 * where the span as typed is not, every bigram of it known, and the fixed character then joins an
 * unwritten neighbour into one word (jieba's dictionary or the index's lexicon): 区快链 → 区块链,
 * 恒风银行 → 恒丰银行. Two homophones that fit leave the character as typed.
 */
interface Tests {
  han: (i: number) => boolean;
  /** Whether jieba's dictionary leaves the character a word of its own (a misspelt word falls apart: 区|快|链). */
  alone: (i: number) => boolean;
  occurs: (text: string) => boolean;
  known: (term: string) => boolean;
  word: (term: string) => boolean;
  homophones: (ch: string) => string[];
}

function replacement(folded: string, i: number, { han, alone, occurs, known, word, homophones }: Tests): string | null {
  // Every three-character span of Chinese holding the character, nearest-centred first: a misspelt
  // word at a run's edge or beside another word's character (消今交所 of 取消今交所) fits in one of them.
  const froms = [i - 1, i, i - 2].filter((f) => han(f) && han(f + 1) && han(f + 2));
  if (froms.length === 0) return null;
  // The cheap tests first (index lookups), then the text scans and jieba's cut.
  const spanWith = (from: number, h: string): string => folded.slice(from, i) + h + folded.slice(i + 1, from + 3);
  const candidates = homophones(folded[i] as string).filter((h) =>
    froms.some((from) => {
      const span = spanWith(from, h);
      return known(span.slice(0, 2)) && known(span.slice(1, 3));
    }),
  );
  if (candidates.length === 0 || !alone(i)) return null;
  const partners = [i - 1, i + 1].filter((j) => han(j) && !known(folded.slice(Math.min(i, j), Math.min(i, j) + 2)));
  const fitsAt = (from: number, h: string): boolean => {
    const span = spanWith(from, h);
    return known(span.slice(0, 2)) && known(span.slice(1, 3)) && !occurs(folded.slice(from, from + 3)) && occurs(span);
  };
  const fits = candidates.filter(
    (h) =>
      froms.some((from) => fitsAt(from, h)) &&
      partners.some((j) => joined(folded.slice(0, i) + h + folded.slice(i + 1), Math.min(i, j), word)),
  );
  return fits.length === 1 ? (fits[0] as string) : null;
}

/** Whether the two characters at `at` lie inside one word: of jieba's dictionary cut, or a lexicon word the index holds. */
function joined(whole: string, where: number, word: (term: string) => boolean): boolean {
  const start = Math.max(0, where - WINDOW);
  const text = whole.slice(start, where + WINDOW + 2);
  const at = where - start;
  let end = 0;
  for (const { word } of tagWords(text, false)) {
    const from = end;
    end += word.length;
    if (from <= at && at + 2 <= end) return true;
    if (end > at) break;
  }
  for (let from = Math.max(0, at - 3); from <= at; from += 1)
    for (let to = at + 2; to <= Math.min(text.length, from + 6); to += 1) if (word(text.slice(from, to))) return true;
  return false;
}

/** Whether jieba's dictionary cut leaves each character of the text a word of its own. */
function singleCharacterWords(text: string): boolean[] {
  const alone: boolean[] = [];
  for (const { word } of tagWords(text, false)) for (const _ of word) alone.push(word.length === 1);
  return alone;
}
