/** Amounts in offers: minimum stakes in yuan (for low-entry private products) and investor counts. */
import { normalizeForMatch } from '../knowledge/text.js';
import { AMOUNT_UNIT, NUM, parseNumber } from './chinese-numbers.js';

// Money put in: what makes a count of members or people a count of investors ("5,000 members have invested").
const INVESTED = /\binvest|\bdeposit|\bsubscri|\bpool(?:ed)?\b|\bfund\b|\bplan\b|\bscheme\b|\bstak(?:e|ed|ing)\b|\bjoined (?:the|our)\b/;

// Cantonese writes 蚊 for 块 after a figure (一万蚊起投); one character for one, so positions are kept.
const CANTONESE_YUAN = /(?<=[\d零〇一二两三四五六七八九十百千万])蚊/g;

export interface AmountFinding {
  /** Yuan. */
  value: number;
  text: string;
  start: number;
  end: number;
}

const AMOUNT = new RegExp(
  `(?:(起投金额|起投|投资门槛|入场门槛|门槛|起购金额|起购|起步价|起点金额|认购起点|投资起点|起购点|起点|起步|认购门槛|最低认购|最低出资|最低投资|最低)\\s*(?:为|是|:|才|只要|只需|仅需|仅|只)?\\s*)?(${NUM})\\s*(亿|千万|百万|万|千|k|w(?![a-z]))?\\s*(元|块)?\\s*(起投|起购|起步|起|以上|门槛|(?:就能|也能|就可以|也可以|即可|就)\\s*(?:起投|投|上车|参与|入场|加入|买|认购))?`,
  'g',
);

// "minimum 10,000 yuan", "min ticket just 10k", "from RMB 5k": English states the minimum before the amount.
const ENGLISH_AMOUNT =
  /\b(?:(?:minimum|min\.?)(?: investment| ticket| stake| entry| subscription| buy-in| amount)?(?: for (?:our|the|this|its|their) [a-z -]{1,30}?)?(?: is)?(?: only| just)?(?: of)?(?: only| just)?|(?:entry )?threshold(?: is)?(?: only| just)|ticket size(?: is)?(?: only| just)?|start(?:s|ing) at|as little as|get in with(?: just| only)?|entry(?: ticket| price| point| level)?(?: is)?(?: only| just)|entry(?: ticket| price| point| level)?(?: is)?(?: starts? at| from)(?: only| just)?|buy-in(?: is| starts? at| from)?(?: only| just)?|units of|(?:starting |bought )?from(?: just| only)(?=\s*(?:rmb|cny|¥|\$)?\s*\d)|for as little as|minimum of|from(?=\s*(?:rmb|cny|¥|\$)))\s*(?:rmb|cny|¥|\$)?\s*(\d{1,3}(?:,\d{3})+|\d+)(k)?(?:\s*(?:yuan|rmb|cny|dollars|usd))?/g;

// "a 10k entry ticket", "RMB 20,000 minimum": the amount said before what it is.
const ENGLISH_AMOUNT_FIRST =
  /(?:\b(?:rmb|cny)\s*|[¥$]\s*)?\b(\d{1,3}(?:,\d{3})+|\d+)(k)?(?:\s*(?:yuan|rmb|cny|usd))?\s+(?:minimum(?: investment| ticket| stake| subscription)?|min\b\.?|entry(?: ticket| point| level| price)?|buy-in|ticket size|ticket)\b/g;

const ENTRY_POINT = /起点(?=\s*(?:为|是|:|才|只要|仅)?\s*[\d零〇一二两三四五六七八九十])/g;

/** Minimum investments: 起投10万, 50万起投, 门槛100万元, 1万元起, 5千起. */
export function extractAmounts(text: string): AmountFinding[] {
  // 起点两万: the 点 of 起点 would be read as a decimal point of 两万; 起投 says the same and is as long.
  const norm = normalizeForMatch(text).replace(ENTRY_POINT, '起投').replace(CANTONESE_YUAN, '块');
  const out: AmountFinding[] = [];
  for (const m of norm.matchAll(AMOUNT)) {
    const [whole, before, num, unit, , after] = m;
    if (!before && !after) continue;
    const n = parseNumber(num as string);
    if (n === null || (!unit && n < 100)) continue;
    const start = (m.index ?? 0) + (whole.length - whole.trimStart().length);
    out.push({
      value: n * (unit ? (unit.startsWith('w') ? 1e4 : (AMOUNT_UNIT[unit] as number)) : 1),
      text: text.slice(start, (m.index ?? 0) + whole.length).trim(),
      start,
      end: (m.index ?? 0) + whole.trimEnd().length,
    });
  }
  for (const m of norm.matchAll(ENGLISH_AMOUNT)) {
    const n = Number((m[1] as string).replace(/,/g, ''));
    const start = m.index ?? 0;
    if (Number.isFinite(n))
      out.push({
        value: n * (m[2] ? (AMOUNT_UNIT[m[2]] as number) : 1),
        text: text.slice(start, start + m[0].length),
        start,
        end: start + m[0].length,
      });
  }
  for (const m of norm.matchAll(ENGLISH_AMOUNT_FIRST)) {
    const n = Number((m[1] as string).replace(/,/g, ''));
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (Number.isFinite(n) && !out.some((a) => a.start < end && a.end > start))
      out.push({ value: n * (m[2] ? (AMOUNT_UNIT[m[2]] as number) : 1), text: text.slice(start, end), start, end });
  }
  return out;
}

/** Investor counts stated in the offer: 超过200人, 300名投资者, 200人以上. */
export function extractInvestorCounts(text: string): Array<{ value: number; text: string; start: number; end: number }> {
  const norm = normalizeForMatch(text);
  const re = new RegExp(
    `(超过|逾|多达|已有|共有|累计)?\\s*(${NUM})\\s*(多)?\\s*(人|名|位|个(?=客户|投资者|投资人|会员|用户)|户)(投资者|投资人|客户|会员|用户|投资|参与|认购|购买|加入)?(以上)?`,
    'g',
  );
  const out: Array<{ value: number; text: string; start: number; end: number }> = [];
  for (const m of norm.matchAll(re)) {
    const [whole, lead, num, more, , who, above] = m;
    if (!lead && !more && !who && !above) continue;
    const n = parseNumber(num as string);
    if (n === null) continue;
    const start = m.index ?? 0;
    out.push({ value: n, text: text.slice(start, start + whole.length), start, end: start + whole.length });
  }
  // English: "over 1,000 investors", "thousands of members"; 上千/数千 名投资者.
  for (const m of norm.matchAll(
    /\b(?:(over|more than)\s+)?(\d{1,3}(?:,\d{3})+|\d+|hundreds|thousands)\s+(?:of\s+)?(?:\w+\s+)?(investors|members|clients|people|participants|users)\b|(上千|数千|几千|上万|数万|成百上千|几百|数百)(?:名|个|位)?(?:投资者|投资人|客户|会员|人)/g,
  )) {
    const word = m[2] ?? m[4] ?? '';
    const value = /thousands|千|万/.test(word) ? 1000 : /hundreds|百/.test(word) ? 300 : Number(word.replace(/,/g, ''));
    const start = m.index ?? 0;
    // "our server grew to 12,400 members": a community's size is no count of investors unless money is put in beside it.
    if (/^(?:members|people|users)$/.test(m[3] ?? '') && !INVESTED.test(norm.slice(Math.max(0, start - 80), start + m[0].length + 80)))
      continue;
    if (Number.isFinite(value)) out.push({ value, text: text.slice(start, start + m[0].length), start, end: start + m[0].length });
  }
  return out;
}
