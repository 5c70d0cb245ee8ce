/**
 * Is free text an offer to check, a question to answer, or chit-chat? A small scored decision:
 * numbers of an offer (a yield, a minimum amount), venue names, product words and the red flags the
 * offer check itself finds count towards an offer; so does a first-person account of being pitched
 * (朋友推荐我, 有人让我, 我投了). Words of asking about a topic count against it; pitch questions
 * (靠谱吗, 能投吗) do not — "offer + 靠谱吗？" is still an offer.
 * The offer check reads the text once and its framing decides first: a warning or a question about
 * a term that claims nothing ("警惕所谓保本保息…") is a question, never an offer — the same check and
 * framing that /watch relies on, so neither answers a warning as a promotion.
 * Hand rules were chosen over a trained classifier (natural's Bayes): with 40 development items a
 * model would learn the items, while these signals are the ones the red-flag rules themselves read;
 * on the dev sets (25 questions, 15 offers) they classify 40/40.
 */
import { checkOffer } from '../rules/check-offer.js';
import type { CheckResult } from '../rules/types.js';
import { findVenueNames } from '../rules/names.js';
import { extractAmounts, extractYields } from '../rules/numbers.js';

export type Intent = 'offer' | 'question' | 'chitchat';

// Greetings, thanks and fillers; a message made only of these is chit-chat.
const SOCIAL =
  /你好|您好|大家好|哈喽|嗨|hi|hello|hey|there|谢谢|多谢|感谢|辛苦了|thanks|thank you|thx|a lot|very much|so much|在吗|在不在|早上好|中午好|下午好|晚上好|早安|晚安|哈+|嗯+|好的|好吧|ok|okay|再见|拜拜|bye|good (?:morning|evening|night)|你|您|啦|呀|啊|哦|了|呢|吧|的/gi;
const PRODUCT =
  /理财|产品|项目|定融|定向融资|融资计划|基金|认购|投资|收益权|备案|保本|保息|年化|月息|日息|起投|打款|转账|返利|平台|币|回报|guarantee|return|invest|principal|slots|profit/gi;
const PITCH =
  /靠谱吗|能投吗|可以投吗|能买吗|可以买吗|值得投|值得买|要不要投|安全吗|可信吗|是骗局吗|是不是骗局|续投|推荐(?:了|给我)|is it safe|legit|should i invest|is this a scam|what do you\b(?= (?:think|make of))|你觉得|怎么看/i;
// Someone pitched the user, or the user already paid: the message describes a case to check.
const PERSONAL =
  /朋友推荐|朋友介绍|有人(?:让|叫|拉|推荐)我|(?:让|叫|拉)我(?:投|买|下载|加入|转)|推荐我|我(?:在|已经|刚|上个月|去年)?.{0,6}(?:投了|买了|转了|充了|入金)|my friend offers|someone (?:offered|asked) me|i (?:invested|deposited|paid)/i;
// A seller's words reported by the user are the pitch itself.
const SELLER =
  /(?:业务员|理财顾问|理财经理|理财师|客户经理|销售|推销员|中介|salesman|salesperson|sales rep|agent|advisor|adviser)(?:一直|总是|又|还)?(?:说|讲|称|催|推荐|让|介绍|告诉|says|said|told|keeps)/i;
const ASKING =
  /为什么|为何|什么|哪些|哪个|哪几|\bwhat\b|\bwhich\b|多少|如何|怎么|怎样|是否|有没有|几家|几个|区别|含义|意思|^(how|what|why|which|when|who|is there|are there|has|have|does|do)\b/i;
// Flags of a case in progress (money asked for or stuck) weigh more than topic words.
const CASE_FLAGS = new Set([
  'withdrawal_blocked',
  'fake_platform',
  'romance_contact',
  'referral_scheme',
  'no_custody',
  'guaranteed_return',
  'crypto',
]);

/** The opening of a message that says what it is; reading 100 000 pasted characters would only cost time. */
export const INTENT_CHARS = 2000;

function isChitchat(t: string): boolean {
  return t.length <= 40 && t.replace(SOCIAL, '').replace(/[\s\p{P}\p{S}]/gu, '').length === 0;
}

/**
 * `checked` is the offer check the caller already ran on this same text (the router runs it once,
 * with the registry, and hands it on to /check): checking a 5,000-character paste twice was a third
 * of the time a long message took.
 */
export function classifyIntent(text: string, checked?: CheckResult): { intent: Intent; reasons: string[] } {
  const t = text.trim().slice(0, INTENT_CHARS);
  if (t.length === 0 || isChitchat(t)) return { intent: 'chitchat', reasons: ['greeting, thanks or empty'] };
  const check = checked ?? checkOffer(t);
  if (check.framing !== 'claims') return { intent: 'question', reasons: [`a ${check.framing} that claims nothing`] };
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, reason: string): void => {
    score += points;
    reasons.push(reason);
  };
  if (extractYields(t).length > 0) add(3, 'states a yield');
  if (extractAmounts(t).length > 0) add(2, 'states a minimum amount');
  if (findVenueNames(t).length > 0) add(1, 'names a venue');
  const products = new Set((t.match(PRODUCT) ?? []).map((w) => w.toLowerCase())).size;
  if (products > 0) add(Math.min(products, 3), `${products} product words`);
  const flags = check.flags.map((f) => f.id);
  // Claimed flags (framed words never reach here) count, except in a topical question or a keyword search.
  const keywords = /^[^\p{P}]+$/u.test(t) && t.split(/\s+/).length >= 3;
  if (flags.length > 0 && !ASKING.test(t) && !keywords) add(Math.min(flags.length + 1, 3), `${flags.length} red flags claimed`);
  if (flags.some((id) => CASE_FLAGS.has(id))) add(2, `red flags of a case: ${flags.join(', ')}`);
  if (PERSONAL.test(t)) add(2, 'tells of being pitched or having paid');
  if (SELLER.test(t)) add(2, 'reports what a seller said');
  if (PITCH.test(t)) add(2, 'asks whether to invest');
  else if (ASKING.test(t)) add(-3, 'asks about a topic');
  return { intent: score >= 3 ? 'offer' : 'question', reasons };
}
