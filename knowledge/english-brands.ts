/**
 * English names of Chinese bodies that are no pinyin of their Chinese name (Evergrande is 恒大,
 * Brilliance 华晨, WeChat 微信), so the pinyin reader cannot find them: a table is the only bridge.
 * Built from the bodies the reports themselves name (firms, their supervisors, trade associations), each with the
 * English name it trades or is reported under (general knowledge). Matched as written, capitalised
 * (brilliance, tomorrow and country garden are also plain English words), and used only where the
 * index holds the Chinese name.
 */
export const BRANDS: Readonly<Record<string, readonly string[]>> = {
  Brilliance: ['华晨'],
  'Brilliance Auto': ['华晨'],
  Unigroup: ['紫光'],
  'Tsinghua Unigroup': ['紫光'],
  Evergrande: ['恒大'],
  'China Evergrande': ['恒大'],
  'Country Garden': ['碧桂园'],
  Sunac: ['融创'],
  'Tomorrow Group': ['明天系'],
  CCXI: ['中诚信'],
  'China Chengxin': ['中诚信'],
  'XW Bank': ['新网银行'],
  ICBC: ['工商银行'],
  WeChat: ['微信'],
  Ezubao: ['e租宝'],
  'E-Zubao': ['e租宝'],
  JD: ['京东'],
  'JD.com': ['京东'],
  'State Council': ['国务院'],
  MOF: ['财政部'],
  'Ministry of Finance': ['财政部'],
  CBRC: ['银监会'],
  CIRC: ['保监会'],
  NIFA: ['中国互联网金融协会', '互金协会'],
  'Internet Finance Association': ['中国互联网金融协会', '互金协会'],
  SAC: ['证券业协会'],
  'Securities Association': ['证券业协会'],
  SSE: ['上交所'],
  SZSE: ['深交所'],
  'Shenzhen Stock Exchange': ['深交所'],
  GACC: ['海关总署'],
  'General Administration of Customs': ['海关总署'],
};

const ESCAPE = /[.*+?^${}()|[\]\\]/g;
const PATTERNS = Object.keys(BRANDS)
  .sort((a, b) => b.length - a.length)
  .map((name) => ({ name, re: new RegExp(`(?<![A-Za-z])${name.replace(ESCAPE, '\\$&').replace(/ /g, '\\s+')}(?![A-Za-z])`, 'g') }));

const ANY = new RegExp(PATTERNS.map((p) => p.re.source).join('|'));

/**
 * The table's names written in the query (longest first, each span once), with the Chinese names
 * the index holds, and the query with those names blanked (same length) so no word of a name is
 * translated again as a plain English word (garden, brilliance).
 */
export function brandsIn(
  query: string,
  occurs: (zh: string) => boolean,
): { found: Array<{ source: string; terms: string[] }>; rest: string } {
  // Most questions name none: one pass over the query decides before any name is tried.
  if (!ANY.test(query)) return { found: [], rest: query };
  let rest = query;
  const found: Array<{ source: string; terms: string[] }> = [];
  for (const { name, re } of PATTERNS) {
    if (!re.test(rest)) continue;
    re.lastIndex = 0;
    const terms = (BRANDS[name] ?? []).filter(occurs);
    if (terms.length === 0) continue;
    found.push({ source: name.toLowerCase(), terms });
    rest = rest.replace(re, (m) => ' '.repeat(m.length));
  }
  return { found, rest };
}
