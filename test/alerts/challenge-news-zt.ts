/**
 * Challenge batches ZT1–ZT5 (round 6, r6-16), written before the changes they drove; first figures in the
 * issue-16r6 note. All names are invented. Built as templates × verbs × word orders × distractor classes:
 * - ZT1: every kind of venue or institution in Chinese finance × a closure verb × a word order (generated).
 * - ZT2: distractor classes: temporary or partial suspensions, resumptions, rectification, abnormal-operation
 *   lists, follow-up work of platforms closed earlier — each with closures worded beside them.
 * - ZT3: names listed before a back-reference (上述/以上/前述/该N家/两行/三家机构).
 * - ZT4: name boundaries: leading 因/由于/经/日前/近日/此前, descriptors (一家/某/多家/该), a reason clause
 *   between the name and its verb, the operator in a separate clause.
 * - ZT5: English closures and distractors.
 */
import type { ChallengeItem } from './challenge-news.js';

const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });
const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });

/** A kind of venue with an invented name and the licence a regulator takes from it. */
interface Kind {
  name: string;
  licence: string;
}

const KINDS: Kind[] = [
  { name: '澄江金融资产交易中心有限公司', licence: '交易场所经营资格' },
  { name: '岚山大宗商品交易中心有限公司', licence: '交易场所资质' },
  { name: '雁栖能源交易中心有限公司', licence: '交易场所资质' },
  { name: '柏溪碳排放权交易中心', licence: '交易场所资格' },
  { name: '墨岭文化产权交易所有限公司', licence: '交易场所经营资格' },
  { name: '稻香农村产权交易中心有限公司', licence: '交易场所资质' },
  { name: '金沙贵金属交易中心有限公司', licence: '交易场所资质' },
  { name: '岱川股权交易中心', licence: '区域性股权市场运营资格' },
  { name: '芸台知识产权交易中心有限公司', licence: '交易场所资质' },
  { name: '松涛林权交易所', licence: '交易场所资格' },
  { name: '青萍排污权交易中心', licence: '交易场所资格' },
  { name: '望川小额贷款有限公司', licence: '小额贷款业务经营资格' },
  { name: '鹤鸣融资担保有限公司', licence: '融资担保业务经营许可证' },
  { name: '蓝湾融资租赁有限公司', licence: '融资租赁经营资格' },
  { name: '沐阳商业保理有限公司', licence: '商业保理经营资格' },
  { name: '瑞祥典当有限责任公司', licence: '典当经营许可证' },
  { name: '凤岭村镇银行股份有限公司', licence: '金融许可证' },
  { name: '石门农商行', licence: '金融许可证' },
  { name: '桃源农村信用合作社', licence: '金融许可证' },
  { name: '恒岳信托有限责任公司', licence: '金融许可证' },
  { name: '禾丰消费金融有限公司', licence: '金融许可证' },
  { name: '云付通支付有限公司', licence: '支付业务许可证' },
  { name: '星湾网络小额贷款有限公司', licence: '网络小额贷款业务资格' },
  { name: '岩田汽车金融有限公司', licence: '金融许可证' },
  { name: '泉州晋江农村资金互助社', licence: '金融许可证' },
  { name: '鼎信再担保有限公司', licence: '融资担保业务经营许可证' },
];

/** Word orders of one closure: active, passive, licence-first, verb-first headline, summary only. */
const ORDERS: Array<(k: Kind) => [string, string]> = [
  (k) => [`省地方金融管理局取消${k.name}${k.licence}`, ''],
  (k) => [`${k.name}被依法注销${k.licence}`, ''],
  (k) => [`${k.name}的${k.licence}予以撤销`, '监管部门要求其妥善处置存量业务。'],
  (k) => [`吊销！${k.name}`, '当地监管部门吊销其营业执照。'],
  (k) => [`又一家机构退出`, `日前，${k.name}已正式退出，不再具备${k.licence}。`],
  (k) => [`${k.name}宣告破产`, '法院已指定破产管理人。'],
];

export const ZT1: ChallengeItem[] = KINDS.map((k, i) => {
  const [title, summary] = (ORDERS[i % ORDERS.length] as (k: Kind) => [string, string])(k);
  return c(title, summary, [k.name]);
});

export const ZT2: ChallengeItem[] = [
  // Temporary or partial suspensions.
  d('两家小贷公司被暂停新增业务三个月', '丹霞小额贷款有限公司、白鹭小额贷款有限公司违规催收，被暂停新增贷款业务3个月。'),
  d('恒岳信托有限责任公司被暂停部分业务', '暂停期间不得新增信托计划。'),
  d('墨岭文化产权交易所暂停交易至年底', '该所称暂停交易期间将完成系统改造。'),
  d('“稳赢宝”APP临时关闭充值通道', '平台称系临时调整，将尽快恢复。'),
  d('云付通支付因系统维护停服，预计周五恢复'),
  d('雁栖能源交易中心系统维护期间暂停交易'),
  d('柏溪碳排放权交易中心恢复交易', '此前该中心因系统升级暂停交易两周。'),
  d('“麦田金服”重新上线', '平台此前因整改暂停服务。'),
  d('瑞祥典当有限责任公司停业整顿后复业'),
  d('鹤鸣融资担保有限公司被责令限期整改', '整改期满前不得新增担保业务。'),
  d('蓝湾融资租赁有限公司被列入经营异常名录', '原因是未按时报送年度报告。'),
  d('望川小额贷款有限公司被移出经营异常名录'),
  d('沐阳商业保理有限公司被暂停新增业务，整改期为六个月'),
  d('禾丰消费金融有限公司临时关闭两个营业网点'),
  d('金沙贵金属交易中心暂停开户', '暂停新开户，存量客户交易不受影响。'),
  // Follow-ups of platforms closed earlier.
  d('“谷雨贷”清退组启动出借人债权核查', '该平台已于2020年退出网贷业务，清退组将逐一核实出借人信息。'),
  d('已退出的“金穗投”公布第五期兑付进展'),
  d('“乐享贷”专班开展出借人信息登记', '此前平台已宣布良性退出。'),
  d('此前已被取消资格的澄江金融资产交易中心召开债权人会议'),
  d('“蜂巢理财”清退专班发布回款公告', '平台已于去年停止运营，本次回款比例为3%。'),
  // Closures worded beside them.
  c('整改期满仍不达标，丹霞小额贷款有限公司被取消经营资格', '', ['丹霞小额贷款有限公司']),
  c('列入经营异常名录两年后，白鹭典当有限公司被吊销营业执照', '', ['白鹭典当有限公司']),
  c('暂停交易三年后，青萍排污权交易中心正式关闭', '', ['青萍排污权交易中心']),
  c('“谷雨贷”清退完毕', '平台存量业务已全部清零。', ['谷雨贷']),
  c('系统维护后未再恢复，“金橙钱包”宣布停止运营', '', ['金橙钱包']),
];

export const ZT3: ChallengeItem[] = [
  c(
    '海滨市公布交易场所清理结果',
    '海滨东港商品交易中心有限公司、海滨北湾能源交易中心有限公司、海滨西山文化产权交易所有限公司。上述场所均已取消交易场所资格。',
    ['海滨东港商品交易中心有限公司', '海滨北湾能源交易中心有限公司', '海滨西山文化产权交易所有限公司'],
  ),
  c('三家融资租赁公司退出', '景泰融资租赁有限公司、宏源融资租赁有限公司和德润融资租赁有限公司长期失联，以上3家公司已被移出监管名单。', [
    '景泰融资租赁有限公司',
    '宏源融资租赁有限公司',
    '德润融资租赁有限公司',
  ]),
  c('两家村镇银行完成合并', '溪头村镇银行股份有限公司与岭口村镇银行股份有限公司合并组建溪岭农村商业银行，两行原法人机构依法注销。', [
    '溪头村镇银行股份有限公司',
    '岭口村镇银行股份有限公司',
  ]),
  c('省金融管理局通报', '澜沧商业保理有限公司、怒江商业保理有限公司。前述机构不得再从事商业保理业务。', [
    '澜沧商业保理有限公司',
    '怒江商业保理有限公司',
  ]),
  c('典当行清理', '长宁典当有限公司、永宁典当有限公司、安宁典当有限公司三家机构的典当经营许可证被收回。', [
    '长宁典当有限公司',
    '永宁典当有限公司',
    '安宁典当有限公司',
  ]),
  c('两社合并', '东乡农村信用合作社与西乡农村信用合作社合并，两社法人资格同时终止。', ['东乡农村信用合作社', '西乡农村信用合作社']),
  c('该省处置一批担保机构', '云台融资担保有限公司、飞霞融资担保有限公司，该2家公司融资担保业务经营许可证已注销。', [
    '云台融资担保有限公司',
    '飞霞融资担保有限公司',
  ]),
  d('保留名单公布', '星桥小额贷款有限公司、月湖小额贷款有限公司。上述机构通过年度考核，继续经营。'),
  d('两家公司限期整改', '锦屏商业保理有限公司、玉屏商业保理有限公司。上述公司须在三个月内整改，逾期将被移出名单。'),
];

export const ZT4: ChallengeItem[] = [
  c('因长期未开展业务，岚溪小额贷款有限公司被取消经营资格', '', ['岚溪小额贷款有限公司']),
  c('由于严重违规，银杉融资担保有限公司被吊销经营许可证', '', ['银杉融资担保有限公司']),
  c('近日，翠微典当有限公司典当经营许可证被收回', '', ['翠微典当有限公司']),
  c('日前，橡树湾商业保理有限公司被移出监管名单', '经核查，该公司已停止经营多年。', ['橡树湾商业保理有限公司']),
  c('经省政府批准，白云金融资产交易中心有限公司解散', '', ['白云金融资产交易中心有限公司']),
  c('一家海南数字资产交易平台被取缔', '海口蓝海数字资产交易中心有限公司涉嫌非法发行代币，被依法取缔。', [
    '海口蓝海数字资产交易中心有限公司',
  ]),
  c('某知名网贷平台宣布清退完毕', '“钱多多宝”运营方杭州钱多多网络科技有限公司表示，平台存量已全部清零。', [
    '钱多多宝',
    '杭州钱多多网络科技有限公司',
  ]),
  c('远山小额贷款有限公司因失联且挪用资金被注销', '', ['远山小额贷款有限公司']),
  c('长风融资租赁有限公司因连续两年未报送年报、经营异常被移出名单', '', ['长风融资租赁有限公司']),
  c('“鑫宝盈”平台被责令关停', '其运营公司深圳鑫宝盈金融信息服务有限公司已被立案调查。', ['鑫宝盈', '深圳鑫宝盈金融信息服务有限公司']),
  c('多家机构被注销', '其中包括由于违规经营被查处的青岚支付有限公司和翠屏支付有限公司。', ['青岚支付有限公司', '翠屏支付有限公司']),
  c('该所退出历史舞台：江城文化艺术品交易中心正式关闭', '', ['江城文化艺术品交易中心']),
  c('日前红杉湾邮币卡交易中心被责令停止交易并关闭', '', ['红杉湾邮币卡交易中心']),
  d('一家海南数字资产交易平台被约谈', '海口蓝岛数字资产交易中心有限公司被要求整改。'),
];

export const ZT5: ChallengeItem[] = [
  c('Regulator revokes licence of Bluefin Microcredit Co., Ltd.', '', ['Bluefin Microcredit Co., Ltd.']),
  c('Starling Pay Limited stripped of its licence', 'Officials found it short of capital for two years.', ['Starling Pay Limited']),
  c('Harbour Energy Exchange ordered to shut down', 'Provincial authorities said the exchange must close all trading.', [
    'Harbour Energy Exchange',
  ]),
  c('Redpine Trust Co., Ltd. declared bankrupt by court', '', ['Redpine Trust Co., Ltd.']),
  c('Silverleaf Lending Platform ceases operations after wind-down', '', ['Silverleaf Lending Platform']),
  d('Bluefin Pay suspended from adding new merchants for six months'),
  d('Zenith Commodity Exchange resumes trading after system maintenance'),
  d('Regulator plans to revoke licence of Greenfield Lending Ltd.'),
  d('Creditors of collapsed Redwood P2P receive third repayment'),
  d('Nova Finance Co., Ltd. placed on abnormal operations list'),
  d('Oakridge Bank temporarily closes branch for renovation'),
];

/** A second round of the same classes in other registers (wire copy, 公文, spoken), written with ZT1–ZT5. */
export const ZT6: ChallengeItem[] = [
  d('即日起至3月31日，“聚宝盆”平台暂停提现业务'),
  d('关于暂停碧湖大宗商品交易中心部分品种交易的公告', '暂停期限为30个交易日。'),
  d('寒山小额贷款有限公司被责令暂停业务，待整改验收合格后恢复'),
  d('停业整改期间，玄武典当有限公司不得开展新业务'),
  d('“余粮宝”因监管要求暂时下线，官方称将于近期重新上线'),
  d('银河湾网络小额贷款有限公司恢复放款'),
  d('朱雀商业保理有限公司暂停营业一个月'),
  d('“米粒钱包”停服公告：2月1日至2月3日系统升级'),
  d('北辰融资租赁有限公司被纳入重点监管名单'),
  d('苍梧融资担保有限公司被列入失信被执行人名单'),
  d('监管部门对青崖村镇银行下发风险提示函，要求其限期压降不良'),
  d('“钱袋子”网贷平台清退工作组公告：出借人可登记债权'),
  d('早已停业的紫荆交易中心被曝仍在收取会员费'),
  d('良性退出两年后，“金满仓”兑付比例达到62%'),
  d('“聚财通”专班通报：已追回资金1.2亿元', '该平台2019年已停止运营。'),
  d('禾丰消费金融有限公司2号营业网点临时停止营业', '其余网点正常营业。'),
  c('寒山小额贷款有限公司经营资格被取消', '该公司整改期满后经验收仍不合格。', ['寒山小额贷款有限公司']),
  c('暂停新增业务一年后，玄武典当有限公司被注销典当经营许可证', '', ['玄武典当有限公司']),
  c(
    '省地方金融管理局公告（第5号）',
    '碧湖大宗商品交易中心有限公司、紫荆能源交易中心有限公司、白沙碳排放权交易所有限公司，以上三家交易场所即日起停止一切交易活动并依法关闭。',
    ['碧湖大宗商品交易中心有限公司', '紫荆能源交易中心有限公司', '白沙碳排放权交易所有限公司'],
  ),
  c('经查，北辰融资租赁有限公司失联，且无法取得联系，依法移出融资租赁公司名单', '', ['北辰融资租赁有限公司']),
  c('近期，苍梧融资担保有限公司因不再符合条件，融资担保业务经营许可证被注销', '', ['苍梧融资担保有限公司']),
  c('金鼎农商行与银鼎农商行合并，两家银行法人资格终止', '', ['金鼎农商行', '银鼎农商行']),
  c('由于股东撤资，“米粒钱包”运营方宣布平台永久关闭', '运营方为上海米粒网络科技有限公司。', ['米粒钱包', '上海米粒网络科技有限公司']),
];

/** Fresh wording for ZT1–ZT6, written after their fixes and never developed on. */
export const ZT7: ChallengeItem[] = [
  d('春节期间海棠贵金属交易中心休市五天'),
  d('紫檀商品交易所有限公司暂停受理新会员申请'),
  d('监管部门暂扣梧桐典当有限公司典当经营许可证三个月'),
  d('“福满多”平台系统故障暂停出借，技术团队正在抢修'),
  d('整改完成后，雪松小额贷款有限公司恢复正常经营'),
  d('“易贷通”宣布重启，老用户可重新登录'),
  d('青枫融资租赁有限公司被责令改正并处罚款'),
  d('红枫商业保理有限公司因未按期年报被列入经营异常名录', '补报后可申请移出。'),
  d('“聚米理财”清退进度通报：已完成第二轮出借人确认', '该平台早在2021年就已停止发标。'),
  d('关于“金葵花”平台资产处置进展的公告', '平台已于2020年被立案侦查并停止运营。'),
  d('白桦村镇银行营业部搬迁，暂停营业一天'),
  d('多家支付机构被暂停新增商户业务'),
  c(
    '山东处置三家交易场所',
    '烟台海洋产权交易中心有限公司、威海矿业权交易所有限公司、日照航运交易所有限公司，前述三家场所已被取消交易场所资格。',
    ['烟台海洋产权交易中心有限公司', '威海矿业权交易所有限公司', '日照航运交易所有限公司'],
  ),
  c('两家农信社合并', '东岭农村信用社与西岭农村信用社新设合并，两社原法人资格终止。', ['东岭农村信用社', '西岭农村信用社']),
  c('该市注销两家小贷公司', '柳岸小额贷款有限公司、花溪小额贷款有限公司，这两家公司均不再从事小额贷款业务。', [
    '柳岸小额贷款有限公司',
    '花溪小额贷款有限公司',
  ]),
  c('因涉嫌非法集资，“聚金汇”平台被依法取缔', '', ['聚金汇']),
  c('梧桐典当有限公司因长期失联、未按规定报送数据被吊销典当经营许可证', '', ['梧桐典当有限公司']),
  c('经查，芦苇荡知识产权交易中心有限公司已停止经营，依法予以关闭', '', ['芦苇荡知识产权交易中心有限公司']),
  c('据悉，锦鲤股权交易中心被撤销区域性股权市场运营资格', '', ['锦鲤股权交易中心']),
  c('一家江苏农村产权交易所被关停', '宿迁运河农村产权交易所有限公司违规开展金融业务，被责令关停。', ['宿迁运河农村产权交易所有限公司']),
  c('暂扣期满仍未整改，梧桐典当有限公司典当经营许可证被注销', '', ['梧桐典当有限公司']),
  c('“易贷通”运营方宣布永久停止服务', '运营方为广州易贷通信息技术有限公司。', ['易贷通', '广州易贷通信息技术有限公司']),
  c('Licence of Jadeite Microfinance Ltd. revoked', '', ['Jadeite Microfinance Ltd.']),
  c('Amberline Wallet Limited wound up by court order', '', ['Amberline Wallet Limited']),
  d('Cedar Pay temporarily halts withdrawals for upgrade'),
  d('Maple Exchange reopens after two-day maintenance'),
  d('Willow Lending Ltd. to close its platform in March'),
];

/** A third fresh batch in news register (several sentences, the verb far from the name), written after ZT7's fix. */
export const ZT8: ChallengeItem[] = [
  c(
    '一家浙江数字资产交易平台被查处',
    '记者从有关部门获悉，该平台名为“链通宝”，已被责令关闭。平台实际控制公司杭州链通网络科技有限公司涉嫌非法经营，目前已被立案。',
    ['链通宝', '杭州链通网络科技有限公司'],
  ),
  c(
    '某地注销两家融资担保公司',
    '经核查，苍岭融资担保有限公司与翠岭融资担保有限公司长期未开展业务，两家公司的融资担保业务经营许可证予以注销。',
    ['苍岭融资担保有限公司', '翠岭融资担保有限公司'],
  ),
  c('今年第三家：又一家村镇银行解散', '银滩村镇银行股份有限公司经监管部门批准解散，其债权债务由主发起行承接。', [
    '银滩村镇银行股份有限公司',
  ]),
  c('金河小额贷款有限公司因股东抽逃出资且长期停业，被取消小额贷款业务试点资格', '', ['金河小额贷款有限公司']),
  c('一家名为“银杏理财”的平台被取缔', '其运营方为成都银杏财富管理有限公司。', ['银杏理财', '成都银杏财富管理有限公司']),
  c('三社合并组建农商行', '东湖信用社、南湖信用社、北湖信用社合并组建湖城农村商业银行，三社法人资格同时终止。', [
    '东湖信用社',
    '南湖信用社',
    '北湖信用社',
  ]),
  c('停业整顿期满后仍不符合条件，白云典当有限公司被吊销典当经营许可证', '', ['白云典当有限公司']),
  c('Qingshan Lending Co., Ltd. stripped of microlending licence', 'The firm had stopped lending two years earlier.', [
    'Qingshan Lending Co., Ltd.',
  ]),
  d('“链金所”暂停新用户注册', '平台称存量用户业务不受影响。'),
  d('监管部门责令青岭融资租赁有限公司在30日内完成整改'),
  d('金河小额贷款有限公司被暂停小额贷款业务试点资格六个月'),
  d('白云典当有限公司已恢复正常营业', '此前该公司因违规被责令停业整顿三个月。'),
  d('“银杏理财”退出后第三年：出借人回款仍不足两成'),
  d('已于去年注销的东湖小额贷款有限公司原股东被追责'),
  d('湖城农村商业银行开业', '该行由东湖信用社等三家机构合并组建。'),
  d('Qingshan Pay resumes service after two-week suspension'),
];

/** What a careful reader of regulatory news knows (a shareholder's exit, one business line, a product, 责令停业, a question), written with ZT8; scored on main first. */
export const ZT9: ChallengeItem[] = [
  d('星河集团退出青溪小额贷款有限公司股东行列'),
  d('星河集团转让所持青溪小额贷款有限公司全部股权并退出'),
  d('青溪银行股份有限公司退出基金托管业务'),
  d('青溪证券有限责任公司退出期货中间介绍业务'),
  d('青溪银行股份有限公司关闭信用卡业务'),
  d('青溪信托有限责任公司注销三只信托计划'),
  d('青溪支付有限公司注销部分商户收单业务'),
  d('青溪小额贷款有限公司注销分公司'),
  d('青溪银行股份有限公司撤销两家支行'),
  d('青溪银行股份有限公司关闭多个营业网点'),
  d('青溪小额贷款有限公司董事长任职资格被取消'),
  d('青溪小额贷款有限公司被责令停业'),
  d('青溪融资担保有限公司变更名称为青溪融资担保集团有限公司'),
  d('青溪融资担保有限公司迁址'),
  d('青溪融资担保有限公司被吸收合并的方案获股东大会通过'),
  d('青溪网贷平台转型为助贷机构'),
  c('“青溪贷”转型助贷，退出网贷业务', '', ['青溪贷']),
  d('青溪消费金融有限公司被罚款并暂停新增业务'),
  d('青溪村镇银行被接管'),
  c('青溪村镇银行被吸收合并', '', ['青溪村镇银行']),
  c('人民银行注销青溪支付有限公司支付业务许可证', '', ['青溪支付有限公司']),
  c('青溪支付有限公司主动申请注销支付业务许可证获批', '', ['青溪支付有限公司']),
  d('青溪支付有限公司申请注销支付业务许可证'),
  d('青溪小额贷款有限公司停止新增贷款'),
  c('青溪小额贷款有限公司停止放贷，进入清算', '', ['青溪小额贷款有限公司']),
  c('青溪小额贷款有限公司进入清算程序', '', ['青溪小额贷款有限公司']),
  c('青溪典当有限公司营业执照被吊销', '', ['青溪典当有限公司']),
  d('青溪典当有限公司营业执照到期'),
  c('青溪典当有限公司典当经营许可证有效期届满未申请延续，依法注销', '', ['青溪典当有限公司']),
  d('青溪典当有限公司完成典当经营许可证换发'),
  d('青溪典当有限公司被责令停业整改三个月'),
  d('青溪商品交易中心有限公司整改验收通过，保留交易场所资格'),
  c('青溪商品交易中心有限公司未通过整改验收，被取消交易场所资格', '', ['青溪商品交易中心有限公司']),
  d('青溪商品交易中心有限公司被关停的传闻不实'),
  d('青溪商品交易中心有限公司关停？官方：正常运营'),
];

/** English wording as a matrix: firms × closure verbs and × distractors, written after ZT9 (generated, see the note). */
const EN_FIRMS = ['Heron Microfinance Co., Ltd.', 'Egret Pay Limited', 'Crane Energy Exchange', 'Ibis Lending', 'Kestrel Trust Co., Ltd.'];
const EN_CLOSED = [
  'Regulator revokes licence of {n}',
  '{n} loses licence to operate',
  '{n} stripped of its licence',
  'Licence of {n} cancelled',
  '{n} ordered to close',
  '{n} shut down by regulators',
  '{n} closes down',
  '{n} ceases operations',
  '{n} declared bankrupt',
  '{n} wound up',
  '{n} deregistered',
  'Authorities shut down {n}',
  '{n} exits the market',
  '{n} dissolved',
  '{n} has its licence pulled',
  '{n} closed by authorities',
  '{n} goes bust',
  '{n} collapses and shuts its doors',
  'Court orders liquidation of {n}',
];
const EN_NOT = [
  '{n} denies it will close',
  '{n} plans to close some branches',
  '{n} may lose its licence',
  '{n} resumes operations',
  '{n} temporarily suspends trading',
  '{n} fined for violations',
  '{n} renews licence',
  'Creditors of {n} get payout',
  '{n} suspended for three months',
  '{n} placed under receivership',
  '{n} shuts two branches',
  '{n} halts withdrawals temporarily',
  '{n} to close in June',
  'Regulator proposes revoking licence of {n}',
  '{n} reopens after maintenance',
  '{n} to be liquidated after court order',
];
export const ZT10: ChallengeItem[] = EN_FIRMS.flatMap((n) => [
  ...EN_CLOSED.map((t) => c(t.replace('{n}', n), '', [n])),
  ...EN_NOT.map((t) => d(t.replace('{n}', n))),
]);

export const ZT_BATCHES: ReadonlyArray<readonly [label: string, items: ChallengeItem[]]> = [
  ['ZT1', ZT1],
  ['ZT2', ZT2],
  ['ZT3', ZT3],
  ['ZT4', ZT4],
  ['ZT5', ZT5],
  ['ZT6', ZT6],
  ['ZT7', ZT7],
  ['ZT8', ZT8],
  ['ZT9', ZT9],
  ['ZT10', ZT10],
];
