/**
 * Challenge batch Z2 (round 6), written after the T–Z fixes and never developed on: fresh wording for
 * the same seven causes, to see whether the fixes generalise within each cause. On main c637722 it
 * scored P .88 / R .44 / F1 .58 / ER .37. All names are invented.
 */
import type { ChallengeItem } from './challenge-news.js';
const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });
export const CHALLENGE_NEWS_Z2: ChallengeItem[] = [
  c('银杏融资租赁有限公司融资租赁业务资格依法予以撤销', '', ['银杏融资租赁有限公司']),
  c('经市政府同意，紫荆产权交易中心有限公司的交易场所资质一并取消', '', ['紫荆产权交易中心有限公司']),
  c('墨河村镇银行股份有限公司经核准撤销', '', ['墨河村镇银行股份有限公司']),
  c('海棠小额贷款股份有限公司现已不具备经营资质', '', ['海棠小额贷款股份有限公司']),
  c('监管通报：白沙典当有限公司已经丧失典当经营资格', '', ['白沙典当有限公司']),
  c('“橙意贷”借贷余额全部清零', '', ['橙意贷']),
  c('“鸿运宝”存量业务已压降为零，平台宣告退出', '', ['鸿运宝']),
  c('“云钱包”手机APP和官网均已下线', '', ['云钱包']),
  c('“好借通”微信公众号关停', '运营方宁海好借网络科技有限公司称已完成兑付。', ['好借通', '宁海好借网络科技有限公司']),
  c('“融通宝”宣布停止运营', '宁波融通信息科技有限公司将配合完成后续工作。', ['融通宝', '宁波融通信息科技有限公司']),
  c('【清退】 潍坊 潍金所 正式 关闭', '', ['潍金所']),
  c('黎交所已于近日完成注销登记', '', ['黎交所']),
  c('撤销业务资质！海门金融资产交易中心有限公司', '', ['海门金融资产交易中心有限公司']),
  c('央行注销下列两家支付机构的支付业务许可证', '瑞云支付有限公司、金穗付科技有限公司。', ['瑞云支付有限公司', '金穗付科技有限公司']),
  c('警方依法取缔“鼎盛汇”外汇交易平台', '', ['鼎盛汇']),
  c('市金融局关停“币多多”数字货币交易所', '', ['币多多']),
  d('“橙意贷”借贷余额较上月减少两成'),
  d('“云钱包”APP下线后已恢复访问'),
  d('“鸿运宝”宣布将于本月底退出网贷行业'),
  d('【提示】 潍坊 潍金所 挂牌 产品 风险'),
  d('海棠小额贷款股份有限公司是否具备经营资质？监管回应'),
  d('“鼎盛汇”外汇交易平台被约谈'),
  d('拟注销下列两家支付机构的支付业务许可证', '瑞云支付有限公司、金穗付科技有限公司。'),
  d('“融通宝”计划明年停止运营'),
];
