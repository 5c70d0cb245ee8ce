/** Only the search rows of `npm run bench` (and the peers table unless `nopeers`): `node --expose-gc --import tsx bench/search-only.ts 1,1000 [nopeers]`. */
import path from 'node:path';
import { runSearchBench } from './bench-search.js';
import { runPeersBench } from './bench-peers.js';
import { ms } from './stats.js';
const shared = path.resolve(import.meta.dirname, '..', '..', 'shared');
const corpusDir = path.join(shared, 'corpus');
for (const r of await runSearchBench({
  corpusDir,
  devFile: path.join(shared, 'eval', 'qa.dev.jsonl'),
  scales: (process.argv[2] ?? '1').split(',').map(Number),
}))
  console.log(
    `| ${r.scale} | ${r.documents} | ${r.passages} | ${r.buildMs} | ${r.loadMs} | ${r.loadSpread[0]}–${r.loadSpread[1]} | ${r.indexMB.toFixed(1)} | ${(r.peakRssMB ?? 0).toFixed(0)} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.p99Spread[0])}–${ms(r.p99Spread[1])} |`,
  );
if (process.argv[3] !== 'nopeers')
  for (const r of await runPeersBench({
    corpusDir,
    qaFile: path.join(shared, 'eval', 'qa.check.jsonl'),
    latencyFile: path.join(shared, 'eval', 'qa.dev.jsonl'),
  }))
    console.log(
      `| ${r.engine} | ${r.recall5.toFixed(2)} | ${r.mrr.toFixed(2)} | ${r.buildMs.toFixed(0)} | ${r.heapMB.toFixed(1)} | ${r.indexMB.toFixed(2)} | ${ms(r.p50)} | ${ms(r.p99)} |`,
    );
