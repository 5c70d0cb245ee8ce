/**
 * Two-digit years: people write 19年, 16年底, 23年前三季度 for 2019, 2016, 2023, and the reports write
 * the year in full. As the token 19 the year matches a passage that starts with a list number
 * ("19 …") and misses every passage about that year. A two-digit number before 年 is a year when it
 * is no duration: not after a verb or word of amount (经营了19年, 近16年, 第23年) and not before
 * 多/来/间/内/之久 (16年来). Years read so are from the reports' era (2000–2039).
 */
const SHORT_YEAR = /(?<![\d.])(\d{2})(?=年(?![多来间内之]))/g;
const DURATION_BEFORE = /(?:了|近|已|达|长达|满|过|第|共|连续|历时|经营|成立|运营|存续|超过|将近|约|大约|大概)$/;

/** The two-digit numbers of `text` (folded) that name a year, each with the full year it names. */
export function shortYears(text: string): Map<string, string> {
  const years = new Map<string, string>();
  for (const m of text.matchAll(SHORT_YEAR)) {
    const yy = m[1] as string;
    if (Number(yy) >= 40 || DURATION_BEFORE.test(text.slice(0, m.index))) continue;
    years.set(yy, `20${yy}`);
  }
  return years;
}
