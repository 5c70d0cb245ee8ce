/**
 * A licensed issuer's own guarantee: what an insurer may promise in its own contract, and a bank's own protected deposit. A life insurer guarantees its
 * policy's cash value, a 预定利率 / 保证利率 on an annuity or an 增额终身寿, a minimum credited rate (保底利率) on a
 * 万能险, payouts fixed by the contract (保证领取); the 保险保障基金 stands behind policyholders by law. These are the
 * issuer's own obligations under a contract it is licensed to write — not a return promised by an agent, and not a
 * third party standing behind someone else's product (担保公司, 兑付承诺函), which is what guaranteed_return and
 * third_party_guarantee are about (../shared/spec/red-flags.md: "contractual insurance cash values" never fire).
 *
 * The reading needs the insurer's contract and a rate no ordinary contract exceeds. Since 1999 the regulator has
 * capped the rates life contracts may guarantee (2.5 % in 2024, lower since; 3.5–4.025 % before), so a guaranteed
 * rate above 4.5 % is not a policy's. An agent's marks — the money paid into someone's own card, a private contact, scarce slots, an
 * "internal" channel, no contract signed, the 保本保息 / 零风险 words insurers may not use for investment-type
 * products — make it a pitch again, whatever it says it is.
 */

const INSURER =
  /保险公司|人寿|寿险|年金险|年金保险|养老年金|万能险|万能账户|分红险|两全险|增额|保险合同|保单|\b(?:insurers?|life insurance|annuity|annuities|whole[- ]life|policyholders?)\b/;
// The contract, or a product only an insurer may write (an annuity, a universal-life account), read as its own.
const CONTRACT =
  /合同|条款|保单|现金价值|预定利率|保证利率|保底利率|结算利率|保证领取|保证给付|犹豫期|退保|保险保障基金|年金险|年金保险|养老年金|万能险|终身寿险|增额终身寿|两全保险|\b(?:policy|contract|cash values?|surrender\w*|illustration|credit(?:ed|ing) rate|minimum guaranteed rate|guaranty association|(?:fixed |fixed indexed |deferred )?annuity|universal life)\b/;
const AGENT_MARKS =
  /个人(?:账户|卡|账号|微信|名下)|私人账户|(?:转|打|汇)(?:账|款|钱)?(?:给|到)(?:我|他|她)|私聊|私信|加(?:我)?(?:微信|v)|名额|额度(?:有限|紧张|不多)|内部(?:渠道|额度|产品)|不用签|无需签|不签(?:保险)?合同|不是保险|理财计划|担保公司|(?<!保障基金)兜底|保本保息|稳赚|零风险|无风险|本息无忧|刚兑|刚性兑付|翻倍|\b(?:personal account|dm me|message me|text me|wire|off-book|slots?|reserve|risk-free|can't lose|cannot lose|double)\b/;
// A bank's or a broker's own instrument with protected principal (结构性存款, 券商收益凭证, a bank's structured note or CD)
// protects principal on the issuer's own credit; it says so in its disclosure (发行人信用风险, 存款保险, "subject to the
// bank's credit risk", FDIC), which an agent's pitch does not print.
const BANK_ISSUER = /(?<!比|不如)(?:银行|本行|券商|证券公司)|\b(?:banks?|bank's|brokerage|broker-dealer)\b/;
const OWN_INSTRUMENT =
  /结构性存款|收益凭证|大额存单|定期存款|存单|\bstructured (?:notes?|deposits?|cds?)\b|\bcertificates? of deposit\b|\bcds?\b|\bprincipal[- ]protected notes?\b|\bmarket[- ]linked (?:cds?|notes?)\b/;
const DISCLOSURE =
  /信用风险|存款保险|不属于存款|不是存款|发行人(?:的)?信用|\bsubject to (?:the )?(?:\w+ )?(?:bank's|issuer's|issuing bank's) credit\b|\bcredit risk\b|\bfdic\b|\bdeposit insurance\b/;
const DEPOSIT_CEILING = 6;

/** The highest rate a life contract has been allowed to guarantee, with room for a rounding. */
const CONTRACT_CEILING = 4.5;

const OWN_GUARANTEE_FLAGS = new Set(['guaranteed_return', 'third_party_guarantee']);

/** The flag's words are an insurer's or a bank's own guarantee of its own contract, not an offer's promise (normalised text, top yield %). */
export function isInsurersOwn(flagId: string, norm: string, topPercent: number | null): boolean {
  if (!OWN_GUARANTEE_FLAGS.has(flagId) || AGENT_MARKS.test(norm)) return false;
  const top = topPercent ?? 0;
  return (
    (top <= CONTRACT_CEILING && INSURER.test(norm) && CONTRACT.test(norm)) ||
    (top <= DEPOSIT_CEILING && BANK_ISSUER.test(norm) && OWN_INSTRUMENT.test(norm) && DISCLOSURE.test(norm))
  );
}

// An agent who has the money paid into his own card, or who sells without the institution's contract, borrows the
// licensed product's name (这款年金险其实是…，不用签合同，钱转我个人卡; "send the premium to me directly"): no bank
// or insurer is paid that way, so the product's name clears nothing. Narrower than the insurer's marks above: a bank
// may well write 额度有限 of its own certificates of deposit.
const PAID_TO_PERSON =
  /(?:转|打|汇|付)[^，,。；;]{0,6}(?:给我|到我|给他|给她|我的?|他的?|她的?|(?:理财|客户)?经理的?|业务员的?|销售的?)(?:个人|私人)?(?:卡|账户|账号|微信|支付宝)|(?:转|打|汇)(?:账|款|钱)?(?:给|到)?(?:我|他|她)(?:个人|私人)?(?:卡|账户)?(?=[，,。；;！!\s]|$)|私人账户|私下转账|(?:不用|无需|不必|不需要)签(?:保险)?合同|不签合同|\b(?:wire|send|transfer|pay)\b[^.;!?]{0,30}\b(?:my|his|her) (?:personal )?(?:account|card|wallet)\b|\bpersonal account\b/;

/** The text sells a product under a licensed one's name through an agent's own hands (normalised text). */
export const paidToPerson = (norm: string): boolean => PAID_TO_PERSON.test(norm);

/**
 * A licensed product named with the marks only its licensed issuer prints: a money-market fund's 七日年化 and 万份收益,
 * a bank wealth product's 业绩比较基准 and 不保本 and risk grade, a deposit's 存款保险, a broker's 收益凭证 with its issuer's
 * credit risk, an insurer's contract and cash values or a participating policy's demonstration, a public fund's
 * past-performance disclaimer, the national exchanges' own rules (交易权限, 中国结算), a 产权交易所's listing of state
 * assets (挂牌底价, 公告期). Such a product is advertised in public by law (a bank's branch, a fund's 直播, an insurer's
 * agent), sells in quotas with deadlines and may be the state's own (国债, 国家信用): the promotion flags
 * (public_solicitation, pressure_tactics, government_backing) describe how it is sold, not a red flag of it. A rate
 * above any licensed product's, the agent's marks (money into a person's card, 内部额度, 稳赚) or an unlicensed venue
 * make it a pitch in borrowed dress again.
 */
const LICENSED_KIND =
  /(?<!比|不如|胜过|超过|冒用|冒充|打着|类)(?:货币(?:市场)?基金|余额宝|零钱通|理财通|收益凭证|年金险|年金保险|增额终身寿|终身寿险|分红险|万能险|两全保险|公募基金|债基|股基|(?:偏股|偏债|股票|债券|混合|指数|货币)(?:型)?(?:混合)?基金|国债逆回购|储蓄国债|凭证式国债|电子式国债|大额存单|定期存款|整存整取|银行理财|理财子公司|上海证券交易所|深圳证券交易所|北京证券交易所|上交所|深交所|北交所|产权交易所|联合产权交易所)|\b(?:money[- ]market funds?|time deposits?|certificates? of deposit|large-denomination cds?|savings bonds?|treasury bonds?|whole[- ]life (?:policy|policies|insurance)|annuit(?:y|ies)|mutual funds?|bond funds?|index funds?|wealth products?|equity exchange|property rights exchange)\b/;
const LICENSED_MARK =
  /七日年化|万份收益|不保证收益|过往(?:业绩|收益)不(?:代表|预示)|历史业绩不代表|基金有风险|业绩比较基准|不保本|非保本|风险等级|\br[1-5]\b|理财非存款|产品有风险|存款保险|发行人(?:的)?信用风险|不属于存款|合格投资者|现金价值|保险合同|预定利率|保证利率|利益演示|演示(?:利率|红利)|红利(?:是)?不保证|不保证(?:分红|红利)|到期(?:一次)?还本付息|财政部|承销银行|中国结算|交易权限|挂牌底价|公告期|意向受让|\b(?:deposit insurance|performance benchmark|not principal[- ]protected|past performance|7-day (?:annuali[sz]ed )?yield|cash values?|surrender\w*|ministry of finance|reserve price|for transfer)\b/;
// The agent's marks that no licensed seller uses, outside a warning of them (不要相信任何保本保息的承诺).
const PITCH_MARK =
  /稳赚|零风险|无风险|本息无忧|刚兑|刚性兑付|翻倍|保本保息|内部(?:渠道|额度|名额|产品)|私下|拉人|返佣|推荐(?:一个|一人)|\b(?:risk-free|can't lose|cannot lose|guaranteed (?:\d|returns?)|double (?:it|your)|inviting friends)\b/g;
const WARNED_MARK =
  /(?:不要|别|切勿|勿|莫)(?:相信|信|轻信|听信)|警惕|谨防|提防|当心|远离|不承诺|不会承诺|没有|并非|不是|任何|凡是|\b(?:never|no|not|beware of|don't trust|anyone promising)\b/;
const PROMOTION_FLAGS = new Set(['public_solicitation', 'pressure_tactics', 'government_backing']);

const pitchMarked = (norm: string): boolean => {
  for (const m of norm.matchAll(PITCH_MARK)) {
    const at = m.index ?? 0;
    if (!WARNED_MARK.test(norm.slice(Math.max(0, at - 12), at))) return true;
  }
  return false;
};

// A quota and its deadline (额度有限, 售完为止, 先到先得) are how a licensed product is sold; a seller urging the buyer
// (错过不再有, 让我抓紧时间, 催我今天就签, "hurry") is haste pressed on a person, whatever the product — the 炒停售 of an
// insurance agent is the regulators' own example of misleading sales.
const URGING =
  /错过(?:不再|再等|就没|可惜)|抓紧(?:时间)?|赶紧|赶快|尽快|速来|别犹豫|不要犹豫|催(?:我|着|促)|今天就(?:签|买|定|交|打款|下单)|最后(?:的)?机会|炒停售|\b(?:hurry|act now|don't miss|last chance|before it's too late)\b/;

/** A seller urging the buyer (normalised text): haste pressed on a person, which no licensed product's name clears. */
export const urgesBuyer = (norm: string): boolean => URGING.test(norm);

/** The promotion flag's words describe how a licensed product, named with its issuer's marks, is sold (normalised text, top yield %). */
export function isLicensedPromotion(flagId: string, norm: string, topPercent: number | null): boolean {
  if (!PROMOTION_FLAGS.has(flagId) || (topPercent ?? 0) > DEPOSIT_CEILING) return false;
  if (flagId === 'pressure_tactics' && urgesBuyer(norm)) return false;
  return LICENSED_KIND.test(norm) && LICENSED_MARK.test(norm) && !paidToPerson(norm) && !pitchMarked(norm);
}
