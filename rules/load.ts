/** Loading rule files: a bad file stops start-up with the file, the rule id and the field at fault. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { describeIssue, loadJsonFile } from '../knowledge/json-file.js';
import { ConceptFileSchema, ConceptSchema, RuleSchema, type Concept, type Rule } from './schema.js';

const RuleFileSchema = z.object({ version: z.literal(1), flags: z.array(z.unknown()) });

export const DEFAULT_RULES_DIR = path.join(import.meta.dirname, 'flags');

export class RuleFileError extends Error {
  override name = 'RuleFileError';
}

const issueOf = (error: z.ZodError): string => describeIssue(error);

const readJson = (file: string): unknown =>
  loadJsonFile(file, z.unknown(), { error: (message, cause) => new RuleFileError(message, { cause }) });

function parseRules(file: string, json: unknown): Rule[] {
  const top = RuleFileSchema.safeParse(json);
  if (!top.success) throw new RuleFileError(`${file}: ${issueOf(top.error)}`);
  return top.data.flags.map((raw, i) => {
    const parsed = RuleSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    const id = raw && typeof raw === 'object' && 'id' in raw ? `"${String((raw as { id: unknown }).id)}"` : `#${i}`;
    throw new RuleFileError(`${file}: rule ${id}: ${issueOf(parsed.error)}`);
  });
}

function parseConcepts(file: string, json: unknown): Map<string, Concept[]> {
  const top = ConceptFileSchema.safeParse(json);
  if (!top.success) throw new RuleFileError(`${file}: ${issueOf(top.error)}`);
  const out = new Map<string, Concept[]>();
  for (const [id, list] of Object.entries(top.data.concepts)) {
    out.set(
      id,
      list.map((raw, i) => {
        const parsed = ConceptSchema.safeParse(raw);
        if (!parsed.success) throw new RuleFileError(`${file}: concepts of "${id}" #${i}: ${issueOf(parsed.error)}`);
        return parsed.data;
      }),
    );
  }
  return out;
}

/**
 * Loads every `*.json` file of a folder: rule files (`flags`) and concept files (`concepts`, keyed by
 * rule id, so a flag's lexicon can live beside its terms without one file holding everything).
 */
export function loadRules(dir = DEFAULT_RULES_DIR): Rule[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const rules: Rule[] = [];
  const concepts: Array<[string, Map<string, Concept[]>]> = [];
  for (const f of files) {
    const file = path.join(dir, f);
    const json = readJson(file);
    if (json && typeof json === 'object' && 'concepts' in json) concepts.push([file, parseConcepts(file, json)]);
    else rules.push(...parseRules(file, json));
  }
  const byId = new Map<string, Rule>();
  for (const rule of rules) {
    if (byId.has(rule.id)) throw new RuleFileError(`${dir}: rule "${rule.id}" is defined twice`);
    byId.set(rule.id, rule);
  }
  for (const [file, map] of concepts) {
    for (const [id, list] of map) {
      const rule = byId.get(id);
      if (!rule) throw new RuleFileError(`${file}: concepts for unknown rule "${id}"`);
      rule.concepts = [...rule.concepts, ...list];
    }
  }
  return rules;
}
