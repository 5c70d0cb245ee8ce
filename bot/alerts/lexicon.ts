/**
 * The closure lexicon: trigger patterns for every closure action and word order, the frames that
 * cancel a trigger (denials, intent, warnings, court cases, payouts) and what makes an argument a
 * financial venue. Data in closure-lexicon.json, validated here once; a bad pattern fails start-up
 * with the trigger's id.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { EntityStatus } from '../../knowledge/registry/types.js';

/** A regular expression's source, checked to compile (shared with the English lexicon). */
export const regexSource = z
  .string()
  .min(1)
  .refine((s) => {
    try {
      new RegExp(s);
      return true;
    } catch {
      return false;
    }
  }, 'is not a valid regular expression');

export const closureStatus = z.enum(['qualification-cancelled', 'renamed-out', 'deregistered', 'closed']);
const source = regexSource;

const LexiconFile = z
  .object({
    version: z.literal(1),
    triggers: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z-]+$/),
            pattern: source,
            status: closureStatus,
            // An operational stop (停止营业, 关闭, 停服) can be a pause; a legal act (吊销, 注销, 解散) cannot.
            pausable: z.boolean().optional(),
          })
          .strict(),
      )
      .min(1),
    frames: z
      .object({
        denial: source,
        intentBefore: source,
        intentAfter: source,
        intentOverride: source,
        negationBefore: source,
        advice: source,
        titleBlock: source,
        retrospect: source,
        recent: source,
        partialAfter: source,
        partialBefore: source,
        intentInside: source,
        procedureDone: source,
        partialLicence: source,
        attributive: source,
        statistic: source,
        periodCount: source,
        followUp: source,
        temporaryBefore: source,
        temporaryAfter: source,
        background: source,
        followUpTitle: source,
        adverseList: source,
        partialBusiness: source,
        misconductTitle: source,
        impersonated: source,
        impersonatedAfter: source,
        objectAfter: source,
        objectBefore: source,
        aftermathAfter: source,
        aftermathBefore: source,
        datedBefore: source,
        yearBefore: source,
      })
      .strict(),
    venue: z
      .object({
        financialName: source,
        techName: source,
        financialContext: source,
        illegalFinance: source,
        nonFinancial: source,
        genericVenue: source,
        tradingVenue: source,
        nonVenue: source,
      })
      .strict(),
  })
  .strict();

export interface Trigger {
  id: string;
  re: RegExp;
  status: EntityStatus;
  pausable: boolean;
}

export interface ClosureLexicon {
  triggers: Trigger[];
  frames: Record<keyof z.infer<typeof LexiconFile>['frames'], RegExp>;
  venue: Record<keyof z.infer<typeof LexiconFile>['venue'], RegExp>;
}

export const DEFAULT_LEXICON_FILE = path.join(import.meta.dirname, 'closure-lexicon.json');

export class LexiconFileError extends Error {
  override name = 'LexiconFileError';
}

const compile = <K extends string>(patterns: Record<K, string>): Record<K, RegExp> =>
  Object.fromEntries(Object.entries<string>(patterns).map(([k, v]) => [k, new RegExp(v)])) as Record<K, RegExp>;

/** Parses a lexicon file's JSON text against `schema`; `file` names it in the error message. */
export function parseLexiconFile<T>(schema: z.ZodType<T>, text: string, file: string): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new LexiconFileError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new LexiconFileError(`${file}: ${issue?.path.join('.') || 'the file'} ${issue?.message}`);
  }
  return parsed.data;
}

/** Parses lexicon JSON text; `file` names it in the error message. */
export function parseLexicon(text: string, file = DEFAULT_LEXICON_FILE): ClosureLexicon {
  const { triggers, frames, venue } = parseLexiconFile(LexiconFile, text, file);
  return {
    triggers: triggers.map((t) => ({ id: t.id, re: new RegExp(t.pattern, 'g'), status: t.status, pausable: t.pausable ?? false })),
    frames: compile(frames),
    venue: compile(venue),
  };
}

let cached: ClosureLexicon | null = null;

export function defaultLexicon(): ClosureLexicon {
  cached ??= parseLexicon(readFileSync(DEFAULT_LEXICON_FILE, 'utf8'));
  return cached;
}
