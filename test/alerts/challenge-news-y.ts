/**
 * Challenge batch Y (round 6), written before the fix it drove and measured once first (figures in
 * the issue-16 note). One class of cause: a headline that opens with the verb and names what closed after a mark, or announces a count (以下N家) and lists the names in the summary. All names are invented.
 */
import type { ChallengeItem } from './challenge-news.js';

const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });

export const CHALLENGE_NEWS_Y: ChallengeItem[] = [
  c('吊销营业执照！杭州钱潮资产登记备案中心有限公司', '', ['杭州钱潮资产登记备案中心有限公司']),
  c('取消经营资格！远山融资担保有限公司', '', ['远山融资担保有限公司']),
  c('注销支付牌照：宁川支付有限公司', '', ['宁川支付有限公司']),
  c('人民银行注销以下3家机构支付业务许可证', '北原支付有限公司、南屿付科技有限公司及东岭通支付服务有限公司。', [
    '北原支付有限公司',
    '南屿付科技有限公司',
    '东岭通支付服务有限公司',
  ]),
  c('省地方金融管理局取消下列2家公司融资担保业务经营许可', '青禾融资担保有限公司、白鹭融资担保有限公司。', [
    '青禾融资担保有限公司',
    '白鹭融资担保有限公司',
  ]),
  c('关于撤销以下金融资产交易场所的决定', '松涛金融资产交易中心有限公司；鹤山金融资产交易所有限公司。', [
    '松涛金融资产交易中心有限公司',
    '鹤山金融资产交易所有限公司',
  ]),
  c('被吊销经营许可证！晨曦典当有限公司', '', ['晨曦典当有限公司']),
  c(
    '市场监管局吊销以下4家网贷机构营业执照',
    '上海汇投网络科技有限公司、上海盈通信息技术有限公司、上海钱途金融信息服务有限公司、上海达利网络科技有限公司。',
    ['上海汇投网络科技有限公司', '上海盈通信息技术有限公司', '上海钱途金融信息服务有限公司', '上海达利网络科技有限公司'],
  ),
  // Distractors.
  d('吊销营业执照？杭州钱潮资产登记备案中心有限公司回应：消息不实'),
  d('拟注销以下3家机构支付业务许可证', '北原支付有限公司、南屿付科技有限公司及东岭通支付服务有限公司。'),
  d('市场监管局吊销以下4家餐饮企业营业执照', '长沙味美餐饮有限公司、长沙好食餐饮有限公司。'),
  d('关于拟取消下列公司融资担保业务经营许可的公示', '青禾融资担保有限公司、白鹭融资担保有限公司。'),
  d('注销支付牌照需要哪些流程？'),
];
