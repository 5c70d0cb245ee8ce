/**
 * The refusal gates' helpers that read more than the question (answer.ts runs them): the answer
 * floor's reading of a story, a later year written only as a forecast, and a question whose everyday
 * words were set aside because it names a corpus subject.
 */
import type { Absence, AbsentWord } from './absent.js';
import type { Clause } from './clauses.js';
import type { Hit } from './candidates.js';
import { coverageOf, creditOf, type Concept, type QueryTerms } from './coverage.js';
import type { Searcher } from './search.js';
import type { IndexData } from './search-index.js';
import { tagWords } from './jieba.js';
import { isRegister } from './register.js';
import { sceneLight, storyOf } from './story.js';
import { normalizeForMatch } from './text.js';

/**
 * The passages read, each with the better of its coverage and its coverage of the question with the
 * scene's own words weighed less (story.ts sceneLight): the answer floor and the passages the
 * sentences come from then read what is asked, not the asker's story.
 */
export function lightened(
  searcher: Searcher,
  data: IndexData,
  question: string,
  read: { terms: QueryTerms; hits: Hit[] },
): { terms: QueryTerms; hits: Hit[] } {
  const light = sceneLight(read.terms, storyOf(question));
  if (!light) return read;
  const hits = read.hits.map((h) => ({
    ...h,
    coverage: Math.max(h.coverage, coverageOf(searcher.tokens(data.passages.at(h.index)?.text ?? ''), light)),
  }));
  return { terms: read.terms, hits };
}

// How a report writes a year it has not reached: a forecast or a plan (预计到2025年, 2025年左右), which says
// nothing of what happened in it.
const FORESEEN = /预计|预测|有望|将|目标|规划|计划|展望|左右|到\d{4}年|前景|可能/;

// A question that itself asks what was foreseen for the year (麦肯锡预测2025年…, what will happen by 2025).
export const FORECAST_ASKED =
  /预计|预测|预期|展望|规划|目标|到\d{4}年|\b(?:will|forecasts?|predicts?|predicted|expects?|expected|projected|by \d{4})\b/;

/** Whether a passage writes a year in a sentence that is no forecast of it (any sentence, when a forecast is asked). */
export function writesYear(text: string, year: number, foreseen: boolean): boolean {
  if (!text.includes(String(year))) return false;
  return foreseen || text.split(/[。！？!?；;\n]/).some((s) => s.includes(String(year)) && !FORESEEN.test(s));
}

/**
 * Whether general words the reports lack were set aside because the question names a corpus subject
 * (absent.ts countedAbsent), while the best sentence holds no concept of the question but that
 * subject's: it then only speaks of the subject, and what is asked of it is nowhere in the reports.
 */
export function anchoredOnly(absence: Absence, counted: AbsentWord[], terms: QueryTerms, tokens: Set<string>): boolean {
  if (absence.specific.length === 0 || !absence.words.some((w) => w.kind === 'general' && !counted.includes(w))) return false;
  const own = (c: Concept): boolean => c.primary !== null && absence.specific.some((s) => s.includes(c.primary ?? ''));
  const others = terms.concepts.filter((c) => !own(c) && !c.generic);
  return others.length > 0 && !others.some((c) => creditOf(tokens, c) >= 1);
}

// The head of a financial product or account as the dictionary writes it (医疗险, 工伤保险, 公积金贷款, 存单):
// a noun that ends so names one kind of instrument.
const PRODUCT_HEAD = /(?:险|贷款|贷|债券|股票|基金|理财|存款|存单|年金|分期|信用卡|账户|公积金|社保|金)$/;
// jieba's common and proper nouns.
const NOUN_TAG = /^n[a-z]*$/;

/**
 * A financial product the question asks about that no passage writes as a whole (医疗险理赔被拒, 工伤保险理赔):
 * the Chinese mirror of the English compound check. The reports study one market; a sentence about
 * insurance or loans in general (保险理赔难) shares the words of a product they never discuss, and
 * answers nothing asked of it. A word only the scene names (我买过重疾险，…) is the asker's life.
 */
export function unwrittenProduct(
  question: string,
  occurs: (word: string) => boolean,
  inScene: (word: string) => boolean,
): string | undefined {
  if (!/[\u3400-\u9fff]/.test(question)) return undefined;
  const words = tagWords(normalizeForMatch(question));
  // A kind of firm named by a modifier on a firm noun (消费 + 金融公司) that no passage writes whole is
  // one the reports never study, as a product is: a sentence about some other company is no answer.
  const kind = words.findIndex(
    (w, i) =>
      i > 0 &&
      NOUN_TAG.test(w.tag) &&
      /(?:公司|机构)$/.test(w.word) &&
      /^(?:n|vn)$/.test(words[i - 1]?.tag ?? '') &&
      // The modifier is one the reports write (消费): a modifier they never write (网路 for 网络) is a wording the absence rules weigh.
      occurs(words[i - 1]?.word ?? '') &&
      !occurs((words[i - 1]?.word ?? '') + w.word) &&
      !inScene(w.word),
  );
  if (kind > 0) return (words[kind - 1]?.word ?? '') + (words[kind]?.word ?? '');
  return words.find(
    (w) =>
      NOUN_TAG.test(w.tag) &&
      /^[\u3400-\u9fff]{3,}$/.test(w.word) &&
      PRODUCT_HEAD.test(w.word) &&
      !isRegister(w.word) &&
      !occurs(w.word) &&
      !inScene(w.word),
  )?.word;
}

// A year that names which rules, report or event is asked of (the 2023 rules, 2023年出台的新规): the question
// asks of that one, not of its subject at large.
const NAMING_YEAR =
  /\b(?:the|its|their|a|an) ((?:19|20)\d{2}) (?!and\b|or\b|to\b)[a-z]|((?:19|20)\d{2})年(?:的|出台|发布|颁布|修订|印发|施行)/g;

/**
 * A year that names what is asked of (the 2023 rules on fund managers) which no quoted passage writes:
 * a sentence about other rules or another year's events is no answer to it.
 */
export function unwrittenYear(question: string, texts: string[]): number | undefined {
  const years = [...normalizeForMatch(question).matchAll(NAMING_YEAR)].map((m) => Number(m[1] ?? m[2]));
  return years.find((y) => !texts.some((t) => t.includes(String(y))));
}

/**
 * An attribute of a product, a firm or an event that a personal-finance question asks for, and how an
 * answer writes it. The reports study markets (exchanges, P2P, local debt, sandboxes); asked the coupon
 * of a bond, a fee, a limitation period, a down payment, a payout cap or who chairs a body, a sentence
 * of theirs that names the subject and gives some other figure (a chronicle "2019年包商银行…被接管",
 * a volume, a count) answers nothing of it. The attribute must then stand in a shown sentence itself
 * (the one before it may speak of another subject's payout). A payout (赔, 垫付, 兑付) counts only when its amount or its way is asked: "存量
 * 兑付还没化解完的金交所能不能注销" asks whether a firm may deregister, not of a payout.
 */
interface Attribute {
  name: string;
  asked: RegExp;
  answered: RegExp;
  /** The attribute is itself what is asked of (a coin): no word before it need stand beside it. */
  subject?: false;
}

const PAYOUT = '赔付|赔偿|赔|垫付|兑付|偿付|拿回|退赔|追回';
const PAID = /赔|垫付|兑付|偿付|清偿|偿还|退赔|追回|返还|拿回|收回|受偿|回收/;
const RATE = /利率|利息|收益|年化|票息|回报|付息|计息/;
const TITLE = /会长|董事长|行长|总经理|总裁|法定代表人|法人代表|掌门人|理事长|主席/;
// Who founded a firm: the reports name founding firms as its sponsors (由…发起设立), which answers it.
const FOUNDER = /创始人|创办人|发起人/;
const FOUNDED = /创始人|创办人|发起人|发起|创立|创办|设立|出资/;

// Coins the reports name as a product (比特币, 虚拟货币): a sentence on 央行数字货币 or 区块链 speaks of something else.
const CRYPTO = /比特币|虚拟货币|加密货币|虚拟币|以太坊|稳定币|代币/;

// Whether something is lawful for the asker (比特币个人持有合法吗, is it legal to hold …): a sentence that says
// nothing of law, a ban or a permission (比特币's transaction speed) is no answer.
const LEGAL_ZH = /合法吗|合法不|合不合法|是否合法|违法吗|违不违法|是否违法|犯法吗|犯不犯法|算违法|算不算违法|允许吗|被禁止吗|让不让/;
const LEGAL_EN = /\b(?:is|are|was|were) (?:it|they|this|that|[a-z' -]{1,40}?) (?:legal|illegal|lawful|unlawful|allowed|banned|permitted)\b/;
const LEGAL_SAID = /合法|违法|非法|禁止|不得|严禁|允许|准许|取缔|违规|法律|犯罪|叫停/;

const CONTACT_ZH = /地址在哪|地址是|什么地址|电话是多少|电话多少|联系电话|热线|客服电话|举报电话|网址|官网是|邮箱|联系方式/;
const CONTACT_EN =
  /\b(?:hotline|phone number|telephone|contact (?:number|details)|e-?mail address|street address|office address|website address|url)\b/;
const CONTACT_SAID = /地址|位于|电话|热线|网址|官网|www\.|https?:|邮箱|@|\d{3,4}-?\d{7,8}/;

const ATTRIBUTES_ZH: Attribute[] = [
  { name: 'crypto', asked: /比特币|虚拟货币|加密货币|虚拟币|以太坊|稳定币|泰达币|usdt/, answered: CRYPTO, subject: false },
  { name: 'legal', asked: LEGAL_ZH, answered: LEGAL_SAID },
  { name: 'rate', asked: /票面利率|利率|利息|收益率|年化|票息/, answered: RATE },
  { name: 'fee', asked: /手续费|费率|佣金|服务费|管理费|收费标准/, answered: /费|佣金/ },
  { name: 'limitation', asked: /诉讼时效|追诉期|时效/, answered: /时效|追诉/ },
  { name: 'down-payment', asked: /首付/, answered: /首付/ },
  { name: 'capital', asked: /注册资本|注册资金|实缴资本/, answered: /注册资本|注册资金|实缴/ },
  // Where to reach a body (its address, hotline, website): a sentence that only names it gives none of them.
  { name: 'contact', asked: CONTACT_ZH, answered: CONTACT_SAID },
  { name: 'title', asked: TITLE, answered: TITLE },
  { name: 'founder', asked: FOUNDER, answered: FOUNDED },
  { name: 'investor', asked: /战略投资者|战投/, answered: /战略投资者|战投|股东|入股/ },
  { name: 'valuation', asked: /估值|市值/, answered: /估值|市值|估价/ },
  { name: 'threshold', asked: /门槛|门坎|起投|起购/, answered: /门槛|门坎|起投|起购|起点|最低/ },
  { name: 'cap', asked: /上限|限额|封顶|最高限/, answered: /上限|限额|最高|封顶|以内|不超过/ },
  {
    name: 'payout',
    asked: new RegExp(
      `(?:${PAYOUT})[^，,。？?]{0,4}(?:多少|好多|几成|几折)|(?:咋|怎么|如何|怎样|最多|最高|按照|按)[^，,。？?]{0,6}(?:${PAYOUT})|(?:${PAYOUT})(?:方案|比例|上限|标准|办法)`,
    ),
    answered: PAID,
  },
];

const ATTRIBUTES_EN: Attribute[] = [
  { name: 'legal', asked: LEGAL_EN, answered: LEGAL_SAID },
  { name: 'contact', asked: CONTACT_EN, answered: CONTACT_SAID },
  { name: 'crypto', asked: /\bbitcoins?\b|\bcrypto(?:currenc(?:y|ies)|s)?\b|\bether(?:eum)?\b|\bstablecoins?\b/, answered: CRYPTO },
  { name: 'rate', asked: /\byields?\b|\bcoupons?\b|\binterest rates?\b|\brates? of return\b|\bannuali[sz]ed returns?\b/, answered: RATE },
  { name: 'fee', asked: /\bfees?\b|\bcommissions?\b|\bcharges? (?:for|on)\b/, answered: /费|佣金/ },
  { name: 'limitation', asked: /\blimitation periods?\b|\bstatute of limitations?\b/, answered: /时效|追诉/ },
  { name: 'down-payment', asked: /\bdown ?payments?\b|\bdeposit (?:ratio|requirement) for (?:a )?(?:home|house|flat)/, answered: /首付/ },
  { name: 'capital', asked: /\bregistered capital\b|\bminimum capital\b/, answered: /注册资本|注册资金|实缴/ },
  { name: 'title', asked: /\b(?:chairman|chairwoman|chairperson|chief executive|ceo|president)\b/, answered: TITLE },
  { name: 'founder', asked: /\bfounders?\b/, answered: FOUNDED },
  { name: 'valuation', asked: /\bvaluations?\b|\bvalued at\b|\bmarket (?:value|capitali[sz]ation)\b/, answered: /估值|市值|估价/ },
  {
    name: 'cap',
    asked:
      /\b(?:interest[- ]rate|rate|price|fee|pricing) caps?\b|\bcap(?:ped)? (?:on|at)\b|\bceilings?\b|\bmaximum (?:interest |annual )?rates?\b|\bupper limits?\b/,
    answered: /上限|限额|最高|封顶|以内|不超过|不得超过|不得高于|不高于/,
  },
  {
    name: 'recovery',
    asked:
      /\bhow much (?:[a-z']+ ){0,5}(?:recover(?:ed)?|repaid|refunded|compensated|get back|got back)\b|\brecovery rates?\b|\brecovered\b|\brepaid\b|\brepayments? (?:rate|ratio)\b|\brefund(?:ed|s)?\b|\bcompensat(?:ed|ion)\b|\bpay-?outs?\b|\bpaid out\b|\breimburs\w*/,
    answered: PAID,
  },
  // Steps one follows (the steps to file a claim), not steps a study proposes or a body takes (measures: 措施).
  {
    name: 'procedure',
    asked:
      /\bsteps\b(?! (?:does|do|did|has|have|should|would|could|can|will|are being|were)\b)(?<!\b(?:regulatory|policy|self-regulatory|further|concrete|practical|longer-term|long-term|key|main|next) steps)|\btimelines?\b|\bprocedures?\b/,
    answered: /步骤|流程|程序|环节|时限|期限|申请/,
  },
];

/**
 * The attribute a question asks for that no shown sentence writes, or undefined. A Chinese question is
 * read in its asking clauses (the last clause when none asks); an English one whole, without what
 * it sets aside ("besides the fees, …"). The sentence that writes the attribute must also speak of what
 * it is asked of: in Chinese, a word the asking clause puts before the attribute (支付宝 of 支付宝转账手续费:
 * a sentence on 浙金中心's fees is about another payer), written in that sentence or the one before it
 * (`near`: a report names 网金社 there and its operator, 网金中心, in the sentence itself); in English,
 * two of the question's naming concepts (`covers`, for each shown sentence).
 */
export function unmetAttribute(
  question: string,
  clauses: Clause[],
  english: boolean,
  shown: string[],
  covers: (i: number) => boolean = () => true,
  near: string[] = shown,
): string | undefined {
  const squash = (t: string): string => normalizeForMatch(t).replace(/\s+/g, '');
  const texts = shown.map(squash);
  const around = near.map(squash);
  if (english) {
    const q = question.toLowerCase();
    const unmet = ATTRIBUTES_EN.find((a) => a.asked.test(q) && !texts.some((t, i) => a.answered.test(t) && covers(i)));
    return unmet?.name;
  }
  const asks = clauses.some((c) => c.asks) ? clauses.filter((c) => c.asks) : clauses.slice(-1);
  for (const clause of asks.map((c) => c.text)) {
    const i = clauses.findIndex((c) => c.text === clause);
    for (const a of ATTRIBUTES_ZH) {
      const at = a.asked.exec(clause);
      if (!at) continue;
      // An asking clause that opens on the attribute (对注册资本的最低要求是多少) asks it of the clause before.
      const own = a.subject === false ? [] : subjectWords(clause.slice(0, at.index));
      const subject = own.length > 0 || i < 1 || a.subject === false ? own : subjectWords(clauses[i - 1]?.text ?? '');
      const of = (i: number): boolean => subject.length === 0 || subject.some((w) => (around[i] ?? '').includes(w));
      if (!texts.some((t, i) => a.answered.test(t) && of(i))) return a.name;
    }
  }
  return undefined;
}

// jieba's tags of the words that name what an attribute is asked of: nouns, names, verbal nouns, verbs, unknown words, Latin.
const SUBJECT_TAGS = /^(n[a-z]*|vn|v|x|eng|j)$/;

/** The words an asking clause puts before the attribute it asks (支付宝, 转账 of 支付宝转账手续费): what it is asked of. */
function subjectWords(before: string): string[] {
  return tagWords(before)
    .filter((w) => SUBJECT_TAGS.test(w.tag) && w.word.length >= 2 && /[\u3400-\u9fffa-z0-9]/i.test(w.word) && !isRegister(w.word))
    .map((w) => normalizeForMatch(w.word));
}

const TITLED_YEAR =
  /\b((?:19|20)\d{2}) (?:[A-Z][a-z]+ ){0,3}(?:Opinions|Measures|Rules|Regulations|Guidelines|Guidance|Notice|Circular|Law|Act|Plan|Document|Provisions)\b/g;
// Any year an English question writes (in 2020, by the end of 2016, since 2020): a question that dates what it asks.
const ANY_YEAR = /(?<![\d.,$])((?:19|20)\d{2})(?![\d%])/g;

/**
 * A year the question dates what it asks by (its IPO in 2020, by the end of 2016) that no quoted passage
 * writes: the reports hold that subject in other years only, and a sentence of theirs about it is no
 * answer for the year asked. `all` reads every year the question writes; otherwise only a naming year
 * (the 2023 rules, 2023年出台的新规).
 */
export function unwrittenYearIn(question: string, texts: string[], all: boolean): number | undefined {
  if (!all) return unwrittenYear(question, texts);
  // A year that is part of a document's title ("the 2015 Guiding Opinions"): the reports name the document, not its year.
  const titled = new Set([...question.matchAll(TITLED_YEAR)].map((m) => Number(m[1])));
  const years = [...normalizeForMatch(question).matchAll(ANY_YEAR)].map((m) => Number(m[1])).filter((y) => !titled.has(y));
  return years.find((y) => !texts.some((t) => t.includes(String(y))));
}

/**
 * China's provinces, autonomous regions and municipalities, as the reports write them and as an English
 * question names them. Local finance is regulated province by province: a question about one province's
 * exchanges or notices (广东省是否也已公告, the Shanghai batch) is answered only by a sentence that names
 * it; one about four other provinces is no answer. 我省 / 本市 stand for the report's own province.
 */
const PROVINCES: ReadonlyArray<[string, RegExp]> = [
  ['北京', /\bbeijing\b/],
  ['天津', /\btianjin\b/],
  ['上海', /\bshanghai\b/],
  ['重庆', /\bchongqing\b/],
  ['河北', /\bhebei\b/],
  ['山西', /\bshanxi\b/],
  ['辽宁', /\bliaoning\b/],
  ['吉林', /\bjilin\b/],
  ['黑龙江', /\bheilongjiang\b/],
  ['江苏', /\bjiangsu\b/],
  ['浙江', /\bzhejiang\b/],
  ['安徽', /\banhui\b/],
  ['福建', /\bfujian\b/],
  ['江西', /\bjiangxi\b/],
  ['山东', /\bshandong\b/],
  ['河南', /\bhenan\b/],
  ['湖北', /\bhubei\b/],
  ['湖南', /\bhunan\b/],
  ['广东', /\bguangdong\b/],
  ['海南', /\bhainan\b/],
  ['四川', /\bsichuan\b/],
  ['贵州', /\bguizhou\b/],
  ['云南', /\byunnan\b/],
  ['陕西', /\bshaanxi\b/],
  ['甘肃', /\bgansu\b/],
  ['青海', /\bqinghai\b/],
  ['内蒙古', /\binner mongolia\b/],
  ['广西', /\bguangxi\b/],
  ['西藏', /\btibet\b/],
  ['宁夏', /\bningxia\b/],
  ['新疆', /\bxinjiang\b/],
];
const OWN_PROVINCE = /我省|我市|本省|本市|全省|全市/;

/**
 * A province the question asks of that no shown sentence (with the sentence before it) names, or
 * undefined. A Chinese question is read in its asking clauses, as a province told in its scene (我在
 * 河南, 我们辽宁那个…) may be where the asker lives; English whole.
 */
// Regions written as one word for several provinces (江浙沪 for Jiangsu, Zhejiang and Shanghai).
const REGIONS: ReadonlyArray<[RegExp, string]> = [
  [/江浙沪/g, '江苏浙江上海'],
  [/京津冀/g, '北京天津河北'],
  [/长三角/g, '上海江苏浙江安徽'],
  [/珠三角/g, '广东'],
  [/川渝/g, '四川重庆'],
];
const withRegions = (text: string): string => REGIONS.reduce((t, [re, all]) => t.replace(re, (w) => `${w}${all}`), text);

export function unmetProvince(asking: string[], english: boolean, shown: string[], passages: string[] = []): string | undefined {
  // An English question names a province as part of a firm's name (the Zhejiang online asset exchange): its passage names it.
  const text = withRegions([...shown, ...(english ? passages : [])].map(normalizeForMatch).join('\n'));
  if (OWN_PROVINCE.test(text)) return undefined;
  return unnamedPlace(PROVINCES, asking, english, text);
}

/**
 * The first place of `places` the asking words name (in English, by its English name) that `text` does not write.
 * A question naming several places (湖南、辽宁、西安、重庆 as the first four) asks about them as a group, which
 * the answer calls 四地 or 这四家: one of them written is enough.
 */
function unnamedPlace(places: ReadonlyArray<[string, RegExp]>, asking: string[], english: boolean, text: string): string | undefined {
  const read = asking.join('\n').toLowerCase();
  const names = (zh: string, en: RegExp): boolean => (english ? en.test(read) : read.includes(zh));
  const named = [...PROVINCES, ...CITIES].filter(([zh, en]) => names(zh, en));
  if (named.length >= 2 && named.some(([zh]) => text.includes(zh))) return undefined;
  return places.find(([zh, en]) => names(zh, en) && !text.includes(zh))?.[0];
}

// The national regulators, each as the reports write it: a question about one's rules or pilots (央行版监管沙箱)
// is not answered by a sentence about another's (证监会's capital-market pilot).
const REGULATORS: ReadonlyArray<[string, RegExp, RegExp]> = [
  ['pboc', /人民银行|央行|人行/, /\bpboc\b|\bpeople's bank\b|\bcentral bank\b/],
  ['csrc', /证监会|证券监督管理委员会/, /\bcsrc\b|\bsecurities regulatory commission\b/],
  [
    'cbirc',
    /银保监会|银监会|保监会|金融监管总局|国家金融监督管理总局/,
    /\bcbirc\b|\bcbrc\b|\bcirc\b|\bnfra\b|\bbanking (?:and insurance )?regulatory commission\b/,
  ],
];

/**
 * A national regulator the question names that no shown sentence (with the one before it) names,
 * while a shown sentence names another: the answer then speaks of the other body's rules.
 */
export function otherRegulator(question: string, english: boolean, shown: string[]): string | undefined {
  const text = shown.map(normalizeForMatch).join('\n');
  const q = normalizeForMatch(question);
  const named = (r: (typeof REGULATORS)[number], t: string, en: boolean): boolean => (en ? r[2] : r[1]).test(t);
  const asked = REGULATORS.filter((r) => named(r, q, english));
  if (asked.length === 0 || asked.some((r) => named(r, text, false))) return undefined;
  return REGULATORS.some((r) => !asked.includes(r) && named(r, text, false)) ? asked[0]?.[0] : undefined;
}

// Prefecture-level cities a question may ask of (深圳的P2P平台有多少家, the Hangzhou pilots): local finance is run city by city
// too, and a report's 我市 is its own city, named in its title.
const CITIES: ReadonlyArray<[string, RegExp]> = [
  ['深圳', /\bshenzhen\b/],
  ['广州', /\bguangzhou\b/],
  ['杭州', /\bhangzhou\b/],
  ['武汉', /\bwuhan\b/],
  ['西安', /\bxi'?an\b/],
  ['南京', /\bnanjing\b/],
  ['成都', /\bchengdu\b/],
  ['苏州', /\bsuzhou\b/],
  ['宁波', /\bningbo\b/],
  ['厦门', /\bxiamen\b/],
  ['青岛', /\bqingdao\b/],
  ['大连', /\bdalian\b/],
  ['温州', /\bwenzhou\b/],
  ['长沙', /\bchangsha\b/],
  ['郑州', /\bzhengzhou\b/],
  ['济南', /\bjinan\b/],
  ['合肥', /\bhefei\b/],
  ['福州', /\bfuzhou\b/],
  ['昆明', /\bkunming\b/],
  ['南宁', /\bnanning\b/],
  ['沈阳', /\bshenyang\b/],
  ['哈尔滨', /\bharbin\b/],
  ['长春', /\bchangchun\b/],
  ['石家庄', /\bshijiazhuang\b/],
  ['太原', /\btaiyuan\b/],
  ['贵阳', /\bguiyang\b/],
  ['遵义', /\bzunyi\b/],
  ['兰州', /\blanzhou\b/],
  ['无锡', /\bwuxi\b/],
  ['东莞', /\bdongguan\b/],
  ['佛山', /\bfoshan\b/],
  ['珠海', /\bzhuhai\b/],
  ['南昌', /\bnanchang\b/],
  ['海口', /\bhaikou\b/],
];

/**
 * A city the question asks of that no shown sentence (with the one before it) nor the title of its report names, or
 * undefined: a report on one city (its 我市, 本市) speaks of that city throughout. Read as unmetProvince reads the question.
 */
export function unmetCity(asking: string[], english: boolean, shown: string[], titles: string[]): string | undefined {
  return unnamedPlace(CITIES, asking, english, [...shown, ...titles].map(normalizeForMatch).join('\n'));
}
