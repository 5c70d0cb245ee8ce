/**
 * Strong evidence that a sentence gives the kind of answer asked, beyond a cue word anywhere in it
 * (sentences.ts holdsType): a definition question is answered where its subject is defined (X是指…,
 * 所谓X…即…), not where X is merely named; and a question's ordinal qualifier (首批, 第二轮, 后来)
 * must be met by the sentence's own, or it gives a look-alike fact (the later round's count for
 * the first round's).
 */
import type { AnswerType } from './question.js';
import { withoutRegister } from './register.js';
import { holdsType } from './sentences.js';
import { normalizeForMatch } from './text.js';
import { tagWords } from './jieba.js';

// How a question asks for a definition, and the fillers around its subject (的, 是, 这个, quotes).
// What a thing is for (干嘛用的, 有什么用, 是做什么的): asked of its subject as a definition is.
const PURPOSE_ASK =
  '(?:是)?(?:(?:干嘛|干什么|做什么|干啥|做啥)用的?|有(?:什么|啥)用|(?:做|干)(?:什么|啥)的|干嘛的|是个(?:什么|啥)[\\u4e00-\\u9fff]{0,3}|起(?:什么|啥)作用|有(?:什么|啥)作用|的用途)';
const DEFINITION_ASK = new RegExp(
  `${PURPOSE_ASK}|什么是|是什么意思|什么意思|是什么|什么叫|啥叫|何谓|指什么|是指什么|的含义|的定义|的概念|含义|定义|意思|[是指]?啥`,
  'g',
);
const FILLER = /[“”"'‘’《》「」（）()？?！!。，,、\s]|到底|究竟|具体|所谓|这个|那个|一下|请问|大概|的$/g;
const BOUND_SUBJECT = new RegExp(
  String.raw`(?:什么是|什么叫|啥叫|何谓|啥是)\s*[“"]?([^，,。？?！!、\s“”"]{2,12}?)(?:[”"]|啊|呀|呢|吧|[，,。？?！!]|$)|(?:^|[，,。？?！!\s])[“"]?([^，,。？?！!、\s“”"]{2,12}?)[”"]?(?:到底|究竟)?(?:是什么|是啥|指什么|什么意思|${PURPOSE_ASK})`,
);
// After the subject (and a closing quote, an English gloss in brackets): the ways Chinese defines.
const DEFINES =
  '(?:[”"’」』]?\\s*(?:[（(][^）)]{0,30}[）)])?[”"’」』]?)\\s*(?:(?:产品|平台|服务|系统|工具)?正是|是指|指的是|指的就是|即|也就是|就是|是一[种个类项]|又称|也称|被称为|称为|是[^，。；]{2,30}的)';

/** The subject a definition question asks about (什么是监管沙盒 → 监管沙盒), or null when it names none. */
export function definitionSubject(question: string): string | null {
  // The phrase the asking words bind comes first (啥叫X啊，跟…有啥关系 → X), before the longest piece.
  const bound = BOUND_SUBJECT.exec(normalizeForMatch(question));
  const subject = (bound?.[1] ?? bound?.[2])?.replace(FILLER, '');
  if (subject && subject.length >= 2) return subject;
  const folded = normalizeForMatch(question).replace(DEFINITION_ASK, ' ').replace(FILLER, ' ');
  const pieces = folded
    .split(/\s+/)
    .flatMap((p) => withoutRegister(p))
    .filter((p) => p.length >= 2);
  return pieces.sort((a, b) => b.length - a.length)[0] ?? null;
}

// An aspect asked of a thing (付税宝的运作机制, X的特点): the thing is the subject its defining sentence names.
const ASPECT = /的(?:运作|运行|工作)?(?:机制|原理|模式|特点|特征|功能|作用|用途|定位|性质|流程)$/;

/** What a definition question asks to be defined: its subject, without an aspect asked of it (X的运作机制 → X). */
export function thingDefined(question: string): string | null {
  const subject = definitionSubject(question)?.replace(ASPECT, '');
  return subject && subject.length >= 2 ? subject : null;
}

/** Whether a sentence defines the subject (监管沙盒是指…, "X"（…）是一种…, 所谓X，即…). */
export function defines(text: string, subject: string): boolean {
  const folded = normalizeForMatch(text);
  const at = folded.indexOf(subject);
  if (at < 0) return false;
  const escaped = subject.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return (
    new RegExp(`${escaped}${DEFINES}`).test(folded) || new RegExp(`所谓[“"]?${escaped}[^。]{0,40}[，,]\\s*(?:即|是指|就是|指)`).test(folded)
  );
}

// Ordinal qualifiers: the first of a series, and a later one. Discourse words (首先, 第一, 其次) order
// a text's points, not events, and are not qualifiers.
const FIRST =
  /首批|第一批|首轮|第一轮|首家|第一家|首单|第一单|首个|第一个|首次|第一次|第一[份期只款项号]|首[期只款项]|头一[家批个次]|最早|最先|率先|最初|起初/;
const LATER = /第[二三四五]批|第[二三四五]轮|第[二三四五]次|新一轮|又一轮|再次|后来|随后|此后|之后的|上一轮之后/;

export type Ordinal = 'first' | 'later' | null;

// "First" asked in English (who proposed it first, the earliest exchange): a first of a period or a count
// (the first three quarters, the first half, at first, first of all) orders no event.
const FIRST_EN =
  /\b(?:first|earliest|initially|originally|pioneer(?:ed|ing|s)?)\b(?! (?:half|quarters?|two|three|four|five|six|few|several|\d+|months?|years?|weeks?|days?|of all)\b)/;

/** The ordinal a question asks, in Chinese (ordinalOf) or English (first, earliest): English asks no later one the chooser can tell. */
export function askedOrdinal(question: string): Ordinal {
  const zh = ordinalOf(question);
  if (zh !== null || /[\u3400-\u9fff]{4}/.test(question.replace(/[（(][^）)]*[）)]/g, ''))) return zh;
  const folded = normalizeForMatch(question);
  return FIRST_EN.test(folded) && !/\bat first\b/.test(folded) ? 'first' : null;
}

/** The ordinal a text qualifies its subject with: the first (首批, 最早) or a later one (第二轮, 后来). */
export function ordinalOf(text: string): Ordinal {
  const folded = normalizeForMatch(text);
  const first = FIRST.test(folded);
  const later = LATER.test(folded);
  if (first === later) return null;
  return first ? 'first' : 'later';
}

// The peak of something asked (最火的时候, 最多时有几家, at its height): a sentence about that time says so
// (巅峰时期, 鼎盛时, 一度…), while a figure of today (目前有40几家) is another fact of the same kind.
const PEAK_ASK =
  /最火|最热|最旺|最红|最多(?:的)?时|最多那|最高峰|高峰|巅峰|顶峰|鼎盛|最疯狂|最盛|\b(?:at (?:its|the) (?:peak|height)|peak|heyday)\b/;
const PEAK = /巅峰|高峰|顶峰|鼎盛|峰值|最多时|最多的时候|最高时|最火|最盛|一度(?:达到|接近|超过|多达|高达)?/;

/** Whether a question asks about the peak of something and the sentence speaks of that peak. */
export function meetsPeak(question: string, text: string): boolean {
  return PEAK_ASK.test(normalizeForMatch(question)) && PEAK.test(normalizeForMatch(text));
}

// A "first" counts a kind of thing (第一家 an institution, 第一期 an issue, 第一份 a document): the first
// of another kind is another fact (我国第一份…白皮书 does not say which exchange came first).
const FIRST_OF = /(?:首|第一|头一)([家批个次轮单份期只款项号])/g;

/** The kind a question's "first" counts (第一家 → 家), or null when it names none (最早, 率先). */
export function firstKindOf(text: string): string | null {
  return [...normalizeForMatch(text).matchAll(FIRST_OF)][0]?.[1] ?? null;
}

// What a question's "first" counts, after its measure word (第一家互联网交易中心是哪家 → …交易中心): it ends where the asking starts.
const FIRST_HEAD = /(?:首|第一|头一)[家批个]([\u4e00-\u9fffA-Za-z]{2,16}?)(?=是|叫|在|于|哪|什么|啥|为|的(?:是|名字)|[，,？?。]|$)/;
/** How far after its own "first" a sentence names what it counts (第一家获得批准的互联网交易中心). */
const HEAD_REACH = 20;

/** The head noun a question's "first" counts (第一家…交易中心 → 中心), its last two characters, or null. */
export function firstHeadOf(text: string): string | null {
  const phrase = FIRST_HEAD.exec(normalizeForMatch(text))?.[1];
  return phrase && phrase.length >= 2 ? phrase.slice(-2) : null;
}

/** Whether every "first" of a sentence counts another thing than the question's head (第一家金交所 for …交易中心). */
function firstOfOther(folded: string, head: string): boolean {
  const firsts = [...folded.matchAll(FIRST_OF)];
  return (
    firsts.length > 0 &&
    firsts.every((m) => !folded.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + HEAD_REACH).includes(head))
  );
}

/**
 * +1 when a sentence meets the question's ordinal, −1 when it holds only the other one (or, for a
 * "first" of a kind, only firsts of other kinds: 第一期 for 第一家, or of another head noun: 第一家金交所
 * for 第一家…交易中心), else 0.
 */
export function ordinalFit(asked: Ordinal, text: string, kind: string | null = null, head: string | null = null): number {
  if (asked === null) return 0;
  const folded = normalizeForMatch(text);
  if (asked === 'first' && kind !== null && FIRST.test(folded)) {
    const kinds = [...folded.matchAll(FIRST_OF)].map((m) => m[1]);
    // 个 counts anything (头一个交易所 is 第一家), so only a named kind (家, 期, 份) sets another kind apart.
    if (kind !== '个' && kinds.length > 0 && !kinds.includes(kind) && !/最早|最先|率先|最初|起初/.test(folded)) return -1;
    if (head !== null && firstOfOther(folded, head)) return -1;
  }
  const same = (asked === 'first' ? FIRST : LATER).test(folded);
  const other = (asked === 'first' ? LATER : FIRST).test(folded);
  return same ? 1 : other ? -1 : 0;
}

// Names in a row (A、B、C), or named after 分别是 / 包括 / 如 (…包括A和B): what a 哪些 question asks for.
// The items are names, not figures (分别为1.9%和3.2% lists rates).
const ENUMERATION =
  /(?:[\u4e00-\u9fff][^、，。；：:\s\d]{0,13}、){2,}[\u4e00-\u9fff]|[\u4e00-\u9fff]{2,8}、[\u4e00-\u9fff]{2,8}[和及与][\u4e00-\u9fff]{2,8}|(?:分别[是为]|包括|包含|例如|比如|诸如)[：:]?[^。；\d]{1,30}[、和及与]/;
// A list question that asks for names (哪些银行, 哪四个地方), not for measures or steps (哪些事情, 哪些措施).
const ASKS_NAMES =
  /(?:哪些|哪几|哪[两三四五六七八九十])[个家位类种批]?(?:地方|省|市|城市|地区|国家|公司|机构|银行|平台|企业|交易所|交易中心|金交所|股东|部门|人|项目|产品|城|地)/;

// The thing a list question counts: the noun after 哪些 / 哪几 (哪些国家战略目标 → 目标), or, when only a measure
// follows (哪几块, 哪几种), the noun it is said of (金融服务的成本…拆成哪几块 → 成本). Its answer lists items of that
// thing (获客成本、经营成本和融资成本; 产业升级、数字经济等目标), not any row of words the passage has.
const ASKING_WHICH = /^(?:哪|哪些|哪几|哪几[个种类块项点方面条家位批]|哪[两三四五六七八九十][个种类块项点家位批])$/;
const NOUNISH = (tag: string): boolean => tag.startsWith('n') || tag === 'vn';
const headOf = (word: string): string => (word.length >= 4 ? word.slice(-2) : word);

/** The thing a Chinese list question asks items of, or null. */
export function listHead(question: string): string | null {
  const words = tagWords(normalizeForMatch(question));
  const at = words.findIndex((w) => ASKING_WHICH.test(w.word) || (w.word.startsWith('哪') && w.tag === 'l'));
  if (at < 0) return null;
  let i = at + 1;
  while (words[i]?.tag === 'm') i += 1;
  let last: string | null = null;
  while (words[i] && NOUNISH(words[i]!.tag)) last = words[i++]!.word;
  // A last word the tagger reads as a verb (有哪些作用) is still the thing asked.
  const end = (w: { word: string } | undefined): boolean => w === undefined || /^[，,。？?；;！!\s]+$/.test(w.word);
  if (last === null && words[i]?.tag.startsWith('v') && end(words[i + 1])) last = words[i]!.word;
  if (last === null) {
    for (let j = at - 1; j >= 0; j -= 1) {
      const w = words[j]!;
      if (NOUNISH(w.tag)) {
        last = w.word;
        break;
      }
      if (/^[，,。？?；;]$/.test(w.word)) break;
    }
  }
  return last !== null && last.length >= 2 ? headOf(last) : null;
}

const ENUMERATIONS = new RegExp(ENUMERATION.source, 'g');
/** How far after a row of items the thing they are may be named (…乡村振兴等目标). */
const HEAD_AFTER = 8;

/** Whether a sentence lists items of the asked thing: a row of items holding it, or followed by it. */
export function listsHead(text: string, head: string): boolean {
  const folded = normalizeForMatch(text);
  return [...folded.matchAll(ENUMERATIONS)].some((m) => folded.slice(m.index, m.index + m[0].length + HEAD_AFTER).includes(head));
}

// Who did it: the agent of a deed (由X监管, 由X发起设立, 获X投资), what 谁/哪个部门 asks for.
const AGENT = /由[^，。；]{2,20}(?:监管|负责|主管|管理|发起|设立|出资|投资|推出|运营|提出)|获[^，。；]{2,12}(?:投资|融资|入股)/;

// How a question asks for advice, and how a sentence gives it (应当…, 不要…, 警惕…, 建议…).
const ADVICE_ASK =
  /忠告|建议|提醒|告诫|劝|注意(?:什么|哪些|啥)|提防|应该|应当|该怎么|\b(?:advice|advise[sd]?|recommend\w*|suggest\w*|warn\w*|watch out|should)\b/;
const ADVICE = /应当|应该|不要|切勿|务必|谨防|警惕|提防|建议|必须|着手|有必要|需要(?!的)/;

// Who oversees a business (归哪个部门管, 由谁监管, 哪个部门负责): answered where a sentence assigns it (由X监管), whatever the type.
const OVERSEER_ASK =
  /归(?:哪|谁|什么)|由(?:哪|谁|什么)|(?:哪个|哪些|哪家|什么|哪一个)(?:部门|机构|单位|监管部门|监管机构)|谁(?:来)?(?:管|监管|负责|主管)|\b(?:who|which (?:body|agency|regulator|department)s?)\b[^?]{0,30}\b(?:regulates?|oversees?|supervises?|in charge)\b/;
// Who founded or owns a venue (发起股东, 谁出资, 背后老板, 股东是谁): answered where a sentence names them as such.
const OWNER_ASK =
  /股东|发起人|发起方|谁发起|出资|老板|控股|背后(?:的)?(?:金主|大佬|靠山|东家|是谁|是哪|有谁|站着)|谁在背后|(?:谁|哪家|哪些)[^，。？?]{0,6}(?:设立|创办|成立)的|\b(?:shareholders?|founders?|founded by|owned by|backers?|backed by)\b/;
const OWNED =
  /发起设立|共同发起|独资设立|出资设立|控股股东|唯一股东|主要股东|大股东|股东(?:为|是|分别为|分别是|包括)|由[^。；]{2,40}(?:发起|设立|出资|控股|持股)|(?:控股|持股)[^，。；]{0,8}\d/;

/** The kinds of question for which a strong cue reorders the sentences (a defining one, a list of names first). */
export function strongCue(type: AnswerType, question: string): ((text: string) => boolean) | null {
  const asked = normalizeForMatch(question);
  if (OWNER_ASK.test(asked)) return (text) => OWNED.test(normalizeForMatch(text));
  if (OVERSEER_ASK.test(asked)) return (text) => AGENT.test(normalizeForMatch(text));
  if (type === 'entity') return (text) => AGENT.test(normalizeForMatch(text));
  // Advice asked for (忠告, 建议, what should …, watch out for) is given where a sentence advises, not where the topic is named.
  if (type === 'method' && ADVICE_ASK.test(normalizeForMatch(question))) return (text) => ADVICE.test(normalizeForMatch(text));
  // A pick among options is answered where one is judged best, not where the options are listed.
  if (type === 'choice') return (text) => holdsType(normalizeForMatch(text), 'choice');
  if (type === 'list') return ASKS_NAMES.test(normalizeForMatch(question)) ? (text) => ENUMERATION.test(normalizeForMatch(text)) : null;
  if (type !== 'definition') return null;
  const subject = thingDefined(question);
  if (!subject) return null;
  // What a thing is for is said where its function is (…产品，实现…的功能; 用于…), as well as where it is defined.
  const purpose = new RegExp(PURPOSE_ASK).test(normalizeForMatch(question));
  return (text) => defines(text, subject) || (purpose && servesAs(text, subject));
}

// How a sentence says what a thing does: its use, aim or function, or the kind of product or service it is.
const SERVES =
  /用于|用来|旨在|目的是|功能|作用是|[\u4e00-\u9fff]{2,8}(?:产品|服务|工具|系统|平台)[，,]\s*(?:实现|提供|帮助|让|使)|帮助[^，。；]{1,16}(?:企业|用户|客户|投资者|机构|个人)|为[^，。；]{2,16}提供/;

/** Whether a sentence says what its subject is for (X…用于…, 它是…的…产品，实现…), naming X or pointing to it (它, 其, 该). */
export function servesAs(text: string, subject: string): boolean {
  const folded = normalizeForMatch(text);
  return (folded.includes(subject) || /(?:^|[，,])(?:它|其|该)/.test(folded)) && SERVES.test(folded);
}

// How a question asks for a difference (有何不同, 区别在哪, 跟…比有啥不一样), and how a sentence draws one
// (与…不同的是, 区别在于, 不同于, 相比之下, 而…则): a sentence naming both sides without setting them
// apart describes one of them, and does not answer.
const CONTRAST_ASK = /不同|不一样|区别|差别|差异|异同|有何两样|\b(?:differ|difference|different|compared? (?:to|with)|versus|vs)\b/;
const CONTRAST =
  /不同的是|不同之处|区别在于|差别在于|差异在于|区别是|不同于|有别于|与[^，。；]{1,24}(?:不同|相比|相较|有别|区别)|相比之下|相较而言|而[^，。；]{1,20}则/;

/** Whether a question asks how two things differ. */
export function asksContrast(question: string): boolean {
  return CONTRAST_ASK.test(normalizeForMatch(question));
}

/** Whether a sentence sets two things against each other (与海外不同的是…, 区别在于…). */
export function contrasts(text: string): boolean {
  return CONTRAST.test(normalizeForMatch(text));
}

// How a question asks what is forbidden (哪些事不能做, 禁止什么, 不准…), and how a rule forbids (不得, 禁止, 严禁).
const PROHIBITION_ASK =
  /不[准许能得可]\s*(?:做|干|搞|从事|开展|碰)|禁止|严禁|不允许|红线|负面清单|\b(?:forbidden|prohibited|barred|banned|not allowed|(?:may|must|can) ?not)\b/;
const FORBIDS = /不得|(?:禁止|严禁)[\u4e00-\u9fff]|不准|不允许|不许|不能从事|不可从事/;

/** Whether a question asks what may not be done. */
export function asksProhibition(question: string): boolean {
  return PROHIBITION_ASK.test(normalizeForMatch(question));
}

/** Whether a sentence states a prohibition (…不得归集资金…). */
export function forbids(text: string): boolean {
  return FORBIDS.test(normalizeForMatch(text));
}
