/**
 * The English form of 半年回本: "payback within six months", "pays for itself within 4 months", "get your
 * money back in 90 days". The whole stake back within the span is +100 % over it (spans up to a year),
 * read only where money is put in — "the course pays for itself in a month" without a stake is advice.
 */
import { UNITS } from './english-numbers.js';
import { round, type Raw } from './periods.js';

// The span regex admits only the words it lists; "a" month is one.
const COUNT: Record<string, number> = { a: 1, ...UNITS };
const BACK =
  '(?:pay\\s?-?back|pays? (?:for )?itself|pays? itself off|(?:earn|earns|get|gets|make|makes|have|win) (?:your|the|all your|all the) (?:money|stake|investment|capital|principal|cost|outlay) back|break(?:s)? even|recoups? (?:your|the) (?:investment|stake|money|capital|cost|outlay)|returns? (?:your|the) (?:full |whole |entire )?(?:principal|capital|investment|stake))';
const SPAN =
  '(half a year|six months|a year|one year|(\\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\\s+(months?|weeks?|days?))';
const EN_PAYBACK = new RegExp(`\\b${BACK}\\s+(?:is\\s+)?(?:in|within|after)\\s+(?:just\\s+|only\\s+|about\\s+|around\\s+)?${SPAN}\\b`, 'g');
// Money put in: a stake, a price, a sum — not a habit or a course that "pays for itself".
const STAKE =
  /\binvest|\bstake|\bput in\b|\bbuy\b|\bbought\b|\bcosts?\b|\bprice|\byuan\b|\brmb\b|\$\s?\d|\d{1,3},\d{3}|\d{4,}|\brig\b|\bmachine|\bminer|\bfranchise|\bsubscri|\bdeposit/;

function monthsOf(span: string, count: string | undefined, unit: string | undefined): number | null {
  if (span === 'half a year' || span === 'six months') return 6;
  if (span === 'a year' || span === 'one year') return 12;
  const n = COUNT[count ?? ''] ?? Number(count);
  if (!Number.isFinite(n) || n <= 0) return null;
  return unit?.startsWith('day') ? n / 30.4 : unit?.startsWith('week') ? (n * 7) / 30.4 : n;
}

export function englishPayback(norm: string): Raw[] {
  const out: Raw[] = [];
  for (const m of norm.matchAll(EN_PAYBACK)) {
    const months = monthsOf(m[1] as string, m[2], m[3]);
    const at = m.index ?? 0;
    const sentence =
      norm
        .slice(Math.max(0, at - 120), at)
        .split(/[。；;！？!?\n]|\.\s/)
        .pop() ?? '';
    if (months === null || months > 12 || !STAKE.test(sentence)) continue;
    const value = (100 * 12) / months;
    out.push({ value, start: at, end: at + m[0].length, period: 'year', explicit: true, note: `${m[0]} = 年化 ${round(value)}%` });
  }
  return out;
}
