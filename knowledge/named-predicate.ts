/**
 * An English question about a body or a firm the reports mention only in passing (a foreign
 * regulator in a list of regulators, a firm among a report's examples): the reports hold the name,
 * not what the question asks of it (its licensing regime, its share offering). A sentence that
 * names the body answers only when it also says what is asked; a sentence that says something
 * about the asked words without the name speaks of another body.
 */
import { isMonthWord } from './english-forms.js';
import { coverageOf, creditOf, type QueryTerms } from './coverage.js';
import { normalizeForMatch } from './text.js';

/** A name held by at most this many passages is mentioned in passing, not a subject the reports study. */
export const IN_PASSING = 6;
/** The share of the question's other naming concepts the sentence with the name must cover. */
export const PREDICATE_SHARE = 0.5;

export interface NamedSentence {
  /** The shown sentence's passage. */
  passage: string;
  /** The tokens of the shown sentence with the one before it in its passage. */
  tokens: Set<string>;
  /** The text of the shown sentence alone. */
  text?: string;
}

interface Context {
  terms: QueryTerms;
  /** How many passages write a form of a name, counted up to `cap`. */
  count: (form: string, cap: number) => number;
  tokens: (text: string) => Set<string>;
  /** The question's parts (a multi-part question asks the name's predicate in one of them). */
  parts: string[];
}

/**
 * The bodies and places an English question asks something of, lower-case: acronyms (MAS, FCA),
 * and capitalised runs (not a sentence's first word, not a month) that own what is asked ("Ant
 * Group's IPO") or name where ("taxed in Singapore"). Other capitalised words are often plain
 * words of a term (Series A) and are left to the other checks.
 */
export function askedNames(question: string): string[] {
  const names: string[] = [];
  for (const sentence of question.split(/[.?!]\s+/)) {
    for (const m of sentence.matchAll(/\b[A-Z]{2,6}s?\b/g))
      if (m.index > 0 || sentence.length > m[0].length) names.push(m[0].replace(/s$/, '').toLowerCase());
    for (const m of sentence.matchAll(
      /(?<=\S\s+)((?:[A-Z][a-z]+\s+)*[A-Z][a-z]+)(?='s\b)|(?<=\b(?:in|at)\s+)((?:[A-Z][a-z]+\s+)*[A-Z][a-z]+)\b/g,
    ))
      for (const w of (m[1] ?? m[2] ?? '').split(/\s+/)) if (!isMonthWord(w)) names.push(w.toLowerCase());
  }
  return [...new Set(names)].filter((n) => n !== 'i');
}

/**
 * Whether every name the question asks about that the reports mention only in passing is written
 * in the passage of a shown sentence that (with the sentence before it) covers at least half of the
 * naming concepts of the question part that names it. A name no passage writes is left to the
 * untranslated-name check; a name many passages write is a subject of the reports, whose sentences
 * often leave it implicit.
 */
export function namesMeetPredicate(question: string, shown: NamedSentence[], ctx: Context): boolean {
  const owners = new Set(
    [...question.matchAll(/((?:[A-Z][a-z]+\s+)*[A-Z][a-z]+)'s\b/g)].flatMap((m) => (m[1] ?? '').toLowerCase().split(/\s+/)),
  );
  for (const name of askedNames(question)) {
    // A domain term the glossary renders (ABS, GDP) is a concept of the reports, not a body named in passing.
    if (ctx.terms.translations.some((t) => t.glossary && t.source.split(' ').includes(name))) continue;
    const forms = formsOf(name, ctx.terms);
    const count = Math.max(...forms.map((f) => ctx.count(f, IN_PASSING + 1)));
    if (count === 0 || count > IN_PASSING) continue;
    const own = new Set(forms.flatMap((f) => [...ctx.tokens(f)]));
    const asked = askedTokens(name, ctx);
    const rest: QueryTerms = {
      ...ctx.terms,
      concepts: ctx.terms.concepts.filter((c) => !c.generic && creditOf(own, c) < 1 && creditOf(asked, c) >= 1),
    };
    if (rest.concepts.length === 0) continue;
    // What a question asks of a name it owns ("Bank X's bondholders … get back") takes two of its
    // concepts to say when it has two: one shared word (接管 for "takeover") says something else of it.
    const needed = owners.has(name) ? Math.min(2, rest.concepts.length) : 1;
    const met = shown.some(
      (s) =>
        forms.some((f) => normalizeForMatch(s.passage).includes(f)) &&
        coverageOf(s.tokens, rest) >= PREDICATE_SHARE &&
        rest.concepts.filter((c) => creditOf(s.tokens, c) >= 1).length >= needed,
    );
    if (!met) return false;
  }
  return true;
}

/** The Chinese tokens of the translations of the words of the question part that names `name`. */
function askedTokens(name: string, ctx: Context): Set<string> {
  const part = ctx.parts.find((p) => p.toLowerCase().includes(name)) ?? ctx.parts.join(' ');
  const words = new Set(part.toLowerCase().split(/[^a-z0-9']+/));
  const inPart = ctx.terms.translations.filter((t) => t.source.split(' ').every((w) => words.has(w)));
  return new Set(inPart.flatMap((t) => t.terms.flatMap((zh) => [...ctx.tokens(zh)])));
}

/** How the reports may write a name: as asked (MAS in brackets) and as its translations (新加坡). */
function formsOf(name: string, terms: QueryTerms): string[] {
  const translated = terms.translations.filter((t) => t.source.split(' ').includes(name)).flatMap((t) => t.terms);
  return [...new Set([name, ...translated.filter((zh) => zh.length >= 2)])];
}
