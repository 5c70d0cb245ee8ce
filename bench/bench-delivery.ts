/**
 * The delivery part of `npm run bench` on its own: `npx tsx bench/bench-delivery.ts [--runs 3]`.
 * Real processes against the strict fake Bot API; PostgreSQL from DATABASE_URL or .ci/postgres.
 */
import { printRestartRows, runRestartBench } from './bench-fanout.js';
import { ensurePostgres, printStrictInstances, runStrictInstancesBench } from './bench-instances.js';

const args = process.argv.slice(2);
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;
const print = (line = ''): void => console.log(line);

print('## Alert fan-out through real processes on SQLite, stopped and restarted (strict fake Bot API, wall clock)');
print();
printRestartRows(await runRestartBench({ runs }), print);
print();
const postgres = ensurePostgres();
if ('error' in postgres) print(`Skipped PostgreSQL: ${postgres.error}.`);
else {
  try {
    printStrictInstances(await runStrictInstancesBench({ subscribers: 500, limit: 30, runs }), print);
  } finally {
    postgres.stop();
  }
}
