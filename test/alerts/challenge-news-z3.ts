/**
 * Challenge batch Z3 (round 6), written before the fix it drove and measured once first (figures in
 * the issue-16 note). A cause found by probing beyond the r4 blind misses: other verbs that take a licence back (撤回, 缴销, 收缴, 注销 by 遭) and the 遭 passive. All names are invented.
 */
import type { ChallengeItem } from './challenge-news.js';

const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });

export const CHALLENGE_NEWS_Z3: ChallengeItem[] = [
  c('云台金融资产交易中心有限公司交易场所备案已被撤回', '', ['云台金融资产交易中心有限公司']),
  c('监管部门撤回鹏远支付有限公司支付业务许可', '', ['鹏远支付有限公司']),
  c('北辰融资担保有限公司经营许可证已缴销', '', ['北辰融资担保有限公司']),
  c('省地方金融管理局收缴金桥典当有限公司典当经营许可证', '', ['金桥典当有限公司']),
  c('“金果果”遭监管部门关停', '', ['金果果']),
  c('“聚鑫汇”遭公安机关查封', '', ['聚鑫汇']),
  c('星瀚商业保理有限公司遭撤销试点资格', '', ['星瀚商业保理有限公司']),
  c('依法撤回长岭小额贷款有限公司经营许可', '该公司已停止一切放贷活动。', ['长岭小额贷款有限公司']),
  c('“信和财富”遭监管取缔', '', ['信和财富']),
  // Distractors.
  d('鹏远支付有限公司撤回上市申请'),
  d('北辰融资担保有限公司申请缴销经营许可证，待批复'),
  d('“金果果”遭用户投诉提现困难'),
  d('监管部门撤回对长岭小额贷款有限公司的警示函'),
  d('“聚鑫汇”遭网友质疑，平台称运营正常'),
];
