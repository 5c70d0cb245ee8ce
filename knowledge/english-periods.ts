/**
 * Reporting periods as analysts abbreviate them (Q3, 3Q, 3Q23, 1H, H1 2023, 1-3Q, 9M, Jan–Sep) and
 * as the reports write them (三季度, 第三季度, 第3季度, 上半年, 前三季度). The tokenizer drops digits from
 * English words, so "Q3" would otherwise translate to nothing; only forms the index holds are kept.
 */
const ZH_DIGIT = ['', '一', '二', '三', '四'];

/** The Chinese forms of quarter n, as the reports may write it. */
const quarter = (n: number): string[] => [`${ZH_DIGIT[n]}季度`, `第${ZH_DIGIT[n]}季度`, `第${n}季度`, `${n}季度`];

const PERIODS: Array<{ re: RegExp; terms: (m: RegExpMatchArray) => string[] }> = [
  // First three quarters / nine months before the single quarter, so "1-3Q" is not read as Q3.
  {
    re: /\b(?:1\s*[-–~]\s*3\s*Q|Q1\s*[-–~]\s*Q3|1Q\s*[-–~]\s*3Q|9M|9MFY|Jan(?:uary)?\s*[-–~]\s*Sep(?:tember)?)(?:\s*'?\d{2,4})?\b/gi,
    terms: () => ['前三季度'],
  },
  { re: /\b(?:Q([1-4])|([1-4])Q)(?:\s*'?\d{2,4})?\b/gi, terms: (m) => quarter(Number(m[1] ?? m[2])) },
  { re: /\b(?:1H|H1)(?:\s*'?\d{2,4})?\b/gi, terms: () => ['上半年'] },
  { re: /\b(?:2H|H2)(?:\s*'?\d{2,4})?\b/gi, terms: () => ['下半年'] },
];

/** The periods written in an English query, each with the reports' forms the index holds. */
export function periodsIn(query: string, occurs: (zh: string) => boolean): Array<{ source: string; terms: string[] }> {
  const out: Array<{ source: string; terms: string[] }> = [];
  let rest = query;
  for (const { re, terms } of PERIODS) {
    for (const m of rest.matchAll(re)) {
      const held = terms(m).filter(occurs);
      if (held.length > 0) out.push({ source: m[0].toLowerCase().replace(/\s+/g, ''), terms: held });
    }
    rest = rest.replace(re, (s) => ' '.repeat(s.length));
  }
  return out;
}
