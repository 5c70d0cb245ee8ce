/** Red-flag rules as data: the schema, and loading that names the file, rule and field at fault. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const DETECTORS = ['yield', 'venue_exchange', 'venue_pseudo', 'registry', 'low_entry', 'investor_count'] as const;

const regex = z.string().refine((source) => {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}, 'is not a valid regular expression');

export const RuleSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case'),
    name: z.string().min(1),
    severity: z.enum(['high', 'medium', 'low']),
    explanation: z.string().min(4),
    backing: z.object({ query: z.string().min(1) }),
    terms: z.array(z.string().min(1)).default([]),
    patterns: z.array(regex).default([]),
    detectors: z.array(z.enum(DETECTORS)).default([]),
    negatable: z.boolean().default(true),
    /** Phrases whose occurrences hide a trigger inside them (数字人民币 is not a crypto scheme). */
    lookalikes: z.array(z.string().min(1)).default([]),
    /** Phrases whose presence means the offer is the legitimate kind (大额存单 may be 保本). */
    suppressedBy: z.array(z.string().min(1)).default([]),
  })
  .strict()
  .refine((rule) => rule.terms.length + rule.patterns.length + rule.detectors.length > 0, 'needs at least one term, pattern or detector');

export type Rule = z.output<typeof RuleSchema>;

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
