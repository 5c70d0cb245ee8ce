/**
 * One scale of the search bench in a process of its own, so that its peak memory (RSS) and its
 * index load are its own: `node --expose-gc --import tsx bench/scale-child.ts <corpusDir> <devFile> <scale>`.
 * Prints one JSON row on stdout.
 */
import { rmSync } from 'node:fs';
import { readCorpus } from '../knowledge/ingest/read.js';
import { benchQueries, measureSearch, syntheticCorpus } from './bench-search.js';

const [corpusDir, devFile, scaleArg] = process.argv.slice(2) as [string, string, string];
const scale = Number(scaleArg);
const { docs } = await readCorpus([corpusDir]);
const queries = benchQueries(docs.map((d) => d.text).join('\n'), devFile);
const dir = scale === 1 ? corpusDir : await syntheticCorpus(corpusDir, scale);
try {
  const row = await measureSearch(`${scale}×`, dir, queries);
  // ru_maxrss is in kilobytes on Linux.
  process.stdout.write(`${JSON.stringify({ ...row, peakRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
} finally {
  if (scale !== 1) rmSync(dir, { recursive: true, force: true });
}
