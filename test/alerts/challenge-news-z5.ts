/**
 * Challenge batch Z5 (round 6), written before the fix it drove and measured once first (figures in
 * the issue-16 note). A cause found by probing beyond the r4 blind misses: an association or regulator written as the closer, whose name must not be reported (中国证券投资基金业协会注销…, 支付清算协会). All names are invented.
 */
import type { ChallengeItem } from './challenge-news.js';

const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });

export const CHALLENGE_NEWS_Z5: ChallengeItem[] = [
  c('中国证券投资基金业协会注销青岩投资管理有限公司的私募管理人登记', '', ['青岩投资管理有限公司']),
  c('基金业协会注销北溪资产管理有限公司等3家机构管理人登记', '', ['北溪资产管理有限公司']),
  c('中国支付清算协会：鸿运支付有限公司支付业务许可证被注销', '', ['鸿运支付有限公司']),
  c('中国互联网金融协会取消“安家贷”会员单位资格并确认其退出网贷行业', '', ['安家贷']),
  c('地方金融监督管理局注销明川典当有限公司典当经营许可证', '', ['明川典当有限公司']),
  c('市金融工作局宣布取缔“通宝汇”', '', ['通宝汇']),
  c('国家金融监督管理总局金融资产管理公司监管司批复：同意华信金融租赁有限公司解散', '', ['华信金融租赁有限公司']),
  c('中国证券业协会公告：恒通证券有限公司已注销', '', ['恒通证券有限公司']),
  // A count of unnamed firms is a closure with no name, as the dev set reads 辖内金交所 notices.
  c('中国证券投资基金业协会注销12家私募基金管理人登记', '', []),
  // Distractors.
  d('中国证券投资基金业协会发布私募基金登记备案办法'),
  d('中国支付清算协会提醒：警惕非法支付平台'),
  d('地方金融监督管理局召开典当行业座谈会'),
];
