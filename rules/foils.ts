/**
 * Words in an offer that name something other than what is offered or who is paid: a rival or a legitimate
 * product named to be beaten or as a simile, a third party who pays, what the money is for, a channel the
 * words are kept off. The check (./check-offer.ts) asks these before it reports a trigger.
 */
import type { Evidence } from './types.js';

// "承诺由股东差额补足", "担保公司出具兑付…", "a guarantor will repay": someone else pays, so the words are a
// third-party guarantee (its own flag), not the issuer guaranteeing the return.
const THIRD_PARTY =
  /由(?!我|咱|公司|本公司|平台|本平台|集团|本集团|老板)|担保公司|担保方|股东|实控人|实际控制人|母公司|关联|第三方|保险公司|guarantor|guarantee (?:firm|company)|parent|affiliat|sister company/;

// "钱是给老板另一家厂子扩建用的": what the money is for, not who is paid — self_financing's words, not no_custody's.
const PURPOSE_AFTER =
  /^[^，,。；;！!？?\n]{0,16}?(?:扩产|扩建|建厂|周转|还贷|买设备|上项目|用(?:的|于|来)?(?=[，,。；;！!？?\n]|$))|^[^,.;!?\n]{0,30}?\b(?:to (?:build|expand|fund|finance|repay|buy)|for (?:its|their|his|the) (?:expansion|new|plant|factory))\b/;

const KEPT_OFF =
  /(?:别|不要|千万别|千万不要|不能|不许|不准|勿)\s*(?:在|往|发|转|到)?\s*$|\b(?:don't|do not|never)\s+(?:post|share|mention)?\s*(?:it|this)?\s*(?:in|on)?\s*(?:the)?\s*$/;

// 包 as a guarantee (包赚, 包你回本) is its own word; inside another word (打包, 包装, 红包, 钱包, 资产包, 承包) it names a
// bundle, a wrapping or a purse. A bundle of products is at most a split_or_pooled matter, never a promised return.
const BAO_WORD_BEFORE = /[打红钱书背承面礼套餐资产债权理财组合流量大小卡券]$/;
const BAO_WORD_AFTER = /^[装括含裹邮厢间子月年场干]/;
// 打包票 ("to vouch for") is a guarantee idiom, not a bundle.
const isBundleWord = (e: Evidence, norm: string): boolean =>
  norm[e.start] === '包' &&
  norm.slice(e.start - 1, e.start + 2) !== '打包票' &&
  (BAO_WORD_BEFORE.test(norm.slice(Math.max(0, e.start - 1), e.start)) || BAO_WORD_AFTER.test(norm.slice(e.start + 1, e.start + 2)));

// A guarantee merged onto the bundle word (红包保证收益) keeps its own words.
const afterBundle = (e: Evidence): Evidence[] =>
  /^[保承确兜担稳零刚百]/.test(e.text.slice(1)) && e.text.length >= 3 ? [{ text: e.text.slice(1), start: e.start + 1, end: e.end }] : [];

// 通证 (a token) read across two words: 开通+证券账户, 普通+证书, 流通+证明. Chinese has no spaces, so a two-character
// term can be the tail of one word and the head of the next.
const STRADDLED_TONGZHENG = (e: Evidence, norm: string): boolean =>
  e.text === '通证' && /[开流普畅沟交联互融贯]/.test(norm[e.start - 1] ?? '') && /[券书明件据照]/.test(norm[e.end] ?? '');

// A sale restricted to qualified investors (仅限合格投资者, "qualified investors only") sets the legal threshold, the
// opposite of splitting a product into small shares for anyone: its minimum (起投100万, "Minimum RMB 1 million") is
// that threshold, not a low entry. Denied (无需合格投资者认证, "no accreditation") it is a pitch's open door.
const QUALIFIED_ONLY =
  /(?<!无需|不需|不需要|不用|免|不限|没有|无)(?:合格投资者|专业投资者)(?!认证都不|门槛都不)|\b(?:qualified|accredited|professional) investors? only\b|\bonly (?:for |to )?(?:qualified|accredited|professional) investors?\b/;
const THRESHOLD = /^[^资池拆归]*$/;
const POOL_WORDS = /资金池|池子|拆分|拆成|份额化|归集|pool|common pot|split/;

export function ownEvidence(id: string, evidence: Evidence[], norm: string): Evidence[] {
  if (id === 'split_or_pooled' && QUALIFIED_ONLY.test(norm) && !POOL_WORDS.test(norm))
    return evidence.filter((e) => !THRESHOLD.test(e.text));
  if (id === 'crypto') return evidence.filter((e) => !STRADDLED_TONGZHENG(e, norm));
  if (id === 'no_custody') return evidence.filter((e) => !PURPOSE_AFTER.test(norm.slice(e.end, e.end + 40)));
  // 别在群里说: a channel named to keep the words off it is the opposite of a public pitch.
  if (id === 'public_solicitation') return evidence.filter((e) => !KEPT_OFF.test(norm.slice(Math.max(0, e.start - 6), e.start)));
  return id === 'guaranteed_return'
    ? evidence.filter((e) => !THIRD_PARTY.test(e.text.toLowerCase())).flatMap((e) => (isBundleWord(e, norm) ? afterBundle(e) : [e]))
    : evidence;
}

// "比你那些P2P靠谱", "safer than your p2p apps", "不像炒币": a rival named to be beaten is not what is offered.
const RIVAL_BEFORE =
  /(?:比|比起|不像|不同于|有别于|胜过|强过|好过)(?:你|你们|他|他们|人家)?(?:的)?(?:以前|当年|过去|早年|之前|原来)?的?(?:那个|这个|那家|这家|那款|那只|那些|这些|那种|这种|别的|其他的?|市面上的?|外面的?)?(?:炒|玩|买|投)?\s*$|\b(?:than|unlike|beats|outdoes)\s+(?:your|those|the|other|any|all those|all the|that|these|some|a|an)?\s*(?:(?:old|older|former|earlier|early|failed|defunct|collapsed)\s+)?(?:(?:gambling|betting|speculating) on|buying|playing|trading)?\s*$/;
// After a demonstrative the rival's name may be a few characters long (比你那个限时抢购; "than those asset registry firms");
// a comparative adverb ends the rival (比那些银行还保本: 保本 is the claim).
const RIVAL_PHRASE =
  /(?:比|比起|不像|不同于|有别于|胜过|强过|好过)(?:你|你们|他|他们|人家)?(?:的)?(?:那个|这个|那家|这家|那款|那只|那些|这些|那种|这种)[\u4e00-\u9fffa-z0-9]{1,4}(?<![更还都也要加可])$|\b(?:than|unlike)\s+(?:your|those|that|these)\s+(?:[a-z0-9-]+\s+){1,2}$/;
// "手续和当年金交所那种一样齐全", "和那些P2P不一样", "just like the old exchanges": the thing compared with is the
// standard the pitch measures itself by, not what it sells. The frame is the preposition before the name
// (or opening it) and the likeness word closing the comparison within a few characters after it.
const COMPARE_OPEN = /(?:跟|和|同|与|像)(?:以前|之前|过去|当年|原来|早年|那些|那种|那个)?的?[\u4e00-\u9fffa-z0-9]{0,4}$/;
// A venue name read with the words before it (手续和当年金交所…) holds the preposition itself.
const COMPARE_OPENS = /^[^，,。！？!?；;\n]{0,6}?(?:跟|和|同|与|像)/;
// The likeness may be denied (和当年的P2P完全不是一回事, 跟那些金交所产品两码事): the thing compared is still not what is sold.
const COMPARE_CLOSE = /^[^，,。！？!?；;\n]{0,16}?(?:一样|似的|那样|相同|同样|差不多|类似|不是一回事|两码事|不可同日而语|没法比)/;
// In English the compared thing is a past one ("just like the old lenders"): "as safe as a deposit" is the claim itself.
const COMPARE_EN =
  /\b(?:just like|like|the same as|similar to|as [a-z]+ as)\s+(?:the |those )?(?:old|former|earlier|past)\s+(?:[a-z0-9-]+\s+){0,2}$/;
/**
 * The words at `start` (ending at `end`, when the caller knows it) are the standard a comparison names. The
 * likeness word must follow them: a trigger that holds it (跟存银行一样稳) is the pitch's own claim of safety.
 */
function isCompared(norm: string, start: number, end: number | undefined): boolean {
  if (COMPARE_EN.test(norm.slice(Math.max(0, start - 40), start))) return true;
  const before = norm.slice(Math.max(0, start - 12), start);
  const after = end === undefined ? norm.slice(start, start + 28) : norm.slice(end, end + 20);
  return (COMPARE_OPEN.test(before) || COMPARE_OPENS.test(norm.slice(start, start + 8))) && COMPARE_CLOSE.test(after);
}

// "与比特币等虚拟货币不同", "跟P2P不一样": a thing set apart (与X不同) is named to say what is not offered.
const SET_APART_BEFORE = /(?:与|和|跟|同)[^，,。！？!?与和跟同]{0,10}$/;
const SET_APART_AFTER = /^[^，,。！？!?]{0,10}?(?:不同|不一样|有本质区别|有本质的区别|是两回事|完全是两码事|两码事)/;

export function isRival(norm: string, start: number, end?: number): boolean {
  const before = norm.slice(Math.max(0, start - 24), start);
  const setApart =
    SET_APART_BEFORE.test(norm.slice(Math.max(0, start - 10), start)) &&
    SET_APART_AFTER.test(norm.slice(end ?? start, (end ?? start) + 14));
  return RIVAL_BEFORE.test(before) || RIVAL_PHRASE.test(before) || setApart || isCompared(norm, start, end);
}

// "比定期存款强", "大额存单才2%", "银行理财不如我们的…": a legitimate product named to be beaten is a foil,
// not what the text offers.
const FOIL = /比|不如|强|才|告别|高于|跑赢|胜过|远超|\bthan\b|\bbeats?\b|instead of/;

// "basically a treasury", 就相当于国债, 跟存银行一样: a legitimate product as a simile is the pitch's
// comparison, not what is sold.
const SIMILE =
  /(?:basically|practically|essentially|just like|as safe as|think of it as|the same as|no different from|相当于|等于|就当|当成|当作|如同|好比|就像)\s*(?:a|an|the|是|买|存|成)?\s*$/;

// "还在为存款利息越来越低发愁吗", "定期利息太低": a legitimate product's return complained of is the foil a pitch sets up.
const COMPLAINED = /^\s*(?:的)?(?:利息|利率|收益)(?:越来越|太|这么|那么|实在)?(?:低|少|可怜)/;

/** A legitimate product's name that is a foil or a simile (比定期强, 就当是国债), not the kind of product sold. */
export function isFoil(norm: string, start: number, end: number): boolean {
  return (
    FOIL.test(norm.slice(Math.max(0, start - 4), start)) ||
    FOIL.test(norm.slice(end, end + 3)) ||
    COMPLAINED.test(norm.slice(end, end + 12)) ||
    SIMILE.test(norm.slice(Math.max(0, start - 16), start))
  );
}
