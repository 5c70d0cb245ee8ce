/**
 * Questions the reports cannot answer by their nature, whatever words they share with them: a live
 * quote (a share price, a coin's price today, today's exchange rate, a money fund's 七日年化) and a
 * forecast of where a price goes (会涨吗, 涨到多少, "will it reach"). The corpus is research reports
 * with a publication date; it mentions 比特币, 余额宝 and 汇率, but never what they are worth now or
 * next week, and quoting a sentence that names them reads as an answer to an investor. Decided on the
 * question alone, before retrieval, so no shared word can carry such a question to a quote.
 */
import { clausesOf } from './clauses.js';
import { normalizeForMatch } from './text.js';

export type OutOfScope = 'live-quote' | 'forecast' | 'advice';

// Things whose value is only ever a live figure: no report states what they are worth today.
const LIVE = /股价|币价|金价|油价|汇率|牌价|七日年化|万份收益|点位|涨跌幅|涨停|跌停|k线|大盘/;
// Figures a report may state for its own time, live only when asked for now or as a price.
const DATED = /行情|净值|房价|市盈率|股票价格|黄金价格|存款利率|贷款利率|房贷利率|基准利率|lpr|首付比例|首付/;
// A price asked as money per unit (多少钱一个, 一股多少钱) or as a price outright.
// Cantonese asks it as 几钱 / 几多钱 / 几蚊 (how much money).
const PRICE_ASKED = /多少钱|什么价|啥价|价格(?:是)?多少|价位|几块钱|多少美元|多少美金|多少块|报价多少|几多钱|几钱|几蚊/;
// What trades at a price that changes by the minute; a licence or a seat "现在多少钱" is a dated fact a
// report may state (小贷牌照的转让价), not a quote.
const TRADED = /币|股|基金|黄金|金子|白银|美元|美金|港币|日元|欧元|英镑|外汇|期货|原油|token|coin/;
// Today and now, as a live figure is asked; 目前 is left out: questions about the reports' own time use it.
// Cantonese writes now as 而家 / 宜家 / 依家.
const NOW = /现在|今天|今日|当下|此刻|当前|实时|最新|这周|本周|这几天|最近几天|这个月|本月|而家|宜家|依家/;
// A move of a price, or its future: a forecast.
const MOVES = /会涨|会跌|能涨|能跌|还能涨|还会涨|还会跌|涨到|跌到|涨回|涨破|跌破|会不会涨|会不会跌|涨还是跌|走势如何|走势怎么样|后市|抄底/;
const FUTURE = /明天|下周|下个月|下月|明年|年底前|未来几天|未来一周|接下来/;
// A central bank's next move (美联储今年还要不要加息, 会不会降准): a policy decision still to come, which dated
// research cannot know, however much it says of past hikes.
const POLICY_MOVE = /加息|降息|升息|降准|缩表|扩表|放水/;
const POLICY_ASKED =
  /(?:还要不要|要不要|会不会|还会|还要|还能|会|将|什么时候|啥时候|何时|几时|多久)(?:再|继续)?(?:次|轮)?(?:加息|降息|升息|降准|缩表|扩表|放水)|(?:加息|降息|升息|降准)(?:吗|不|没|几次|多少次)/;
const EN_POLICY_MOVE =
  /\bwill (?:the )?(?:fed|federal reserve|pboc|people's bank|central bank|ecb|boj|bank of [a-z]+)\b(?: [a-z'-]+){0,4} (?:raise|cut|hike|lower|ease|tighten)\b|\brate (?:hikes?|cuts?) (?:next|this|coming|later)\b/;

const EN_LIVE =
  /\b(?:share|stock|coin|gold|oil|token) prices?\b|\bprice of (?:a |an |the )?(?:share|stock|bitcoin|ether|gold|oil|coin)|\bexchange rates?\b|\btrading at\b|\b(?:7|seven)[- ]day (?:annuali[sz]ed )?(?:yield|return)\b|\bnet asset value\b/;
const EN_ASKED =
  /\bhow much\b|\bwhat(?:'s| is| are)\b|\btoday\b|\bright now\b|\bcurrent(?:ly)?\b|\bnow\b|\bthese days\b|\bnowadays\b|\bat the moment\b|\bstill\b/;
const EN_NOW = /\btoday\b|\bright now\b|\bcurrent(?:ly)?\b|\bnow\b|\bthis week\b|\blatest\b|\bat the moment\b|\bthese days\b|\bnowadays\b/;
const EN_FIGURE =
  /\b(?:price|interest rates?|deposit rates?|mortgage rates?|loan rates?|lending rates?|savings rates?|funds rate|yield|worth|down ?payments?)\b/;
const EN_MOVES =
  /\bwill (?:[a-z]+ ){0,3}(?:rise|fall|go up|go down|crash|rally|double|(?:reach|hit) (?:\$?\d|(?:[a-z\d,]+ ){0,4}(?:dollars|yuan|usd|highs?)\b))|\bprice (?:prediction|forecast|target)\b|\bgoing to (?:rise|fall|go up|go down|crash)\b/;
const EN_FUTURE = /\bnext (?:week|month|year)\b|\btomorrow\b|\bby the end of (?:the|this) year\b/;
// A pick among products or firms for today (哪个最安全, "which venue is safest to buy from now"): which one is
// best is a recommendation that changes with the market; dated research names no winner for today.
const BEST = /最安全|最靠谱|最稳妥|最稳|最划算|最值得|最好|收益最高|利息最高|哪家好|哪个好|哪个更好|哪家更好|选哪个|选哪家|买哪个|买哪家/;
const CHOICE = /买|选|投|存|开户|理财|产品|平台|基金|银行|交易所|app/;
// Whether something is worth buying for the asker (值不值得买, 值唔值得入, 还能进场吗): a recommendation, whatever it names.
const WORTH = /值不值得|值唔值得|值得(?:买|入|投|入手|进场|持有)(?:吗|嘛|呢|不|唔)|(?:还|仲)(?:能|可以)(?:买|入|进场|上车)(?:吗|嘛|呢)/;
// Which of the asker's options costs less or pays more (哪个更划算, 边个平啲, 手续费平啲; not 哪家平台): a comparison for one
// person's choice, which dated research never makes; Cantonese puts 啲 after the adjective (平啲 = cheaper).
const CHEAPER =
  /(?:便宜|划算|抵|平|着数|稳阵|稳|好|安全|稳妥|靠谱|合适|高|低)(?:啲|d)(?![a-z])|(?:哪个|哪家|哪种|哪只|哪档|哪一个|边个|边间|边只|边种)(?:比较|更|会更|较)?(?:便宜|划算|省钱|抵|平(?!台|均|安|等|衡|时|常|方)|着数|好|稳|安全|稳妥|靠谱|合适|值得)/;
const EN_BEST = /\b(?:safest|best|cheapest|most (?:reliable|trustworthy|profitable)|highest[- ]yielding|top-rated)\b/;
// One option weighed against another for the asker's own money (a better place for my savings than a deposit,
// is it a good buy, worth buying): the English mirror of WORTH and CHEAPER.
const EN_BETTER = /\b(?:better|safer|cheaper|smarter|wiser|more profitable)\b(?: [a-z'-]+){0,6} (?:than|or)\b/;
// A holding judged as a buy (a good buy, worth buying, still a buy): a recommendation whoever asks.
const EN_BUY = /\bgood (?:buy|investment|bet|stock|time to buy)\b|\bworth (?:buying|investing in|holding)\b|\bstill a buy\b/;
const EN_OWN = /\b(?:i|we|my|our|me|us)\b/;
const EN_CHOICE =
  /\b(?:buy|buying|invest(?:ing)? in|put (?:my|our) money|pick|choose|open an account|sign up|exchange|app|platform|broker|bank|fund|products?|insurance|polic(?:y|ies)|annuit(?:y|ies)|deposits?|savings|plans?)\b/;
// A yield a product pays today (银行理财现在年化多少, 定期现在多少): live when one asking clause asks it
// for now; a story's "现在钱拿不回来了" beside "当时说年化收益很高" asks nothing of today.
const YIELD_NOW = /年化|收益率|利率|利息|定期/;
// What the reports themselves say is asked about the reports, not the market.
const ABOUT_REPORTS = /报告|文中|文章|\breport|\brisk\b|风险/;

/** Why a question is beyond any report, or null when the reports may answer it. */
export function outOfScope(question: string): OutOfScope | null {
  const q = normalizeForMatch(question);
  if (ABOUT_REPORTS.test(q)) return null;
  const asked = NOW.test(q) || PRICE_ASKED.test(q);
  const live =
    (LIVE.test(q) && (asked || /多少|几|怎么样|如何/.test(q))) ||
    clausesOf(q).some((c) => c.asks && NOW.test(c.text) && YIELD_NOW.test(c.text) && /多少|几|高不高|划算/.test(c.text)) ||
    (DATED.test(q) && asked) ||
    (PRICE_ASKED.test(q) && NOW.test(q) && TRADED.test(q));
  if (MOVES.test(q) || (FUTURE.test(q) && (live || LIVE.test(q) || PRICE_ASKED.test(q)))) return 'forecast';
  if (POLICY_ASKED.test(q) || EN_POLICY_MOVE.test(q) || (FUTURE.test(q) && POLICY_MOVE.test(q))) return 'forecast';
  if (live) return 'live-quote';
  if (BEST.test(q) && CHOICE.test(q) && (NOW.test(q) || /哪个|哪家|哪种|哪只/.test(q))) return 'advice';
  if (WORTH.test(q) || (CHEAPER.test(q) && (CHOICE.test(q) || /费|价|用|付|转账|汇款|寄钱/.test(q)))) return 'advice';
  if (EN_BEST.test(q) && EN_CHOICE.test(q) && (EN_NOW.test(q) || /\bwhich\b/.test(q))) return 'advice';
  if (EN_BUY.test(q) || (EN_BETTER.test(q) && (EN_OWN.test(q) || EN_NOW.test(q)) && EN_CHOICE.test(q))) return 'advice';
  if (EN_MOVES.test(q) || (EN_FUTURE.test(q) && (EN_LIVE.test(q) || EN_FIGURE.test(q)))) return 'forecast';
  if ((EN_LIVE.test(q) && EN_ASKED.test(q)) || (EN_NOW.test(q) && EN_FIGURE.test(q))) return 'live-quote';
  return null;
}

/** The refusal's opening line for an out-of-scope question, in the question's language. */
export function scopeLead(kind: OutOfScope, english: boolean): string {
  if (kind === 'advice')
    return english
      ? 'The reports pick no product or firm for today, so this question is not covered. They cover:'
      : '这些报告不为当下挑选具体产品或机构，没有涉及这个问题。报告涉及的主题有：';
  if (english)
    return kind === 'forecast'
      ? 'The reports make no price forecasts and this question is not covered. They cover:'
      : 'The reports carry no live prices, rates or quotes, so they cannot answer this. They cover:';
  return kind === 'forecast'
    ? '这些报告不做价格或走势预测，没有涉及这个问题。报告涉及的主题有：'
    : '这些报告不含实时行情、价格或利率，无法回答这个问题。报告涉及的主题有：';
}

// A personal task asked as a how-to (怎么查询…, 如何关闭…, 怎样申请…): answered only by a note that
// names the task itself. The reports study markets and their rules; a sentence of theirs about
// 征信系统 or 余额宝 shares the task's words but never tells anyone how to do it.
const TASK =
  /(?:怎么|怎样|如何|咋)(?:在[^，,？?]{1,8}上|通过[^，,？?]{1,8}|(?:去|到)[^，,？?]{1,8}?(?:那边|那里|这边)?)?(?:才能|能|可以|去)?(?:做)?(买|购买|申购|查询|查看|查|关闭|关掉|开通|开户|开[^，,？?]{0,4}?账户|申请|办理|提取|取出|缴纳|交|注销|解绑|绑定|更正|修改|操作|填写|填|报销|退税|转出|转到|转入|转回|赎回|销户|挂失|冻结|追回|要回|退款|退保|还款|债权登记|登记)/;
// The asker's own course, asked outright (我该怎么办) or as a choice of what to do with their money
// (要不要赎回, 借的钱还用还吗): the reports study markets and never advise one holder; a note may.
// A holder asking whether or from whom the money comes back (钱还能拿回来吗, 找谁要) asks for their own course too.
const ADVICE =
  /怎么办|咋办|如何是好|怎么处理才好|该怎么应对|(?:钱|本金|本息|投资款)(?:还)?(?:能|可以|有没有可能)(?:不能)?(?:拿回|要回|追回|退回|收回)|(?:拿|要|追|收)得回(?:来)?吗|(?:找|向)谁(?:要|赔|讨|追)/;
const DECIDE =
  /(?:要不要|该不该|用不用|需不需要|应不应该|还要|还用|还得|还需要)(?:继续|马上|赶紧|先|再|全部)?(赎回|卖掉|卖出|卖|割肉|止损|补仓|还钱|还款|还|分开存|存|取出|取|转出|投|追加|买|提前还|报警|起诉|退出)/;
const DOES: Record<string, RegExp> = {
  advice: /[\u3400-\u9fff]/,
  还: /还款|还钱|偿还|归还|还本/,
  还钱: /还款|还钱|偿还|归还/,
  还款: /还款|还钱|偿还|归还/,
  卖: /卖出|卖掉|出售|转让/,
  卖掉: /卖出|卖掉|出售|转让/,
  开户: /开户|开立|开设/,
  债权登记: /登记债权|债权登记/,
  买: /购买|买入|买/,
  购买: /购买|买入/,
  申购: /申购/,
  查: /查询|查看|查到|查证|核实|核查|查/,
  交: /缴纳|缴存|交纳|缴/,
  填: /填写|填报|填/,
};

// A personal duty or channel asked yes/no: whether one must pay a tax (需要交…税吗), or whether one can
// buy something at a given place (能不能在银行柜台买…). The reports describe markets, not one person's
// tax bill or where to buy; only a note that names the task answers.
const TAX_DUTY = /(?:需要|需不需要|要不要|要|用不用|得)(交|缴纳|缴|交纳)[^，,。？?]{0,8}税/;
const CHANNEL = /(?:能不能|能否|可不可以|可以)在[^，,。？?]{1,8}?(?:直接)?(买|购买|申购)/;

// An English question about the asker's own next step (How do I file …, Should I buy …, Which number
// should I ring …): the reports never walk a reader through one, so only a note answers. "Do I have
// to …" asks a rule the reports may state, and is not one.
const EN_TASK =
  /\bhow (?:do|can|should|could|would) (?:i|we)\b|\b(?:should|shall) (?:i|we)\b|\bwhere (?:do|can|should|could) (?:i|we)\b|\b(?:which|what) [a-z' -]{1,40}? (?:should|do|can|could) (?:i|we) (?:call|contact|use|go|file|pick|choose|buy|ring|dial)\b/;
// The tax one holder owes (what tax a holder owes on coupons, how is rental income taxed), not what a
// kind of firm pays, which a report may state: the English mirror of 需要交…税, answered only by a
// note that says what to pay.
const EN_TAX_DUTY =
  /\bhow much (?:[a-z-]+ )?(?:tax|taxes)\b|\b(?:tax|taxes) (?:do|does|would|will) [a-z' -]{1,40}? (?:pay|owe)\b|\bhow (?:is|are) [a-z' -]{1,40}? taxed\b|\b(?:i|we|investors?|individuals?|holders?|foreigners?|non-residents?|residents?|savers?)\b(?: [a-z'-]+){0,4} (?:pay|pays|owe|owes) (?:[a-z-]+ ){0,3}(?:tax|taxes)\b/;
// The verb of the asker's step: the first word after the pronoun that is not an auxiliary (do I *have* to).
const EN_STEP = /\b(?:i|we) (?:(?:still|then|now|just|really|actually|first) )?(?!have\b|need\b|be\b)([a-z]+)/;

// Which court hears one's own case (该向哪家法院递诉状, which court hears my claim): a question of one
// suit's jurisdiction, answered only by a note sentence that says which court (被告住所地的法院), never
// by one that only says a suit is possible.
const WHICH_COURT = /(?:哪个|哪家|哪一个|哪一家|哪里的?|哪儿的?|什么)(?:人民)?法院|\bwhich court\b|\bwhat court\b/;
const COURT_TASK = '哪个法院';
const COURT_NAMED = /(?:住所地|所在地|履行地|辖区|基层|中级|区|县|市)(?:的)?(?:人民)?法院/;

// Taxes a firm owes (customs duty on imports, corporate income tax, VAT): a report may state what a
// kind of firm pays, so a question about them is no personal tax bill, unless the asker says it is theirs.
const FIRM_TAX = /关税|企业所得税|增值税|营业税|消费税|印花税/;
const FIRM = /企业|公司|厂|商家|商户|进口商|出口商|机构|平台|银行|交易所|金交所/;
const OWN = /我|咱|自己|个人|个税/;

/**
 * The verb of a personal tax duty the question asks (需要交…税吗): read in its asking clauses only,
 * as "进口货要交关税" told in a story asks nothing, and never of a firm's tax (企业要交哪些税).
 */
function personalDuty(question: string): string | undefined {
  for (const clause of clausesOf(question)) {
    if (!clause.asks) continue;
    const duty = TAX_DUTY.exec(clause.text);
    if (!duty) continue;
    const firm = FIRM_TAX.test(clause.text) || FIRM.test(clause.text.slice(0, duty.index));
    if (!firm || OWN.test(clause.text)) return duty[1];
  }
  return undefined;
}

/** The task of a personal how-to question, when it is one: a Chinese verb (查, 交 …) or "en:" and the English verb. */
export function taskOf(question: string): string | null {
  const q = normalizeForMatch(question);
  if (WHICH_COURT.test(q)) return COURT_TASK;
  if (!/[\u3400-\u9fff]/.test(q)) {
    if (EN_TAX_DUTY.test(q)) return '交';
    const at = EN_TASK.exec(q);
    return at ? `en:${EN_STEP.exec(q.slice(at.index))?.[1] ?? ''}` : null;
  }
  const duty = personalDuty(question);
  if (duty !== undefined) return duty.startsWith('缴') ? '交' : duty.slice(0, 1);
  const asking = clausesOf(question)
    .filter((c) => c.asks)
    .map((c) => c.text)
    .join('，');
  const step = TASK.exec(q)?.[1] ?? CHANNEL.exec(q)?.[1] ?? DECIDE.exec(asking)?.[1];
  if (step !== undefined) return /^开.*账户$/.test(step) ? '开户' : step;
  return ADVICE.test(asking) ? 'advice' : null;
}

/** Whether shown sentences name the task (查询 for 查, 缴纳 for 交 …). */
export function namesTask(task: string, text: string): boolean {
  const folded = normalizeForMatch(text);
  if (task === COURT_TASK) return COURT_NAMED.test(folded);
  return (DOES[task] ?? new RegExp(task)).test(folded);
}

// A year as a question writes it: 2025年, 2025年底, "in 2025", "by the end of 2025" (not 2025元 or a longer number).
const YEAR = /(?<![\d.,])((?:19|20)\d{2})(?=年|(?![\d%％万亿元]|[.,]\d))/g;

/**
 * The years a question asks about that come after every report: the reports are research of their
 * own date and cannot say what happened later, however well their older figures match the rest of
 * the question (清退进展, 地方债发行). Judged against the newest report's date; undated corpora never refuse.
 */
export function yearsAfter(question: string, reportDates: string[]): number[] {
  const newest = Math.max(0, ...reportDates.map((d) => Number(/^\d{4}/.exec(d)?.[0] ?? 0)));
  if (newest === 0) return [];
  return [...question.matchAll(YEAR)].map((m) => Number(m[1])).filter((y) => y > newest);
}

// A later batch or round the question asks about (第二批, 第3轮, the second batch): the reports may
// describe only the first, and a sentence about the first is no answer. 第一/首批 is what reports write.
const ORDINAL = /第([二三四五六七八九十]{1,3}|[2-9]|\d{2})(批|轮|期|届|阶段)/g;
const EN_ORDINAL = /\b(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th) (batch|round|wave|cohort|phase)\b/g;
const EN_NUMERAL: Record<string, string> = {
  second: '二',
  third: '三',
  fourth: '四',
  fifth: '五',
  sixth: '六',
  '2nd': '二',
  '3rd': '三',
  '4th': '四',
  '5th': '五',
  '6th': '六',
};
const EN_MEASURE: Record<string, string> = { batch: '批', round: '轮', wave: '批', cohort: '批', phase: '期' };
const DIGIT = '〇一二三四五六七八九';

/** The later batches or rounds a question asks about, as a report writes them (第二批), with the digit form (第2批). */
export function laterOrdinals(question: string): string[][] {
  const q = normalizeForMatch(question);
  const asked = [
    ...[...q.matchAll(ORDINAL)].map((m) => [m[1] ?? '', m[2] ?? '']),
    ...[...q.matchAll(EN_ORDINAL)].map((m) => [EN_NUMERAL[m[1] ?? ''] ?? '', EN_MEASURE[m[2] ?? ''] ?? '']),
  ];
  return asked.map(([n, unit]) => {
    const digits = /^\d+$/.test(n ?? '') ? (n ?? '') : (n ?? '').length === 1 ? String(DIGIT.indexOf(n ?? '')) : '';
    const chinese = /^\d$/.test(n ?? '') ? (DIGIT[Number(n)] ?? '') : (n ?? '');
    return [`第${chinese}${unit}`, ...(digits ? [`第${digits}${unit}`] : [])];
  });
}
