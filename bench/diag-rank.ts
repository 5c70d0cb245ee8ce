/**
 * Why a question's answering passage ranks where it does: the query's concepts with their weights,
 * the five leaders and the gold passage with score, coverage and which concepts each holds.
 * Development sets only. Run: `npx tsx bench/diag-rank.ts SET.jsonl [SET2.jsonl …] [--all]` (default: misses only).
 *
 * Each miss also gets the hints that sort it by cause: the asker's words the index never writes (a
 * synonym, dialect, typo or variant form the reports lack), the heaviest term and its share of the
 * question's weight (a generic word outweighing the key concept), the question's parts (a long
 * two-part question diluting), and whether the gold sits beside the leading passage in its document
 * (a passage boundary splitting the answer).
 */
import { analyzer, data, glossary } from './diag-index.js';
import { createSearcher } from '../knowledge/search.js';
import { creditOf } from '../knowledge/coverage.js';
import { loadQa } from './eval-qa.js';
import { analyzeQuestion } from '../knowledge/question.js';
const searcher = createSearcher(data, analyzer, glossary);
const all = process.argv.includes('--all');
const squash = (s: string): string => s.replace(/\s+/g, '');
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const HAN_PAIR = /^[\u3400-\u9fff]{2}$/;

/** The hints that sort a miss by cause (see the header). */
function hints(
  question: string,
  terms: ReturnType<typeof searcher.rank>['terms'],
  lead: number | undefined,
  gold: (i: number) => boolean,
): string {
  const stripped = searcher.stripQuestionWords(question);
  const unwritten = [...new Set(analyzer.tokens(stripped))].filter((t) => HAN_PAIR.test(t) && !searcher.known(t));
  const weights = [...terms.weight].sort((a, b) => b[1] - a[1]);
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  const [top, topWeight] = weights[0] ?? ['∅', 0];
  const parts = analyzeQuestion(question).parts.length;
  const doc = lead === undefined ? undefined : data.passages.docOf(lead);
  const beside =
    lead !== undefined && [lead - 1, lead + 1].some((i) => i >= 0 && data.passages.docOf(i) === doc && gold(i)) ? ' gold beside #1' : '';
  return `  hints: unwritten [${unwritten.join(' ')}] heaviest ${top} ${((100 * topWeight) / Math.max(total, 1e-9)).toFixed(0)}% parts ${parts}${beside}`;
}

for (const item of files.flatMap((f) => loadQa(f)).filter((i) => i.lang === 'zh')) {
  const { terms, hits } = searcher.rank(item.question, 60);
  const gold = item.gold.map(squash);
  const isGold = (i: number): boolean => gold.some((g) => squash(data.passages.at(i)?.text ?? '').includes(g));
  const at = hits.findIndex((h) => isGold(h.index));
  if (!all && at === 0) continue;
  console.log(`\n## ${item.id} rank ${at < 0 ? '>60' : at + 1}: ${item.question}`);
  console.log(
    '  concepts: ' +
      terms.concepts
        .map(
          (c) =>
            `${c.primary ?? '∅'}${c.alternatives.length ? '/' + c.alternatives.slice(0, 3).join('/') : ''}${
              c.synonyms
                ? '~' +
                  c.synonyms
                    .map((s) => s.join(''))
                    .slice(0, 3)
                    .join('/')
                : ''
            }:${c.weight.toFixed(1)}`,
        )
        .join(' '),
  );
  const show = (h: (typeof hits)[number], label: string): void => {
    const tokens = new Set(analyzer.tokens(data.passages.at(h.index)?.text ?? ''));
    const held = terms.concepts.filter((c) => creditOf(tokens, c) > 0).map((c) => c.primary ?? '∅');
    console.log(
      `  ${label} s=${h.score.toFixed(3)} cov=${h.coverage.toFixed(2)} [${held.join(' ')}] ${(data.passages.at(h.index)?.text ?? '').slice(0, 70).replace(/\s+/g, '')}`,
    );
  };
  console.log(hints(item.question, terms, hits[0]?.index, isGold));
  hits.slice(0, 3).forEach((h, i) => show(h, `#${i + 1}${isGold(h.index) ? '*' : ''}`));
  if (at >= 3) show(hits[at]!, `gold#${at + 1}`);
}
