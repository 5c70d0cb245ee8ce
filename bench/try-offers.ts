/** Dev helper: `npx tsx bench/try-offers.ts FILE` prints level, flags and yield for each line of FILE. */
import { readFileSync } from 'node:fs';
import { checkOffer } from '../rules/check-offer.js';

process.stdout.on('error', () => process.exit(0));

for (const line of readFileSync(process.argv[2] ?? '/dev/stdin', 'utf8')
  .split('\n')
  .filter(Boolean)) {
  const r = checkOffer(line);
  console.log(`${r.level.padEnd(6)} ${r.flags.map((f) => f.id).join(',') || '-'} ${r.yield ? r.yield.annualPercent + '%' : ''} | ${line}`);
}
