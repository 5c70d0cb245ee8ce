/**
 * Challenge batch K (round 4), written after the batch-J fixes and measured before the changes it
 * drove: kinds of institution the earlier batches touched little (insurers, trusts, private-fund
 * managers, equity exchanges, crypto venues, banks in bankruptcy), lists of brands in exit notices,
 * and distractors (接管, 破产重整, 停止新增业务, plans voted on). All names are invented.
 */
import type { ChallengeItem } from './challenge-news.js';

const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });

export const CHALLENGE_NEWS_K: ChallengeItem[] = [
  c('某市公布第三批已退出网贷机构名单', '名单包括：“丰禾贷”“金麦宝”“稻香金服”等平台。', ['丰禾贷', '金麦宝', '稻香金服']),
  c('法院裁定鸿雁农村商业银行股份有限公司破产', '', ['鸿雁农村商业银行股份有限公司']),
  c('中国证券投资基金业协会注销墨竹资产管理有限公司等5家私募基金管理人登记', '', ['墨竹资产管理有限公司']),
  c('银保监会依法撤销青鸾人寿保险股份有限公司', '', ['青鸾人寿保险股份有限公司']),
  c('紫荆信托有限责任公司进入破产清算', '', ['紫荆信托有限责任公司']),
  c('区域性股权市场整顿：石榴股权交易中心有限公司被撤销', '', ['石榴股权交易中心有限公司']),
  c('数字货币交易所“链桥”宣布退出中国市场', '', ['链桥']),
  c('“麦穗在线”平台立案后停止运营', '', ['麦穗在线']),
  c('玉兰财产保险股份有限公司解散并清算获批', '', ['玉兰财产保险股份有限公司']),
  c('海棠花支付有限公司主动申请注销支付业务许可证获准', '', ['海棠花支付有限公司']),
  c('金融监管总局：同意桂花消费金融有限公司终止经营', '', ['桂花消费金融有限公司']),
  c('兰草融资租赁有限公司被移出融资租赁企业名单', '因失联且不再经营融资租赁业务。', ['兰草融资租赁有限公司']),
  c('梅林证券经纪有限公司营业执照被吊销', '该公司已多年未开展证券经纪业务。', ['梅林证券经纪有限公司']),
  c('菊花金融资产交易中心有限公司的注销登记已完成', '', ['菊花金融资产交易中心有限公司']),
  // Distractors.
  d('紫荆信托有限责任公司被依法接管', '接管期限为一年。'),
  d('鸿雁农村商业银行股份有限公司进入破产重整程序'),
  d('菊花金融资产交易中心宣布停止新增业务', '存量产品将按期兑付。'),
  d('“麦穗在线”清退方案获出借人投票通过'),
  d('墨竹资产管理有限公司因违规被暂停备案六个月'),
  d('数字货币交易所“链桥”完成品牌升级'),
  d('青鸾人寿保险股份有限公司原董事长涉嫌挪用资金被起诉'),
  d('玉兰财产保险股份有限公司申请解散 尚待监管批复'),
  d('某市公布网贷机构退出工作方案'),
  d('石榴股权交易中心有限公司更名为石榴区域股权市场服务有限公司', '更名后继续从事区域性股权市场业务。'),
];
