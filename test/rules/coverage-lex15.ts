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
  pressure_tactics: {
    zh: [
      // 日 for 天 (Cantonese, Taiwan, written Chinese), and Cantonese 得返 / 仲有 for 只剩 / 还有.
      claim('年化9%，', '今日最後一日|今日最后一日|最后一日', '认购|報名|打款'),
      claim('年化9%，', '名额得返|额度净返|份额得返', '三个|两份|最后几个'),
      claim('年化9%，', '仲有两个位|得返三个名额|净返一个位', '，快啲上车|，快手|，要就快'),
    ],
    en: [
      claim(
        '12% a year,',
        'transfer the money|wire the money|invest|sign up',
        'before|by|no later than',
        'Friday|tonight|midnight|the weekend',
      ),
    ],
  },
  withdrawal_blocked: {
    zh: [
      claim(
        '我在平台赚了5万，',
        '提现不到|提現唔到|出金失败|取钱不出',
        '，客服说|，佢话',
        '要先交|必须先转|要先缴',
        '20%的税才能解冻|保证金先解冻|手续费才到账',
      ),
    ],
  },
  romance_contact: {
    zh: [claim('网上识了个|網上識咗個|交友app识了个', '男仔|女仔|靓女', '，他教我|，佢带我|，她叫我', '喺平台投资|买币|做外汇单')],
  },
  government_backing: {
    en: [
      claim(
        'A 9% plan backed by|This note is guaranteed by|Our fund is underwritten by',
        'a provincial|a municipal|a county|a city-owned',
        'SOE|state-owned enterprise|financing platform|LGFV',
      ),
    ],
  },
  no_custody: {
    zh: [claim('认购款|投资款|本金', '转账至|汇入|打至', '项目公司|发行方|融资方', '对公账户|基本户|账户', '即可|，年化9%')],
  },
  public_solicitation: {
    zh: [claim('有个理财经理|那个业务员|村里有人', '天天打电话|电话里|一直打电话', '催我|劝我|推销', '买这个项目|认购原始股|转账投资')],
    en: [
      claim(
        'A salesman|Some agent|A stranger',
        'keeps calling|called me|phoned me',
        'pushing|urging me to|pitching',
        'the scheme|to invest|a 12% plan',
      ),
    ],
  },
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
  pressure_tactics: {
    zh: ['不设截止日，名额没有限制，慢慢考虑'],
    en: ['There is no deadline, so do not transfer anything before you have read the contract'],
  },
  withdrawal_blocked: { zh: ['随时可以提现，不需要先交任何费用'], en: [] },
  government_backing: { en: ['it is not backed by any provincial SOE'] },
  no_custody: { zh: ['认购款不转入项目公司账户，由托管银行监管'], en: [] },
  public_solicitation: { zh: ['我们从不打电话推销产品'], en: ['We never call people pushing the scheme'] },
  guaranteed_return: { zh: ['我们不保证12%，收益随市场波动'], en: ['12% is not guaranteed and you may lose money'] },
  // Percentages a guarantee word stands beside that are no return: a share of people, a capital-protection ratio,
  // a margin deposit.
  high_yield: { zh: ['我们保证10%的客户当天到账', '保证金比例10%'], en: ['guaranteed 90% of your principal back'] },
};

/** Terms a user may ask about (什么是…？, "Is … legal?"): the flag must not fire. */
export const LEX15_TERMS: ByFlag<string[]> = {
  withdrawal_blocked: { zh: ['提现不到'], en: [] },
  government_backing: { en: ['provincial SOE guarantees'] },
  guaranteed_return: { zh: ['保证12%的产品'], en: ['12% guaranteed plans'] },
};

/** Same words, no offer: each must raise no flag at all. */
export const LEX15_LOOKALIKES: ByFlag<string[]> = {
  pressure_tactics: {
    zh: ['今日是活动最后一日，欢迎市民参观。', '这次考试只剩个位数的同学没交卷。'],
    en: ['Please pay the electricity bill before Friday.', 'Send the report before Monday.'],
  },
  withdrawal_blocked: { zh: ['ATM机故障，取款不到账，银行已安排退回。'] },
  romance_contact: { zh: ['我喺网上识咗个男仔，佢教我整蛋糕。'] },
  government_backing: { en: ['The museum is backed by a provincial SOE and the city council.'] },
  no_custody: { zh: ['物业费请转账至物业公司对公账户。'] },
  public_solicitation: { zh: ['妈妈天天打电话催我回家吃饭。'], en: ['My mother keeps calling me, urging me to visit.'] },
  high_yield: {
    zh: ['我们保证90%的订单当天发货。', '他在地上趴了一会儿。'],
  },
};

export const lex15Claims = claimsFrom(LEX15_SLOTS);

export const LEX15: Round = { slots: LEX15_SLOTS, negated: LEX15_NEGATED, terms: LEX15_TERMS, lookalikes: LEX15_LOOKALIKES };
