/**
 * Challenge batch F (round 4), written before the round-4 changes and measured first: the shapes
 * left open in round 3 (platforms named without a 贷 ending, licensee lists without 的, an exit
 * phrase after a space), brands named beside their operator, quoted brands that do not look like
 * lending brands, regulators' announcement wording, and distractors (statistics, how-to guides,
 * account closures, plans, denials, court cases, payouts, brand renames, unrelated businesses).
 * All names are invented.
 */
import type { ChallengeItem } from './challenge-news.js';

const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });

export const CHALLENGE_NEWS_F: ChallengeItem[] = [
  // Platforms named without a lending ending, quoted or not.
  c('星河贷款平台宣布清退完毕', '平台运营方远帆网络科技有限公司表示，出借人本金已全部兑付。', ['星河贷款', '远帆网络科技有限公司']),
  c('“青禾猫”平台网站正式关闭', '运营方青禾金融信息服务（杭州）有限公司表示，平台存量借款均已结清。', [
    '青禾猫',
    '青禾金融信息服务（杭州）有限公司',
  ]),
  c('蓝鲸钱庄待收清零 宣布良性退出', '上海蓝鲸网络科技有限公司旗下蓝鲸钱庄平台完成全部兑付。', ['蓝鲸钱庄', '上海蓝鲸网络科技有限公司']),
  c('“鼎汇在线”停止运营', '鼎汇在线的运营主体为深圳鼎汇互联网金融服务有限公司。', ['鼎汇在线', '深圳鼎汇互联网金融服务有限公司']),
  c('网贷平台星河网宣布良性退出', '', ['星河网']),
  c('“远帆借款”平台停止运营并关闭网站', '', ['远帆借款']),
  // Licensees listed without 的, and with a bracketed place.
  c('中国人民银行注销星河支付、远帆付两家机构支付业务许可证', '', ['星河支付', '远帆付']),
  c('远帆付（北京）的支付牌照被注销', '', ['远帆付（北京）']),
  c('人民银行公告：青禾支付有限公司、蓝鲸支付有限公司《支付业务许可证》予以注销', '', ['青禾支付有限公司', '蓝鲸支付有限公司']),
  // Renames whose exit phrase follows a space.
  c('星河金服更名为远帆数字科技 退出网贷业务', '', ['星河金服']),
  c('青禾金融资产交易中心有限公司更名为青禾企业服务有限公司 不再从事金融资产交易业务', '', ['青禾金融资产交易中心有限公司']),
  // Regulators' announcement wording.
  c(
    '关于终止远帆融资租赁（天津）有限公司融资租赁业务的公告',
    '经核查，该公司已不具备开展融资租赁业务的条件，现将其移出融资租赁企业名单。',
    ['远帆融资租赁（天津）有限公司'],
  ),
  c('江苏省地方金融管理局关于撤销星河小额贷款有限公司业务资格的公告', '', ['星河小额贷款有限公司']),
  c('金融监管总局：青禾村镇银行股份有限公司因被合并而解散', '', ['青禾村镇银行股份有限公司']),
  c('蓝鲸保险经纪有限公司经营保险经纪业务许可证被注销', '', ['蓝鲸保险经纪有限公司']),
  c('证监会依法注销远帆基金管理有限公司公募基金管理业务资格', '', ['远帆基金管理有限公司']),
  c('远帆典当行有限公司被列入失联类名单后依法退出', '', ['远帆典当行有限公司']),
  c('青禾商业保理有限公司主动申请退出获批', '该公司已被移出商业保理企业监管名录。', ['青禾商业保理有限公司']),
  c('云梯农商银行股份有限公司吸收合并云梯村镇银行获准 原村镇银行法人资格终止', '', ['云梯村镇银行']),
  c('境外交易平台CoinDome停止向中国内地用户提供服务', '', ['CoinDome']),
  c('蓝鲸期货有限公司期货业务许可证被吊销', '', ['蓝鲸期货有限公司']),
  c('星河金融信息服务有限公司旗下“星河优选”清退完成', '', ['星河金融信息服务有限公司', '星河优选']),
  c('青禾融资担保有限公司已完成注销 融资担保业务经营许可证交回', '', ['青禾融资担保有限公司']),
  c('依法取缔非法金融活动：远帆汇投资咨询有限公司被取缔', '该公司以高息为诱饵非法吸收公众存款。', ['远帆汇投资咨询有限公司']),
  c('星河消费金融股份有限公司获准解散', '', ['星河消费金融股份有限公司']),
  // Distractors.
  d('全国已有超过3000家网贷机构退出', '监管数据显示，在营机构数量持续下降。'),
  d('信用卡如何注销？一文看懂注销流程'),
  d('手机银行账户注销须知'),
  d('星河支付拟申请注销支付业务许可证'),
  d('远帆金服：平台运营正常，关停传闻不实'),
  d('星河贷款平台原实控人一审获刑七年'),
  d('青禾猫平台第三次兑付方案公布'),
  d('蓝鲸钱庄更名为蓝鲸数科 业务照常开展'),
  d('星河火锅店宣布停业'),
  d('远帆服装厂关闭生产线'),
  d('关于拟注销青禾典当行有限公司典当经营许可证的公示'),
  d('专家：网贷平台退出后出借人如何维权'),
];
