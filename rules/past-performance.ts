/**
 * Past performance is not a promise: "该基金过去一年收益12%，过往业绩不代表未来" reports what a
 * fund did; the spec's yield flag is about what an offer promises or "expects". A rate counts as
 * reported performance when its clause dates it in the past AND the text carries the disclaimer
 * that licensed sellers must print, or the subject is an index — a pitch rarely does either.
 */
const PAST =
  /过去|近[一二两三四五六七八九十\d]+个?(?:年|月)|去年|前年|今年以来|成立以来|历史|上一年|上年度|\b(?:last|past|previous)\s+(?:year|\d+\s+years|five years|ten years|decade)|since inception|\bpast (?:returns?|performance)\b|\bhistorical(?:ly)?(?: average| annual| annualised| annualized)? (?:returns?|performance)\b|过往收益|历史收益|\breturned\b|\baveraged\b|in 20\d\d/;
const DISCLAIMER =
  /过往业绩不代表|过往业绩不预示|历史业绩不代表|历史收益不代表|业绩不代表未来|不代表未来|不预示未来|基金有风险|投资须谨慎|投资需谨慎|past performance (?:is not|is no|does not)|not indicative of future|may not (?:be )?repeat|no guarantee of future|not a guide to future|\b(?:are|is) not guaranteed\b|不保证未来|\bexpense ratio\b|\bongoing charges?\b|管理费率|托管费率|不构成(?:收益)?承诺/;
const INDEX = /指数|沪深300|中证500|上证50|创业板指|标普|纳斯达克|纳指|道指|\betf\b|index fund|s&p|nasdaq/;

/** A user asking about what their own account or fund earned: 我的基金去年收益8%，正常吗？ */
const OWN_QUESTION =
  /(?:我|我家|我爸|我妈|我爸爸|我妈妈|我老公|我老婆|\bmy\b)[^，。？?！!]{0,6}(?:基金|账户|年金|理财|持仓|养老金|\bfund\b|account|portfolio|pension|401k|\bira\b|savings|investments)[^。]*(?:[?？]|吗|要不要|该不该|\bis (?:it|that) (?:normal|good)\b|should i)/;

const THIS_YEAR = /今年|this year/;

// A fund's factsheet (a drawdown, a management fee, a volatility beside the returns) reports what the fund did: its
// figures are performance, wherever the period is written ("up 18% last year"), unless it also promises or targets.
const FACTSHEET =
  /factsheet|fact sheet|基金(?:月报|季报|年报|概况)|(?:最大|maximum|max\.?)\s?(?:回撤|drawdown)|\bdrawdowns?\b|\b(?:management|custody|custodian|ongoing) (?:fees?|charges?)\b|管理费|托管费|夏普|\bsharpe\b|\bvolatility\b|波动率|单位净值|\bnav\b/;
const PROMISED = /保证|承诺|保本|预期|目标|稳赚|\b(?:guarantee\w*|target\w*|expected|promis\w*|projected)\b/;
const isFactsheet = (norm: string): boolean => FACTSHEET.test(norm) && PAST.test(norm) && !PROMISED.test(norm);

// What depends on the whole text is read once per text, not once per rate: a long paste holds a hundred rates, and
// OWN_QUESTION's [^。]* runs to the sentence end from every 我 (a fifth of a 5,000-character check).
let lastNorm: string | null = null;
let lastWhole = { ownReport: false, factsheet: false, disclaimer: false };
function wholeText(norm: string): typeof lastWhole {
  if (norm !== lastNorm) {
    lastNorm = norm;
    lastWhole = {
      ownReport: OWN_QUESTION.test(norm) && (PAST.test(norm) || THIS_YEAR.test(norm)),
      factsheet: isFactsheet(norm),
      disclaimer: DISCLAIMER.test(norm),
    };
  }
  return lastWhole;
}

/** True when the rate whose clause starts with `before` is a fund's reported past return. */
export function isPastPerformance(norm: string, before: string): boolean {
  const whole = wholeText(norm);
  // What my own fund earned this year is a report too, when I ask about it.
  if (whole.ownReport) return true;
  if (whole.factsheet) return true;
  if (!PAST.test(before)) return false;
  return whole.disclaimer || INDEX.test(before);
}
