/**
 * Character-level text helpers shared by ingest, search and the rules. Every fold here keeps the
 * string's length, so offsets found in a folded string are offsets into the original text.
 */
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWPhrasesRev from 'opencc-js/dict/TWPhrasesRev';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

/** Full-width ASCII (Ｕ＋ＦＦ０１–ＦＦ５Ｅ) and the ideographic space folded to half-width. */
const WIDE = /[\uff01-\uff5e\u3000]/g;

const HAS_WIDE = /[\uff01-\uff5e\u3000]/;

export function foldWidth(text: string): string {
  if (!HAS_WIDE.test(text)) return text;
  return text.replace(WIDE, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode((ch.codePointAt(0) as number) - 0xfee0)));
}

// Traditional → simplified, one character for one, from OpenCC's maintained tables (its
// traditional-characters table plus the Taiwan and Hong Kong variant tables). Only the one-to-one
// pairs are kept: every fold here keeps the string's length, so phrase conversions are not used.
const TRAD_TO_SIMP = new Map<string, string>();
// A character simplified text itself uses (OpenCC's simplified→traditional keys: 么, 税, 后) is never
// folded, whatever a variant table says about it.
const SIMPLIFIED = new Set(STCharacters.split('|').map((pair) => pair.split(' ')[0]));
// Variants map to OpenCC's standard traditional form, which the characters table then simplifies.
for (const table of [TSCharacters, TWVariantsRev, HKVariantsRev]) {
  for (const pair of table.split('|')) {
    const [from, to] = pair.split(' ');
    if (from?.length !== 1 || to?.length !== 1 || TRAD_TO_SIMP.has(from) || SIMPLIFIED.has(from)) continue;
    const simple = TRAD_TO_SIMP.get(to) ?? to;
    if (simple !== from) TRAD_TO_SIMP.set(from, simple);
  }
}

// Most text holds no traditional character: a table lookup per character finds that faster than a regex.
const IS_TRAD = new Uint8Array(0x10000);
for (const ch of TRAD_TO_SIMP.keys()) IS_TRAD[ch.charCodeAt(0)] = 1;

/** Traditional characters folded to simplified, one character for one. */
export function toSimplified(text: string): string {
  for (let i = 0; i < text.length; i += 1) {
    if (IS_TRAD[text.charCodeAt(i)] !== 1) continue;
    let out = text.slice(0, i);
    for (let j = i; j < text.length; j += 1) {
      const ch = text[j] as string;
      out += IS_TRAD[text.charCodeAt(j)] === 1 ? (TRAD_TO_SIMP.get(ch) ?? ch) : ch;
    }
    return out;
  }
  return text;
}

/** Whether a text holds a traditional character (a question typed in Taiwan or Hong Kong script). */
export function hasTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (IS_TRAD[text.charCodeAt(i)] === 1) return true;
  return false;
}

let taiwan: Map<string, string> | undefined;

/**
 * Taiwan's words for what the mainland calls otherwise (網路 → 网络, 資訊 → 信息, 軟體 → 软件), folded
 * both sides, from OpenCC's maintained phrase table; only pairs of the same length, so offsets hold.
 */
export function taiwanPhrases(): Map<string, string> {
  if (!taiwan) {
    taiwan = new Map();
    for (const pair of TWPhrasesRev.split('|')) {
      const [tw, cn] = pair.split(' ');
      if (!tw || !cn || tw.length !== cn.length) continue;
      const from = normalizeForMatch(tw);
      const to = normalizeForMatch(cn);
      if (from !== to && !taiwan.has(from)) taiwan.set(from, to);
    }
  }
  return taiwan;
}

/**
 * 帐 is the older writing of 账 in account and debt words (坏帐, 烂帐, 帐户); today's standard
 * writes 账 there and keeps 帐 for tents, and OpenCC maps 帳 to either. Both sides are folded to 账,
 * so a question that writes 坏帐 finds reports that write 坏账 (a tent is read the same way on both sides).
 */
// 互连网 is a common variant of 互联网 (and the homophone fixer keeps it: 连 is a word of its own).
const variantsFolded = (text: string): string => {
  const account = text.includes('帐') ? text.replaceAll('帐', '账') : text;
  return account.includes('互连网') ? account.replaceAll('互连网', '互联网') : account;
};

/**
 * `read`, remembering its last text and result: several readers of one paste (names, amounts,
 * numbers, the check itself) each read the same long text, and the last one is all they share.
 */
export function lastReading<T>(read: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let lastValue: T;
  return (text) => {
    if (text !== lastText) {
      lastValue = read(text);
      lastText = text;
    }
    return lastValue;
  };
}

/** The form text is matched in: half-width, simplified, lower-case, 帐 as 账. Same length as the input. */
export const normalizeForMatch = lastReading((text: string): string => {
  const folded = variantsFolded(toSimplified(foldWidth(text)));
  return /[A-Z]/.test(folded) ? folded.replace(/[A-Z]/g, (c) => c.toLowerCase()) : folded;
});

export interface Span {
  text: string;
  start: number;
  end: number;
}

const SENTENCE_END = /[。！？!?；;\n]/;
const CLOSERS = /[”’」』）)】〉》"']/;
// A line that opens with words no sentence opens with (指的是…, 是指…, ，…) continues the lines
// before it: a PDF box or a line break cut the sentence there ("联邦学习"⏎Tips⏎指的是…).
const CONTINUES = /^\s*(?:指的是|是指|指的就是|[，、,）)])/;
// A line ending in one of these ends a sentence; a line ending otherwise is a heading or a cut line.
const ENDS_LINE = /[。！？!?；;：:.]\s*$/;

/** Splits text into sentences with offsets; closing quotes and brackets stay with their sentence. */
export function splitSentences(text: string): Span[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    // A full stop ends a sentence only before a space or the end: 1.2% and 图3.3 stay whole.
    if (ch === '.' ? !(i + 1 === text.length || /\s/.test(text[i + 1] as string)) : !SENTENCE_END.test(ch)) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.test(text[end] as string)) end += 1;
    if (ch === '\n' && CONTINUES.test(text.slice(end, end + 8))) undoCutLines(text, ends);
    else ends.push(end);
    i = end - 1;
  }
  const spans: Span[] = [];
  let start = 0;
  for (const end of ends) {
    pushTrimmed(spans, text, start, end);
    start = end;
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
}

/** The line breaks before a continued line that end no sentence belong to the same sentence: their ends are undone. */
function undoCutLines(text: string, ends: number[]): void {
  for (
    let last = ends.at(-1);
    last !== undefined && text[last - 1] === '\n' && !ENDS_LINE.test(text.slice(0, last - 1));
    last = ends.at(-1)
  )
    ends.pop();
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start] as string)) start += 1;
  while (end > start && /\s/.test(text[end - 1] as string)) end -= 1;
  if (end > start) spans.push({ text: text.slice(start, end), start, end });
}
