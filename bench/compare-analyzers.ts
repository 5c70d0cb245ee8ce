/** The analyzer comparison behind the choice in knowledge/analyzer.ts: each mode on the question set. */
import path from 'node:path';
import type { AnalyzerMode } from '../knowledge/analyzer.js';
import { buildKnowledgeFromDocs, DEFAULT_NOTES_DIR } from '../knowledge/index.js';
import { readCorpus, readNotes } from '../knowledge/ingest/read.js';
import { loadQa, scoreQa } from './eval-qa.js';

const shared = path.resolve(import.meta.dirname, '..', '..', 'shared');
const docs = [...(await readNotes(DEFAULT_NOTES_DIR)).docs, ...(await readCorpus([path.join(shared, 'corpus')])).docs];
const items = loadQa(path.join(shared, 'eval', 'qa.dev.jsonl'));
const modes: AnalyzerMode[] = ['segmenter', 'lexicon', 'bigram', 'segmenter+bigram', 'bigram+lexicon'];
console.log('| analyzer | zh R@1 | zh R@5 | zh MRR | en R@1 | en R@5 | en MRR |');
console.log('|---|---|---|---|---|---|---|');
for (const mode of modes) {
  const r = scoreQa(buildKnowledgeFromDocs(docs, undefined, mode), items);
  const f = (x: number): string => x.toFixed(2);
  console.log(`| ${mode} | ${f(r.zh.recall1)} | ${f(r.zh.recall5)} | ${f(r.zh.mrr)} | ${f(r.en.recall1)} | ${f(r.en.recall5)} | ${f(r.en.mrr)} |`);
}
