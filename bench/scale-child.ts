/**
 * One step of one scale of the search bench, in a process of its own (see runSearchBench):
 * `node --expose-gc --import tsx bench/scale-child.ts <build|load|query> <corpusDir> <dataDir> <devFile> <seedCorpusDir>`.
 * Prints one JSON line on stdout.
 */
import { readCorpus } from '../knowledge/ingest/read.js';
import { createKnowledge } from '../knowledge/index.js';
import { benchQueries, measureQueries, type StepResult } from './bench-search.js';
import { timeIt } from './stats.js';

const [step, corpusDir, dataDir, devFile, seedDir] = process.argv.slice(2) as [string, string, string, string, string];
// ru_maxrss is in kilobytes on Linux.
const peakRssMB = (): number => process.resourceUsage().maxRSS / 1024;

let result: StepResult;
if (step === 'build') {
  const built = await timeIt(() => createKnowledge({ corpusDirs: [corpusDir], dataDir }));
  const stats = built.value.knowledge.stats();
  result = { step, buildMs: built.ms, documents: stats.documents, passages: stats.passages, peakRssMB: peakRssMB() };
} else if (step === 'load') {
  const loaded = await timeIt(() => createKnowledge({ corpusDirs: [corpusDir], dataDir }));
  result = { step, loadMs: loaded.ms, fromCache: loaded.value.knowledge.stats().fromCache, peakRssMB: peakRssMB() };
} else if (step === 'query') {
  // The questions come from the seed corpus at every scale, so every scale answers the same ones.
  const { docs } = await readCorpus([seedDir]);
  const queries = benchQueries(docs.map((d) => d.text).join('\n'), devFile);
  result = { step, ...(await measureQueries(corpusDir, dataDir, queries)), peakRssMB: peakRssMB() };
} else {
  throw new Error(`unknown step "${step}": build, load or query`);
}
process.stdout.write(`${JSON.stringify(result)}\n`);
