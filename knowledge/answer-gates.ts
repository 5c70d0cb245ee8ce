/**
 * The refusal gates' helpers that read more than the question (answer.ts runs them): the answer
 * floor's reading of a story, a later year written only as a forecast, and a question whose everyday
 * words were set aside because it names a corpus subject.
 */
import type { Absence, AbsentWord } from './absent.js';
import type { Hit } from './candidates.js';
import { coverageOf, creditOf, type Concept, type QueryTerms } from './coverage.js';
import type { Searcher } from './search.js';
import type { IndexData } from './search-index.js';
import { tagWords } from './jieba.js';
import { isRegister } from './register.js';
import { sceneLight, storyOf } from './story.js';
import { normalizeForMatch } from './text.js';

/**
 * The passages read, each with the better of its coverage and its coverage of the question with the
 * scene's own words weighed less (story.ts sceneLight): the answer floor and the passages the
 * sentences come from then read what is asked, not the asker's story.
 */
export function lightened(
  searcher: Searcher,
  data: IndexData,
  question: string,
  read: { terms: QueryTerms; hits: Hit[] },
): { terms: QueryTerms; hits: Hit[] } {
  const light = sceneLight(read.terms, storyOf(question));
  if (!light) return read;
  const hits = read.hits.map((h) => ({
    ...h,
    coverage: Math.max(h.coverage, coverageOf(searcher.tokens(data.passages.at(h.index)?.text ?? ''), light)),
  }));
  return { terms: read.terms, hits };
}

// How a report writes a year it has not reached: a forecast or a plan (预计到2025年, 2025年左右), which says
// nothing of what happened in it.
const FORESEEN = /预计|预测|有望|将|目标|规划|计划|展望|左右|到\d{4}年|前景|可能/;

// A question that itself asks what was foreseen for the year (麦肯锡预测2025年…, what will happen by 2025).
export const FORECAST_ASKED =
  /预计|预测|预期|展望|规划|目标|到\d{4}年|\b(?:will|forecasts?|predicts?|predicted|expects?|expected|projected|by \d{4})\b/;

/** Whether a passage writes a year in a sentence that is no forecast of it (any sentence, when a forecast is asked). */
export function writesYear(text: string, year: number, foreseen: boolean): boolean {
  if (!text.includes(String(year))) return false;
  return foreseen || text.split(/[。！？!?；;\n]/).some((s) => s.includes(String(year)) && !FORESEEN.test(s));
}

/**
 * Whether general words the reports lack were set aside because the question names a corpus subject
 * (absent.ts countedAbsent), while the best sentence holds no concept of the question but that
 * subject's: it then only speaks of the subject, and what is asked of it is nowhere in the reports.
 */
export function anchoredOnly(absence: Absence, counted: AbsentWord[], terms: QueryTerms, tokens: Set<string>): boolean {
  if (absence.specific.length === 0 || !absence.words.some((w) => w.kind === 'general' && !counted.includes(w))) return false;
  const own = (c: Concept): boolean => c.primary !== null && absence.specific.some((s) => s.includes(c.primary ?? ''));
  const others = terms.concepts.filter((c) => !own(c) && !c.generic);
  return others.length > 0 && !others.some((c) => creditOf(tokens, c) >= 1);
}

// The head of a financial product or account as the dictionary writes it (医疗险, 工伤保险, 公积金贷款, 存单):
// a noun that ends so names one kind of instrument.
const PRODUCT_HEAD = /(?:险|贷款|贷|债券|股票|基金|理财|存款|存单|年金|分期|信用卡|账户|公积金|社保|金)$/;
// jieba's common and proper nouns.
const NOUN_TAG = /^n[a-z]*$/;

/**
 * A financial product the question asks about that no passage writes as a whole (医疗险理赔被拒, 工伤保险理赔):
 * the Chinese mirror of the English compound check. The reports study one market; a sentence about
 * insurance or loans in general (保险理赔难) shares the words of a product they never discuss, and
 * answers nothing asked of it. A word only the scene names (我买过重疾险，…) is the asker's life.
 */
export function unwrittenProduct(
  question: string,
  occurs: (word: string) => boolean,
  inScene: (word: string) => boolean,
): string | undefined {
  if (!/[\u3400-\u9fff]/.test(question)) return undefined;
  const words = tagWords(normalizeForMatch(question));
  // A kind of firm named by a modifier on a firm noun (消费 + 金融公司) that no passage writes whole is
  // one the reports never study, as a product is: a sentence about some other company is no answer.
  const kind = words.findIndex(
    (w, i) =>
      i > 0 &&
      NOUN_TAG.test(w.tag) &&
      /(?:公司|机构)$/.test(w.word) &&
      /^(?:n|vn)$/.test(words[i - 1]?.tag ?? '') &&
      // The modifier is one the reports write (消费): a modifier they never write (网路 for 网络) is a wording the absence rules weigh.
      occurs(words[i - 1]?.word ?? '') &&
      !occurs((words[i - 1]?.word ?? '') + w.word) &&
      !inScene(w.word),
  );
  if (kind > 0) return (words[kind - 1]?.word ?? '') + (words[kind]?.word ?? '');
  return words.find(
    (w) =>
      NOUN_TAG.test(w.tag) &&
      /^[\u3400-\u9fff]{3,}$/.test(w.word) &&
      PRODUCT_HEAD.test(w.word) &&
      !isRegister(w.word) &&
      !occurs(w.word) &&
      !inScene(w.word),
  )?.word;
}

// A year that names which rules, report or event is asked of (the 2023 rules, 2023年出台的新规): the question
// asks of that one, not of its subject at large.
const NAMING_YEAR =
  /\b(?:the|its|their|a|an) ((?:19|20)\d{2}) (?!and\b|or\b|to\b)[a-z]|((?:19|20)\d{2})年(?:的|出台|发布|颁布|修订|印发|施行)/g;

/**
 * A year that names what is asked of (the 2023 rules on fund managers) which no quoted passage writes:
 * a sentence about other rules or another year's events is no answer to it.
 */
export function unwrittenYear(question: string, texts: string[]): number | undefined {
  const years = [...normalizeForMatch(question).matchAll(NAMING_YEAR)].map((m) => Number(m[1] ?? m[2]));
  return years.find((y) => !texts.some((t) => t.includes(String(y))));
}
