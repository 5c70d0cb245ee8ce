/** Red-flag rules as data: the schema every rule file must satisfy (loading: ./load.ts). */
import { z } from 'zod';

export const DETECTORS = [
  'yield',
  'venue_exchange',
  'venue_pseudo',
  'registry',
  'low_entry',
  'investor_count',
  'p2p_name',
  'promised_yield',
  'met_online',
] as const;

const regex = z.string().refine((source) => {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}, 'is not a valid regular expression');

/** A concept trigger (./concepts.ts): slots of words matched in order within one clause (or sentence). */
export const ConceptSchema = z
  .object({
    slots: z.array(z.array(z.string().min(1)).min(1)).min(2, 'needs at least two slots'),
    gap: z.number().int().min(0).max(24).default(8),
    /**
     * `sentence`: the slots may sit in neighbouring comma clauses of one sentence ("网上认识的朋友，
     * 带我投资"), still at most `gap` characters apart. For cues that people split across a comma.
     */
    scope: z.enum(['clause', 'sentence']).default('clause'),
    /**
     * `any`: the slots may come in any order within the reach (people say "上期的本息拿这一期的钱来还" as
     * often as "这一期的钱还上期"); the first slot still anchors the match.
     */
    order: z.enum(['fixed', 'any']).default('fixed'),
  })
  .strict();

export type Concept = z.output<typeof ConceptSchema>;

/** A file of concepts for rules defined elsewhere, keyed by rule id. */
export const ConceptFileSchema = z.object({ version: z.literal(1), concepts: z.record(z.string(), z.array(z.unknown())) }).strict();

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
    /**
     * Phrases only the scheme itself uses (发展下线, 层级奖励, downline): claimed, they keep the flag
     * whatever look-alike word of `suppressedBy` stands beside them (养老积分 beside a downline is no loyalty programme).
     */
    schemeMarks: z.array(z.string().min(1)).default([]),
    concepts: z.array(ConceptSchema).default([]),
  })
  .strict()
  .refine(
    (rule) => rule.terms.length + rule.patterns.length + rule.detectors.length + rule.concepts.length > 0,
    'needs at least one term, pattern, concept or detector',
  );

export type Rule = z.output<typeof RuleSchema>;
