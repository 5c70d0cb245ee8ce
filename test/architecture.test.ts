import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|mts|mjs|js)$/.test(name) ? [rel] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const found = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)];
  return found.map((m) => (m[1] ?? m[2]) as string);
}

/** Resolves a relative import to its top-level folder; package imports keep their name. */
function targetOf(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  return path.relative(root, path.resolve(path.dirname(path.join(root, file)), spec)).split(path.sep)[0] as string;
}

const RULES: Array<{ from: string; forbidden: RegExp; why: string }> = [
  { from: 'knowledge', forbidden: /^(bot|adapters|telegraf|discord\.js)$/, why: 'knowledge/ is the inner core' },
  { from: 'rules', forbidden: /^(bot|adapters|telegraf|discord\.js|minisearch)$/, why: 'rules/ is the inner core' },
  { from: 'bot', forbidden: /^(adapters|telegraf|discord\.js|minisearch)$/, why: 'the core never imports a platform library' },
];

describe('architecture', () => {
  for (const rule of RULES) {
    it(`GIVEN ${rule.from}/ THEN it imports nothing matching ${rule.forbidden} (${rule.why})`, () => {
      const offences = sourceFiles(rule.from).flatMap((file) =>
        importsOf(file)
          .filter((spec) => rule.forbidden.test(targetOf(file, spec)))
          .map((spec) => `${file} → ${spec}`),
      );
      expect(offences).toEqual([]);
    });
  }

  it('GIVEN the adapters THEN telegraf lives only in adapters/telegram and discord.js only in adapters/discord', () => {
    const offences = sourceFiles('adapters').flatMap((file) =>
      importsOf(file)
        .filter((spec) => (spec === 'telegraf' && !file.startsWith('adapters/telegram')) || (spec === 'discord.js' && !file.startsWith('adapters/discord')))
        .map((spec) => `${file} → ${spec}`),
    );
    expect(offences).toEqual([]);
  });

  it('GIVEN the import scanner THEN it sees static, re-export and dynamic imports', () => {
    expect(targetOf('bot/index.ts', '../adapters/main.js')).toBe('adapters');
    expect(importsOf('adapters/bin.mjs')).toEqual(['tsx/esm/api', './cli.ts']);
  });
});
