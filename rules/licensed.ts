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
