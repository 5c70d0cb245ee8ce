/**
 * PostgreSQL for tests: `DATABASE_URL` names a server where the tests may create databases
 * (`.ci/postgres start` makes one). Without it the PostgreSQL tests skip with a notice, except
 * under CI, where a missing server is a failure.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The server's URL, read when asked (the bench may start a server and set it after import). */
export const postgresUrl = (): string | undefined =>
  process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined;

/** Call at the top of a PostgreSQL test file: false means skip (and says so); under CI it throws. */
export function postgresAvailable(file: string): boolean {
  if (postgresUrl()) return true;
  if (process.env.CI) throw new Error(`${file}: CI is set but DATABASE_URL is not; .ci/run must start PostgreSQL (.ci/postgres start)`);
  process.stderr.write(
    `\n[notice] ${file}: PostgreSQL tests skipped: set DATABASE_URL=postgres://… (e.g. eval "$(.ci/postgres start)") to run them\n\n`,
  );
  return false;
}

/** Creates an empty database on the test server and returns its URL. */
export async function freshDatabase(): Promise<string> {
  const server = postgresUrl();
  if (!server) throw new Error('DATABASE_URL is not set: start a server with eval "$(.ci/postgres start)"');
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  const name = `finrisk_test_${randomBytes(6).toString('hex')}`;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}
