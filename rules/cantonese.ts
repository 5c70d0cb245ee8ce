/**
 * Cantonese function words read as their Mandarin equivalents, one character for one, so that negation, questions,
 * the speaker's voice and the lexicons read a pitch typed in Hong Kong or Guangdong speech as they read Mandarin:
 * 唔保本 is 不保本 (negated), 冇風險 is 无风险 (a claim of no risk), 係咪保本㗎？ is 是否保本的？ (asked), 我哋 is 我们 (the
 * seller's own voice), 佢話 is 他说 (someone else's words). Only words that have no other use in Mandarin are folded:
 * 系 alone (Mandarin 关系, 系统) and 话 alone (电话) are left as they are. The fold keeps every offset, so evidence is
 * still cut from the text as written.
 */

// Pairs of equal length, the longer first: a fold must not break a word a longer pair reads whole.
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['系唔系', '是不是'],
  // 係騙局, 都係假嘅: the copula before a verdict (系 alone stays: Mandarin 关系, 系统).
  ['系骗局', '是骗局'],
  ['系庞氏', '是庞氏'],
  ['都系假', '都是假'],
  ['系咪', '是否'],
  ['唔系', '不是'],
  ['唔该', '谢谢'],
  ['我哋', '我们'],
  ['你哋', '你们'],
  ['佢哋', '他们'],
  ['人哋', '人家'],
  ['佢话', '他说'],
  ['佢讲', '他说'],
  ['乜嘢', '什么'],
  ['咩嘢', '什么'],
  ['咩系', '何为'],
  ['点解', '为何'],
  ['有冇', '有没'],
  ['冇', '无'],
  ['唔', '不'],
  ['嘅', '的'],
  ['㗎', '的'],
  ['咗', '了'],
  ['喺', '在'],
  ['佢', '他'],
  ['畀', '给'],
  ['啲', '些'],
  ['嚟', '来'],
  ['睇', '看'],
  ['揾', '找'],
  ['搵', '找'],
];
// 呢 is Mandarin's question particle too: it is the demonstrative 这 only before a measure word.
const DEMONSTRATIVE = /呢(?=[个款只份间单种些笔期张项样])/g;
// 咩 ends a question (保本咩？): Mandarin 吗.
const FINAL_QUESTION = /咩(?=\s*(?:[?？]|$))/g;

const TO = new Map(PAIRS);
const ANY = new RegExp(
  PAIRS.map(([from]) => from)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);
const CANTONESE = /[冇唔嘅㗎咗喺佢畀啲嚟睇揾搵哋咩嘢乜]|系咪|系骗局|系庞氏|都系假|呢(?=[个款只份间单种些笔期张项样])/;

/** The normalised text with Cantonese function words read as Mandarin; the same length, and itself when none is in it. */
export function foldCantonese(norm: string): string {
  if (!CANTONESE.test(norm)) return norm;
  return norm
    .replace(FINAL_QUESTION, '吗')
    .replace(ANY, (w) => TO.get(w) ?? w)
    .replace(DEMONSTRATIVE, '这');
}
