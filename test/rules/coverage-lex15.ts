/**
 * Round-15 rows of the coverage generator: the concepts of rules/flags/concepts-lex15.json and the round's rate
 * readings, cut into slots, every filler used at least once, in Chinese (Mandarin, Cantonese, Taiwanese) and English.
 * Written for this generator from the regulators' typical 非法集资 scripts and the spec's lists: a guaranteed rate with
 * no period or return word (保证12%, 稳拿8个点, "12% guaranteed", "a guaranteed plan at 9%"); Taiwan's words for a
 * return (報酬率, 配息, 月領) and for per cent (8趴); withdrawals refused until a "tax" or a fee is paid, said in
 * Cantonese (提現唔到, 先解凍); a contact met online who teaches the victim to invest (網上識咗個男仔, 佢教我投資);
 * a deadline said with 日 for 天 or only a few places left (最後一日, 名額得返三個); paying before a weekday ("wire
 * it before Friday"); an SOE of a province or a city standing behind a plan; subscriptions paid straight onto a
 * project company's account; a pitch pushed by phone. No sentence comes from an evaluation set. Claims go through
 * the plain, reported and warned frames; each flag's denials (negated) and the terms a user may ask about (asked)
 * must not fire; each look-alike must raise no flag.
 */
import { claim, claimsFrom, type ByFlag, type Round, type Slots } from './coverage-round.js';

export const LEX15_SLOTS: ByFlag<Slots[]> = {
  high_yield: {
    zh: [
      // A guaranteed rate with no period or return word: the guarantee makes it a return.
      claim('保证|稳拿|包你拿|保證', '12%|10个点|15%', '，稳稳的|，放心投|，到期就给'),
      // Taiwan: 報酬率 for the return, 配息 for the payout, 月領 for "paid each month", 趴 for per cent.
      claim('年報酬率|投資報酬率|每月配息|月領', '8趴|12%|1.5趴|2趴', '，穩穩領|，免煩惱|，保證入帳'),
    ],
    en: [
      claim("A guaranteed|Our 'guaranteed'|This fixed-income", 'plan|scheme|note|product', 'at 9%|at 12%|at 15%'),
      claim('Get in at|Join at|Lock in', '12% guaranteed|9% assured|10% locked in'),
      claim('Guaranteed|Locked-in|Assured', '12%|9 percent|10%', 'on your money|for three years|every year'),
    ],
  },
  guaranteed_return: {
    zh: [claim('保证|稳拿|包你拿|保證月領', '12%|10个点|1.5%|2%', '，稳稳的|，放心投|，到期就给')],
    en: [
      claim('Guaranteed|Locked-in|Assured', '12%|9 percent|10%', 'on your money|for three years|every year'),
      claim('It pays|You get|The plan gives', '12% guaranteed|9% guaranteed every year|10% a year, guaranteed'),
    ],
  },
};

/** The same claims denied by the offer itself: the flag must not fire. */
export const LEX15_NEGATED: ByFlag<string[]> = {
  guaranteed_return: { zh: ['我们不保证12%，收益随市场波动'], en: ['12% is not guaranteed and you may lose money'] },
  // Percentages a guarantee word stands beside that are no return: a share of people, a capital-protection ratio,
  // a margin deposit.
  high_yield: { zh: ['我们保证10%的客户当天到账', '保证金比例10%'], en: ['guaranteed 90% of your principal back'] },
};

/** Terms a user may ask about (什么是…？, "Is … legal?"): the flag must not fire. */
export const LEX15_TERMS: ByFlag<string[]> = {
  guaranteed_return: { zh: ['保证12%的产品'], en: ['12% guaranteed plans'] },
};

/** Same words, no offer: each must raise no flag at all. */
export const LEX15_LOOKALIKES: ByFlag<string[]> = {
  high_yield: {
    zh: ['我们保证90%的订单当天发货。', '他在地上趴了一会儿。'],
  },
};

export const lex15Claims = claimsFrom(LEX15_SLOTS);

export const LEX15: Round = { slots: LEX15_SLOTS, negated: LEX15_NEGATED, terms: LEX15_TERMS, lookalikes: LEX15_LOOKALIKES };
