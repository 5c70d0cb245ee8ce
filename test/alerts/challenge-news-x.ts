/**
 * Challenge batch X (round 6), written before the fix it drove and measured once first (figures in
 * the issue-16 note). One class of cause: a venue written by its unquoted short name (X金所, X交所, X金服), in plain and in spaced column headlines. All names are invented.
 */
import type { ChallengeItem } from './challenge-news.js';

const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });

export const CHALLENGE_NEWS_X: ChallengeItem[] = [
  c('澜金所存量产品清零，正式退出', '', ['澜金所']),
  c('【注销】 沂金所 完成工商注销', '', ['沂金所']),
  c('嵩金所被取消金融资产交易场所资格', '', ['嵩金所']),
  c('快讯 | 婺金所 今起 停止运营', '', ['婺金所']),
  c('岷交所依法关闭', '', ['岷交所']),
  c('【关停】 洛阳 伊金所 今日 关闭', '', ['伊金所']),
  c('监管通报：汀金所已完成清退', '', ['汀金所']),
  c('【退出】 赣州 章贡金服 网贷平台 正式 退出', '', ['章贡金服']),
  c('鄞交所资质被取消', '', ['鄞交所']),
  // Distractors.
  d('澜金所召开年度会员大会'),
  d('沂金所回应：目前运营正常，关停传闻不实'),
  d('【风险提示】 嵩金所 挂牌产品 逾期'),
  d('婺金所拟申请注销'),
  d('伊金所 新增 挂牌 产品 十款'),
  d('汀金所负责人被判处有期徒刑'),
];
