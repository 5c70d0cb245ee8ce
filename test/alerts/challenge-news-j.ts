/**
 * Challenge batch J (round 4), written after the batch-I fixes and measured before the changes it
 * drove: neutral titles with the closure in the summary, several sentences and several venues,
 * rename-outs written as X（原Y）or 原Y现X, source tags and dates before the name, and distractors
 * about venues closed earlier (court cases, payouts, statistics) or renamed without leaving. All names are invented.
 */
import type { ChallengeItem } from './challenge-news.js';

const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });

export const CHALLENGE_NEWS_J: ChallengeItem[] = [
  c('地方金融监管局发布公告', '根据清理整顿要求，决定取消远岫金融资产交易中心有限公司的交易场所资质，该公司应立即停止一切业务活动。', [
    '远岫金融资产交易中心有限公司',
  ]),
  c('一周监管动态', '本周，银保监局批复同意江畔村镇银行股份有限公司解散；另有两家小贷公司获批增资。', ['江畔村镇银行股份有限公司']),
  c('凌云科技有限公司（原凌云金融资产交易中心有限公司）完成更名', '更名后该公司不再从事金融资产交易业务。', [
    '凌云金融资产交易中心有限公司',
  ]),
  c('原鼎石网贷平台运营方现更名为鼎石数据服务有限公司', '该公司原名鼎石互联网金融信息服务有限公司，已退出网贷业务。', [
    '鼎石互联网金融信息服务有限公司',
  ]),
  c('【财经早报】12月1日 远黛融资担保有限公司被吊销融资担保业务经营许可证', '', ['远黛融资担保有限公司']),
  c('两家金交所同日关闭', '清江金融资产交易中心有限公司和白沙金融资产交易所有限公司于同日发布公告，宣布正式关闭交易系统。', [
    '清江金融资产交易中心有限公司',
    '白沙金融资产交易所有限公司',
  ]),
  c('虚拟货币交易平台“币途”关停', '币途的运营主体为币途网络技术（海南）有限公司。平台已关闭充值与交易。', [
    '币途',
    '币途网络技术（海南）有限公司',
  ]),
  c('市场监管部门：青石投资咨询有限公司营业执照被吊销', '该公司涉嫌以投资咨询为名从事非法集资。', ['青石投资咨询有限公司']),
  c('曾经的网贷头部平台“红叶贷”正式退出', '运营方红叶普惠金融信息服务（上海）有限公司已于日前办理注销。', [
    '红叶贷',
    '红叶普惠金融信息服务（上海）有限公司',
  ]),
  c('监管批复', '同意白鹤农商银行股份有限公司吸收合并白鹤村镇银行股份有限公司，白鹤村镇银行股份有限公司解散。', [
    '白鹤村镇银行股份有限公司',
  ]),
  c('外资机构动态：Northgate Securities Limited的香港证券牌照被撤销', '', ['Northgate Securities Limited']),
  c('乐道典当有限公司完成注销登记，其典当经营许可证已缴回', '', ['乐道典当有限公司']),
  c('地方金融组织退出名单公布', '经审查，将云岭小额贷款有限公司、雪岭融资担保有限公司列入退出类名单。', [
    '云岭小额贷款有限公司',
    '雪岭融资担保有限公司',
  ]),
  c('“千帆理财”网站和APP均已关闭', '', ['千帆理财']),
  // Distractors.
  d('已关停的“红叶贷”平台非法集资案开庭'),
  d('“千帆理财”清退后第三次兑付完成'),
  d('远岫金融资产交易中心：关于系统升级暂停交易的公告'),
  d('江畔村镇银行获批设立两家支行'),
  d('凌云科技有限公司更名为凌云数智科技有限公司', '更名后公司主营业务不变。'),
  d('全省金交所关闭后遗留问题处置进展', '已累计化解存量风险逾百亿元。'),
  d('地方金融监管局发布公告', '提醒公众警惕以“金融资产交易中心”名义发行的非法理财产品。'),
  d('白沙金融资产交易所有限公司拟申请解散', '该公司股东会已通过解散议案，尚需监管部门批准。'),
  d('币途宣布关闭中国区业务的消息系谣言'),
  d('青石投资咨询有限公司法定代表人被限制高消费'),
  d('乐道典当有限公司获准延续典当经营许可证'),
  d('一周监管动态', '本周共有三家保险公司获批开业，一家证券公司获批设立子公司。'),
];
