/**
 * Challenge batch T (round 6), written before the fix it drove and measured once first (figures in
 * the issue-16 note). One class of cause: a closure in the notional passive, the name or its licence as the subject with no 被 (…资质予以撤销, …依法撤销). All names are invented.
 */
import type { ChallengeItem } from './challenge-news.js';

const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });

export const CHALLENGE_NEWS_T: ChallengeItem[] = [
  c('经省政府批准，晴川金融资产交易中心有限公司的经营资质予以撤销', '', ['晴川金融资产交易中心有限公司']),
  c('梧桐融资担保有限公司的担保业务经营许可证依法予以注销', '', ['梧桐融资担保有限公司']),
  c('经国家金融监督管理总局核准，临泉青松村镇银行股份有限公司依法撤销', '', ['临泉青松村镇银行股份有限公司']),
  c('云栖典当有限公司典当经营许可证予以收回', '市地方金融管理局近日作出上述决定。', ['云栖典当有限公司']),
  c('宁远小额贷款有限公司小额贷款业务试点资格正式取消', '', ['宁远小额贷款有限公司']),
  c('鹿鸣商业保理有限公司的商业保理业务资质现予取消', '', ['鹿鸣商业保理有限公司']),
  c('经人民银行批准，沧浪支付有限公司的支付业务许可证依法注销', '', ['沧浪支付有限公司']),
  c('丹霞金融资产交易所有限公司正式撤销', '该所挂牌产品此前已全部兑付。', ['丹霞金融资产交易所有限公司']),
  c('翠屏村镇银行股份有限公司经批准依法撤销', '其债权债务由发起行承接。', ['翠屏村镇银行股份有限公司']),
  c('关于枫林典当有限公司典当经营资格予以取消的决定', '', ['枫林典当有限公司']),
  // Distractors.
  d('鹿鸣商业保理有限公司的商业保理业务资质拟予取消'),
  d('关于拟撤销临泉青松村镇银行股份有限公司的公示'),
  d('梧桐融资担保有限公司称其经营许可证不会被注销'),
  d('行政复议决定：晴川金融资产交易中心有限公司的罚款决定予以撤销'),
  d('云栖典当有限公司申请注销典当经营许可证，尚需审批'),
  d('宁远小额贷款有限公司小额贷款业务试点资格获得延续'),
];
