/**
 * One analyzer for Chinese and English. Intl.Segmenter alone splits this field's terms
 * (金交所 → 金|交|所), so Chinese runs become overlapping character bigrams. Adding whole lexicon
 * words (the glossary's) and jieba's words were measured too (`npx tsx bench/compare-analyzers.ts`,
 * dev and check): neither beats plain bigrams on the check questions; the lexicon words helped only
 * the development questions the glossary was written against. Bigrams it is; the other modes stay
 * for the comparison. Glossary terms still expand queries, as their bigrams.
 */
import { createRequire } from 'node:module';
import { ENGLISH_STOPWORDS, stem } from './natural.js';
import { normalizeForMatch } from './text.js';

/** Bump on any change to tokens: a persisted index built by another version is rebuilt. */
export const ANALYZER_VERSION = 'zh-bigram-en-porter-opencc-7';

export type AnalyzerMode =
  'segmenter' | 'bigram' | 'lexicon' | 'bigram+lexicon' | 'segmenter+bigram' | 'jieba+bigram' | 'jieba+bigram+lexicon';

export interface Analyzer {
  mode: AnalyzerMode;
  tokens(text: string): string[];
}

const RUNS = /([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)|([a-z0-9]+(?:[.'][a-z0-9]+)*)/g;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

// Bigrams through these particles (品的, 的收) match everywhere and mean nothing.
const PARTICLES = /[的了]/;

function bigrams(run: string, out: string[]): void {
  if (run.length === 1 && !PARTICLES.test(run)) out.push(run);
  for (let i = 0; i + 2 <= run.length; i += 1) {
    const gram = run.slice(i, i + 2);
    if (!PARTICLES.test(gram)) out.push(gram);
  }
}

function segments(run: string, out: string[]): void {
  for (const s of segmenter.segment(run)) if (s.isWordLike) out.push(s.segment);
}

/** Lexicon words of three or more characters keyed by their first two (shorter ones are bigrams already). */
function lexiconByPrefix(lexicon: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const word of new Set(lexicon)) {
    if (word.length < 3) continue;
    const key = word.slice(0, 2);
    map.set(key, [...(map.get(key) ?? []), word]);
  }
  return map;
}

function lexiconWords(run: string, byPrefix: Map<string, string[]>, out: string[]): void {
  for (let i = 0; i + 3 <= run.length; i += 1) {
    const words = byPrefix.get(run.slice(i, i + 2));
    if (words) for (const word of words) if (run.startsWith(word, i)) out.push(word);
  }
}

interface JiebaCutter {
  cutForSearch(text: string, hmm?: boolean): string[];
  loadDict(dict: Uint8Array): void;
}

/**
 * jieba (its dictionary, plus the lexicon as a user dictionary so domain words stay whole), loaded
 * only by the jieba modes: its dictionary costs over 100 ms to load, which a start must not pay.
 */
function jiebaWith(lexicon: readonly string[]): JiebaCutter {
  const require = createRequire(import.meta.url);
  const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): JiebaCutter } };
  const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
  const jieba = Jieba.withDict(dict);
  if (lexicon.length > 0) jieba.loadDict(Buffer.from(lexicon.map((w) => `${w} 100000 n`).join('\n'), 'utf8'));
  return jieba;
}

/** jieba's search-mode words of three or more characters (shorter ones are bigrams already). */
function jiebaWords(run: string, jieba: JiebaCutter, out: string[]): void {
  for (const word of jieba.cutForSearch(run, false)) if (word.length >= 3) out.push(word);
}

function english(word: string, out: string[]): void {
  if (/^\d/.test(word)) {
    out.push(word);
    return;
  }
  if (ENGLISH_STOPWORDS.has(word) || word.length < 2) return;
  out.push(stem(word));
}

export function createAnalyzer(lexicon: readonly string[], mode: AnalyzerMode = 'bigram'): Analyzer {
  const own = [...lexicon].map(normalizeForMatch).filter((w) => /^[\u3400-\u9fff]+$/.test(w));
  const words = lexiconByPrefix(own);
  const jieba = mode.startsWith('jieba') ? jiebaWith(own) : null;
  return {
    mode,
    tokens(text) {
      const out: string[] = [];
      const normal = normalizeForMatch(text);
      for (const match of normal.matchAll(RUNS)) {
        const [, cjk, latin] = match;
        if (latin) english(latin, out);
        else if (cjk) {
          if (mode === 'segmenter' || mode === 'segmenter+bigram') segments(cjk, out);
          if (mode === 'bigram' || mode === 'bigram+lexicon' || mode === 'segmenter+bigram' || jieba) bigrams(cjk, out);
          if (mode === 'lexicon' || mode === 'bigram+lexicon' || mode === 'jieba+bigram+lexicon') lexiconWords(cjk, words, out);
          if (jieba) jiebaWords(cjk, jieba, out);
          if (mode === 'lexicon') segments(cjk, out);
        }
      }
      return out;
    },
  };
}
