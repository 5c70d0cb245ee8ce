/**
 * Ordinary English the dictionary table cannot key: dates (the reports write 2016年8月, never 八月),
 * forms a Porter stem does not bring back to their dictionary word (lenders → lend, forbidden →
 * forbid), and names written with digits (401k, 5G). Written from general English grammar, not
 * from any question set.
 */

const MONTHS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^jan(uary)?$/, 1],
  [/^feb(ruary)?$/, 2],
  [/^mar(ch)?$/, 3],
  [/^apr(il)?$/, 4],
  [/^may$/, 5],
  [/^june?$/, 6],
  [/^july?$/, 7],
  [/^aug(ust)?$/, 8],
  [/^sept?(ember)?$/, 9],
  [/^oct(ober)?$/, 10],
  [/^nov(ember)?$/, 11],
  [/^dec(ember)?$/, 12],
];

// Month names that are also ordinary words (may, march, jan …): a month only when written with a
// capital inside the sentence; the full unambiguous names are months in lower case too.
const ALWAYS_MONTH = /^(january|february|april|june|july|august|september|october|november|december)$/;

/**
 * The month a word of the query names (1–12), or null. `query` decides the capital: "May" after a
 * full stop or at the start is the modal verb as often as the month.
 */
export function monthOf(word: string, query: string): number | null {
  const lower = word.toLowerCase();
  const month = MONTHS.find(([re]) => re.test(lower))?.[1] ?? null;
  if (month === null || ALWAYS_MONTH.test(lower)) return month;
  const written = new RegExp(`(?<![.?!]\\s*|^\\s*)\\b${lower[0]?.toUpperCase() ?? ''}${lower.slice(1)}\\b`);
  return written.test(query) ? month : null;
}

/** Whether a word is a month's name or its abbreviation, whatever its case. */
export const isMonthWord = (word: string): boolean => MONTHS.some(([re]) => re.test(word.toLowerCase()));

/** How the reports write a month: 8月 (with the year before it when the question gives one). */
export function monthTerms(month: number, year?: string): string[] {
  return year ? [`${year}年${month}月`, `${month}月`] : [`${month}月`];
}

const NUMBERS: Readonly<Record<string, readonly [number, string]>> = {
  one: [1, '一'],
  two: [2, '两'],
  three: [3, '三'],
  four: [4, '四'],
  five: [5, '五'],
  six: [6, '六'],
  seven: [7, '七'],
  eight: [8, '八'],
  nine: [9, '九'],
  ten: [10, '十'],
  eleven: [11, '十一'],
  twelve: [12, '十二'],
  twenty: [20, '二十'],
  thirty: [30, '三十'],
  fifty: [50, '五十'],
  hundred: [100, '百'],
  thousand: [1000, '千'],
};

/**
 * A number word as the reports write it: a digit and the Chinese numeral (three → 3, 三). The
 * dictionary's senses of number words are idioms (three → 三次, four → 四方), never the number.
 */
export function numberTerms(word: string): string[] | null {
  const n = NUMBERS[word];
  return n ? [String(n[0]), n[1]] : null;
}

// Past participles in -en/-n and other irregular forms a Porter stem leaves apart from their verb.
const IRREGULAR: Readonly<Record<string, string>> = {
  forbidden: 'forbid',
  forbade: 'forbid',
  written: 'write',
  wrote: 'write',
  taken: 'take',
  took: 'take',
  given: 'give',
  gave: 'give',
  chosen: 'choose',
  chose: 'choose',
  broken: 'break',
  broke: 'break',
  stolen: 'steal',
  stole: 'steal',
  frozen: 'freeze',
  froze: 'freeze',
  hidden: 'hide',
  hid: 'hide',
  risen: 'rise',
  rose: 'rise',
  fallen: 'fall',
  fell: 'fall',
  grown: 'grow',
  grew: 'grow',
  shown: 'show',
  known: 'know',
  knew: 'know',
  drawn: 'draw',
  drew: 'draw',
  driven: 'drive',
  drove: 'drive',
  beaten: 'beat',
  bitten: 'bite',
  shaken: 'shake',
  sold: 'sell',
  bought: 'buy',
  paid: 'pay',
  lent: 'lend',
  borrowed: 'borrow',
  spent: 'spend',
  lost: 'lose',
  won: 'win',
  built: 'build',
  sent: 'send',
  held: 'hold',
  kept: 'keep',
  left: 'leave',
  met: 'meet',
  ran: 'run',
  began: 'begin',
  begun: 'begin',
  brought: 'bring',
  caught: 'catch',
  fought: 'fight',
  sought: 'seek',
  thought: 'think',
  taught: 'teach',
  led: 'lead',
  fled: 'flee',
  arisen: 'arise',
  arose: 'arise',
  undertaken: 'undertake',
  overseen: 'oversee',
  withdrawn: 'withdraw',
  withdrew: 'withdraw',
  // Past forms of the verbs of phrasal verbs (went under, came up with, wound up, struck off).
  went: 'go',
  gone: 'go',
  came: 'come',
  wound: 'wind',
  struck: 'strike',
  blew: 'blow',
  blown: 'blow',
  made: 'make',
  spun: 'spin',
  laid: 'lay',
};

/**
 * The word an -s form is made from (backs → back, taxes → tax): the lexicon tags many such forms as
 * plural nouns though their base only says how (back, right), never a thing the reports could lack.
 */
export const singularOf = (word: string): string => (/(?:ss|us|is)$/.test(word) ? word : word.replace(/(?:(?<=[sxz]|[cs]h)es|s)$/, ''));

/** The verb of an irregular form (ran → run, forbidden → forbid), or the word itself. */
export const regularForm = (word: string): string => IRREGULAR[word] ?? word;

/** A dictionary word a form may come from; `agent`: the form names who does it (lenders → lend). */
export interface BaseForm {
  word: string;
  agent: boolean;
}

/**
 * Dictionary words a form may come from, most likely first: an irregular verb form (forbidden →
 * forbid), the verb of an agent noun (lenders → lend, regulators → regulate, issuers → issue), the
 * adjective of an adverb (strictly → strict). Tried only when the form itself has no entry.
 */
export function baseForms(word: string): BaseForm[] {
  const irregular = IRREGULAR[word];
  if (irregular) return [{ word: irregular, agent: false }];
  const out: BaseForm[] = [];
  const agent = /^(.{3,}?)(?:er|or)s?$/.exec(word);
  if (agent?.[1]) {
    const root = agent[1];
    const roots = [root, `${root}e`, ...(/([bdgmnpt])\1$/.test(root) ? [root.slice(0, -1)] : [])];
    out.push(...roots.map((w) => ({ word: w, agent: true })));
  }
  // A noun made of a verb (rebellion, regulation, settlement) is glossed, when the dictionary has no sense of it
  // the reports write, as the verb is (反叛 for "to rebel").
  const noun = /^(.{3,}?)(?:ions?|ments?)$/.exec(word);
  if (noun?.[1]) {
    const root = noun[1];
    out.push(...[root, `${root}e`, ...(/([bdglmnpt])\1$/.test(root) ? [root.slice(0, -1)] : [])].map((w) => ({ word: w, agent: false })));
  }
  const adverb = /^(.{3,})ly$/.exec(word);
  if (adverb?.[1]) out.push({ word: adverb[1], agent: false }, { word: adverb[1].replace(/i$/, 'y'), agent: false });
  return out.filter((f, i) => f.word !== word && out.findIndex((g) => g.word === f.word) === i);
}

/**
 * How Chinese names the one who does a thing: the verb and an agent suffix (出借 → 出借人, 监管 →
 * 监管者, 发行 → 发行方). The verb alone names the act, not the actor.
 */
export const AGENT_SUFFIXES = ['人', '者', '方', '商', '机构'];

/**
 * Words of the query that mix digits and letters (401k, 5G, H1N1): names of products and codes
 * that no dictionary glosses; the analyzer keeps them whole, lower-cased.
 */
export function codedNames(query: string): string[] {
  const words = query.match(/\b(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]{2,}\b/gi) ?? [];
  // A reporting period (Q3, 3Q23, 1H, H1, 9M) says when, and names nothing (english-periods.ts).
  return [...new Set(words.filter((w) => !PERIOD.test(w)).map((w) => w.toLowerCase()))];
}

const PERIOD = /^(?:q[1-4]|[1-4]q|[12]h|h[12]|9m(?:fy)?)(?:\d{2}|\d{4})?$/i;
