/**
 * The analyzer comparison behind the choice in knowledge/analyzer.ts: each mode on the dev and the
 * check questions (aggregates only for check). The jieba modes take the glossary's words and the
 * registry's names as their user dictionary. Run: `npx tsx bench/compare-analyzers.ts [SET.jsonl …]`:
 * with no file, the dev and check sets; with files (other authors' development sets), those instead.
 */
import path from 'node:path';
import type { AnalyzerMode } from '../knowledge/analyzer.js';
import { createGlossary, loadGlossaryFile } from '../knowledge/glossary.js';
import { buildKnowledgeFromDocs, DEFAULT_NOTES_DIR } from '../knowledge/index.js';
import { readCorpus, readNotes } from '../knowledge/ingest/read.js';
import { loadDefaultRegistry } from '../knowledge/registry/registry.js';
import { loadQa, scoreQa } from './eval-qa.js';

const shared = path.resolve(import.meta.dirname, '..', '..', 'shared');
const docs = [...(await readNotes(DEFAULT_NOTES_DIR)).docs, ...(await readCorpus([path.join(shared, 'corpus')])).docs];
const { data, hash } = loadGlossaryFile();
const glossary = createGlossary(data, hash);
// The jieba modes' user dictionary: the glossary's lexicon plus every registry name and alias.
const names = loadDefaultRegistry()
  .all()
  .flatMap((e) => [e.name, ...e.aliases]);
const withNames = { ...glossary, lexicon: [...new Set([...glossary.lexicon, ...names])] };
const modes: AnalyzerMode[] = [
  'segmenter',
  'lexicon',
  'bigram',
  'segmenter+bigram',
  'bigram+lexicon',
  'jieba+bigram',
  'jieba+bigram+lexicon',
];
const f = (x: number): string => x.toFixed(2);
const files = process.argv.slice(2);
const sets = (files.length > 0 ? files : ['dev', 'check'].map((set) => path.join(shared, 'eval', `qa.${set}.jsonl`))).map((file) => ({
  file,
  label: path.basename(file, '.jsonl').replace(/^qa\./, ''),
}));
console.log('| analyzer | set | zh R@1 | zh R@5 | zh MRR | zh hit | en R@1 | en R@5 | en MRR | en hit |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const mode of modes) {
  const knowledge = buildKnowledgeFromDocs(docs, mode.startsWith('jieba') ? withNames : glossary, mode);
  for (const set of sets) {
    const r = scoreQa(knowledge, loadQa(set.file));
    console.log(
      `| ${mode} | ${set.label} | ${f(r.zh.recall1)} | ${f(r.zh.recall5)} | ${f(r.zh.mrr)} | ${f(r.zh.answerHit)} | ${f(r.en.recall1)} | ${f(r.en.recall5)} | ${f(r.en.mrr)} | ${f(r.en.answerHit)} |`,
    );
  }
}
