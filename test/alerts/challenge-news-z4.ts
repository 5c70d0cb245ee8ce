/**
 * Challenge batch Z4 (round 6), written before the fix it drove and measured once first (figures in
 * the issue-16 note). A cause found by probing beyond the r4 blind misses: a business line ended, with the line named last or before the verb (全面退出网络借贷, 网贷业务全部清零). All names are invented.
 */
import type { ChallengeItem } from './challenge-news.js';

const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });

export const CHALLENGE_NEWS_Z4: ChallengeItem[] = [
  c('龙湖金服宣布全面退出网络借贷', '', ['龙湖金服']),
  c('“宜家富”网贷业务全部清零，转型为科技服务', '', ['宜家富']),
  c('“钱来也”正式退出P2P', '', ['钱来也']),
  c('“融信宝”彻底退出网贷', '平台出借人本金已全部兑付。', ['融信宝']),
  c('鼎泰投资管理有限公司退出私募基金行业', '其私募基金管理人登记已注销。', ['鼎泰投资管理有限公司']),
  c('“惠金所”网贷业务已全部结清并退出', '', ['惠金所']),
  c('“小熊理财”借贷业务清零', '', ['小熊理财']),
  c('“盛世金服”宣布退出网络借贷信息中介', '', ['盛世金服']),
  c('“小牛在线”清盘', '', ['小牛在线']),
  // Distractors.
  d('龙湖金服否认退出网络借贷'),
  d('“钱来也”计划明年退出P2P'),
  d('“融信宝”退出网贷的时间表尚未确定'),
  d('多家平台宣布退出网络借贷', ''),
  d('“小熊理财”借贷业务规模下降一成'),
];
