/** Loading rule files: a bad file stops start-up with the file, the rule id and the field at fault. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { describeIssue, loadJsonFile } from '../knowledge/json-file.js';
import { RuleSchema, type Rule } from './schema.js';

const RuleFileSchema = z.object({ version: z.literal(1), flags: z.array(z.unknown()) });

export const DEFAULT_RULES_DIR = path.join(import.meta.dirname, 'flags');

export class RuleFileError extends Error {
  override name = 'RuleFileError';
}

function parseFile(file: string): Rule[] {
  const top = loadJsonFile(file, RuleFileSchema, { error: (message, cause) => new RuleFileError(message, { cause }) });
  return top.flags.map((raw, i) => {
    const parsed = RuleSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    const id = raw && typeof raw === 'object' && 'id' in raw ? `"${String((raw as { id: unknown }).id)}"` : `#${i}`;
    throw new RuleFileError(`${file}: rule ${id}: ${describeIssue(parsed.error, { whole: 'rule' })}`, { cause: parsed.error });
  });
}

/** Loads every `*.json` rule file of a folder; a bad file stops start-up with a precise message. */
export function loadRules(dir = DEFAULT_RULES_DIR): Rule[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const rules = files.flatMap((f) => parseFile(path.join(dir, f)));
  const seen = new Set<string>();
  for (const rule of rules) {
    if (seen.has(rule.id)) throw new RuleFileError(`${dir}: rule "${rule.id}" is defined twice`);
    seen.add(rule.id);
  }
  return rules;
}
