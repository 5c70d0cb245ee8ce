/**
 * Challenge batch O (round 4), written after the batch-N fixes and measured before the changes it
 * drove: the rest of the ending vocabulary found in regulators', courts' and Hong Kong notices
 * (强制退出, 主动退出, 结业, 资格被终止, 许可证失效, 交回牌照, 退出经营, 平稳离场) and look-alikes
 * (退出机制, 结业典礼, 主动退出计划, 失效前续展). All names are invented.
 */
import type { ChallengeItem } from './challenge-news.js';

const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });

export const CHALLENGE_NEWS_O: ChallengeItem[] = [
  c('监管部门对青葵融资租赁有限公司实施强制退出', '', ['青葵融资租赁有限公司']),
  c('白桦小额贷款有限公司主动退出小贷行业', '', ['白桦小额贷款有限公司']),
  c('明德财务有限公司香港分行以外的全部业务结业', '明德财务有限公司宣布结业，存款已全部归还。', ['明德财务有限公司']),
  c('紫藤保险经纪有限公司业务资格被终止', '', ['紫藤保险经纪有限公司']),
  c('红枫支付有限公司支付业务许可证已失效', '', ['红枫支付有限公司']),
  c('黄栌典当有限公司向监管部门交回牌照', '', ['黄栌典当有限公司']),
  c('青杉商业保理有限公司退出经营', '该公司已办结全部保理业务。', ['青杉商业保理有限公司']),
  c('“银桂宝”平稳离场', '平台运营方银桂网络科技有限公司完成全部兑付。', ['银桂宝', '银桂网络科技有限公司']),
  c('海桐期货有限公司自愿退出期货市场', '', ['海桐期货有限公司']),
  c('秋枫金融资产交易中心有限公司正式宣告解散', '', ['秋枫金融资产交易中心有限公司']),
  // Distractors.
  d('融资租赁行业强制退出机制出台'),
  d('白桦小额贷款有限公司发布主动退出计划', '计划于明年上半年完成。'),
  d('明德教育培训中心举行结业典礼'),
  d('红枫支付有限公司：支付业务许可证失效前将申请续展'),
  d('黄栌典当有限公司获得新牌照'),
  d('“银桂宝”离场传闻不实'),
  d('海桐期货有限公司退出期货公司评级前十'),
  d('秋枫金融资产交易中心有限公司解散方案尚未获批'),
];
