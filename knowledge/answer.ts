/**
 * Extractive answers: the 1–3 sentences of the best passages that hold what the question asks
 * (its key concepts and the kind of answer: a number, a date, names …), each quoted verbatim with
 * its source. A question whose key concepts the reports and notes never mention, or whose best
 * sentence does not cover them, is not answered: the bot says so and lists what the corpus covers.
 */
import { countedAbsent, readAbsence } from './absent.js';
import { presentShare, weightOf } from './absent-weight.js';
import { holdsCompounds, lacksFinancialCompound, withoutExclusions } from './english-compounds.js';
import { occursIn, passagesWith } from './english-table.js';
import { documentFrequency } from './flat-index.js';
import { isName } from './english-words.js';
import { withoutSources } from './english-sources.js';
import { placesHeld } from './english-places.js';
import { brandsQuoted } from './english-brands.js';
import { idiomatic } from './english-idioms.js';
import { readShorthand } from './english-shorthand.js';
import { familiarWords } from './familiar.js';
import { namesMeetPredicate } from './named-predicate.js';
import { chineseNames, chineseNamesMeetPredicate, passagesWriting } from './named-predicate-zh.js';
import { dropsQualifier } from './qualifiers.js';
import { analyzeQuestion, type QuestionPart } from './question.js';
import { laterOrdinals, namesTask, outOfScope, scopeLead, taskOf, yearsAfter } from './scope.js';
import { ANSWER_FLOOR, candidatesOf, choose, unitOf, type Hit } from './choose.js';
import { holdsAsked } from './asked.js';
import { passagesDefining } from './defining.js';
import { coverageOf, type QueryTerms } from './coverage.js';
import { coversTwo, englishFrame, isChatWord, nameRuns, namingConcepts, weaklyHeld, withoutLabels } from './english-gates.js';
import { MAX_QUERY_CHARS, type Searcher } from './search.js';
import { capitalisedTranslations } from './search-rank.js';
import type { DocMeta, IndexData } from './search-index.js';
import { cleanSentence } from './sentences.js';
import { reportQuoteFor } from './note-source.js';
import { askedSentences, sceneReader } from './story.js';
import {
  anchoredOnly,
  FORECAST_ASKED,
  lightened,
  otherRegulator,
  unmetAttribute,
  unmetCity,
  unmetProvince,
  unwrittenProduct,
  unwrittenYearIn,
  writesYear,
} from './answer-gates.js';
import { clausesOf } from './clauses.js';
import { normalizeForMatch } from './text.js';
import { tagWords } from './jieba.js';
import type { Answer, Citation } from './types.js';

export { ANSWER_FLOOR, SENTENCE_FLOOR } from './choose.js';

/** The share of the question's weight the best sentence must cover when it names something no passage holds, its weight counted as uncovered. */
export const ABSENT_FLOOR = 0.36;
const PASSAGES_READ = 5;
// A figure the sentence choice's units do not list: any digit, or a numeral with a unit of time or count (九点, 三小时).
const FIGURE = /\d|[一二三四五六七八九十百千万两半]\s*(?:点|时|小时|分钟|秒|米|股|张|块|周|岁)/;

/** Which check refused a question (diagnostics only: bench/diag-gate.ts reads it; no reply shows it). */
export const refusedBy = new WeakMap<Answer, string>();
const refuse = (answer: Answer, gate: string): Answer => {
  refusedBy.set(answer, gate);
  return answer;
};

type Explain = (answer: Answer) => Answer;

/** How many of a note's sentences stand before the report sentence it restates. */
const NOTE_QUOTE_AT = 2;

export function createAnswerer(data: IndexData, searcher: Searcher, explain: Explain = (a) => a): (question: string) => Answer {
  const occurs = occursIn(data);
  const count = passagesWith(data);
  const familiar = familiarWords(data);
  const writing = passagesWriting(data);
  const reportDates = data.docs.flatMap((d) => (d.kind === 'report' && d.date ? [d.date] : []));
  const reportTitles = new Set(data.docs.flatMap((d) => (d.kind === 'report' ? [d.title] : [])));
  /**
   * The shown sentences, the report sentence behind the first note sentence among them in the last
   * place (at most NOTE_QUOTE_AT of ours before it): a note's answer shows where it comes from.
   */
  const withReportQuote = <C extends { passage: number; text: string }>(
    chosen: C[],
    isNote: (i: number) => boolean,
  ): Array<{ passage: number; text: string }> => {
    const note = chosen.find((c) => isNote(c.passage));
    if (note === undefined) return chosen;
    const quote = reportQuoteFor(data, data.passages.at(note.passage)?.text ?? '', (t) => reportTitles.has(t));
    if (quote === undefined || chosen.some((c) => c.passage === quote.passage && cleanSentence(c.text) === cleanSentence(quote.text)))
      return chosen;
    return [...chosen.slice(0, NOTE_QUOTE_AT), quote];
  };
  // Search reads a question's first MAX_QUERY_CHARS characters; the answer's analysis reads no more,
  // so a 5,000-character paste costs what a long question costs, not ten times it. English shorthand is
  // written out and the asker's frame blanked (english-shorthand.ts) as the search reads it; the answer
  // still names the question as asked.
  return (asked) => {
    const cut = asked.length > MAX_QUERY_CHARS ? asked.slice(0, MAX_QUERY_CHARS) : asked;
    const read = /[a-z]{2,}/i.test(cut) ? readShorthand(cut) : cut;
    const answer = answerOf(read);
    if (read === cut) return answer;
    const gate = refusedBy.get(answer);
    const asAsked = { ...answer, question: cut };
    return gate === undefined ? asAsked : refuse(asAsked, gate);
  };
  function answerOf(question: string): Answer {
    const analysis = analyzeQuestion(question);
    // A live quote or a forecast is beyond any report, however many words it shares with one.
    const scope = outOfScope(question);
    if (scope) return refuse({ ...notFound(question, data.docs), lead: scopeLead(scope, analysis.english), outOfScope: scope }, 'scope');
    const { terms, hits } = lightened(searcher, data, question, retrieve(searcher, question, analysis.parts));
    const top = hits[0];
    if (!top || top.coverage < ANSWER_FLOOR) return refuse(notFound(question, data.docs), 'floor');
    // A year after the newest report is news the reports cannot hold, unless a passage read writes it (a forecast "到2025年").
    const later = yearsAfter(question, reportDates);
    const foreseen = FORECAST_ASKED.test(normalizeForMatch(question));
    if (later.some((y) => !hits.some((h) => writesYear(data.passages.at(h.index)?.text ?? '', y, foreseen))))
      return refuse(notFound(question, data.docs), 'later');
    // So is a later batch or round (第二批) that no passage read writes: a sentence about the first is no answer.
    const ordinals = laterOrdinals(question);
    if (
      ordinals.some((forms) => !hits.some((h) => forms.some((f) => normalizeForMatch(data.passages.at(h.index)?.text ?? '').includes(f))))
    )
      return refuse(notFound(question, data.docs), 'ordinal');
    const topTokens = searcher.tokens(data.passages.at(top.index)?.text ?? '');
    const holds = (word: string): boolean => [...searcher.tokens(word)].every((t) => topTokens.has(t));
    const asAsked = readAbsence(
      searcher.stripQuestionWords(question),
      searcher.known,
      analysis.english,
      occurs,
      normalizeForMatch(question),
    );
    const absence = { ...asAsked, words: asAsked.words.filter((w) => w.proper || !searcher.standsIn(w.word)) };
    // A name no passage holds (a firm, a place, a person the reports never mention) is what was asked
    // about: no sentence about something else of the same kind answers it, however well it covers the rest.
    // The scene a question sets (我姑姑托熟人买了…, my nephew trades coins on his phone) is the asker's life, not what is asked.
    const scene = sceneReader(question, familiar);
    if (absence.words.some(scene.vetoes))
      return refuse(notFound(question, data.docs), `proper[${absence.words.filter((w) => w.proper).map((w) => w.word)}]`);
    // A financial product no passage writes (医疗险, 工伤保险) is what was asked about, as a name is.
    const product = unwrittenProduct(question, occurs, scene.holds);
    if (product !== undefined) return refuse(notFound(question, data.docs), `product[${product}]`);
    // An idiom's words (on paper, window dressing, kick off) are not what is asked.
    // Nor is chat shorthand (b4, pls).
    const unheld = terms.untranslated.filter(
      (w) => !weaklyHeld(w, terms, holds) && !idiomatic(w, question) && !scene.holds(w) && !isChatWord(w),
    );
    const counted = countedAbsent(absence, holds);
    // A general word of the asker's own may weigh less than a name, or nothing (absent-weight.ts).
    // A question whose only things are words no passage writes (有什么好看的电影推荐) asks about them: with
    // no noun of the question in the reports, an absent noun is what is asked and weighs as a name does.
    const weights = counted.map((w) => (scene.weightless(w) ? 'none' : weightOf(w, familiar)));
    const asksUnwritten =
      !analysis.english &&
      counted.some((w, i) => w.kind === 'general' && !w.framing && !w.predicate && weights[i] !== 'none' && isNoun(w.word)) &&
      !namesWrittenThing(question, occurs);
    if (asksUnwritten) return refuse(notFound(question, data.docs), 'absent-object');
    const missing = weights.filter((w) => w !== 'none').length + unheld.length;
    // A personal how-to (怎么查询…) is answered only by a note's sentences that name the task: the
    // reports study markets and never walk a reader through a task, so theirs only share its words.
    const task = taskOf(question);
    // An English step is named by a translation of its verb (report → 举报, 报案); one nothing translates names none.
    const namesStep = (step: string, text: string): boolean =>
      step.startsWith('en:')
        ? terms.translations.some((t) => t.source === step.slice(3) && t.terms.some((zh) => zh.length > 1 && text.includes(zh)))
        : namesTask(step, text);
    const notes = new Set(data.docs.filter((d) => d.kind === 'note').map((d) => d.file));
    // Only a note answers a personal task, and the reports' passages on its subject may fill the five read:
    // the notes' best passages are then read from deeper in the ranking.
    const read =
      task === null
        ? hits
        : withNotes(
            hits,
            searcher.rank(question, NOTES_DEPTH).hits,
            (i) => notes.has(data.passages.docOf(i) ?? ''),
            (i) => task === 'advice' && ADVICE_SECTION.test(data.passages.at(i)?.section ?? ''),
          );
    const candidates = candidatesOf(data, searcher, read, passagesDefining(data, question, analysis.type)).filter(
      (c) => task === null || (namesStep(task, c.text) && notes.has(data.passages.docOf(c.passage) ?? '')),
    );
    const chosen = choose(candidates, analysis.parts, terms, searcher, analysis.type, unitOf(question, analysis.type), question);
    const best = chosen[0];
    if (!best) return refuse(notFound(question, data.docs), task === null ? 'no-sentence' : 'task');
    // "How much / how many" is answered by a figure: sentences that only share its words (choose
    // covered accounts, for how much a savings guarantee pays out) are no answer.
    // A count or sum asked in its unit (多少亿, 几家) is answered only by a figure in that unit: a year, or a sum in
    // another unit, is about something else (恒大的总负债有多少亿 → a sentence on 2020年 bond defaults).
    const asked = unitOf(question, analysis.type);
    if (
      analysis.type === 'number' &&
      analysis.parts.length <= 1 &&
      !chosen.some((c) =>
        asked !== null && SUM_UNIT.test(asked) && !analysis.english
          ? figureIn(c.text, asked)
          : holdsAsked(c.text, 'number', null) || FIGURE.test(c.text),
      )
    )
      return refuse(notFound(question, data.docs), 'no-figure');
    // A year that names the rules or event asked of (the 2023 rules), or any year an English question dates its ask by, must be written in a quoted passage.
    // A Chinese question dates what it asks in its asking clauses: "网金社是2014年底成立的，那它何时上线" tells a premise first.
    const clauses = clausesOf(question);
    const asking = clauses.filter((c) => c.asks).map((c) => c.text);
    const year = unwrittenYearIn(
      analysis.english || asking.length === 0 ? question : asking.join('，'),
      chosen.map((c) => normalizeForMatch(data.passages.at(c.passage)?.text ?? '')),
      true,
    );
    if (year !== undefined) return refuse(notFound(question, data.docs), `year[${year}]`);
    // A word the corpus never mentions is part of what was asked: the answer must cover the rest
    // well, and "the rest" is what names something ("best" in "which airline is best" does not).
    if (
      missing > 0 &&
      presentShare(terms, weights, unheld.length, data.passages.length) * coverageOf(best.tokens, namingConcepts(terms)) < ABSENT_FLOOR
    )
      return refuse(
        notFound(question, data.docs),
        `absent[${counted.map((w, i) => `${w.word}:${weights[i]}`)}${unheld.length ? `;${unheld}` : ''}]`,
      );
    // A question that names one of the corpus's own subjects and then asks in words no passage writes
    // (网金社楼下的面馆几点开门) counts those words as the reports' vocabulary reworded (countedAbsent);
    // some shown sentence must then meet another concept of the question than that subject.
    // A definition asked of the subject itself (什么叫伪金交所) is met by the sentences about it.
    if (analysis.type !== 'definition' && anchoredOnly(absence, counted, terms, new Set(chosen.flatMap((c) => [...c.tokens]))))
      return refuse(notFound(question, data.docs), 'anchor-only');
    // What each shown sentence says, with the sentence before it in its passage (a subject named there).
    const shown = chosen.map((c) => {
      const before = candidates.find((p) => p.passage === c.passage && p.order === c.order - 1);
      return {
        passage: data.passages.at(c.passage)?.text ?? '',
        tokens: before ? new Set([...c.tokens, ...before.tokens]) : c.tokens,
        text: c.text,
        before: before?.text ?? '',
      };
    });
    // The attribute asked for (a coupon, a fee, a payout, who chairs a body) must be written in a shown sentence itself:
    // the sentence before it may speak of another subject's payout (借新还旧…兑付就可能延期).
    const attribute = unmetAttribute(
      analysis.english ? withoutExclusions(question) : question,
      clauses,
      analysis.english,
      shown.map((s) => s.text),
      (i) => coversTwo(chosen[i]?.tokens ?? new Set(), withoutLabels(terms, question)),
      shown.map((s) => `${s.before}${s.text}`),
    );
    if (attribute !== undefined) return refuse(notFound(question, data.docs), `attribute[${attribute}]`);
    // So must the province asked of (local finance is regulated province by province) and the regulator.
    const around = shown.flatMap((s) => [s.before, s.text]);
    const province = unmetProvince(
      analysis.english ? [question] : asking.length > 0 ? asking : clauses.slice(-1).map((c) => c.text),
      analysis.english,
      around,
      shown.map((s) => s.passage),
    );
    // A place told as where a named firm is (the Tianan center in Guizhou, 江苏的开金中心) is met by the firm the
    // answer names, when some passage places that firm there.
    const firms = namesShown(data, terms, question, analysis.english, [...new Set(chosen.map((c) => c.passage))]);
    const located = (place: string): boolean => firms.length > 0 && placesFirm(writing, place, firms);
    if (province !== undefined && !located(province)) return refuse(notFound(question, data.docs), `province[${province}]`);
    const titles = [...new Set(chosen.map((c) => data.passages.at(c.passage)?.title ?? ''))];
    const city = unmetCity(
      analysis.english ? [question] : asking.length > 0 ? asking : clauses.slice(-1).map((c) => c.text),
      analysis.english,
      around,
      titles,
    );
    if (city !== undefined && !located(city)) return refuse(notFound(question, data.docs), `city[${city}]`);
    const regulator = otherRegulator(question, analysis.english, around);
    if (regulator !== undefined) return refuse(notFound(question, data.docs), `regulator[${regulator}]`);
    const parts = analysis.parts.length > 1 ? analysis.parts.map((p) => p.text) : [question];
    // A firm or place the reports name only in passing must stand in a shown sentence that says what is asked of it.
    if (!analysis.english && !chineseNamesMeetPredicate(question, shown, { texts: writing, tokens: searcher.tokens, parts }))
      return refuse(notFound(question, data.docs), 'zh-name');
    if (analysis.english) {
      const passage = searcher.tokens(data.passages.at(best.passage)?.text ?? '');
      const held = (zh: string): boolean => [...searcher.tokens(zh)].every((t) => passage.has(t));
      // What the question sets aside ("besides the listing fee, …") need not be in the answer.
      const asked = withoutExclusions(question);
      const texts = hits.map((h) => data.passages.at(h.index)?.text ?? '');
      // A financial compound (pet insurance) must stand whole in some sentence the search found,
      // and one the dictionary names that no passage writes (crop insurance) is not in the reports.
      const compound = !lacksFinancialCompound(terms.untranslated, terms.translations) && holdsCompounds(asked, terms.translations, texts);
      // A name asked about that no passage holds and nothing translates (a firm the reports never name): not in the reports.
      // A name in the asker's scene ("My aunt lives in Henan.") is their life, as for the unheld words.
      const namedAbsent = terms.untranslated.some((w) => isName(w, question) && !scene.holds(w));
      // A name the reports do write, word by word (European → 欧洲, Commission → 委员会), must stand in a
      // passage quoted: a sentence about another body of the same kind (small insurers) is no answer.
      const quoted = chosen.map((c) => normalizeForMatch(data.passages.at(c.passage)?.text ?? '')).join('\n');
      const nameHeld = nameRuns(withoutSources(question)).every((run) =>
        run.every((w) => {
          const senses = terms.translations.filter((t) => t.source.split(' ').includes(w));
          return senses.length === 0 || quoted.includes(w) || senses.some((t) => t.terms.some((zh) => quoted.includes(zh)));
        }),
      );
      // Two of the question's concepts must also meet in what one shown sentence and the one before it say:
      // a passage that holds them in sentences about different things (车贷 in one, 批文 in another) is no answer.
      // A word that labels the source document (the clearing article) is no concept an answer must hold.
      const asking = withoutLabels(terms, question);
      const near = chosen.some((c) => {
        const before = candidates.find((p) => p.passage === c.passage && p.order === c.order - 1);
        return coversTwo(before ? new Set([...c.tokens, ...before.tokens]) : c.tokens, asking);
      });
      // A body the reports name only in passing (a foreign regulator in a list) must stand in a shown sentence that says what is asked of it.
      const predicate = namesMeetPredicate(question, shown, {
        terms,
        count: (form, cap) =>
          /[a-z]/.test(form) ? Math.min(...[...searcher.tokens(form)].map((t) => documentFrequency(data.index, t))) : count(form, cap),
        tokens: searcher.tokens,
        parts,
      });
      if (!predicate) return refuse(notFound(question, data.docs), 'en-name');
      const failed = (
        [
          ['en-two', () => !coversTwo(passage, asking)],
          ['en-near', () => !near],
          ['en-qualifier', () => dropsQualifier(askedSentences(asked), terms.translations, held)],
          ['en-compound', () => !compound],
          ['en-untranslated-name', () => namedAbsent],
          ['en-name-held', () => !nameHeld],
          // A foreign market asked of (Japanese developers, the UK's sandbox) must be the one the quoted passage speaks of.
          ['en-place', () => !placesHeld(question, quoted)],
          // A firm asked of by its English name (Ant Group, Ping An) must be written in a quoted passage.
          ['en-firm', () => !brandsQuoted(question, (zh) => count(zh, 1) > 0, quoted)],
        ] as const
      ).find(([, fails]) => fails());
      if (failed) return refuse(notFound(question, data.docs), failed[0]);
    }
    // A note's answer shows the report sentence it restates beside our words (note-source.ts).
    const shownQuotes = withReportQuote(chosen, (i) => notes.has(data.passages.docOf(i) ?? ''));
    const sources: Citation[] = shownQuotes.map((c) => {
      const p = data.passages.at(c.passage);
      return { doc: p?.doc ?? '', title: p?.title ?? '', section: p?.section ?? '', passage: p?.id ?? '', text: p?.text };
    });
    const answer = shownQuotes.map((c) => cleanSentence(c.text));
    const lead = analysis.english ? englishFrame(terms, answer) : undefined;
    return explain({ question, answer, sources, found: true, suggestions: [], ...(lead ? { lead } : {}) });
  }
}

/**
 * The passages read for an answer: the whole question's best, then each part's best (a long
 * question that asks three things covers a small share of itself in any one passage). A passage's
 * coverage is the best it reaches of the whole or of one part.
 */
// How deep a task question's ranking is read for the notes' passages, and how many of them join the hits.
const NOTES_DEPTH = 40;
const NOTES_JOINED = 3;
// A note's section that tells a holder what to do (…怎么办, 投资者怎么做, 对持有人意味着什么, 提示): what an advice question asks.
const ADVICE_SECTION = /怎么办|怎么做|如何做|意味着什么|提示|建议|报案|核实/;
// Sums asked in their unit (多少亿, 多少万元): a count or a year is no answer to them.
const SUM_UNIT = /^(?:亿|万|元)$/;
/** A figure in the asked unit, the unit a few characters on (7500多万数据条目 for 多少条), or a share for a share. */
function figureIn(text: string, unit: string): boolean {
  if (holdsAsked(text, 'number', unit)) return true;
  if (unit.length !== 1) return false;
  const folded = normalizeForMatch(text).replace(/\d{4}年|\d{1,2}月|\d{1,2}日/g, ' ');
  return new RegExp(`\\d[\\d.,]*\\s*(?:多|余|几)?\\s*(?:万|亿|千|百)?[^，,。；;\\d]{0,4}${unit}`).test(folded);
}

function withNotes(hits: Hit[], deep: Hit[], isNote: (index: number) => boolean, advises: (index: number) => boolean): Hit[] {
  const seen = new Set(hits.map((h) => h.index));
  const rank = (h: Hit): number => (advises(h.index) ? 1 : 0);
  // The notes' passages that cover most of the question, by rank among equals: a note's general passage on the
  // subject (what a 金交所 is) ranks above its section for holders, which covers what the holder asks.
  const joined = deep
    .filter((h) => isNote(h.index) && !seen.has(h.index))
    .sort((a, b) => rank(b) - rank(a) || b.coverage - a.coverage || b.score - a.score)
    .slice(0, NOTES_JOINED);
  return [...hits, ...joined];
}

function retrieve(searcher: Searcher, question: string, parts: QuestionPart[]): { terms: QueryTerms; hits: Hit[] } {
  const whole = searcher.rank(question, PASSAGES_READ);
  if (parts.length < 2) return whole;
  const byIndex = new Map<number, Hit>(whole.hits.map((h) => [h.index, h]));
  for (const part of parts) {
    for (const hit of searcher.rank(part.text, 2).hits) {
      const seen = byIndex.get(hit.index);
      if (!seen) byIndex.set(hit.index, hit);
      else if (hit.coverage > seen.coverage) byIndex.set(hit.index, { ...seen, coverage: hit.coverage });
    }
  }
  const hits = [...byIndex.values()].sort((a, b) => b.coverage - a.coverage || b.score - a.score).slice(0, PASSAGES_READ + parts.length);
  return { terms: whole.terms, hits };
}

function notFound(question: string, docs: DocMeta[], english = /^[^\u3400-\u9fff]*$/.test(question)): Answer {
  const suggestions = docs
    .filter((d) => d.kind === 'note')
    .map((d) => d.title)
    .concat(
      docs.filter((d) => d.kind === 'report').map((d) => `《${d.title}》${d.topics.length ? `：${d.topics.slice(0, 4).join('、')}` : ''}`),
    )
    .slice(0, 10);
  const lead = english ? 'The reports do not cover this question. They cover:' : '这些报告没有涉及这个问题。报告涉及的主题有：';
  return { question, answer: [], sources: [], found: false, suggestions, lead };
}

// jieba's noun tags (common, proper, place, organisation, other proper, noun-verb): what a question can be about.
const NOUN_TAG = /^(?:n|nr|ns|nt|nz|nrt|nrfg|vn|an|j)$/;
const isNoun = (word: string): boolean => {
  const words = tagWords(word, false);
  return words.length === 1 && NOUN_TAG.test(words[0]?.tag ?? '');
};

/** Whether the question names, as a noun of two or more characters, something some passage writes. */
function namesWrittenThing(question: string, occurs: (word: string) => boolean): boolean {
  return tagWords(normalizeForMatch(question)).some((w) => w.word.length >= 2 && NOUN_TAG.test(w.tag) && occurs(w.word));
}

/** How near the place a name must stand to be placed there (天安（贵州省）…, 开金网位于江苏省无锡市). */
const PLACED_WITHIN = 12;
/** A name written in more passages than this is no firm's own (it is read through the index's postings, not a scan). */
const NAME_PASSAGES = 200;

/**
 * The question's names (天安, 开金网, 网金社) that a shown passage, or one of the two before it in its document (a list
 * item's lead-in), writes: a Chinese question's names (chineseNames), the translations of an English question's
 * capitalised words.
 */
function namesShown(data: IndexData, terms: QueryTerms, question: string, english: boolean, passages: number[]): string[] {
  const words = english ? capitalisedTranslations(question, terms).flatMap((t) => t.terms) : chineseNames(normalizeForMatch(question));
  const names = new Set(words.filter((t) => /^[\u3400-\u9fff]{2,}$/.test(t)));
  const texts = passages.flatMap((i) =>
    [i, i - 1, i - 2]
      .filter((j) => j >= 0 && data.passages.docOf(j) === data.passages.docOf(i))
      .map((j) => normalizeForMatch(data.passages.at(j)?.text ?? '')),
  );
  return [...names].filter((n) => texts.some((t) => t.includes(n)));
}

/** Whether some passage writing one of the names writes the place right beside it. */
function placesFirm(writing: (word: string, cap: number) => string[] | null, place: string, names: string[]): boolean {
  // A place among the question's names (jieba tags places as names too) does not place itself.
  return names.some(
    (name) =>
      !name.includes(place) &&
      !place.includes(name) &&
      (writing(name, NAME_PASSAGES) ?? []).some((text) => {
        for (let at = text.indexOf(place); at >= 0; at = text.indexOf(place, at + 1))
          if (text.slice(Math.max(0, at - PLACED_WITHIN), at + place.length + PLACED_WITHIN).includes(name)) return true;
        return false;
      }),
  );
}
