/** Dev helper: each line of FILE checked, with every flag's evidence (`npx tsx bench/try-offers-json.ts FILE`). */
import { readFileSync } from 'node:fs';
import { checkOffer } from '../rules/check-offer.js';

process.stdout.on('error', () => process.exit(0));

for (const line of readFileSync(process.argv[2] ?? '/dev/stdin', 'utf8')
  .split('\n')
  .filter(Boolean)) {
  const r = checkOffer(line);
  console.log(`${r.level} ${line.slice(0, 60)}`);
  for (const f of r.flags) console.log(`   ${f.id}: ${f.evidence.map((e) => e.text).join(' | ')}`);
}
