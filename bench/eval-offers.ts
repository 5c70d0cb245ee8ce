/** Offer checks on the development set: level accuracy, flag recall, not_flags violations, flags on low items. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadDefaultRegistry } from '../knowledge/registry/registry.js';
import type { Registry } from '../knowledge/registry/types.js';
import { checkOffer } from '../rules/check-offer.js';

const OfferItem = z.object({
  id: z.string(),
  text: z.string(),
  level: z.enum(['high', 'medium', 'low']),
  flags: z.array(z.string()),
  not_flags: z.array(z.string()),
});

export interface Metrics {
  n: number;
  levelAccuracy: number;
  flagRecall: number;
  notFlagViolations: number;
  flagsOnLow: number;
  /** Items whose level, flags or not_flags were wrong, with what the check reported. */
  misses: Array<{ id: string; level: string; want: string; missing: string[]; notFlagsHit: string[] }>;
}

/** Kept for callers written against the first name. */
export type OfferMetrics = Metrics;

function parseItem(file: string, n: number, line: string): z.output<typeof OfferItem> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new Error(`${file}:${n}: not valid JSON`);
  }
  const item = OfferItem.safeParse(json);
  if (!item.success) throw new Error(`${file}:${n}: ${item.error.issues[0]?.path.join('.')} ${item.error.issues[0]?.message}`);
  return item.data;
}

const DEFAULT_FILE = path.resolve(import.meta.dirname, '..', '..', 'shared', 'eval', 'offers.dev.jsonl');

/** Misses are printed only when `misses` is set: for the dev sets, never for the check sets. */
export async function runOffersEval(opts: { file?: string; registry?: Registry; misses?: boolean } = {}): Promise<Metrics> {
  const registry = opts.registry ?? loadDefaultRegistry();
  const file = opts.file ?? DEFAULT_FILE;
  const items = readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line.trim())
    .map(({ line, n }) => parseItem(file, n, line));
  let levels = 0;
  let expected = 0;
  let found = 0;
  let violations = 0;
  let onLow = 0;
  const misses: Metrics['misses'] = [];
  for (const item of items) {
    const result = checkOffer(item.text, { registry });
    const ids = new Set(result.flags.map((f) => f.id));
    const missing = item.flags.filter((f) => !ids.has(f));
    const wrong = item.not_flags.filter((f) => ids.has(f));
    levels += result.level === item.level ? 1 : 0;
    expected += item.flags.length;
    found += item.flags.length - missing.length;
    violations += wrong.length;
    if (item.level === 'low') onLow += ids.size;
    if (result.level !== item.level || missing.length || wrong.length) {
      misses.push({ id: item.id, level: result.level, want: item.level, missing, notFlagsHit: wrong });
      if (opts.misses)
        console.log(
          `  ${item.id}: level ${result.level} (want ${item.level}) missing [${missing}] not_flags hit [${wrong}] got [${[...ids]}]`,
        );
    }
  }
  const metrics = {
    n: items.length,
    levelAccuracy: levels / items.length,
    flagRecall: expected ? found / expected : 1,
    notFlagViolations: violations,
    flagsOnLow: onLow,
    misses,
  };
  console.log(
    `offers: n=${metrics.n}  level accuracy ${metrics.levelAccuracy.toFixed(2)}  flag recall ${metrics.flagRecall.toFixed(2)}  not_flags violations ${violations}  flags on low items ${onLow}`,
  );
  return metrics;
}

/** The generated coverage table (test/rules/coverage-cases.ts): each flag × frame, passed / generated. */
export async function printOfferCoverage(): Promise<void> {
  const { formatCoverage, measureCoverage } = await import('../test/rules/coverage-table.js');
  const table = measureCoverage();
  console.log(formatCoverage(table));
  console.log(`(${table.failures.length} generated cases failed)`);
  const { formatChallenge, measureChallenge } = await import('../test/rules/challenge-table.js');
  console.log(
    '\n== Offer challenge set (hand-written: test/rules/challenge-*.ts; batch 4 was blind until round 3 and is tuned since round 4; batch 5 is held out) ==',
  );
  console.log(formatChallenge(measureChallenge()));
  const { formatCauses, measureCauses } = await import('../test/rules/causes-table.js');
  console.log(
    '\n== Offer cause batches (round 6: test/rules/challenge-causes.ts; round 6b: test/rules/challenge-r6b.ts; one batch per cause, each written before its fix; round-6 lexicon held-out: test/rules/challenge-r6lex.ts; round 7: test/rules/challenge-r7.ts, written before any round-7 change; round 7b: test/rules/challenge-r7b.ts, false alarms, written before its fixes, and challenge-r7b-heldout.ts, written after them and measured once) ==',
  );
  // With the knowledge base's registry, as the bot checks: closed_entity needs it.
  console.log(formatCauses(measureCauses({ registry: loadDefaultRegistry() })));
}

// `npx tsx bench/eval-offers.ts [file]`: misses are printed for the dev set only, never for a check set.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  await runOffersEval({ file, misses: !file || !file.includes('.check.') });
  if (!file) await printOfferCoverage();
}
