/**
 * English headlines, which Chinese feeds carry now and then ("Regulator revokes licence of X Ltd.").
 * The same event shape as the Chinese extractor, smaller: a trigger from english-lexicon.json, a Latin
 * name as its argument (the object after the verb, else the nearest subject before it), financial by
 * its name or by the sentence; denials, intent (plans to, to be), court cases, payouts, renewals and
 * statistics cancel it. Only for items with no Chinese at all; mixed items go through classify.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { EntityStatus } from '../../knowledge/registry/types.js';
import { closureStatus, parseLexiconFile, regexSource } from './lexicon.js';
import { LATIN_ORG } from './name-lexicon.js';

const source = regexSource;
const EnglishFile = z
  .object({
    version: z.literal(1),
    triggers: z.array(
      z
        .object({
          id: z.string(),
          pattern: source,
          status: closureStatus,
          // A bare verb (closed, shut) closes only the name right after it (active) or before it (passive):
          // "shares of X closed higher" and "X closes a funding round" have no such argument.
          argument: z.enum(['object', 'subject']).optional(),
        })
        .strict(),
    ),
    frames: z
      .object({
        denial: source,
        intentBefore: source,
        intentAfter: source,
        block: source,
        partialAfter: source,
        financial: source,
        nonFinancial: source,
        pastBefore: source,
        pastAfter: source,
        temporaryAfter: source,
        negationBefore: source,
      })
      .strict(),
  })
  .strict();

interface EnglishLexicon {
  triggers: { id: string; re: RegExp; status: EntityStatus; argument?: 'object' | 'subject' }[];
  frames: Record<keyof z.infer<typeof EnglishFile>['frames'], RegExp>;
}

export const ENGLISH_LEXICON_FILE = path.join(import.meta.dirname, 'english-lexicon.json');
let cached: EnglishLexicon | null = null;

function englishLexicon(): EnglishLexicon {
  if (cached) return cached;
  const file = parseLexiconFile(EnglishFile, readFileSync(ENGLISH_LEXICON_FILE, 'utf8'), ENGLISH_LEXICON_FILE);
  const frames = Object.fromEntries(Object.entries(file.frames).map(([k, v]) => [k, new RegExp(v, 'i')]));
  cached = {
    // A bare verb's pattern looks for a capitalised name after it, so it is matched case-sensitively.
    triggers: file.triggers.map((t) => ({
      id: t.id,
      re: new RegExp(t.pattern, t.argument === 'object' ? 'g' : 'gi'),
      status: t.status,
      argument: t.argument,
    })),
    frames: frames as EnglishLexicon['frames'],
  };
  return cached;
}

const CJK = /[\u3400-\u9fff]/;
/** True when an item has no Chinese at all: the English extractor reads it. */
export const isEnglish = (title: string, summary = ''): boolean => !CJK.test(title + summary) && /[A-Za-z]{3}/.test(title);

// Capitalised runs (Golden Peak Securities Limited, BitHarbor), a company suffix kept whole.
// Savings and Loan, Bank and Trust: an "and" inside a US institution's name.
const CAPITALISED = /(?<![A-Za-z])[A-Z][A-Za-z0-9&'-]*(?: (?:of |& |and (?=(?:Loans?|Trust)\b))?[A-Z][A-Za-z0-9&'-]*)*/g;
// Words that open a headline or name a regulator or place, never what closed.
const NOT_A_NAME =
  /^(?:The|A|An|Regulator|Regulators|Court|Police|PBOC|CSRC|CBIRC|NFRA|SFC|HKMA|MAS|SEC|China|China's|Chinese|Hong Kong|Beijing|Shanghai|Shenzhen|Crypto|P2P|Bank|Trust|Exchange|Lender|Authorities|Officials|Government|Ministry|Central Bank|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

// Capitalised headline words that are never a name on their own (Province cancels …, Last lender exits).
// A province or city alone is where it happened; a name ending in a descriptor (Hangzhou P2P) describes a firm.
const GENERIC_HEADLINE =
  /^(?:Province|Provincial|State|Federal|US|UK|Local|City|Municipal|Last|Two|Three|Several|Investors|Customers|Online|Liquidators?|Administrators?|Receivers?|Lenders?|Depositors|Shares|Stocks|Anhui|Fujian|Gansu|Guangdong|Guangxi|Guizhou|Hainan|Hebei|Heilongjiang|Henan|Hubei|Hunan|Jiangsu|Jiangxi|Jilin|Liaoning|Ningxia|Qinghai|Shaanxi|Shandong|Shanxi|Sichuan|Tianjin|Tibet|Xinjiang|Yunnan|Zhejiang|Chongqing|Inner Mongolia|Guangzhou|Hangzhou|Wuhan|Chengdu|Nanjing|Xi'an|Dalian|Qingdao|Xiamen|Ningbo|Suzhou|Shenyang|Changsha|Zhengzhou|Jinan|Harbin|Kunming)$|(?:^| )(?:P2P|Crypto|Fintech)$/;

const OF_THE_FIRM =
  /^(?:The )?(?:Licen[cs]es?|Permits?|Shares?|Creditors|Customers|Users|Investors|Clients|Depositors|Staff|Branch(?:es)?|Assets|Parent|Owner|Operator) of (?:the )?/;

interface Name {
  name: string;
  start: number;
  end: number;
}

// Title-case headlines (Regulators Close X Bank) run the verb into the name: a run is cut after such a word.
const HEADLINE_VERB =
  /^(?:Close[sd]?|Shut|Shuts|Shutters?|Shuttered|Revoke[sd]?|Cancels?|Cancell?ed|Liquidate[sd]?|Winds?|Dissolve[sd]?|Deregister(?:s|ed)?|Strips?|Stripped|Bans?|Banned|Declares?|Declared|Orders?|Ordered|Loses|Lost|Exits?|Exited|Surrenders?|Surrendered|Collapses?|Collapsed|Ceases?|Ceased|Pulls?|Pulled|Plug|On|Up|Down)$/;

/** The part of a capitalised run after its last headline verb, with its offset. */
function afterVerb(run: string, at: number): { run: string; at: number } {
  const words = run.split(' ');
  let i = words.length - 1;
  while (i >= 0 && !HEADLINE_VERB.test(words[i] as string)) i -= 1;
  if (i < 0) return { run, at };
  const cut = words.slice(0, i + 1).join(' ').length + 1;
  return { run: run.slice(cut), at: at + cut };
}

function names(text: string): Name[] {
  // Licence of X Ltd.: the words before "of" say what of the firm is meant, not its name.
  const found: Name[] = [...text.matchAll(LATIN_ORG)].map((m) => {
    const { run, at } = afterVerb(m[0], m.index);
    const lead = OF_THE_FIRM.exec(run)?.[0].length ?? 0;
    return { name: run.slice(lead), start: at + lead, end: m.index + m[0].length };
  });
  for (const m of text.matchAll(CAPITALISED)) {
    const { run, at } = afterVerb(m[0], m.index);
    // Leading headline words (Regulator, Hong Kong SFC) are dropped word by word.
    const words = run.split(' ');
    let start = at;
    while (words.length > 0 && NOT_A_NAME.test(words[0] as string)) start += (words.shift() as string).length + 1;
    while (words.length > 0 && NOT_A_NAME.test(words.slice(0, 2).join(' '))) start += words.splice(0, 2).join(' ').length + 1;
    let name = words.join(' ').replace(/'s$/, '');
    // Licence of Ibis Lending: the words before "of" say what of the firm is meant.
    const lead = OF_THE_FIRM.exec(name)?.[0].length ?? 0;
    [name, start] = [name.slice(lead), start + lead];
    if (!name || NOT_A_NAME.test(name) || GENERIC_HEADLINE.test(name) || found.some((f) => start < f.end && f.start < start + name.length))
      continue;
    found.push({ name, start, end: start + name.length });
  }
  return found.sort((a, b) => a.start - b.start);
}

// X and its operator Y Ltd.: the operator named beside the platform closed with it.
const JOINED = /^\s*(?:,|,? and|&)(?: (?:its|their) (?:operator|operating company|parent(?: company)?|owner))?\s*$/;

/** The argument with the names listed beside it (X Ltd. and Y Ltd., CoinA, CoinB and CoinC). */
function listed(text: string, all: Name[], arg: Name): Name[] {
  const out = [arg];
  for (let i = all.indexOf(arg); i > 0 && JOINED.test(text.slice((all[i - 1] as Name).end, (all[i] as Name).start)); i -= 1)
    out.unshift(all[i - 1] as Name);
  for (let i = all.indexOf(arg); i < all.length - 1 && JOINED.test(text.slice((all[i] as Name).end, (all[i + 1] as Name).start)); i += 1)
    out.push(all[i + 1] as Name);
  return out;
}

const SENTENCE_END = /[.;!?]\s/;
const SUBJECT_NOT_INSTITUTION =
  /^\s*(?:the |a |an |its |their )?(?:deal|acquisition|transaction|merger|takeover|sale|purchase|offering|(?:funding )?round|positions?|accounts?|branch(?:es)?|offices?|probe|investigation|consultation|case|markets?|shares?|stocks?|index|app|website|feature|loophole)\b/i;

/** The trigger's argument: the name right after a bare verb, before a passive one, else inside, after or before. */
function argumentOf(mode: 'object' | 'subject' | undefined, all: Name[], text: string, ts: number, te: number): Name | undefined {
  const object = all.find((n) => n.start >= te && n.start - te <= 16 && !SENTENCE_END.test(text.slice(te, n.start)));
  const subject = all.filter((n) => n.end <= ts && !SENTENCE_END.test(text.slice(n.end, ts))).pop();
  if (mode === 'object') return object && /^\s*(?:the\s+)?$/.test(text.slice(te, object.start)) ? object : undefined;
  // The acquisition of X was closed: the subject's head is a deal, an account or an office, not X.
  if (mode === 'subject')
    return SUBJECT_NOT_INSTITUTION.test(
      text
        .slice(0, ts)
        .split(/[.;!?](?=\s)/)
        .pop() ?? '',
    )
      ? undefined
      : subject;
  return all.find((n) => n.start >= ts && n.end <= te) ?? object ?? subject ?? pointedBack(all, text, ts);
}

// "The lender has surrendered its licence": a sentence whose subject is the kind of firm points back to the item's first name.
const ANAPHOR =
  /^\s*(?:(?:The|This|That) (?:bank|lender|firm|company|platform|exchange|operator|insurer|trust|institution|group|fund|broker)|It|Its)\b/;

function pointedBack(all: Name[], text: string, ts: number): Name | undefined {
  const sentence =
    text
      .slice(0, ts)
      .split(/[.;!?](?=\s)/)
      .pop() ?? '';
  return ANAPHOR.test(sentence) ? all[0] : undefined;
}

const RUN_BY = /^,\s*(?:run|operated|owned|managed|controlled)\s+by\s+$/;
const IT_OPERATED = /^\.?\s*(?:The (?:company|firm|operator|lender)|It)\s+(?:operated|ran|runs|operates|owned|owns)\s+(?:the\s+)?$/;

/** A platform and its operator both closed: "X, run by Y Ltd., exited …", "Y Ltd. … The firm ran X." */
function withOperators(text: string, all: Name[], closed: Name[]): Name[] {
  const out = [...closed];
  for (const n of closed) {
    const i = all.indexOf(n);
    const [prev, next] = [all[i - 1], all[i + 1]];
    if (prev && RUN_BY.test(text.slice(prev.end, n.start)) && !out.includes(prev)) out.unshift(prev);
    if (next && IT_OPERATED.test(text.slice(n.end, next.start).replace(/^[^.]*bankrupt/, '')) && !out.includes(next)) out.push(next);
  }
  return out;
}

export interface EnglishEvent {
  action: string;
  status: EntityStatus;
  entities: string[];
}

// "exited P2P lending after repaying its lenders": a repayment that led to the exit is no payout item.
const PRECONDITION = /\b(?:after|once|having)\s+(?:[a-z]+\s+){0,4}?(?:repa\w*|paid|pay\w*|refund\w*|return\w*)\b[^,.;]*/gi;

/** The closure events of an English item; an empty list when none or when a frame cancels them. */
export function englishEvents(title: string, summary = ''): EnglishEvent[] | string {
  const lex = englishLexicon();
  const text = summary ? `${title}. ${summary}` : title;
  if (lex.frames.denial.test(text)) return 'denial or rumour rebuttal';
  if (lex.frames.block.test(title.replace(PRECONDITION, '')))
    return 'a court case, payout, penalty, rescue, renewal or statistic, not a closure';
  const all = names(text);
  const events: EnglishEvent[] = [];
  for (const t of lex.triggers)
    for (const m of text.matchAll(t.re)) {
      const [ts, te] = [m.index, m.index + m[0].length];
      const sentence =
        text
          .slice(0, ts)
          .split(/[.;!?](?=\s|$)/)
          .pop() ?? '';
      if (
        lex.frames.intentBefore.test(sentence) ||
        lex.frames.intentAfter.test(text.slice(te)) ||
        lex.frames.partialAfter.test(text.slice(te)) ||
        lex.frames.temporaryAfter.test(text.slice(te)) ||
        lex.frames.negationBefore.test(sentence)
      )
        continue;
      // Investors in X, which officials closed in 2022, …: a closure recalled, dated before the item.
      if (lex.frames.pastBefore.test(sentence) && lex.frames.pastAfter.test(text.slice(te))) continue;
      const arg = argumentOf(t.argument, all, text, ts, te);
      if (!arg) continue;
      // A bare verb's object is financial by its own name or the words right after it (X, a crypto lender).
      const context =
        t.argument === 'object'
          ? `${arg.name} ${text.slice(arg.end, arg.end + 40)}`
          : `${arg.name} ${sentence} ${m[0]} ${text.slice(te, te + 40)}`;
      if (lex.frames.nonFinancial.test(context) || !lex.frames.financial.test(context)) continue;
      events.push({ action: m[0], status: t.status, entities: withOperators(text, all, listed(text, all, arg)).map((n) => n.name) });
    }
  return events.sort((a, b) => text.indexOf(a.action) - text.indexOf(b.action));
}
