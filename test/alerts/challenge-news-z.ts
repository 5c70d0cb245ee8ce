/**
 * Challenge batch Z (round 6), written before the fix it drove and measured once first (figures in
 * the issue-16 note). One class of cause: a quoted brand as the verb's object with a kind noun after it (关停“X”虚拟货币交易平台), and intent written inside the verb phrase (宣布将于…关闭). All names are invented.
 */
import type { ChallengeItem } from './challenge-news.js';

const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });

export const CHALLENGE_NEWS_Z: ChallengeItem[] = [
  c('北京海淀区责令关停“星链币”虚拟货币交易平台', '', ['星链币']),
  c('公安机关取缔“银河宝”非法集资平台', '', ['银河宝']),
  c('监管部门关闭“蓝海贷”网络借贷平台', '', ['蓝海贷']),
  c('深圳依法关停“汇通四海”外汇交易平台', '', ['汇通四海']),
  c('杭州警方查封“金牛在线”网贷平台', '', ['金牛在线']),
  c('地方金融管理局注销“安e融”平台备案', '', ['安e融']),
  c('市金融办宣布取缔“链金所”数字资产交易场所', '', ['链金所']),
  c('上海警方关停“易币通”虚拟资产交易平台', '', ['易币通']),
  // Distractors.
  d('“蓝海贷”宣布将于明年3月关闭平台'),
  d('“星链币”宣布计划于年底关闭交易平台'),
  d('“银河宝”宣布拟于下月停止运营'),
  d('监管部门约谈“汇通四海”外汇交易平台'),
  d('“金牛在线”宣布预计年内关闭APP'),
  d('“易币通”宣布暂时关闭充值通道'),
  d('公安机关通报“链金所”非法集资案件进展'),
];
