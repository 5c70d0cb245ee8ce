/**
 * Challenge batch M (round 4), written after batch L and measured before the changes it drove:
 * name shapes (Latin and digits inside Chinese names, brands linked to operators by 背后/旗下/
 * （…旗下）, several exchanges in one list, names after dates, sources and places) and distractors
 * of the same shapes. All names are invented.
 */
import type { ChallengeItem } from './challenge-news.js';

const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });

export const CHALLENGE_NEWS_M: ChallengeItem[] = [
  c('“88金融”宣布良性退出', '88金融运营方为广州八八互联网金融信息服务有限公司。', ['88金融', '广州八八互联网金融信息服务有限公司']),
  c('PPcash平台清退完毕', '该平台背后的运营公司深圳皮皮信息科技有限公司已申请注销并获准。', ['PPcash', '深圳皮皮信息科技有限公司']),
  c('“e融通”（远舟金融信息服务有限公司旗下）停止运营', '', ['e融通', '远舟金融信息服务有限公司']),
  c('江城金融资产交易中心有限公司、湖城金融资产交易所有限公司两家机构被取消业务资质', '', [
    '江城金融资产交易中心有限公司',
    '湖城金融资产交易所有限公司',
  ]),
  c('2025年3月，渝水小额贷款有限公司完成注销', '', ['渝水小额贷款有限公司']),
  c('据证券时报报道，锦屏证券有限责任公司被撤销证券业务许可', '', ['锦屏证券有限责任公司']),
  c('在深圳，鹏远商业保理有限公司等4家保理公司被移出名单', '', ['鹏远商业保理有限公司']),
  c('“金斗·云贷”平台网站关闭', '', ['金斗·云贷']),
  c('石门村镇银行股份有限公司与石门农商银行合并后注销', '', ['石门村镇银行股份有限公司']),
  c('CloudPeak Pay Limited在港支付牌照被注销', '', ['CloudPeak Pay Limited']),
  c('“快易借”APP及其运营主体快易网络小额贷款有限公司同日关停', '', ['快易借', '快易网络小额贷款有限公司']),
  c('海州市地方金融管理局注销海州市瑞和典当有限公司典当经营许可证', '', ['海州市瑞和典当有限公司']),
  c('青峰金融资产交易中心（有限合伙）完成注销', '', ['青峰金融资产交易中心（有限合伙）']),
  c('杭州钱潮网络借贷信息中介服务有限公司正式注销', '该公司曾运营网贷平台“钱潮宝”。', ['杭州钱潮网络借贷信息中介服务有限公司']),
  // Distractors.
  d('“88金融”创始人接受调查'),
  d('PPcash平台恢复提现'),
  d('江城金融资产交易中心有限公司发布产品兑付公告'),
  d('渝水小额贷款有限公司获评A级'),
  d('锦屏证券有限责任公司获批设立资管子公司'),
  d('鹏远商业保理有限公司完成股权转让'),
  d('石门村镇银行与石门农商银行合并方案获股东大会通过'),
  d('CloudPeak Pay Limited获得香港储值支付工具牌照'),
  d('“快易借”APP下架后重新上线'),
  d('海州市瑞和典当有限公司迁址公告'),
];
