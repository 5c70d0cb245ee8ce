/**
 * The report a question names as where its answer is written: "according to the Wuhan report", "the
 * sandbox article", 武汉那份报告里. Two reports may say the same thing (the P2P failures are told in
 * both the Wuhan study and the exchange-centre report); the asker wants the one they named, and the
 * place gate reads that report's title. The name must stand in exactly one report's title, in
 * Chinese (the English name through its translation): a name in no title or in several cites none.
 */
import { sourceWords } from './english-sources.js';

interface Doc {
  file: string;
  title: string;
  kind: 'report' | 'note';
}

/** Chinese: a name of two to eight characters, then the writing's noun (那份报告, 这篇文章, 的调研). */
const CHINESE_CITED =
  /([\u3400-\u9fff]{2,8}?)(?:那份|这份|那篇|这篇|的)?(?:研究报告|调研报告|报告|文章|调研|研究)(?:里|中|上|说|提到|认为|指出)/g;
/** Nouns of writing, never the name itself. */
const WRITING_WORD = /^(?:reports?|papers?|study|studies|articles?|pieces?|columns?|surveys?|reviews?|write-?ups?|white|sidebars?)$/;

export function citedReport(
  question: string,
  translations: ReadonlyArray<{ source: string; terms: string[] }>,
  docs: readonly Doc[],
): string | undefined {
  const reports = docs.filter((d) => d.kind === 'report');
  const only = (name: string): string | undefined => {
    const found = reports.filter((d) => d.title.includes(name));
    return found.length === 1 ? found[0]?.file : undefined;
  };
  if (/[\u3400-\u9fff]/.test(question)) {
    for (const m of question.matchAll(CHINESE_CITED)) {
      const name = m[1] ?? '';
      // The name's last characters: 那个武汉 → 武汉.
      for (let from = 0; from + 2 <= name.length; from += 1) {
        const file = only(name.slice(from));
        if (file !== undefined) return file;
      }
    }
    return undefined;
  }
  const cited = sourceWords(question);
  if (cited.size === 0) return undefined;
  const files = new Set<string>();
  for (const tr of translations) {
    const words = tr.source.split(' ');
    if (!words.every((w) => cited.has(w)) || words.every((w) => WRITING_WORD.test(w))) continue;
    for (const zh of tr.terms) {
      const file = only(zh);
      if (file !== undefined) files.add(file);
    }
  }
  return files.size === 1 ? [...files][0] : undefined;
}
