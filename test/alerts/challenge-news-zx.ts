/**
 * Challenge batches ZX1–ZX2 (round 7, r7-16), written before the changes they drove; the first figures
 * are in the issue-16-r7 note. All names are invented, all wordings our own.
 * - ZX1: distractors, one or more per class the fresh authors used: denials, plans and public notices,
 *   court cases, payouts of platforms closed earlier, renames that keep the business, closures of
 *   unrelated businesses, measures short of closure (整改, 暂停新增业务, 立案侦查), retrospectives and
 *   anniversaries of past closures, and English items of the same kinds.
 * - ZX2: completed closures in unusual word orders (topic first, verb last, passive with a long agent,
 *   the venue in a later clause, a reason or a date between verb and name), and English ones.
 */
import type { ChallengeItem } from './challenge-news.js';

const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });
const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });

const ZX1: ChallengeItem[] = [
  // Denials.
  d('青岚金融资产交易中心回应“被注销”传闻：消息不实，业务正常开展', '该中心表示已向公安机关报案，追究造谣者责任。'),
  d('网传沐川小贷被吊销牌照？当地金融办：系谣言', '经核实，沐川小额贷款有限公司各项许可均在有效期内。'),
  // Plans, intent and public notices.
  d('远帆融资租赁有限公司拟申请注销，现予公示', '公示期三十日，相关债权人可在公示期内提出异议。'),
  d('关于撤销澄湖典当行有限责任公司典当经营许可证的公示（征求意见稿）', '如对拟撤销事项有异议，请于十个工作日内反馈。'),
  d('雁栖网贷平台计划明年上半年完成清退', '平台负责人称，将在监管指导下逐步压降存量规模。'),
  // Court cases.
  d('雁栖网贷原实控人集资诈骗案一审开庭', '检察机关指控其利用平台非法吸收公众存款逾九亿元。'),
  d('“金穗宝”平台非法吸收公众存款案宣判，主犯获刑十二年', '法院同时判决追缴违法所得，发还集资参与人。'),
  // Payouts of platforms closed earlier.
  d('已停业的丰禾贷启动第三次清退兑付，兑付比例4%', '出借人可登录清退系统核对债权并领取款项。'),
  d('关停三年后，某地公布鹏程财富平台资产处置进展', '截至目前已向出借人分配回收资金约1.2亿元。'),
  // Renames that keep the business.
  d('宏泰小额贷款有限公司更名为宏泰数字科技小额贷款有限公司', '公司表示更名不影响现有业务，经营范围保持不变。'),
  // Unrelated closures.
  d('老字号面馆“李记”宣布停业，结束四十年经营', '店主称因房租上涨，决定关店退休。'),
  d('某市注销一批长期停产的化工企业', '涉及企业二十余家，均已完成安全评估。'),
  d('受台风影响，多家银行网点今日暂停营业', '台风过境后将恢复正常营业。'),
  // Measures short of closure.
  d('星槎消费金融被责令整改，暂停新增互联网贷款业务', '监管要求其在三个月内完成问题整改。'),
  d('涉嫌非法集资，鑫盛财富被立案侦查', '警方已冻结该公司部分银行账户，案件正在进一步侦办中。'),
  d('监管部门约谈五家网络小贷公司负责人', '要求其规范催收行为，压降过高利率。'),
  d('某支付机构因违规被罚款并暂停部分业务', '罚没金额合计三百余万元。'),
  // Retrospectives and anniversaries.
  d('回望：五年前本省取缔最后一家P2P平台', '从高峰期的百余家到全部出清，网贷整治走过了一段曲折历程。'),
  d('银海金融资产交易中心关闭两周年：投资者维权之路仍漫长', '两年前该中心被取消交易场所资质，部分产品至今未兑付。'),
  // Warnings.
  d('警惕！不法分子冒充已注销的金交所推销理财', '监管提示，相关机构早已退出，切勿轻信高息承诺。'),
  // English distractors.
  d(
    'Regional lender denies reports it will lose its banking licence',
    'It called talk of a revocation untrue; all branches keep serving customers.',
  ),
  d(
    'Regulator proposes to revoke the licence of Kestrel Payments, opens consultation',
    'Kestrel has 30 days to respond before any final decision is taken.',
  ),
  d('Five years after its collapse, creditors of Heron Lending still await payouts'),
  d('Coffee chain Beanhouse closes 40 stores nationwide'),
];

const ZX2: ChallengeItem[] = [
  // Topic first, verb last.
  c('青禾金融资产交易中心，交易场所资质正式取消', '省地方金融管理局发布公告，即日起该中心不得开展任何交易业务。', ['青禾金融资产交易中心']),
  c('被依法注销的是这家公司：滨江汇通小额贷款有限公司', '区市场监管局日前核准其注销登记。', ['滨江汇通小额贷款有限公司']),
  c('“云鹊贷”网站及APP已全部关闭', '运营方杭州云鹊网络科技有限公司称存量借贷已清零。', ['云鹊贷', '杭州云鹊网络科技有限公司']),
  // Passive with a long agent.
  c('东陵典当有限责任公司所持许可证被某省地方金融管理局依法吊销', '', ['东陵典当有限责任公司']),
  c('澜湾融资担保有限公司所持担保业务许可证已由市地方金融监督管理局予以注销', '', ['澜湾融资担保有限公司']),
  // Reason or date between the verb and the name.
  c('因连续两年未开展业务，市金融局于3月18日撤销了铜川鑫源小额贷款有限公司的试点资格', '', ['铜川鑫源小额贷款有限公司']),
  c('市中级人民法院裁定：受理债权人申请，宣告南岭互联网金融信息服务有限公司破产', '', ['南岭互联网金融信息服务有限公司']),
  // The venue in a later clause.
  c('省金融管理局发布公告', '经研究决定，不再保留石榴湾金融资产交易中心交易场所资格，自公告之日起停止全部业务。', [
    '石榴湾金融资产交易中心',
  ]),
  c('又一家网贷机构退出', '记者获悉，嘉木在线已完成存量业务清零，正式退出网络借贷行业。', ['嘉木在线']),
  // Forms: dissolution, absorbed then deregistered, rename-out, business stopped.
  c('银保监局批复：同意北溪村镇银行解散', '该行由主发起行吸收合并，后续将依法办理注销。', ['北溪村镇银行']),
  c('丹霞金融资产交易中心更名为丹霞商品交易中心，退出金融资产交易业务', '', ['丹霞金融资产交易中心']),
  c('恒川财富网络借贷信息中介平台停止运营', '平台发布公告称已于上月末终止全部撮合业务。', ['恒川财富']),
  c('汇谷商业保理有限公司被列入名单后已完成注销', '当地监管部门将继续推进失联空壳保理企业出清。', ['汇谷商业保理有限公司']),
  c('市场监管部门吊销金叶投资咨询有限公司营业执照', '该公司长期以“保本高息”名义向社会公众销售理财产品。', ['金叶投资咨询有限公司']),
  c('取消对蓝鲸股权交易中心的备案', '该中心此前未按要求整改，省金融局决定取消其交易场所备案。', ['蓝鲸股权交易中心']),
  c('灵石消费金融有限公司不再具备消费金融业务资质', '监管部门已依法收回其金融许可证。', ['灵石消费金融有限公司']),
  c('白鹭网贷宣布良性退出', '白鹭网贷表示所有出借人本金已全部兑付完毕。', ['白鹭网贷']),
  // English.
  c('Provincial regulator pulls the licence of Wren Microfinance Co.', 'From Monday Wren can neither accept savings nor make loans.', [
    'Wren Microfinance Co.',
  ]),
  c('Lending platform Finchly has ceased operations and quit web lending', '', ['Finchly']),
  c('Owl Ridge Savings Bank was shut down on Friday; an insurance fund now acts as receiver', '', ['Owl Ridge Savings Bank']),
];

export const ZX_BATCHES: ReadonlyArray<readonly [label: string, items: ChallengeItem[]]> = [
  ['ZX1', ZX1],
  ['ZX2', ZX2],
];
