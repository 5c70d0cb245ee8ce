/**
 * The reports' key terms and which of them the English term bank (knowledge/bank-en.json) or the
 * glossary renders: the bank is built from the corpus vocabulary, and this measures its coverage.
 *
 *   npx tsx bench/bank-terms-en.ts [--corpus DIR] [--top N] [--missing]
 *
 * A term is a jieba word of two characters or more (nouns, verbs, verbal nouns, idioms), or two
 * adjacent such words written together often (中小 + 银行); it is ranked by its share of each report's
 * words, summed over the reports (so the one long report does not outvote four short ones), times its
 * rarity in general Chinese (jieba's idf), so 风险 ranks below 暴雷. Words of general Chinese too
 * common to name a concept (进行, 包括, 需要) are left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { tagWords } from '../knowledge/jieba.js';
import { loadGlossaryFile } from '../knowledge/glossary.js';
import { bankEnglish, loadEnglishBankFile } from '../knowledge/bank-en.js';
import { normalizeForMatch } from '../knowledge/text.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: process.env.FINRISK_CORPUS ?? path.join(import.meta.dirname, '../../shared/corpus') },
    top: { type: 'string', default: '400' },
    missing: { type: 'boolean', default: false },
  },
});

/** Parts of speech that name a concept (jieba's tags): nouns, verbs, verbal and other nouns, idioms. */
const CONTENT = /^(?:n|nz|nt|ns|nr|v|vn|an|l|i|j)$/;
/** A compound must recur this often to count as the reports' own phrase. */
const MIN_COMPOUND = 3;
/** Below this general idf a word is everyday Chinese (进行 3.7, 包括 4.2, 风险 4.9 stays). */
const MIN_IDF = 4.8;

function generalIdf(): { idf: Map<string, number>; unknown: number } {
  const file = createRequire(import.meta.url).resolve('@node-rs/jieba/idf.txt');
  const idf = new Map<string, number>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [word, value] = line.split(' ');
    if (word && value) idf.set(word, Number(value));
  }
  const sorted = [...idf.values()].sort((a, b) => a - b);
  // A word jieba's corpus never saw is as rare as its median word: rare, but not the rarest.
  return { idf, unknown: sorted[Math.floor(sorted.length / 2)] ?? 10 };
}

/** Each term's share of every report's words (per thousand), summed over the reports. */
function countTerms(dir: string): Map<string, { share: number; n: number }> {
  const out = new Map<string, { share: number; n: number }>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const words = tagWords(normalizeForMatch(readFileSync(path.join(dir, file), 'utf8')));
    const counts = new Map<string, number>();
    const add = (t: string): void => void counts.set(t, (counts.get(t) ?? 0) + 1);
    const pairs = new Map<string, number>();
    for (let i = 0; i < words.length; i += 1) {
      const w = words[i];
      if (!w || !isTerm(w.word, w.tag)) continue;
      add(w.word);
      const next = words[i + 1];
      if (next && isTerm(next.word, next.tag) && w.word.length + next.word.length <= 8)
        pairs.set(w.word + next.word, (pairs.get(w.word + next.word) ?? 0) + 1);
    }
    for (const [pair, n] of pairs) if (n >= MIN_COMPOUND) counts.set(pair, n);
    for (const [term, n] of counts) {
      const seen = out.get(term) ?? { share: 0, n: 0 };
      out.set(term, { share: seen.share + (1000 * n) / words.length, n: seen.n + n });
    }
  }
  return out;
}

const isTerm = (word: string, tag: string): boolean => word.length >= 2 && /^[\u4e00-\u9fff]+$/.test(word) && CONTENT.test(tag);

function rendered(withBank = true): Set<string> {
  const { data } = withBank ? loadGlossaryFile() : loadGlossaryFile(undefined, undefined, null);
  const zh = [...data.groups.flatMap((g) => (g.en.length > 0 ? g.zh : [])), ...Object.values(data.english).flat()];
  return new Set([...zh, ...(withBank ? Object.keys(loadEnglishBankFile().data.terms) : [])].map(normalizeForMatch));
}

const { idf, unknown } = generalIdf();
const counts = countTerms(values.corpus);
const ranked = [...counts]
  .map(([term, { share, n }]) => ({ term, n, idf: idf.get(term) ?? unknown, score: share * (idf.get(term) ?? unknown) }))
  .filter((t) => t.idf >= MIN_IDF)
  .sort((a, b) => b.score - a.score)
  .slice(0, Number(values.top));
const have = rendered();
const lacking = ranked.filter((t) => !have.has(t.term));
for (const t of values.missing ? lacking : ranked) console.log(`${have.has(t.term) ? '+' : '-'} ${t.term}\t${t.n}\t${t.score.toFixed(1)}`);
// The bank is of the reports' vocabulary: a term they never write can never be found by its English.
const corpusText = readdirSync(values.corpus)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => normalizeForMatch(readFileSync(path.join(values.corpus, f), 'utf8')))
  .join('\n');
const unused = Object.keys(loadEnglishBankFile().data.terms).filter((t) => !corpusText.includes(normalizeForMatch(t)));
if (unused.length > 0) console.log(`bank terms the reports never write: ${unused.join(' ')}`);
// Only the bank's phrases join the English table (bank-en.ts): a term rendered by single words alone
// is covered here and still reached only through the dictionary's own senses.
const phrases = bankEnglish(loadEnglishBankFile().data, () => false);
const byPhrase = new Set([...rendered(false), ...Object.values(phrases).flat().map(normalizeForMatch)]);
const viaPhrase = ranked.filter((t) => byPhrase.has(t.term)).length;
// A phrase shared by three or more terms pulls several senses into every question that says it.
const shared = Object.entries(phrases).filter(([, zh]) => zh.length >= 3);
if (shared.length > 0) console.log(`phrases shared by 3+ terms: ${shared.map(([en, zh]) => `${en} (${zh.join('/')})`).join('; ')}`);
console.log(`key terms rendered by a phrase or the glossary ${viaPhrase} (${(viaPhrase / ranked.length).toFixed(2)})`);
console.log(
  `key terms ${ranked.length}, rendered in English ${ranked.length - lacking.length} (${(1 - lacking.length / ranked.length).toFixed(2)})`,
);
