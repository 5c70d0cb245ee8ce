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
  // The central bank, whose English name holds a bank's (Bank of China): the longer name is read first.
  "People's Bank of China": ['中国人民银行', '人民银行', '央行'],
  'People’s Bank of China': ['中国人民银行', '人民银行', '央行'],
  // China's large financial groups by the English names they trade under (general knowledge). Where the
  // index holds none of a group's Chinese names, the reports never name it: the question is about a
  // firm they lack (brandsIn's missing), not about the plain words of its name (ping an → 平安).
  'Ping An': ['中国平安', '平安集团', '平安保险'],
  'Ping An Insurance': ['中国平安', '平安保险', '平安人寿', '平安集团'],
  'Ping An Bank': ['平安银行'],
  'China Life': ['中国人寿'],
  PICC: ['中国人保', '人保'],
  'China Pacific Insurance': ['中国太保', '太平洋保险'],
  CPIC: ['中国太保', '太平洋保险'],
  Anbang: ['安邦'],
  'Bank of China': ['中国银行'],
  'China Construction Bank': ['建设银行', '建行'],
  CCB: ['建设银行', '建行'],
  'Agricultural Bank of China': ['农业银行', '农行'],
  'Bank of Communications': ['交通银行', '交行'],
  'China Merchants Bank': ['招商银行', '招行'],
  CMB: ['招商银行', '招行'],
  'Minsheng Bank': ['民生银行'],
  'Industrial Bank': ['兴业银行'],
  'Postal Savings Bank': ['邮储银行', '邮政储蓄银行'],
  'Ant Group': ['蚂蚁集团', '蚂蚁金服'],
  'Ant Financial': ['蚂蚁金服', '蚂蚁集团'],
  Alibaba: ['阿里巴巴', '阿里'],
  Tencent: ['腾讯'],
  Lufax: ['陆金所'],
  HNA: ['海航'],
  CITIC: ['中信'],
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
): { found: Array<{ source: string; terms: string[] }>; rest: string; missing: string[] } {
  // Most questions name none: one pass over the query decides before any name is tried.
  if (!ANY.test(query)) return { found: [], rest: query, missing: [] };
  let rest = query;
  const found: Array<{ source: string; terms: string[] }> = [];
  const missing: string[] = [];
  for (const { name, re } of PATTERNS) {
    if (!re.test(rest)) continue;
    re.lastIndex = 0;
    const terms = (BRANDS[name] ?? []).filter(occurs);
    if (terms.length > 0) found.push({ source: name.toLowerCase(), terms });
    // A financial group the reports never name, read by its name's longest word (insurance, of a group named as an insurer).
    else if (ABSENT_WHEN_UNHELD.has(name)) missing.push(longestWord(name));
    else continue;
    rest = rest.replace(re, (m) => ' '.repeat(m.length));
  }
  return { found, rest, missing };
}

const FIRST_GROUP = Object.keys(BRANDS).indexOf('Ping An');
/** The financial groups of the table's end (from Ping An on): unheld, they are firms the reports lack. */
const ABSENT_WHEN_UNHELD = new Set(Object.keys(BRANDS).slice(FIRST_GROUP));
const longestWord = (name: string): string =>
  name
    .toLowerCase()
    .split(/\s+/)
    .reduce((a, b) => (b.length > a.length ? b : a), '');

/** Whether every firm of the table the question names, and the reports hold, stands in the quoted passages. */
export function brandsQuoted(question: string, occurs: (zh: string) => boolean, quoted: string): boolean {
  return brandsIn(question, occurs).found.every((b) => b.terms.some((zh) => quoted.includes(zh)));
}
