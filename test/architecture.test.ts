import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allows, renderArchitectureTable, rowFor, type BoundaryRow } from './architecture-table.js';

const root = path.resolve(import.meta.dirname, '..');
const FOLDERS = ['knowledge', 'rules', 'bot', 'adapters', 'bench', 'test'];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (name === 'fixtures' || name === 'results') return [];
    if (statSync(path.join(root, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|mts|mjs|js)$/.test(name) ? [rel] : [];
  });
}

/** Static imports, re-exports, dynamic `import()` and `require()` (natural is loaded that way). */
export function importsOf(text: string): string[] {
  const pattern =
    /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;
  return [...text.matchAll(pattern)].map((m) => (m[1] ?? m[2] ?? m[3]) as string);
}

/** A relative import as a project path (`.js` written for a `.ts` file counts as the `.ts`). */
function projectFile(file: string, spec: string): string {
  return path.posix.join(path.posix.dirname(file), spec).replace(/\.js$/, '.ts');
}

/** Every import of `files` its folder's row does not allow, as `file → import`. */
export function offences(files: Array<{ file: string; text: string }>): string[] {
  return files.flatMap(({ file, text }) => {
    const row = rowFor(file) as BoundaryRow;
    return importsOf(text)
      .filter((spec) => !(spec.startsWith('.') ? allows(row, { file: projectFile(file, spec) }) : allows(row, { spec })))
      .map((spec) => `${file} → ${spec}`);
  });
}

const read = (file: string) => ({ file, text: readFileSync(path.join(root, file), 'utf8') });

describe('architecture allowlist', () => {
  for (const folder of FOLDERS) {
    it(`GIVEN every file under ${folder}/ THEN it imports only what its row of the table allows`, () => {
      expect(offences(sourceFiles(folder).map(read))).toEqual([]);
    });
  }

  it('GIVEN the README THEN its architecture table is the one the test enforces', () => {
    expect(readFileSync(path.join(root, 'README.md'), 'utf8')).toContain(renderArchitectureTable());
  });

  it('GIVEN a folder importing outside its row THEN each such import is named', () => {
    const files = [
      {
        file: 'knowledge/x.ts',
        text: "import { Telegraf } from 'telegraf';\nimport { a } from '../bot/reply.js';\nimport { z } from 'zod';",
      },
      { file: 'rules/y.ts', text: "const m = await import('minisearch');\nimport fs from 'node:fs';" },
      { file: 'adapters/telegram/z.ts', text: "import { Client } from 'discord.js';\nimport type { Reply } from '../../bot/index.js';" },
      { file: 'adapters/cli-x.ts', text: "import { loadConfig } from '../bot/config.js';\nexport { w } from '../bot/wiring.js';" },
      { file: 'knowledge/n.ts', text: "const porter = require('natural/lib/natural/stemmers/porter_stemmer.js');" },
    ];
    expect(offences(files)).toEqual([
      'knowledge/x.ts → telegraf',
      'knowledge/x.ts → ../bot/reply.js',
      'rules/y.ts → minisearch',
      'adapters/telegram/z.ts → discord.js',
      'adapters/cli-x.ts → ../bot/config.js',
    ]);
  });
});
