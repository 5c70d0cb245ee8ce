/**
 * The corpus's key terms that no synonym bank entry covers: what to write next in knowledge/bank-zh.json.
 * Each report is segmented with jieba (its dictionary alone); a term's score is its share of the
 * report's words times its inverse document frequency over the reports (tf-idf), its best report's.
 * The top terms, plus the glossary's Chinese terms, are listed when no bank entry names them as a
 * report term and no glossary group holds them. A bank word the reports write themselves is listed
 * too: the bank maps the asker's words, and a word the reports use needs no mapping.
 * Run: `npx tsx bench/bank-terms.ts [TOP=300] [--corpus DIR]`.
 */
import path from 'node:path';
import { BANK_FILES, loadBankFile } from '../knowledge/bank.js';
import { loadGlossaryFile } from '../knowledge/glossary.js';
import { readCorpus } from '../knowledge/ingest/read.js';
import { tagWords } from '../knowledge/jieba.js';
import { normalizeForMatch } from '../knowledge/text.js';

// Content words: nouns (common, proper, organisation, other), verbal nouns, idioms and set phrases, abbreviations.
const CONTENT = /^(n|nz|nt|vn|j|l|i|an)$/;

const args = process.argv.slice(2);
const top = Number(args.find((a) => /^\d+$/.test(a)) ?? 300);
const corpusAt = args.indexOf('--corpus');
const corpus = corpusAt >= 0 ? (args[corpusAt + 1] as string) : path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpus');

const { docs } = await readCorpus([corpus]);
const counts = docs.map((doc) => {
  const m = new Map<string, number>();
  for (const w of tagWords(normalizeForMatch(doc.text)))
    if (w.word.length >= 2 && CONTENT.test(w.tag) && /^[\u3400-\u9fff]+$/.test(w.word)) m.set(w.word, (m.get(w.word) ?? 0) + 1);
  return m;
});
const df = new Map<string, number>();
for (const m of counts) for (const word of m.keys()) df.set(word, (df.get(word) ?? 0) + 1);
const score = new Map<string, number>();
for (const m of counts) {
  const total = [...m.values()].reduce((a, b) => a + b, 0);
  for (const [word, n] of m) {
    const s = (n / total) * Math.log(1 + docs.length / (df.get(word) ?? 1));
    if (s > (score.get(word) ?? 0)) score.set(word, s);
  }
}
const keyTerms = [...score]
  .sort((a, b) => b[1] - a[1])
  .slice(0, top)
  .map(([word]) => word);

const { data: glossary } = loadGlossaryFile(undefined, []);
const banks = BANK_FILES.map((f) => loadBankFile(f).data);
const covered = new Set(
  [...banks.flatMap((b) => b.entries.flatMap((e) => e.report)), ...glossary.groups.flatMap((g) => g.zh)].map(normalizeForMatch),
);
const isCovered = (term: string): boolean =>
  covered.has(term) || [...covered].some((c) => c.length >= 2 && (c.includes(term) || term.includes(c)));
const glossaryTerms = glossary.groups.flatMap((g) => g.zh).filter((t) => /^[\u3400-\u9fff]+$/.test(t));
const missing = [...new Set([...keyTerms, ...glossaryTerms])].filter((t) => !isCovered(t));

const text = normalizeForMatch(docs.map((d) => d.text).join('\n'));
const written = banks.flatMap((b) => b.entries.flatMap((e) => e.asked)).filter((w) => text.includes(normalizeForMatch(w)));

console.log(`${docs.length} reports; top ${keyTerms.length} key terms; bank entries: ${banks.reduce((n, b) => n + b.entries.length, 0)}`);
console.log(`key terms with no bank entry or glossary group (${missing.length}):\n${missing.join(' ')}`);
// A report term the reports never write reaches no passage: its entry teaches nothing.
const unwritten = banks.flatMap((b) => b.entries.flatMap((e) => e.report)).filter((t) => !text.includes(normalizeForMatch(t)));
console.log(`bank report terms the reports never write (${unwritten.length}):\n${[...new Set(unwritten)].join(' ')}`);
console.log(`bank words the reports write themselves (${written.length}):\n${written.join(' ')}`);
