/** Loading rule files: a bad file stops start-up with the file, the rule id and the field at fault. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { RuleSchema, type Rule } from './schema.js';

const RuleFileSchema = z.object({ version: z.literal(1), flags: z.array(z.unknown()) });

export const DEFAULT_RULES_DIR = path.join(import.meta.dirname, 'flags');

export class RuleFileError extends Error {
  override name = 'RuleFileError';
}

function parseFile(file: string): Rule[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new RuleFileError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const top = RuleFileSchema.safeParse(json);
  if (!top.success) throw new RuleFileError(`${file}: ${top.error.issues[0]?.path.join('.') || 'the file'} ${top.error.issues[0]?.message}`);
  return top.data.flags.map((raw, i) => {
    const parsed = RuleSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    const id = raw && typeof raw === 'object' && 'id' in raw ? `"${String((raw as { id: unknown }).id)}"` : `#${i}`;
    const issue = parsed.error.issues[0];
    throw new RuleFileError(`${file}: rule ${id}: ${issue?.path.join('.') || 'rule'} ${issue?.message}`);
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
