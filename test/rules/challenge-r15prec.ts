/**
 * Round 15, precision: a challenge written before any round-15 fix and measured once then (`first`). Each cause is a
 * reading that made a text with no offer in it raise a flag, as the pool's misses and the open cases showed
 * them (described, never copied):
 * - a text with no money in it at all (a party, a verification code, a bakery's closing time) raising the behavioural
 *   flags (secrecy, solicitation, haste, recruiting), whose words are everyday words;
 * - a class of schemes described by its habits (这类产品往往宣称…, "such schemes usually claim…"), or judged with the
 *   judgement after or before it (…实为非法集资, 係龐氏騙局, "… is a lie", "This is a scam: …"), in every register;
 * - a question about a word the asker names as a word (有个叫X的东西, 一个词叫X, "someone mentioned X — what is it?");
 * - a percentage of an insurance contract's sum assured or premium, which is a benefit schedule, not a yield;
 * - a notice signed by an authority's account (——转自某区金融办公众号).
 * Each clean batch has a pitch batch in the same dress (money on the table, the speaker's own product, a named product
 * with a rate) that must keep its flag.
 */
import type { Cause } from './challenge-causes.js';

/** Everyday texts, no money anywhere: the behavioural words are not a pitch. */
const NO_MONEY: string[] = [
  "Don't tell anyone about the surprise party plan",
  'do not disclose your verification code to anyone',
  "Keep this between us, I'm planning to propose next week.",
  'Hurry, the bakery closes at 6 tonight.',
  '群发一下：明天下午三点开会，大家准时到。',
  '别告诉别人，我下个月要辞职了。',
  '转发给身边朋友：本周六社区义诊，免费量血压。',
  '這件事先不要告訴別人，我們下週要辦婚禮。',
  '唔好话俾人知，我哋下个月结婚。',
  'Share this with everyone you know: the lost dog was found near the park.',
];

/**
 * Open, and under no floor: a share request and an invitation to a chat that say nothing of money nor of any other
 * subject. They were in the batch above when it was first measured (1/12 then); no mechanism reads them yet without
 * clearing a bare pitch line, so they are named in the closing note instead.
 */
export const OPEN_R15P: string[] = [
  'Please share this post with your friends and family!',
  'Invite your friends to the group chat, the more the merrier.',
];

/** The same words with money on the table: the flag stays. */
const NO_MONEY_PITCH: Array<{ text: string; flag: string }> = [
  { text: "Don't tell anyone, this fund pays 2% a week and we guarantee your principal.", flag: 'secrecy' },
  { text: 'Keep this between us: an internal quota of our 9% note, transfer today.', flag: 'secrecy' },
  { text: 'Please share this post with your friends: our wealth plan pays 12% a year!', flag: 'public_solicitation' },
  { text: 'Invite your friends and earn 10% commission on every deposit they make.', flag: 'referral_scheme' },
  { text: 'Hurry, only 3 slots left in our 11% fund, transfer by tonight.', flag: 'pressure_tactics' },
  { text: '别告诉别人，这是内部额度，年化10%，保本保息。', flag: 'secrecy' },
  { text: '群发给大家：我们的理财年化12%，保本保息，一万起投。', flag: 'public_solicitation' },
  { text: '名额有限，今晚截止，年化9%的定融最后一期。', flag: 'pressure_tactics' },
  { text: '這件事先不要告訴別人，內部額度，月息3分，錢轉到我帳戶。', flag: 'secrecy' },
  { text: 'My online boyfriend says his crypto platform pays 3% a day.', flag: 'romance_contact' },
];

/** A class of schemes described by its habits or judged, before or after its words, in every register. */
const CLASS_JUDGED: string[] = [
  '警惕所谓“金交所产品”！这类产品往往宣称保本保息、有政府背书，实为非法理财。——转自某区金融办公众号',
  '这些所谓的养老项目，常常打着政府扶持的旗号，承诺高额回报，实际上是非法集资。',
  '这种产品通常声称有国企担保、年化12%，实则是伪金交所的定融。',
  '此类平台一般以保本保息、月息2分为诱饵吸引老人投资。',
  'Such schemes usually claim government backing and promise 12% a year; in reality they are illegal fundraising.',
  'These platforms typically advertise guaranteed returns of 15% a year — they are scams.',
  'Any "risk-free" 10% return is a lie.',
  'This is a scam: they promise guaranteed 15% monthly.',
  'A genuine bank will never guarantee you a 10% return.',
  'Heads up folks, the "USDT staking" thing in the other group is a Ponzi. Don\'t send money.',
  '因住呀，有人話月息三分，實係騙局。',
  '千祈唔好畀錢佢哋，話咩穩賺唔蝕都係假嘅。',
  '小心呃人：所謂USDT理財，每日1%，係龐氏騙局。',
  '這類投資群組通常號稱保證獲利、月報酬20%，其實就是詐騙。',
];

/** The same dress, with the speaker's own product or a pitch in hand: the flag stays. */
const CLASS_PITCH: Array<{ text: string; flag: string }> = [
  { text: '这类产品往往年化8%，我们这款保本保息，年化12%。', flag: 'guaranteed_return' },
  { text: '别的平台通常只有5%，我们这个月息2分，保本保息。', flag: 'guaranteed_return' },
  { text: 'Other funds usually pay 4%; ours guarantees 12% a year.', flag: 'guaranteed_return' },
  { text: '呢個基金冇風險㗎，每個月派2%息。', flag: 'guaranteed_return' },
  { text: '這個平台保證獲利，每月10%，穩賺不賠，快加入。', flag: 'guaranteed_return' },
  { text: '保险业务员说这款产品保本保息，年化8%，比存款划算。', flag: 'guaranteed_return' },
];

/** A question about a word the asker names as a word. */
const NAMED_TERM: string[] = [
  '听说有个叫定融的东西，这到底是啥意思？跟银行理财有啥区别？',
  '有个东西叫保本保息，这是什么意思？',
  '网上看到一个词叫金交所，这个是干嘛的？',
  'Someone mentioned "directed financing plans" — what are those exactly?',
  '最近老听人说一个词叫刚兑，这是啥？',
  '聽說有種東西叫定融，這到底是什麼？',
  'I keep hearing about something called "rollover financing"; what is it?',
  '有种说法叫资金池，这个到底指什么？',
];

/** A named product with its terms, asked about: the flag stays. */
const NAMED_PITCH: Array<{ text: string; flag: string }> = [
  { text: '有个叫鑫融的平台，年化15%，保本，能投吗？', flag: 'guaranteed_return' },
  { text: '听说有个叫天天盈的理财，月息2分，这到底是啥意思？', flag: 'high_yield' },
  { text: '有个叫恒通资产登记备案中心的地方在卖定融，年化10%，这是什么？', flag: 'nonstandard_debt' },
  { text: 'A friend mentioned a platform called CoinMax that pays 1% a day — what is it?', flag: 'high_yield' },
];

/**
 * A percentage of an insurance contract's sum assured: a benefit schedule, not a yield. (A share of the premium paid back
 * each year is a return on the money put in, and was taken out of this batch before any fix.)
 */
const POLICY_SHARE: string[] = [
  '保险公司年金险，合同约定第五年起每年返还基本保额的20%，现金价值以合同附表为准。',
  '这款两全险满期给付基本保额的110%，交费期10年。',
  '重疾险确诊轻症赔付基本保额的30%，中症赔50%。',
  'The annuity pays 20% of the sum assured each year from year five, as the policy schedule states.',
  'The critical-illness policy pays 30% of the sum insured for an early-stage diagnosis.',
];

/** A rate on a product beside the same insurance words: the flag stays. */
const POLICY_PITCH: Array<{ text: string; flag: string }> = [
  { text: '这款保险理财每年返还本金的20%，年化收益12%，保本。', flag: 'high_yield' },
  { text: '业务员说这个"保险"其实是投资，年回报15%，钱打到他个人卡上。', flag: 'high_yield' },
];

export const CAUSES_R15P: Cause[] = [
  { id: 'r15p_no_money', first: '1/10', cause: 'everyday texts with behavioural words and no money', kind: 'clean', texts: NO_MONEY },
  {
    id: 'r15p_no_money_pitch',
    first: '10/10',
    cause: 'the same words with money on the table',
    kind: 'fire',
    texts: NO_MONEY_PITCH,
  },
  {
    id: 'r15p_class_judged',
    first: '3/14',
    cause: 'a class described by its habits or judged (实为, 係騙局, "is a lie", "This is a scam:")',
    kind: 'clean',
    texts: CLASS_JUDGED,
  },
  { id: 'r15p_class_pitch', first: '6/6', cause: "the speaker's own product set against a class", kind: 'fire', texts: CLASS_PITCH },
  {
    id: 'r15p_named_term',
    first: '0/8',
    cause: 'a word named as a word (叫X的东西, "something called X")',
    kind: 'clean',
    texts: NAMED_TERM,
  },
  { id: 'r15p_named_pitch', first: '4/4', cause: 'a named product with its terms, asked about', kind: 'fire', texts: NAMED_PITCH },
  { id: 'r15p_policy_share', first: '2/5', cause: "a percentage of a policy's sum assured", kind: 'clean', texts: POLICY_SHARE },
  { id: 'r15p_policy_pitch', first: '2/2', cause: 'a rate offered beside insurance words', kind: 'fire', texts: POLICY_PITCH },
];
