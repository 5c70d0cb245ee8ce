/**
 * Round-17 rows of the coverage generator: the concepts of rules/flags/concepts-lex17.json, cut into slots, every
 * filler used at least once. Written from the regulators' typical 非法集资 scripts: money sent straight to the
 * seller's WeChat or Alipay (微信转我, 打我支付宝: no custody), and "today or the quota is gone" told as
 * 今天不转明天就没额度 (haste). No sentence comes from an evaluation set. Claims go through the plain, reported and
 * warned frames; each flag's denials (negated) and the terms a user may ask about (asked) must not fire; each
 * look-alike must raise no flag.
 */
import { claim, type ByFlag, type Round, type Slots } from './coverage-round.js';

export const LEX17_SLOTS: ByFlag<Slots[]> = {
  no_custody: {
    zh: [claim('年化9%，钱直接', '微信|支付宝|银行卡|个人卡|私人卡|云闪付', '转我|打我|付我|转给我|打给我|转到我|打到我', '就行|就可以')],
  },
  pressure_tactics: {
    zh: [
      claim(
        '月息2分，',
        '今天|今晚|今日|现在|这周|本周',
        '不转|不打款|不付|不交|不认购|不报名|不锁定|不转账',
        '，明天|就没|，额度就没了|，没额度了|，没名额了|，就给别人|，就涨价',
      ),
    ],
  },
};
/** The same claims denied by the offer itself: the flag must not fire. */
export const LEX17_NEGATED: ByFlag<string[]> = {
  no_custody: { zh: ['资金由银行存管，不用微信转我'] },
};
/** Terms a user may ask about (什么是…？, "Is … legal?"): the flag must not fire. */
export const LEX17_TERMS: ByFlag<string[]> = {};
/** Same words, no offer: each must raise no flag at all. */
export const LEX17_LOOKALIKES: ByFlag<string[]> = {
  no_custody: { zh: ['聚餐的钱你微信转我就行，我先垫上了。'] },
  pressure_tactics: { zh: ['今天不交作业，明天老师就要批评了。'] },
};
export const LEX17: Round = { slots: LEX17_SLOTS, negated: LEX17_NEGATED, terms: LEX17_TERMS, lookalikes: LEX17_LOOKALIKES };
