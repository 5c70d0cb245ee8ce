/**
 * A word's own senses where the dictionary table's Porter stem conflates several English words:
 * customers and customs share the stem "custom" (客户 and 海关), authorities, authorize and author
 * share "author" (当局, 授权, 作者), news and new share "new". The question's word, read by its lemma,
 * takes the senses of that word alone.
 */
import { lemmaOf } from './cedict-forms.js';
import { EVERYDAY_SENSES } from './english-everyday.js';

/**
 * The Chinese words of the question word's own lemma under its key (customers → 客户, not the
 * customs 海关 their shared stem also holds), in the dictionary's order, an -ing or -ed form with
 * its verb's; null when the key conflates no words or the lemma is not one of its words.
 */
export function sameWord(word: string, forms: Record<string, string[]> | undefined): string[] | null {
  const own = forms?.[lemmaOf(word)];
  if (!own || own.length === 0) return null;
  // An -ing or -ed form shares its verb's senses (warning: 预警 and the verb's 警戒), one of each first.
  const verb = /(?:ing|ed)$/.test(word) ? forms?.[word.replace(/(?:ing|ed)$/, '')] : undefined;
  if (!verb) return own;
  const merged = own.flatMap((zh, i) => [zh, verb[i]]).filter((zh): zh is string => zh !== undefined);
  return [...new Set([...merged, ...verb])];
}

/**
 * The sense a finance text means by a common English word the dictionary glosses first in another
 * sense (trade → 行业 "a trade", issue → 出具, trial → 考验, options → 期权): a sense audit of the
 * domain's everyday words, written from how Chinese financial writing says them. Keyed by lemma;
 * the senses are put first among the dictionary's, the dictionary's weight is kept.
 */
export const DOMAIN_SENSES: Readonly<Record<string, readonly string[]>> = {
  market: ['市场'],
  industry: ['行业', '产业'],
  trade: ['交易'],
  deal: ['交易'],
  product: ['产品'],
  fund: ['资金', '基金'],
  issue: ['发行'],
  issuance: ['发行'],
  trial: ['试点'],
  pilot: ['试点'],
  body: ['机构'],
  site: ['网站', '平台'],
  website: ['网站'],
  approach: ['方式', '模式'],
  option: ['选择', '方式'],
  step: ['措施'],
  measure: ['措施'],
  process: ['流程'],
  charge: ['收取'],
  fail: ['倒闭', '失败'],
  failure: ['倒闭', '失败'],
  version: ['模式'],
  category: ['类别', '分类', '类型'],
  term: ['期限'],
  registration: ['登记', '注册'],
  institution: ['机构'],
  buy: ['购买'],
  buying: ['购买'],
  based: ['位于', '总部'],
  located: ['位于', '坐落'],
  headquartered: ['总部', '位于'],
  deposit: ['存款'],
  regulatory: ['监管'],
  annual: ['年化'],
  equity: ['股权'],
  notice: ['公告', '通知'],
  // Audited against the reports' own term bank (bank-en.json): single English words it renders
  // whose dictionary senses the index lacks or are another sense (sector → 区块, players → 巨头).
  oversight: ['监管'],
  sector: ['行业', '领域'],
  insider: ['业内人士', '人士'],
  graft: ['腐败'],
  venue: ['场所', '交易场所'],
  player: ['参与者', '主体'],
  figures: ['数据'],
  event: ['事件'],
  danger: ['风险', '隐患'],
  hub: ['中心'],
  spot: ['识别', '发现'],
  middlemen: ['中介'],
  firm: ['公司', '企业'],
  control: ['控制', '管控'],
  information: ['信息'],
  info: ['信息'],
  tech: ['科技', '技术'],
  cyber: ['网络'],
  // Describing words finance writing says one way, where the dictionary's first senses are literary or
  // another field's (ordinary → 中常, average → 中中, disorder → 内乱, advice → 咨询, annualized → 周年).
  ordinary: ['普通', '一般'],
  average: ['平均'],
  normally: ['正常'],
  actual: ['实际'],
  formal: ['正规', '正式'],
  disorder: ['乱象', '混乱'],
  advice: ['建议', '提示'],
  cautionary: ['警示', '提示', '提醒'],
  annualized: ['年化'],
  annualised: ['年化'],
  legacy: ['存量', '存续'],
  alive: ['存续', '现存'],
  surviving: ['存续', '现存'],
  cumulative: ['累计', '累积'],
  accumulated: ['累计', '累积'],
  aggregate: ['累计', '总额', '总规模'],
  secondary: ['二次', '二级'],
  personnel: ['人才', '人员'],
  talent: ['人才'],
  importer: ['进口企业', '进口商'],
  exporter: ['出口企业', '出口商'],
  qualify: ['符合', '合格'],
  consumer: ['消费者', '消费'],
  designated: ['指定', '认定'],
  bearing: ['承担'],
  holder: ['持有人', '持牌'],
  // Everyday words whose dictionary senses are another field's, as finance writing uses them: a tally
  // is a count (累计, not 相符), a stake a shareholding, an owner of a firm its shareholder, a state
  // bank or firm state-owned (国有, not 陈述), a share of a whole its proportion, a fix a remedy (not
  // 固定), a big bank a large one, a loan shark a usurer, a listed firm one listed on an exchange.
  tally: ['累计', '总数', '统计'],
  stake: ['持股', '股份', '股权'],
  owner: ['股东', '控股', '所有者'],
  state: ['国有', '国家'],
  share: ['占比', '份额', '股份'],
  fix: ['解决', '对策', '整改'],
  big: ['大型'],
  shark: ['高利贷'],
  sharking: ['高利贷'],
  listed: ['上市', '挂牌'],
  ...EVERYDAY_SENSES,
};

/** A word's domain senses the index holds, before the dictionary's others; the list itself when none. */
export function domainFirst(word: string, terms: string[], occurs: (zh: string) => boolean): string[] {
  // The form as written first: processed (处理) is not the noun process (流程) its lemma keys.
  const preferred = (DOMAIN_SENSES[word] ?? DOMAIN_SENSES[lemmaOf(word)] ?? []).filter(occurs);
  return preferred.length === 0 ? terms : [...preferred, ...terms.filter((t) => !preferred.includes(t))];
}
