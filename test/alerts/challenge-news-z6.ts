/**
 * Challenge batch Z6 (round 6), written before the fix it drove and measured once first (figures in
 * the issue-16 note). A cause found by probing beyond the r4 blind misses: a firm named short by its licence kind as the subject of a passive (汇通支付被注销支付牌照), and a completed deregistration procedure (办结注销手续). All names are invented.
 */
import type { ChallengeItem } from './challenge-news.js';

const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });

export const CHALLENGE_NEWS_Z6: ChallengeItem[] = [
  c('汇远支付被央行注销支付牌照', '', ['汇远支付']),
  c('星桥典当被吊销典当经营许可证', '', ['星桥典当']),
  c('云帆小贷遭取消小额贷款经营资格', '', ['云帆小贷']),
  c('快钱付被人民银行注销支付业务许可证', '', ['快钱付']),
  c('华达担保被收回融资担保业务经营许可证', '', ['华达担保']),
  c('邦和金融资产交易所有限公司已办结工商注销手续', '', ['邦和金融资产交易所有限公司']),
  c('晨星小额贷款有限公司完成注销手续', '', ['晨星小额贷款有限公司']),
  c('锦绣融资担保有限公司注销登记手续已办理完毕', '', ['锦绣融资担保有限公司']),
  c('海岳典当有限公司依法办完注销手续', '', ['海岳典当有限公司']),
  // Distractors.
  d('汇远支付被央行罚款，支付牌照保留'),
  d('星桥典当被约谈，暂未吊销经营许可证'),
  d('小贷公司注销手续怎么办？'),
  d('晨星小额贷款有限公司注销手续须知'),
  d('锦绣融资担保有限公司拟办理注销手续'),
];
