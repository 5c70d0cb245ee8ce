/**
 * Is free text an offer to check, a question to answer, or chit-chat? A small scored decision:
 * numbers of an offer (a yield, a minimum amount), venue names and product words count towards an
 * offer; words of asking about a topic count against it; pitch questions (靠谱吗, 能投吗) do not.
 * Hand rules were chosen over a trained classifier: with 40 development items a model would learn
 * the items, while these signals are the ones the red-flag rules themselves read.
 */
import { findVenueNames } from '../rules/names.js';
import { extractAmounts, extractYields } from '../rules/numbers.js';

export type Intent = 'offer' | 'question' | 'chitchat';

const CHITCHAT = /^(你好|您好|哈喽|嗨|hi|hello|hey|谢谢|多谢|感谢|thanks|thank you|thx|在吗|在不在|早上好|晚上好|早安|晚安|哈哈+|嗯+|好的|ok|okay|再见|拜拜|bye)[\s!！。.？?~～]*$/i;
const PRODUCT = /理财|产品|项目|定融|定向融资|融资计划|基金|认购|投资|收益权|备案|保本|保息|年化|月息|日息|起投|打款|转账|返利|平台|币|回报|guarantee|return|invest|principal|slots|profit/gi;
const PITCH = /靠谱吗|能投吗|可以投吗|能买吗|可以买吗|值得投|值得买|要不要投|安全吗|可信吗|是骗局吗|续投|推荐(?:了|给我)|is it safe|legit|should i invest/i;
const ASKING = /为什么|为何|什么|哪些|哪个|多少|如何|怎么|怎样|是否|有没有|几家|几个|区别|含义|意思|^(how|what|why|which|when|who|is there|are there)\b/i;

export function classifyIntent(text: string): { intent: Intent; reasons: string[] } {
  const t = text.trim();
  if (CHITCHAT.test(t) || t.length === 0) return { intent: 'chitchat', reasons: ['greeting or thanks'] };
  const reasons: string[] = [];
  let score = 0;
  if (extractYields(t).length > 0) (score += 3), reasons.push('states a yield');
  if (extractAmounts(t).length > 0) (score += 2), reasons.push('states a minimum amount');
  if (findVenueNames(t).length > 0) (score += 1), reasons.push('names a venue');
  const products = new Set((t.match(PRODUCT) ?? []).map((w) => w.toLowerCase())).size;
  if (products > 0) (score += Math.min(products, 3)), reasons.push(`${products} product words`);
  if (PITCH.test(t)) (score += 2), reasons.push('asks whether to invest');
  else if (ASKING.test(t)) (score -= 3), reasons.push('asks about a topic');
  return { intent: score >= 3 ? 'offer' : 'question', reasons };
}
