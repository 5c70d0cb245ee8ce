/** CLI plumbing: user errors as values with exit codes, JSONL batches with per-line errors. */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { describeIssue } from '../bot/wiring.js';

/** A user error: printed as one line on stderr, never with a stack. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

export async function readInputFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : String(code);
    throw new CliError(`cannot read ${file}: ${why}. Pass the path of a UTF-8 JSON Lines file.`);
  }
}

export type BatchLine<T> = { ok: true; value: T } | { ok: false; id: unknown; error: string };

/** Parses JSON Lines; each bad line becomes an error value that names the line and the problem. */
export function parseJsonl<T>(text: string, schema: z.ZodType<T>): Array<BatchLine<T>> {
  const out: Array<BatchLine<T>> = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      out.push({ ok: false, id: null, error: `line ${index + 1}: not valid JSON` });
      return;
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) {
      out.push({ ok: true, value: parsed.data });
      return;
    }
    const id = json && typeof json === 'object' && 'id' in json ? (json as { id: unknown }).id : null;
    out.push({ ok: false, id, error: `line ${index + 1}: ${describeIssue(parsed.error, { whole: 'value' })}` });
  });
  return out;
}

export const idSchema = z.union([z.string(), z.number()]);

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}
