/**
 * Gaps by phrase, not by character count. A trigger's slots often have a whole phrase put between
 * them: a quoted name (下载一个叫“X”的APP), an amount (保你拿回九千块), a parenthetical, a company name
 * up to its suffix (转到XX商贸有限公司账户) or a short 的-modifier (资金流向了他们老板参股的两家公司).
 * Each such phrase costs as much as one character: the text is read a second time with every phrase
 * folded to a placeholder, and what matches there is reported on the original text.
 *
 * Every phrase pattern is bounded (at most ~30 characters) and the fold is one left-to-right pass,
 * so a 10k-character text stays linear.
 */

import { unitTest } from './fast-regex.js';

/** A quoted name, a parenthetical or an amount becomes one of these (never a clause break or a latin letter). */
export const NAME_MARK = '\uE001';
export const AMOUNT_MARK = '\uE000';

const NEGATOR = '不没无未非别勿';
// A modifier ends at a verb complement or preposition: 转账到|我们合作的 keeps its verb.
const MODIFIER_STOP = `的了到给进入向在把将让叫请用于从往由被和与及、${NEGATOR}`;
const PHRASES: Array<[RegExp, (m: string) => string]> = [
  // Quoted names: Chinese quotes, book titles, and ASCII quotes (a single quote only at word edges, not don't).
  [
    /“[^“”\n]{1,20}”|「[^「」\n]{1,20}」|『[^『』\n]{1,20}』|《[^《》\n]{1,20}》|"[^"\n]{1,30}"|(?<![a-z])'[^'\n]{1,30}'(?![a-z])/y,
    () => NAME_MARK,
  ],
  // An aside in brackets is left out altogether.
  [/\([^()\n]{1,24}\)|【[^【】\n]{1,16}】/y, () => ''],
  // A company or bank name up to its suffix keeps its head noun: XX商贸有限公司 → 公司, 招商银行 → 银行.
  [
    new RegExp(`[^\\s${MODIFIER_STOP}，。；：！？,.;:!?“”"'()\\uE000\\uE001]{1,8}?(股份有限公司|有限责任公司|有限公司|集团|银行)`, 'uy'),
    (m) => (m.endsWith('银行') ? '银行' : m.endsWith('集团') ? '集团' : '公司'),
  ],
  // Amounts, rates and counts: 30万元, 20,000 yuan, $80k, 5000U, 15%, 九千块, 三十蚊, 几家, 40.
  [
    /(?:约|近|共|总共|合计|us)?\$?\d[\d,]*(?:\.\d+)?\s*(?:%|万元|万块|亿元|千元|万|亿|千|元|块钱|块|k\b|w\b|yuan|rmb|usdt|usd|u(?![a-z])|dollars|美元|美金|蚊|家|位|名|笔|份)?|[一二两三四五六七八九十百千几]{1,6}(?:万元|万块|万|千块|千元|元|块钱|块|蚊|家|位|名|笔)/uy,
    () => AMOUNT_MARK,
  ],
  // A short 的-modifier (我们合作的, 他本人的) folds to its 的, only right after a verb complement or
  // preposition (转到|他本人的): elsewhere it could swallow the verb before it (保证每一期的).
  [
    new RegExp(`(?<=[到给进入向在把将让了用于从往由被和与及])[^\\s${MODIFIER_STOP}，。；：！？,.;:!?“”"'()\\uE000\\uE001]{2,8}的`, 'uy'),
    () => '的',
  ],
];

export interface Folded {
  norm: string;
  /** Original start and end of each folded character. */
  startOf: Int32Array;
  endOf: Int32Array;
}

// Cheap tests of whether a phrase can start at i, so that the sticky patterns run only where one
// may match: a long text without quotes, digits or company names is read once, not five times a character.
const OPENERS = new Set('“「『《"\'(【');
const AMOUNT_START = unitTest(/[\d$约近共总合u一二两三四五六七八九十百千几]/u);
const MODIFIER_AFTER = new Set('到给进入向在把将让了用于从往由被和与及');

/** For each position, the index of the next head noun (公司/集团/银行) at or after it. */
function nextHeads(norm: string): Int32Array {
  const next = new Int32Array(norm.length + 2).fill(1 << 30);
  for (let i = norm.length - 1; i >= 0; i -= 1) {
    const two = norm.slice(i, i + 2);
    next[i] = two === '公司' || two === '集团' || two === '银行' ? i : (next[i + 1] as number);
  }
  return next;
}

function hasDeWithin(norm: string, from: number, to: number): boolean {
  for (let p = from; p <= to && p < norm.length; p += 1) if (norm[p] === '的') return true;
  return false;
}

function mayStart(norm: string, i: number, rule: number, heads: Int32Array): boolean {
  const ch = norm[i] as string;
  if (rule === 0 || rule === 1) return OPENERS.has(ch);
  // A name runs 1–8 characters, then its suffix (股份有限 adds 4 before 公司).
  if (rule === 2) return (heads[i + 1] as number) <= i + 12;
  if (rule === 3) return AMOUNT_START(ch);
  return MODIFIER_AFTER.has(norm[i - 1] ?? '') && hasDeWithin(norm, i + 2, i + 8);
}

function fold(norm: string): Folded | null {
  // Unfolded characters are copied as runs, and the offsets written in place: a fold never lengthens the text.
  const out: string[] = [];
  const starts = new Int32Array(norm.length);
  const ends = new Int32Array(norm.length);
  let n = 0;
  let run = 0;
  const heads = nextHeads(norm);
  let changed = false;
  for (let i = 0; i < norm.length;) {
    let taken = false;
    for (let rule = 0; rule < PHRASES.length; rule += 1) {
      if (!mayStart(norm, i, rule, heads)) continue;
      const [re, to] = PHRASES[rule] as [RegExp, (m: string) => string];
      re.lastIndex = i;
      const m = re.exec(norm);
      if (!m || m[0].length === 0) continue;
      const rep = to(m[0]);
      if (rep === m[0]) break;
      out.push(norm.slice(run, i));
      // The replacement spans the whole phrase in the original: its head noun is reported with the name.
      for (const ch of rep) {
        out.push(ch);
        starts[n] = i;
        ends[n] = i + m[0].length;
        n += 1;
      }
      i += m[0].length;
      run = i;
      changed = taken = true;
      break;
    }
    if (!taken) {
      starts[n] = i;
      ends[n] = i + 1;
      n += 1;
      i += 1;
    }
  }
  out.push(norm.slice(run));
  return changed ? { norm: out.join(''), startOf: starts.slice(0, n), endOf: ends.slice(0, n) } : null;
}

// Each check folds one text, asked once per rule: remember the last answer.
let lastNorm = '';
let lastFolded: Folded | null = null;

export function folded(norm: string): Folded | null {
  if (norm !== lastNorm) [lastNorm, lastFolded] = [norm, fold(norm)];
  return lastFolded;
}

/** The original span of a span of the folded text. */
export function unfold(f: Folded, start: number, end: number): [number, number] {
  return [f.startOf[start] ?? 0, f.endOf[Math.max(start, end - 1)] ?? 0];
}

/** A span of the original text in folded coordinates (for look-alikes that hide a trigger). */
export function foldSpan(f: Folded, start: number, end: number): [number, number] {
  let s = 0;
  while (s < f.endOf.length && (f.endOf[s] as number) <= start) s += 1;
  let e = s;
  while (e < f.startOf.length && (f.startOf[e] as number) < end) e += 1;
  return [s, e];
}
