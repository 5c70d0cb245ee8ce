/**
 * Challenge batches ZY1–ZY2 (round 7b, r7b-16), written before the changes they drove; the first figures
 * are in the issue-16-r7b note. All names are invented, all wordings our own.
 * - ZY1: distractors a real news feed carries that use closure words without reporting a completed
 *   closure: supervisors' case bulletins, risk warnings naming fake venues, payout progress, cases opened,
 *   bankruptcy petitions accepted (not declared), notices of intent, rectification orders, suspensions of
 *   new business, replies to rumours, renames that keep the business, branch consolidation of large banks,
 *   annual reports and explainers that look back, policy texts on exit mechanisms, foreign failures retold
 *   as history, year-end lists, and closures of non-financial sites, apps and shops.
 * - ZY2: completed closures in shapes the earlier batches do not cover (non-renewal of a payment licence,
 *   a licence taken back, a bracketed tag, a numbered batch, liquidation ordered, colloquial wordings).
 */
import type { ChallengeItem } from './challenge-news.js';

const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });
const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });

const ZY1: ChallengeItem[] = [
  // Supervisors' bulletins of cases still under investigation.
  d('省金融监管局通报三季度非法金融活动查处情况', '目前已对七家涉嫌违规的理财公司立案调查，另有两家网贷平台被移交公安机关。'),
  d('市处非办通报：12起涉嫌非法集资线索正在核查', '对核查属实的机构，将依法予以取缔。'),
  // Risk warnings naming fake venues.
  d('风险提示：“汇金国际资产交易所”系假冒机构', '该网站未经任何部门批准，请投资者勿向其转账。'),
  d('银保监局提示：谨防打着“已关闭平台兑付”旗号的诈骗', '不法分子冒充清退工作组，诱导出借人缴纳“解冻费”。'),
  // Payout progress.
  d('鸿运贷清退进展：已累计兑付出借人本金37%', '工作专班表示将继续追缴借款人欠款。'),
  d('锦程在线第二轮资金分配完成，兑付率达到21%', '未领取款项的出借人可在三十日内申请。'),
  // Cases opened.
  d('涉嫌非法吸收公众存款，“盈泰宝”平台被立案', '平台目前仍可登录，但已暂停提现。'),
  d('经侦介入！融信财富实控人被采取强制措施', '警方呼吁投资者前往属地派出所登记。'),
  // Bankruptcy petitions accepted, not declared.
  d('法院受理信达融资租赁有限公司破产清算申请', '管理人将于下月召开第一次债权人会议。'),
  d('债权人申请宏顺小额贷款公司破产，法院已立案审查', '能否进入破产程序尚待法院裁定。'),
  // Notices of intent.
  d('关于拟吊销金桥典当有限责任公司典当经营许可证的公示', '当事人可在公示期内申请听证。'),
  d('市地方金融管理局拟取消两家融资担保公司经营资格', '两家公司已连续两年未报送经营数据。'),
  // Rectification orders and suspensions of new business.
  d('因催收违规，鹿鸣消费金融被责令限期整改', '整改期间须暂停与问题合作方的业务往来。'),
  d('普安支付被暂停新增商户业务六个月', '存量商户交易不受影响，公司表示将全力配合整改。'),
  // Replies to closure rumours.
  d('回应“关停传闻”，众联金融资产交易中心称运营正常', '中心负责人表示，所有挂牌产品均正常兑付。'),
  d('“平台要关了？”晨星理财客服：纯属谣言', '公司已对散布不实信息的账号提起诉讼。'),
  // Renames that keep the business.
  d('华源金融资产交易所更名为华源数字资产交易中心，原有业务继续开展', '更名后持牌资质不变，会员权益不受影响。'),
  // Branch consolidation of large banks.
  d('年内五大行撤并网点超过六百个', '业内人士认为，线上渠道分流是网点收缩的主要原因。'),
  d('某国有大行优化网点布局，城区三家支行合并为一家', '原网点客户业务由合并后的支行承接。'),
  // Annual reports and explainers that look back.
  d('蓝天控股年报：公司于2019年已退出网络借贷业务', '目前主营业务为供应链管理服务。'),
  d('专家解读：金交所为何被全面关停？', '业内学者从定位偏离、产品拆分等角度分析了行业清理整顿的原因。'),
  d('深度｜当年的P2P平台是如何一步步走向清退的', '本文回顾了2016年至2020年网贷行业的整治历程。'),
  // Policy texts on exit mechanisms.
  d('《地方金融组织退出管理办法》公开征求意见', '办法明确了市场退出的情形、程序和风险处置要求。'),
  d('央行：健全金融机构市场化退出机制', '将推动问题机构有序退出，守住不发生系统性风险的底线。'),
  // Foreign failures retold as history.
  d('十五年前的今天，雷曼兄弟申请破产保护', '这一事件成为全球金融危机的标志性节点。'),
  // Year-end lists.
  d('盘点2024年十大金融事件：从金交所全部关停到化债提速', '本文梳理了一年来金融领域的重要变化。'),
  // Closures of non-financial sites, apps and shops.
  d('网信办依法关停一批违规直播APP', '涉及传播低俗内容、诱导未成年人打赏等问题。'),
  d('连锁奶茶品牌“茶语时光”关闭全国门店', '品牌方称将转型线上零售。'),
  d('某地关停违规旅游网站32家', '相关网站存在虚假宣传、捆绑销售等问题。'),
  d('宏达物流有限公司宣布破产，数百名员工讨薪', '公司已拖欠员工工资三个月。'),
  // English distractors.
  d('Court accepts bankruptcy petition against Lark Leasing; no ruling on liquidation yet'),
  d('Regulator orders Pebble Pay to suspend new customer sign-ups pending a review'),
  d('Police open a probe into lending app Quickcoin over suspected unlawful deposit-taking'),
  d('Why were so many web lenders shut down? An economist explains'),
  d('Looking back: the 2008 collapse of a Wall Street investment bank'),
  d('Streaming site Flickbox shuts down its forum after a spam wave'),
];

const ZY2: ChallengeItem[] = [
  c('央行公告：对盛通支付有限公司的《支付业务许可证》不予续展', '', ['盛通支付有限公司']),
  c('金融许可证被收回，安和村镇银行正式退出市场', '', ['安和村镇银行']),
  c('【注销】青萍小额贷款有限公司', '市地方金融管理局已核准其注销并收回经营许可证。', ['青萍小额贷款有限公司']),
  c('第五批地方金融组织退出名单公布：禾丰典当、瑞安典当两家机构在列', '两家机构的典当经营许可证已依法注销。', ['禾丰典当', '瑞安典当']),
  c('法院裁定汇鑫融资担保有限公司破产清算', '管理人已接管公司全部财产和印章。', ['汇鑫融资担保有限公司']),
  c('监管部门对星辰资产交易中心作出撤销决定', '该中心自决定送达之日起停止全部交易活动。', ['星辰资产交易中心']),
  c('翡翠贷宣布清退完毕，平台正式关停', '运营公司表示所有出借人资金均已兑付。', ['翡翠贷']),
  c('经审查，同意天衡消费金融有限公司解散', '公司应依法成立清算组，开展清算工作。', ['天衡消费金融有限公司']),
  c('宁远商业保理有限公司主动申请注销获批', '', ['宁远商业保理有限公司']),
  c('又少一家！某省最后一家网贷机构“融易通”完成退出', '', ['融易通']),
  c('吊销长丰典当行、广盛典当行等3家机构的典当经营许可证', '另一家机构的处理结果将另行公布。', ['长丰典当行', '广盛典当行']),
  c('石溪金融资产交易中心已于本月完成工商注销', '该中心此前已停止全部业务。', ['石溪金融资产交易中心']),
  c('Central bank cancels the licence of Silverleaf Pay to process payments', '', ['Silverleaf Pay']),
  c('Court orders liquidation of Marlow Trust Co. after failed restructuring', '', ['Marlow Trust Co.']),
  c('Crypto exchange Tidewave winds down and hands back its licence', '', ['Tidewave']),
];

export const ZY_BATCHES: ReadonlyArray<readonly [label: string, items: ChallengeItem[]]> = [
  ['ZY1', ZY1],
  ['ZY2', ZY2],
];
