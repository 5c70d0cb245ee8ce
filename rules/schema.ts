/** Red-flag rules as data: the schema every rule file must satisfy (loading: ./load.ts). */
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
