import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH_STOPWORDS, editDistance, stem } from '../../knowledge/natural.js';

// knowledge/natural.ts loads three files of `natural` by their paths inside the package, which no
// semver range promises. This test is the tripwire: an upgrade that moves or changes them fails
// here, naming the installed version, before it fails somewhere in the search.
const require = createRequire(import.meta.url);
const DEEP_PATHS = [
  'natural/lib/natural/stemmers/porter_stemmer.js',
  'natural/lib/natural/distance/levenshtein_distance.js',
  'natural/lib/natural/util/stopwords.js',
];
const installed = (
  JSON.parse(readFileSync(path.join(path.dirname(require.resolve('natural/package.json')), 'package.json'), 'utf8')) as { version: string }
).version;

describe(`natural ${installed}, loaded by deep path`, () => {
  it('GIVEN the installed natural THEN every deep path knowledge/natural.ts loads still resolves', () => {
    const missing = DEEP_PATHS.filter((p) => {
      try {
        require.resolve(p);
        return false;
      } catch {
        return true;
      }
    });
    expect(missing, `natural ${installed} moved these files: update knowledge/natural.ts or pin natural to 8.1.x`).toEqual([]);
  });

  it('GIVEN the loaded functions THEN they behave as the analyzer and the registry expect', () => {
    expect(['running', 'exchanges', 'guaranteed', 'platforms'].map(stem), `natural ${installed}: the Porter stemmer changed`).toEqual([
      'run',
      'exchang',
      'guarante',
      'platform',
    ]);
    expect(
      [editDistance('exchange', 'exchnage'), editDistance('中心', '中心')],
      `natural ${installed}: Damerau-Levenshtein changed`,
    ).toEqual([1, 0]);
    expect(
      ['the', 'and', 'of'].every((w) => ENGLISH_STOPWORDS.has(w)) && ENGLISH_STOPWORDS.size > 100,
      `natural ${installed}: the stopword list changed`,
    ).toBe(true);
  });
});
