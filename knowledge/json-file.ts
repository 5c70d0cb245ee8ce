/**
 * One way to read a JSON file through a zod schema, for every data file the project ships or is
 * given (rules, registry, glossary, manifest, wording). A bad file is described in one line that
 * names the file, the field and the problem; the original error is kept as `cause`.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';

export type JsonFileResult<T> =
  | { ok: true; value: T; raw: string }
  | { ok: false; message: string; cause?: unknown; /** Set when the file is not there at all (often not a problem). */ missing?: true };

export interface JsonFileOptions {
  /** Names the place of an issue better than its path (`rule "high_yield".terms[2]`). */
  where?: (path: Array<string | number>, json: unknown) => string;
}

/** `flags.3.name is required`: the first issue, its path (or `whole` when at the top) and its message. */
export function describeIssue(
  error: z.ZodError,
  options: { json?: unknown; where?: JsonFileOptions['where']; whole?: string } = {},
): string {
  const issue = error.issues[0];
  const path = issue?.path ?? [];
  const place = options.where ? options.where(path, options.json) : path.join('.');
  return `${place || (options.whole ?? 'the file')} ${issue?.message ?? 'is invalid'}`;
}

/** Reads and validates; an expected failure (missing, not JSON, wrong shape) is a value, not a throw. */
export function readJsonFile<S extends z.ZodTypeAny>(file: string, schema: S, options: JsonFileOptions = {}): JsonFileResult<z.output<S>> {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: `${file}: does not exist`, cause, missing: true };
    return { ok: false, message: `${file}: cannot be read (${code ?? String(cause)})`, cause };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (cause) {
    return { ok: false, message: `${file}: not valid JSON (${(cause as Error).message})`, cause };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    return { ok: false, message: `${file}: ${describeIssue(parsed.error, { json, where: options.where })}`, cause: parsed.error };
  return { ok: true, value: parsed.data, raw };
}

export class JsonFileError extends Error {
  override name = 'JsonFileError';
}

/** Like readJsonFile, for files without which start-up cannot go on: throws `error(message, cause)`. */
export function loadJsonFile<S extends z.ZodTypeAny>(
  file: string,
  schema: S,
  options: JsonFileOptions & { error?: (message: string, cause: unknown) => Error } = {},
): z.output<S> {
  const result = readJsonFile(file, schema, options);
  if (result.ok) return result.value;
  throw options.error ? options.error(result.message, result.cause) : new JsonFileError(result.message, { cause: result.cause });
}
