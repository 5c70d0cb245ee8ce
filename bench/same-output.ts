/**
 * `npx tsx bench/same-output.ts OUT.jsonl`: every output a speed change must leave alone, one JSON
 * line per input, so two commits' files can be compared with `cmp` (or `diff`). Reads the offers
 * (dev, check, pool), the questions (dev and pool, off-corpus ones too), the offer-check bench's
 * variants and the abuse bench's 10,000 fuzzed messages, and writes:
 * - `checkOffer` with the registry, and the intent the router would give, for every offer text;
 * - `ask` for every question;
 * - the bot's replies for every fuzzed message (the whole core: commands, intent, check, ask).
 * Nothing is scored, nothing is printed of the items: only whether the outputs stayed byte-identical.
 */
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBot } from '../bot/index.js';
import { classifyIntent } from '../bot/intent.js';
import { systemClock } from '../bot/ports.js';
import { openSqliteStore } from '../bot/store/sqlite.js';
import { createKnowledge } from '../knowledge/index.js';
import { loadDefaultRegistry } from '../knowledge/registry/registry.js';
import { checkOffer } from '../rules/check-offer.js';
import { fuzzedMessages } from './bench-abuse.js';

const outFile = process.argv[2];
if (!outFile) throw new Error('usage: same-output.ts OUT.jsonl');
const shared = path.resolve(import.meta.dirname, '..', '..', 'shared');
const pool = process.env.FINRISK_POOL ?? path.resolve(import.meta.dirname, '..', '..', 'notes', 'data', 'pool');
const corpusDir = (process.env.FINRISK_CORPUS ?? path.join(shared, 'corpus')).split(':')[0] as string;

const rows = (file: string): Array<Record<string, unknown>> =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>)
    : [];
const poolFiles = (kind: string): string[] =>
  existsSync(pool)
    ? readdirSync(pool)
        .filter((f) => f.startsWith(`${kind}.p`) && f.endsWith('.jsonl'))
        .sort()
        .map((f) => path.join(pool, f))
    : [];

const out = createWriteStream(outFile);
const write = (what: string, input: string, value: unknown): void => {
  out.write(`${JSON.stringify({ what, input: input.slice(0, 40), value })}\n`);
};

const registry = loadDefaultRegistry();
const offerFiles = [path.join(shared, 'eval', 'offers.dev.jsonl'), path.join(shared, 'eval', 'offers.check.jsonl'), ...poolFiles('offers')];
const offers = offerFiles.flatMap((f) => rows(f).map((r) => String(r.text ?? '')));
// The offer-check bench's variants of the dev offers (numbers changed).
const dev = rows(path.join(shared, 'eval', 'offers.dev.jsonl')).map((r) => String(r.text ?? ''));
const variants = Array.from({ length: 2000 }, (_, i) =>
  (dev[i % dev.length] as string).replace(/\d+/g, (n) => String(Number(n) + (i % 7))),
);
for (const text of [...offers, ...variants]) {
  const checked = checkOffer(text, { registry });
  write('check', text, checked);
  write('intent', text, classifyIntent(text, checked));
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'finrisk-same-'));
const { knowledge } = await createKnowledge({ corpusDirs: [corpusDir], dataDir });
const questionFiles = [
  path.join(shared, 'eval', 'qa.dev.jsonl'),
  path.join(shared, 'eval', 'offcorpus.dev.jsonl'),
  ...poolFiles('qa'),
  ...poolFiles('offcorpus'),
];
for (const q of questionFiles.flatMap((f) => rows(f).map((r) => String(r.question ?? '')))) write('ask', q, knowledge.ask(q));

const store = openSqliteStore(':memory:');
const bot = createBot({ knowledge, registry, clock: systemClock, store }, { perMinute: 1e9 });
for (const [i, text] of fuzzedMessages(10_000).entries()) {
  const replies = await bot
    .handle({ platform: 'telegram', chatId: String(i), userId: String(i), text, chatType: 'private', addressed: true })
    .catch((e: Error) => [{ crash: e.message }]);
  write('bot', text, replies);
}
await store.close();
await new Promise<void>((resolve) => out.end(resolve));
console.log(`${outFile}: ${offers.length + variants.length} offers, ${questionFiles.length} question files, 10000 messages`);
