/**
 * Challenge batches ZW1–ZW5 (round 6, wave 2, w2-16), written before the changes they drove; first figures
 * in the issue-16-w2 note. All names are invented.
 * - ZW1: English wire wordings of a closure (closed, shut, shuttered, wound up, placed into liquidation,
 *   struck off, cancelled … qualifications, withdrew … permit, exited, went out of business …) × active
 *   and passive order × firms (generated), and English distractors (share prices that closed, deals
 *   closed, accounts closed, probes, fines, suspensions, resumptions, stake exits, aftermath).
 * - ZW2: the trigger's object is not an institution (accounts, cards, number plates, an app feature,
 *   a person's qualification): no closure.
 * - ZW3: long organisation and court names, a date and a reason clause between trigger and argument.
 * - ZW4: misconduct words (冒用, 假冒, 非法, 涉嫌) beside a completed closure, and the same words in warnings.
 * - ZW5: aftermath of a closure years before the item, and a fresh act that follows an older one.
 */
import type { ChallengeItem } from './challenge-news.js';

const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });
const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });

const W_FIRMS = [
  'Marten Credit Co., Ltd.',
  'Osprey Digital Exchange',
  'Linnet Community Bank',
  'Plover Wealth Management Limited',
  'Grebe Payments Inc.',
];
const W_CLOSED = [
  'State regulators closed {n} on Friday',
  '{n} was closed by state regulators',
  'Regulators close {n} and name a receiver',
  'Authorities shut {n} after audit',
  'Regulator shutters {n}',
  '{n} shuttered by provincial authorities',
  '{n} has been wound up',
  'Court winds up {n}',
  '{n} placed into liquidation',
  '{n} collapses into liquidation',
  '{n} went out of business',
  '{n} exited the business after clearing its loans',
  '{n} struck off the company register',
  'Regulator cancels the qualifications of {n}',
  'Regulator withdrew the operating permit of {n}',
  '{n} has its permit revoked',
  'Authorities revoked the business licences of {n}',
  '{n} ceased operations last week',
  '{n} deregistered by the market regulator',
  'Regulator dissolves {n}',
];
const W_NOT = [
  'Shares of {n} closed 3% higher',
  '{n} closes $20 million funding round',
  '{n} closed 200 dormant accounts',
  'Regulator probes {n}',
  '{n} fined over compliance lapses',
  '{n} suspended for six months',
  '{n} resumes trading after review',
  'Investor exits its stake in {n}',
  '{n} plans to exit the market next year',
  '{n} denies it was shut down',
  '{n} may be wound up, lawyers say',
  '{n} shuts its crypto trading feature',
];
export const ZW1: ChallengeItem[] = W_FIRMS.flatMap((n) => [
  ...W_CLOSED.map((t) => c(t.replace('{n}', n), '', [n])),
  ...W_NOT.map((t) => d(t.replace('{n}', n))),
]);

/** Wire copy: the event in the summary, a long name, lists; and English distractors with a summary. */
export const ZW1B: ChallengeItem[] = [
  c(
    'Province cancels licences of two trading venues',
    'On Monday the provincial supervisor cancelled the venue qualifications of Qingmu Equity Exchange Limited and Baishan Commodity E-Trading Exchange Limited.',
    ['Qingmu Equity Exchange Limited', 'Baishan Commodity E-Trading Exchange Limited'],
  ),
  c(
    'Court declares lending platform operator bankrupt',
    'A city court on Tuesday declared Wuxing Huitong Online Lending Information Services Limited bankrupt.',
    ['Wuxing Huitong Online Lending Information Services Limited'],
  ),
  c(
    'Last online lender in the province exits',
    'Officials said Fengdai, run by Nanhu Fengdai Web Services Ltd., had paid back every lender and then exited the P2P lending business.',
    ['Fengdai', 'Nanhu Fengdai Web Services Ltd.'],
  ),
  c(
    'US state closes a small lender',
    'Late on Friday the state banking department shut Cedar Ridge Savings Bank, naming the deposit insurer its receiver.',
    ['Cedar Ridge Savings Bank'],
  ),
  c('Shell pawnbroker struck off', 'Tanglin Pawn Limited was struck off the companies list after it filed no returns since 2021.', [
    'Tanglin Pawn Limited',
  ]),
  d('Bank closes record quarter', 'Shares of Larkspur Bank closed up 2% after the lender reported higher profit.'),
  d(
    'Two years after closure, investors still wait',
    'Investors in Juniper Coin Bourse, which the authorities shut down in 2022, are still seeking repayment.',
  ),
  d('Brokerage closes acquisition', 'Heron Securities Limited said it closed the acquisition of a smaller rival.'),
  d('Bank to close dormant accounts', 'Sorrel Bank will close personal accounts with no activity for five years.'),
  d('Regulator probes exchange', 'The regulator opened a probe into Whitebeam Commodity Exchange over trading losses.'),
];

/** The object of the trigger is not a venue, platform or institution. */
export const ZW2: ChallengeItem[] = [
  d('澜沧农商银行集中注销一批零余额长期不动账户'),
  d('多家银行启动睡眠账户清理，符合条件的账户予以注销'),
  d('鹭岛银行关闭部分客户的小额免密支付功能'),
  d('青禾银行信用卡中心：逾期未激活的信用卡将被注销'),
  d('车管所集中注销一批报废车辆号牌'),
  d('云溪支付关闭旗下APP的转账功能'),
  d('松原证券注销一批长期休眠资金账户', '该公司称，注销对象为三年以上无交易、无余额的资金账户。'),
  d('鲸湾信托原董事长被取消任职资格', '监管部门决定取消其高管任职资格五年。'),
  d('白沙银行为已结清贷款客户办理抵押登记注销'),
  d('银杉银行注销客户名下闲置的二类账户', '此次清理涉及的账户余额均为零。'),
  d('金鹊支付关闭“先享后付”功能入口'),
  d('蓝港证券注销一名从业人员的执业证书'),
  d('蓝港证券撤销一家证券营业部'),
];

/** Long names, courts, dates and reason clauses between a trigger and its argument. */
export const ZW3: ChallengeItem[] = [
  c(
    '法院宣告一家网贷平台运营方破产',
    '日前，溪口市中级人民法院依法裁定宣告溪口市通汇互联网金融信息服务有限公司破产。该公司运营“通汇贷”平台。',
    ['溪口市通汇互联网金融信息服务有限公司', '通汇贷'],
  ),
  c(
    '省地方金融管理局取消两家交易场所资格',
    '省地方金融管理局决定取消翠微山文化艺术品产权交易所股份有限公司、青峦大宗商品电子交易中心有限责任公司的交易场所经营资格。',
    ['翠微山文化艺术品产权交易所股份有限公司', '青峦大宗商品电子交易中心有限责任公司'],
  ),
  c('准予注销登记', '市场监督管理局于2024年5月20日准予青松岭网络科技服务有限责任公司（原“青松贷”平台运营方）注销登记。', [
    '青松岭网络科技服务有限责任公司',
  ]),
  c(
    '一家小贷公司被取消经营资格',
    '省金融局于2024年3月15日依法取消因长期停业且无法取得联系的白鹭湾网络小额贷款股份有限公司的小额贷款业务经营资格。',
    ['白鹭湾网络小额贷款股份有限公司'],
  ),
  c('吊销许可证', '因连续两年未报送经营数据，市地方金融监督管理局吊销鹿鸣山融资担保集团股份有限公司所持融资担保业务经营许可证。', [
    '鹿鸣山融资担保集团股份有限公司',
  ]),
  c('一家理财平台被宣告破产清算', '槐安区人民法院近日作出裁定，宣告槐安恒远财富投资管理咨询服务有限公司破产清算。', [
    '槐安恒远财富投资管理咨询服务有限公司',
  ]),
  c('法院裁定宣告破产', '海棠湾市中级人民法院于2023年11月8日裁定宣告海棠湾聚信金融服务外包股份有限公司（“聚信宝”平台运营主体）破产。', [
    '海棠湾聚信金融服务外包股份有限公司',
    '聚信宝',
  ]),
  c('取缔一家非法交易场所', '市整治办依法取缔未经批准设立的云岫山国际商品现货交易中心（有限合伙）。', [
    '云岫山国际商品现货交易中心（有限合伙）',
  ]),
];

/** Misconduct words beside a completed closure, and the same words in warnings and cases. */
export const ZW4: ChallengeItem[] = [
  c('一家冒用金交所名义的登记公司已完成注销', '企业信息显示，玉泉资产登记托管有限公司已于6月3日注销。', ['玉泉资产登记托管有限公司']),
  c('假冒持牌机构的“银杏宝”平台被依法取缔', '', ['银杏宝']),
  c('涉嫌非法集资的蓝桥财富管理有限公司被吊销营业执照', '', ['蓝桥财富管理有限公司']),
  c('非法开展交易场所业务 一家商品交易中心被关闭', '市金融办关闭了金麓商品交易中心有限公司。', ['金麓商品交易中心有限公司']),
  c('冒用银行名义揽储，丹桂投资咨询有限公司被注销', '', ['丹桂投资咨询有限公司']),
  c('涉嫌违规经营 柳湾典当有限公司典当经营许可证被收回', '', ['柳湾典当有限公司']),
  d('警惕！有机构冒用金交所名义销售理财产品', '近期出现冒用“青岚金融资产交易中心”名义的产品，请投资者提高警惕。'),
  d('涉嫌非法集资，“橙意贷”实际控制人被批捕'),
  d('有不法分子冒用已注销的栖霞融资担保有限公司名义行骗'),
  d('假冒银行客服诈骗频发，银行提醒客户注意防范'),
];

/** Aftermath of an older closure, and a fresh act that follows an older one. */
export const ZW5: ChallengeItem[] = [
  d('被取缔三年后 “金橙贷”出借人仍在等待兑付', '2021年被取缔的金橙贷平台，目前仍有大量出借人未获清偿。'),
  d('关停两年后 云帆金融资产交易中心资产处置仍无进展', '2022年被责令关闭的云帆金融资产交易中心有限公司，其资产处置工作仍在推进。'),
  d('早在2020年已退出网贷的“杉木金服” 追偿工作进入新阶段'),
  d('三年前已被吊销许可证的鸿图典当有限公司，原法定代表人今日被判刑'),
  d('两年前关闭的碧水大宗商品交易中心 投资者维权仍在继续'),
  d('已于2021年注销的白帆小额贷款有限公司，其债务纠纷今日开庭'),
  c('此前被约谈的青禾金融资产交易中心今日被正式取消交易场所资格', '', ['青禾金融资产交易中心']),
  c('继去年关停平台后 “松果贷”运营方完成注销登记', '松果网络科技有限公司已于近日完成注销登记。', ['松果贷', '松果网络科技有限公司']),
  c('一年前停止新增业务的岚峰小额贷款有限公司今日被注销', '', ['岚峰小额贷款有限公司']),
];

/**
 * ZW6: fresh angles written after the ZW1–ZW5 fixes and measured before any further change: title-case
 * headlines, other wire idioms (surrendered, removed from the register, pulls the plug, liquidators
 * appointed), English traps (closed-end fund, exits bankruptcy, closes doors to new customers), Chinese
 * aftermath by other words (一周年, 时隔, 以来), more objects that are not institutions.
 */
export const ZW6: ChallengeItem[] = [
  c('Regulators Close Wrenfield Savings Bank', '', ['Wrenfield Savings Bank']),
  c('Thornbury Crypto Exchange surrenders its licence', '', ['Thornbury Crypto Exchange']),
  c('Aldgate Microfinance Ltd. removed from the register of lenders', '', ['Aldgate Microfinance Ltd.']),
  c('Regulator pulls the plug on Kinsale Pay Limited', '', ['Kinsale Pay Limited']),
  c('Liquidators appointed to Ferncliff Trust Co., Ltd. after court order', '', ['Ferncliff Trust Co., Ltd.']),
  c('Court orders the winding up of Bramwell Capital Limited', '', ['Bramwell Capital Limited']),
  c('Oakhurst Lending Co. collapses into administration and closes', '', ['Oakhurst Lending Co.']),
  c('Provincial regulator cancelled the business permit of Yuhe Financial Leasing Co., Ltd. on Monday', '', [
    'Yuhe Financial Leasing Co., Ltd.',
  ]),
  c('Online lender Songxi Dai shut down', 'Songxi Dai, operated by Songxi Web Services Ltd., was shut down after repaying its lenders.', [
    'Songxi Dai',
    'Songxi Web Services Ltd.',
  ]),
  d('Harrow Closed-End Fund closes at record high'),
  d('Westmere Bank exits bankruptcy protection'),
  d('Penbury Bank closes its doors to new customers for a week'),
  d('Calder Securities Limited exits its China joint venture'),
  d('Regulator says Marlow Pay Limited is not being closed'),
  d('Stockton Credit Union closed early for the holiday'),
  d('Three years after Redfern Exchange was shut, a court hears investor claims'),
  c(
    '吊销令下达 一家担保集团失去经营资格',
    '省地方金融管理局近日吊销了白鹤岭融资担保集团有限责任公司（原白鹤岭担保有限公司）所持融资担保许可证。',
    ['白鹤岭融资担保集团有限责任公司'],
  ),
  c('一家商业保理公司被注销', '经查，青石湾商业保理（深圳）有限公司因连续两年未开展业务，已于2024年8月12日被市场监督管理部门注销。', [
    '青石湾商业保理（深圳）有限公司',
  ]),
  c('非法吸收公众存款的“栗子宝”平台被关停', '', ['栗子宝']),
  d('“金穗贷”关停一周年：出借人回款不足三成'),
  d('时隔两年 被取缔的蓝海商品交易中心仍有投资者维权'),
  d('自海川金融资产交易中心被关闭以来 当地已处置资产逾亿元'),
  d('多家银行关闭部分客户的夜间转账功能'),
  d('交警部门吊销一名酒驾司机的驾驶证'),
  d('某证券公司取消一名分析师的从业资格'),
  d('银行提醒：长期不用的银行卡可主动申请注销'),
  c('截至6月底 湖滨小额贷款股份有限公司已完成注销', '', ['湖滨小额贷款股份有限公司']),
];

/**
 * ZW7: written after the ZW6 fixes, measured before the next change: very long names with a former name in
 * brackets between the verb and its object, a court's full name and a date in the gap, English wire
 * sentences with the name far from the verb, and distractors of the same shapes.
 */
export const ZW7: ChallengeItem[] = [
  c(
    '法院裁定宣告破产',
    '东岭省南江市中级人民法院于2024年1月9日依法裁定宣告南江市锦程互联网金融信息服务股份有限公司（原南江锦程投资管理有限公司，“锦程贷”平台运营方）破产。',
    ['南江市锦程互联网金融信息服务股份有限公司'],
  ),
  c(
    '责令关闭一家交易场所',
    '市政府决定责令未经批准擅自开展标准化合约交易的澄湖国际大宗商品现货电子交易中心有限责任公司（下称澄湖中心）关闭。',
    ['澄湖国际大宗商品现货电子交易中心有限责任公司'],
  ),
  c('收回许可证', '市地方金融管理局依法收回对长期未开展业务、且无法取得联系的枫林湾融资担保股份有限公司颁发的经营许可证。', [
    '枫林湾融资担保股份有限公司',
  ]),
  c(
    'Regulator revokes licence',
    'On Thursday the markets authority revoked, effective at once, the licence held by Ashcombe Crypto Bourse Limited.',
    ['Ashcombe Crypto Bourse Limited'],
  ),
  c(
    'Lender wound up',
    'A high court judge on Wednesday ordered that Pemberton Consumer Finance Limited, a payday lender with 40,000 customers, be wound up.',
    ['Pemberton Consumer Finance Limited'],
  ),
  c('Exchange shut', 'Authorities in the province have shut Greyhaven Commodity Exchange, which had run unlicensed spot contracts.', [
    'Greyhaven Commodity Exchange',
  ]),
  d('Regulator closes consultation on lending rules', 'The consultation closed on Friday; Tamworth Bank and others sent comments.'),
  d('Bank shuts out rivals', 'Ravensworth Bank closed a deal to buy a payments firm.'),
  d('法院裁定受理破产申请', '南江市中级人民法院裁定受理南江市锦华网络小额贷款有限公司（原锦华小贷）的破产清算申请。'),
  d('被责令关闭的交易场所投资者维权', '两年前被责令关闭的澄湖国际大宗商品现货电子交易中心有限责任公司投资者仍在维权。'),
];

/** ZW8: English and Chinese traps around the new bare verbs and objects, written after ZW7 and measured before any fix. */
export const ZW8: ChallengeItem[] = [
  d('Hollis Bank shares close at two-year high'),
  d('Stocks close lower as Fenwick Securities slides'),
  d('Fenwick Securities closes its Hong Kong office'),
  d('Abbot Capital closes second fund at $500 million'),
  d('Brindle Exchange closes trading early after outage'),
  d('Garnet Bank liquidates its bond portfolio'),
  d('Hedge fund liquidates stake in Corvid Trust'),
  d('Mallow Fintech exits Indonesia to focus at home'),
  d('Quarry Bank shuts ATM network in rural towns'),
  d("Regulator shuts Tinsley Pay Limited's app for a week"),
  d('Court refuses to wind up Larch Capital Limited'),
  d('Petition to wind up Heddon Finance Limited dismissed'),
  d('Osier Bank closes 30 branches'),
  d('Regulator closes probe into Kelby Securities Limited'),
  d('Rookwood Bank was closed for the public holiday'),
  d('Sable Pay Limited is shut out of the market'),
  d('The acquisition of Wexford Bank was closed on Tuesday'),
  d('Investors close positions in Merrow Coin'),
  c('Regulators close Ingleby Savings and Loan', '', ['Ingleby Savings and Loan']),
  c('Harwood Pay Limited was shut by the central bank', '', ['Harwood Pay Limited']),
  d('溪口银行对已结清的个人消费贷款办理抵押注销'),
  d('某交易所注销一批长期未交易的证券账户'),
  d('支付机构关闭一批涉赌涉诈商户的收款码'),
  c('一家典当行的典当经营许可证被注销', '经营许可证被注销的为云杉典当有限责任公司。', ['云杉典当有限责任公司']),
  c('青岩村镇银行被批准解散', '', ['青岩村镇银行']),
];

/** ZW9: written after every fix above and measured once, as this round's transfer figure. */
export const ZW9: ChallengeItem[] = [
  c('Watchdog shuts down Lowther Peer Lending Platform', '', ['Lowther Peer Lending Platform']),
  c('Regulators seize and close Quenby State Bank', '', ['Quenby State Bank']),
  c('Bexley Forex Limited has had its authorisation cancelled', '', ['Bexley Forex Limited']),
  c('Corby Payments Ltd. put into administration and wound down', '', ['Corby Payments Ltd.']),
  c('Court grants winding-up order against Saltash Loans Limited', '', ['Saltash Loans Limited']),
  c('Thirsk Crypto Exchange ceases trading and enters liquidation', '', ['Thirsk Crypto Exchange']),
  c('Province cancels approvals', 'Authorities revoked the operating approvals of Yelverton Metals Exchange Limited on Monday.', [
    'Yelverton Metals Exchange Limited',
  ]),
  c('Lender deregistered', 'Kirkby Microcredit Co. was deregistered after shareholders voted to dissolve it.', ['Kirkby Microcredit Co.']),
  d('Regulator warns Ulverston Pay Limited it may lose its licence'),
  d('Wickham Bank closes deal for rival lender'),
  d('Hexham Exchange shuts trading for system upgrade until Monday'),
  d('Oundle Securities Limited exits derivatives business line'),
  d('Former chief of Alston Trust, which was wound up in 2019, is jailed'),
  d('Customers rush to close accounts at Bourne Bank'),
  d('Ripon Bank shuts 12 branches as customers move online'),
  c('江州市地方金融管理局注销两家小额贷款公司', '注销对象为江州恒信小额贷款有限公司和江州宏达小额贷款股份有限公司。', [
    '江州恒信小额贷款有限公司',
    '江州宏达小额贷款股份有限公司',
  ]),
  c('一家典当行被注销典当经营许可证', '因连续六个月未开展典当业务，石溪典当有限责任公司的典当经营许可证被依法注销。', [
    '石溪典当有限责任公司',
  ]),
  c('冒用“金交所”名头的银溪资产管理有限公司被吊销营业执照', '', ['银溪资产管理有限公司']),
  c('松柏湾村镇银行被吸收合并后依法解散', '', ['松柏湾村镇银行']),
  d('银行集中注销一批逾期未激活的借记卡'),
  d('鹤山证券注销一批不合格投资者的融资融券账户'),
  d('关停五年后 “橄榄贷”案件仍有出借人申报债权'),
  d('早已退出网贷的“核桃金融”又被曝出冒用他人名义融资'),
  d('有人冒用已被取缔的“莲花宝”名义再次非法集资'),
  d('江州银行关闭旗下信用卡积分兑换功能'),
  d('某支付机构注销一批风险商户'),
];

export const ZW_BATCHES: ReadonlyArray<readonly [label: string, items: ChallengeItem[]]> = [
  ['ZW1', ZW1],
  ['ZW1B', ZW1B],
  ['ZW2', ZW2],
  ['ZW3', ZW3],
  ['ZW4', ZW4],
  ['ZW5', ZW5],
  ['ZW6', ZW6],
  ['ZW7', ZW7],
  ['ZW8', ZW8],
  ['ZW9', ZW9],
];
