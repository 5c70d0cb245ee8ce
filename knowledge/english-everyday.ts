/**
 * Everyday English for things the reports name in their own terms, by category, written from how
 * Chinese financial writing says them (not from any question set): the fate of the people
 * behind a failed scheme (jail, arrested, fined → 被抓, 刑事, 罚款), a part of a whole (slice,
 * chunk → 占比, 比重), and the corpus's own country as an adjective (Chinese → 中国, 我国, 国内).
 * The dictionary glosses these words in another sense (sentenced → 一句, Chinese → 中西) or only
 * inside longer senses, so a question using them was refused as about something the reports lack.
 * Keyed by word as written; the senses the index holds go first (english-senses.ts domainFirst).
 */
const PUNISHED = ['被抓', '判刑', '刑事', '拘留', '入狱'];
const ARRESTED = ['被抓', '拘留', '逮捕', '刑事'];
const PENALTY = ['处罚', '罚款', '惩处', '追责'];
const PART_OF = ['占比', '比重'];

export const EVERYDAY_SENSES: Readonly<Record<string, readonly string[]>> = {
  // The people behind a scheme and the law: the reports write 被抓, 判刑, 刑事责任, 罚款, 追责.
  jail: PUNISHED,
  jailed: PUNISHED,
  prison: PUNISHED,
  imprisoned: PUNISHED,
  imprisonment: PUNISHED,
  convicted: PUNISHED,
  sentenced: PUNISHED,
  arrest: ARRESTED,
  arrested: ARRESTED,
  arrests: ARRESTED,
  detained: ARRESTED,
  detention: ARRESTED,
  prosecuted: ['起诉', '刑事', '追责'],
  prosecution: ['起诉', '刑事', '追责'],
  punished: PENALTY,
  punishment: PENALTY,
  penalty: PENALTY,
  penalties: PENALTY,
  penalized: PENALTY,
  fined: ['罚款', '处罚'],
  fines: ['罚款', '处罚'],
  // A part of a whole: 占比 / 比重 (of GDP, of loans, of a market).
  slice: PART_OF,
  chunk: PART_OF,
  portion: PART_OF,
  proportion: PART_OF,
  fraction: PART_OF,
  // Leave to act: the reports write 许可, 批准, 牌照 (a licence for payments, an approval document).
  permission: ['许可', '批准', '牌照'],
  // Verbs of doing business, whose dictionary senses are a trade's (provide → 发放/供应, processed →
  // 制程/加工): the reports write 提供 and 处理/办理. Keyed by form, so process (流程) keeps its noun sense.
  provide: ['提供'],
  provides: ['提供'],
  provided: ['提供'],
  providing: ['提供'],
  processed: ['处理', '办理'],
  processing: ['处理', '办理'],
  handle: ['处理', '办理'],
  handles: ['处理', '办理'],
  handled: ['处理', '办理'],
  handling: ['处理', '办理'],
  // Oversight as a verb: policing a market is 监管 (the noun police stays 公安/派出所: english-verbs).
  policing: ['监管'],
  policed: ['监管'],
  // How well a thing works: 有效 (the dictionary's 影响 is "effect" as influence).
  effectively: ['有效'],
  effective: ['有效'],
  // What an investor should learn from failures: 教训, 启示, 借鉴 (the dictionary holds lesson only inside longer senses).
  lesson: ['教训', '启示', '借鉴'],
  lessons: ['教训', '启示', '借鉴'],
  takeaway: ['启示', '教训'],
  takeaways: ['启示', '教训'],
  // Analysts' and everyday nouns for kinds and for firms: buckets are 类别, outfits are 公司 / 机构.
  bucket: ['类别', '分类', '类型'],
  buckets: ['类别', '分类', '类型'],
  outfit: ['公司', '机构', '平台'],
  outfits: ['公司', '机构', '平台'],
  // The corpus's own country as an adjective: the reports say 中国, 我国 or 国内, never 中西 or 中国人.
  chinese: ['中国', '我国', '国内'],
};

/**
 * Nouns that are also verbs of oversight, with the verb's senses: "cannot properly police lending
 * apps" is 监管, while "report it to the police" stays the dictionary's noun. Read only where the
 * question puts the word in a verb's place (verbPlaces).
 */
export const VERB_USES: Readonly<Record<string, readonly string[]>> = {
  police: ['监管'],
};

/** Words where a verb stands: after to, a modal, do or not (verbsOf), can't / cannot, or an -ly adverb. */
export function verbPlaces(query: string, verbsOf: (q: string) => Set<string>): Set<string> {
  const out = verbsOf(query);
  for (const m of query.matchAll(/\b(?:can't|cannot|won't|[a-z]+ly)\s+([a-z]+)\b/gi)) out.add((m[1] ?? '').toLowerCase());
  return out;
}

/** Written variants of one term, both in the corpus (爆雷 and 暴雷 "a blow-up"): a translation to one is to both. */
const VARIANTS: Readonly<Record<string, string>> = { 爆雷: '暴雷', 暴雷: '爆雷' };

/** The terms with each one's written variant after it, where the index holds the variant. */
export function withVariants(terms: string[], occurs: (zh: string) => boolean): string[] {
  const out = terms.flatMap((t) => [t, ...(VARIANTS[t] && occurs(VARIANTS[t]) ? [VARIANTS[t]] : [])]);
  return out.length === terms.length ? terms : [...new Set(out)];
}
