/**
 * Synonym banks: the words people use for the reports' own terms, as zod-validated data files beside
 * the glossary (bank-zh.json: 网上借贷 → 网络借贷, 官宣 → 公告). A bank is written from the corpus's
 * vocabulary (its key terms, listed by `bench/bank-terms.ts`), never from questions, so what it
 * teaches holds for anyone's wording. The glossary merges each bank into its one-way colloquial map
 * at load: a bank adds words, it never changes how they are used.
 */
import path from 'node:path';
import { z } from 'zod';
import { readJsonFile } from './json-file.js';

const word = z.string().trim().min(2, 'is shorter than two characters').max(40, 'is longer than 40 characters');

export const BankSchema = z
  .object({
    version: z.number().int().positive(),
    about: z.string().optional(),
    entries: z
      .array(
        z
          .object({
            /** The reports' terms for one concept (the first is the usual one). */
            report: z.array(word).min(1, 'needs at least one report term'),
            /** What an asker says for it; each expands to every report term of the entry. */
            asked: z.array(word).min(1, 'needs at least one everyday word'),
          })
          .strict(),
      )
      .min(1),
    /** The corpus's own proper names (bodies, firms, products, documents): a question that misses one by a character still finds it (typos.ts). */
    names: z.array(word).default([]),
  })
  .strict();
export type BankData = z.infer<typeof BankSchema>;

/** The banks the default glossary merges, in order (a later bank adds to an earlier one's words). */
export const BANK_FILES = [path.join(import.meta.dirname, 'bank-zh.json')];

export class BankError extends Error {
  override name = 'BankError';
}

/** Reads and validates a bank; a bad one fails with the file, the entry and what is wrong. */
export function loadBankFile(file: string): { data: BankData; raw: string } {
  const read = readJsonFile(file, BankSchema, {
    where: (at) =>
      at
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
        .join('')
        .replace(/^\./, '') || 'the file',
  });
  if (!read.ok) throw new BankError(read.message, { cause: read.cause });
  return { data: read.value, raw: read.raw };
}

/** Every bank's proper names, once each. */
export function bankNames(banks: readonly BankData[]): string[] {
  return [...new Set(banks.flatMap((b) => b.names))];
}

/** A colloquial map (word → report terms) holding the map given plus every bank's words; the map given wins its words' order. */
export function mergeBanks(colloquial: Record<string, string[]>, banks: readonly BankData[]): Record<string, string[]> {
  const merged = new Map<string, string[]>(Object.entries(colloquial).map(([w, terms]) => [w, [...terms]]));
  for (const bank of banks) {
    for (const entry of bank.entries) {
      // The report's terms of one entry name one concept (城商行, 城市商业银行): each finds the others.
      for (const asked of [...entry.asked, ...entry.report]) {
        const terms = merged.get(asked) ?? [];
        for (const t of entry.report) if (!terms.includes(t) && t !== asked) terms.push(t);
        if (terms.length > 0) merged.set(asked, terms);
      }
    }
  }
  return Object.fromEntries(merged);
}
