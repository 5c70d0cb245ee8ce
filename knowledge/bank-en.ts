/**
 * The English term bank: the reports' own key terms (found by bench/bank-terms-en.ts from the corpus
 * vocabulary, not from any question) each with the English an asker would use for it — the standard
 * translation and everyday phrasings (数字化转型: digital transformation, going digital). CC-CEDICT
 * glosses single words and rarely such phrases. Merged into the glossary's English table at load;
 * the glossary's own English entries win over it.
 */
import path from 'node:path';
import { z } from 'zod';
import { readJsonFile } from './json-file.js';
import { BankError } from './bank.js';

const FRAME =
  /^(?:(?:un)?able to|capable of|can ?not|no way to|find out|get to know|according to|in the form of|as a whole|ought to|be required to|provided that|on condition that|together with|combined with)$/i;

const english = z
  .string()
  .trim()
  .min(1, 'is empty')
  .max(40, 'is longer than 40 characters')
  .regex(/^[a-z0-9' -]+$/i, 'is not plain English words')
  // The words of asking are the question's frame (how many, what to do): as a rendering they would
  // turn the frame of every question into a concept of the reports.
  .refine((en) => !/^(?:how|what|where|why|who|when|which|really)\b/i.test(en), 'starts with a word of asking')
  // Modal and framing phrases (able to, find out, according to) sit in questions of every topic: as
  // a rendering they would add a report term to all of them.
  .refine((en) => !FRAME.test(en), 'is a framing phrase, not a concept');

export const EnglishBankSchema = z
  .object({
    version: z.number().int().positive(),
    /** A term of the reports → its English renderings (usually 2–6, phrases allowed). */
    terms: z.record(
      z
        .string()
        .trim()
        .regex(/^[\u3400-\u9fff]{2,12}$/, 'is not a Chinese term of 2 to 12 characters'),
      z.array(english).min(1, 'needs at least one English rendering').max(8, 'has more than 8 renderings'),
    ),
  })
  .strict();
export type EnglishBank = z.infer<typeof EnglishBankSchema>;

export const ENGLISH_BANK_FILE = path.join(import.meta.dirname, 'bank-en.json');

/** Reads and validates a bank file; a bad one fails naming the file, the term and what is wrong. */
export function loadEnglishBankFile(file = ENGLISH_BANK_FILE): { data: EnglishBank; raw: string } {
  const read = readJsonFile(file, EnglishBankSchema, {
    where: (at) => (at[0] === 'terms' ? `term "${String(at[1])}"${at.length > 2 ? `[${String(at[2])}]` : ''}` : at.join('.')),
  });
  if (!read.ok) throw new BankError(read.message, { cause: read.cause });
  return { data: read.value, raw: read.raw };
}

/**
 * Only phrases join (going digital, blow-up): a single word the dictionary already translates, with
 * its ambiguity weighed (translate.ts); as a glossary entry it would count as a domain term of its own.
 */
const PHRASE = /[a-z0-9](?: |-)[a-z0-9]/;

/**
 * The bank's phrases as the glossary's English table (English phrase → Chinese terms), leaving out
 * every phrase the glossary already renders: its domain terms win.
 */
export function bankEnglish(bank: EnglishBank, taken: (english: string) => boolean): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [zh, renderings] of Object.entries(bank.terms)) {
    for (const en of renderings) {
      const key = en.toLowerCase().replace(/\s+/g, ' ');
      if (taken(key) || !PHRASE.test(key)) continue;
      const list = (out[key] ??= []);
      if (!list.includes(zh)) list.push(zh);
    }
  }
  return out;
}
