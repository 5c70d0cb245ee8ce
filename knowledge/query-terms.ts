/**
 * A question as weighted index terms and the concepts an answer must cover: the asker's own words,
 * glossary expansions at a lower weight, and (for English) dictionary translations.
 */
import type { Glossary } from './glossary.js';
import type { SearchContext } from './search-context.js';
import { MAX_QUERY_CHARS } from './search-context.js';
import { isGeneric, untranslated, type Translator } from './translate.js';
import { withoutCited } from './english-sources.js';
import { readShorthand } from './english-shorthand.js';
import { stem } from './natural.js';
import { englishTokens } from './cedict.js';
import { linkSynonymPhrases } from './synonym-phrases.js';
import type { Concept, QueryTerms } from './coverage.js';
import { shortYears } from './short-years.js';
import { createTermFinder, straddleFactor, straddlingTokens } from './query-noise.js';

/**
 * The spoken 儿 after a word (名儿, 字眼儿, 那块儿 of northern speech): the reports write the word
 * without it, and left in it makes bigrams (名儿, 儿里) no passage holds. 儿 of a word that is one
 * (儿子, 儿童, 女儿, 婴儿, 幼儿, 孤儿, 健儿, 少儿) stays. Blanked, so offsets hold.
 */
const ERHUA = /(?<=[\u3400-\u9fff ])(?<![女婴幼孤健少男胎宠])儿(?![子童女孙媳])/g;
export const withoutErhua = (text: string): string => (text.includes('儿') ? text.replace(ERHUA, ' ') : text);

/** Weight of glossary expansions, the user's own words weighing 1. */
export const EXPANSION_WEIGHT = 0.35;
/** Dictionary translations weigh a little less than the glossary's: the glossary's are domain terms. */
export const DICTIONARY_WEIGHT = 0.8;

type Groups = ReturnType<Glossary['expand']>['groups'];
type Translation = ReturnType<Translator>[number] & { terms: string[]; whole: string[]; phrases: string[][]; chinese: string[] };

export function createQueryTerms(ctx: SearchContext, translator: () => Translator | null): (query: string) => QueryTerms {
  const { analyzer, glossary, total, df, idf, known, lexicon, glossaryTokens } = ctx;
  // The glossary's and the banks' words a question holds; made on the first question.
  let termsIn: ((text: string) => string[]) | undefined;

  /** Translations as index terms: the whole ones, the others as their bigrams (all of them, for BM25). */
  const asTokens = (zh: string[]): { terms: string[]; whole: string[]; phrases: string[][] } => {
    const whole = zh.filter(known);
    const phrases = zh
      .filter((t) => !known(t))
      .map((t) => glossaryTokens(t).filter(known))
      .filter((p) => p.length > 0);
    return { terms: [...new Set([...whole, ...phrases.flat()])], whole, phrases };
  };

  /**
   * The idf of a set of translations taken as one term (Pirkola's structured query): a passage
   * holding any of them holds the concept, so the set is as common as its members together. The
   * rarest member's idf (家数 for "how many") would let a vague word outweigh a word with one
   * clear translation. A term held only as bigrams is at most as common as its rarest bigram.
   */
  const synonymSetIdf = (whole: string[], phrases: string[][], english: string[]): number => {
    const dfs = [...whole, ...english].map(df).concat(phrases.map((p) => Math.min(...p.map(df))));
    const n = Math.min(
      total,
      dfs.reduce((sum, d) => sum + d, 0),
    );
    return Math.log(1 + (total - n + 0.5) / (n + 0.5));
  };

  /** The user's words weigh their idf; expansions and translations a share of theirs (boost). */
  const weights = (original: string[], expanded: string[], translations: Translation[], factor: (t: string) => number) => {
    const weight = new Map<string, number>();
    const boost = new Map<string, number>();
    for (const t of original) {
      const f = factor(t);
      weight.set(t, idf(t) * f);
      if (f < 1) boost.set(t, f);
    }
    for (const t of expanded) {
      weight.set(t, idf(t) * EXPANSION_WEIGHT);
      boost.set(t, EXPANSION_WEIGHT);
    }
    for (const tr of translations) {
      for (const t of tr.terms) {
        if (weight.has(t)) continue;
        const factor = EXPANSION_WEIGHT * DICTIONARY_WEIGHT * tr.weight;
        weight.set(t, idf(t) * factor);
        boost.set(t, factor);
      }
    }
    return { weight, boost };
  };

  /** Words of the lexicon own their bigrams; the remaining bigrams stand alone; English phrases become their translations. */
  const concepts = (
    original: string[],
    groups: Groups,
    spelled: (source: string) => string[],
    factor: (t: string) => number,
  ): Concept[] => {
    const words = original.filter((t) => lexicon.has(t)).sort((a, b) => b.length - a.length);
    const owned = new Set<string>();
    const out: Concept[] = [];
    for (const word of words) {
      if (owned.has(word)) continue;
      const parts = glossaryTokens(word).filter((p) => p !== word);
      for (const p of parts) owned.add(p);
      const synonyms = groups.filter((g) => !g.english && g.source === word).flatMap((g) => g.terms);
      out.push({
        primary: word,
        alternatives: synonyms.filter(known),
        parts: parts.filter(known),
        weight: Math.max(idf(word), ...parts.filter(known).map(idf)),
      });
    }
    for (const t of original)
      if (!owned.has(t) && !lexicon.has(t)) out.push({ primary: t, alternatives: [], parts: [], weight: idf(t) * factor(t) });
    for (const g of groups.filter((x) => x.english)) {
      // A term the index holds only as bigrams (金融资产交易中心 under the bigram analyzer) enters as those.
      const { terms: alternatives, whole, phrases } = asTokens(g.terms);
      if (alternatives.length > 0)
        out.push({
          primary: null,
          alternatives: [...whole, ...spelled(g.source)],
          parts: [],
          phrases,
          // A vague word's set (typically → 一般/普遍/大概) is as common as its members together, as a
          // dictionary translation is; a domain phrase's (pseudo exchange) weighs its rarest name.
          weight: isGeneric(g.source) ? synonymSetIdf(whole, phrases, spelled(g.source)) : Math.max(...alternatives.map(idf)),
          generic: isGeneric(g.source),
        });
    }
    return out;
  };

  /** Each dictionary translation is one concept, its Chinese terms and the English word as alternatives. */
  const dictionaryConcepts = (translations: Translation[], spelled: (source: string) => string[]): Concept[] =>
    translations.map((tr) => ({
      primary: null,
      alternatives: [...tr.whole, ...spelled(tr.source)],
      parts: [],
      phrases: tr.phrases,
      weight: synonymSetIdf(tr.whole, tr.phrases, spelled(tr.source)) * tr.weight,
      specificity: Math.max(...tr.terms.map(idf)) * tr.weight,
      generic: isGeneric(tr.source),
    }));

  return (query) => {
    // The words naming the writing an English question cites (the sandbox column, the paper) are no concepts (english-sources.ts).
    const q = /[a-z]{2,}/i.test(query)
      ? readShorthand(withoutCited(query.slice(0, MAX_QUERY_CHARS), true))
      : query.slice(0, MAX_QUERY_CHARS);
    const stripped = withoutErhua(glossary.stripQuestionWords(q, known));
    // 19年 is 2019: the reports write years in full (short-years.ts).
    const years = /\d{2}年/.test(stripped) ? shortYears(stripped) : null;
    const original = [...new Set(analyzer.tokens(stripped).map((t) => years?.get(t) ?? t))].filter(known);
    const translate = /[a-z]{2,}/i.test(q) ? translator() : null;
    // The glossary's English phrases win, unless a longer dictionary phrase overlaps them; the
    // dictionary translates the words they leave.
    const expansion = translate ? translate.withGlossary(q, glossary.expand) : glossary.expand(q);
    const englishGroups = expansion.groups.filter((g) => g.english);
    // A glossary phrase covers its words as the dictionary splits them too (xi'an → xi, an).
    const covered = new Set(englishGroups.flatMap((g) => [...g.source.split(' '), ...englishTokens(g.source)].map(stem)));
    // A translation the index holds only as bigrams (互联网, 网金社) enters as those bigrams.
    const translations: Translation[] = translate
      ? translate(q, covered)
          .map((t) => ({ ...t, ...asTokens(t.terms), chinese: t.terms }))
          .filter((t) => t.terms.length > 0)
      : [];
    // Tokens of the terms one by one are the tokens of the terms joined by spaces, in the same order.
    const own = new Set(original);
    const expanded = [...new Set(expansion.terms.flatMap(glossaryTokens))].filter((t) => known(t) && !own.has(t));
    // A bigram the asker's grammar makes (心是, 年在) weighs no more than a typical word of the question.
    const factor = straddleFactor(
      straddlingTokens(stripped, (termsIn ??= createTermFinder([...lexicon, ...glossary.names]))(stripped)),
      original,
      idf,
    );
    const { weight, boost } = weights(original, expanded, translations, factor);
    // The English word itself, where the index holds it (exchang, sandbox), is one more way of
    // saying the translated concept, not a concept of its own the Chinese sentences never cover.
    const spelled = (source: string): string[] =>
      source
        .split(' ')
        .map(stem)
        .filter((w) => own.has(w));
    const translated = new Set([...englishGroups, ...translations].flatMap((g) => spelled(g.source)));
    const ownConcepts = concepts(
      original.filter((t) => !translated.has(t)),
      expansion.groups,
      spelled,
      factor,
    );
    return {
      original,
      expanded: [...expanded, ...translations.flatMap((tr) => tr.terms).filter((t) => !own.has(t) && !expanded.includes(t))],
      weight,
      boost,
      concepts: [
        ...linkSynonymPhrases(ownConcepts, expansion.groups, glossaryTokens, known, idf),
        ...dictionaryConcepts(translations, spelled),
      ],
      translations: [
        // As written (监管沙箱, 互联网金融), not as the bigrams the index holds them by: the English frame names them.
        ...englishGroups.map((g) => ({ source: g.source, terms: g.terms, glossary: true })),
        ...translations.map(({ source, chinese }) => ({ source, terms: chinese })),
      ],
      untranslated: translate
        ? translate.specific(
            untranslated(q, covered, translations, (w) => known(stem(w))),
            q,
            covered,
          )
        : [],
    };
  };
}
