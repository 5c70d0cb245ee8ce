/** `npm run eval`: quality on the development sets in ../shared/eval (questions, offers, news). */
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { runQaEval } from './eval-qa.js';
import { runOffersEval } from './eval-offers.js';
import { runNewsEval } from './eval-news.js';

const root = path.resolve(import.meta.dirname, '..');
const shared = path.resolve(root, '..', 'shared');
const corpusDirs = (process.env.FINRISK_CORPUS ?? path.join(shared, 'corpus')).split(':').filter(Boolean);
// A private data dir, so the evaluation always measures a fresh index of the current analyzer.
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'finrisk-eval-'));

console.log('== Questions (qa.dev.jsonl) ==');
await runQaEval({ corpusDirs, dataDir, file: path.join(shared, 'eval', 'qa.dev.jsonl') });
console.log('\n== Offers (offers.dev.jsonl) ==');
await runOffersEval({ file: path.join(shared, 'eval', 'offers.dev.jsonl') });
console.log('\n== News (news.dev.jsonl) ==');
await runNewsEval({ file: path.join(shared, 'eval', 'news.dev.jsonl') });
