/**
 * Challenge batch Z8 (round 6), written before the fix it drove and measured once first (figures in
 * the issue-16 note). A cause found by probing beyond the r4 blind misses: one secondary qualification, product or unit of a named firm taken away (会员资格, 承销资格, 旗下产品), which closes nothing, beside the firm's own licence taken away, which does. All names are invented.
 */
import type { ChallengeItem } from './challenge-news.js';

const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });

export const CHALLENGE_NEWS_Z8: ChallengeItem[] = [
  c('取消岚山小额贷款有限公司小额贷款业务资格', '', ['岚山小额贷款有限公司']),
  c('注销青雀支付有限公司支付业务许可证', '', ['青雀支付有限公司']),
  c('吊销白帆典当有限公司典当经营许可证', '', ['白帆典当有限公司']),
  c('撤销松林融资担保有限公司的担保业务经营许可', '', ['松林融资担保有限公司']),
  c('收回嘉木商业保理有限公司商业保理业务资质', '', ['嘉木商业保理有限公司']),
  c('取消星岚金融资产交易中心有限公司交易场所资格', '', ['星岚金融资产交易中心有限公司']),
  c('注销远峰投资管理有限公司的私募管理人登记', '', ['远峰投资管理有限公司']),
  c('鸿雁期货有限公司期货业务许可证被注销', '', ['鸿雁期货有限公司']),
  // Distractors.
  d('取消星河证券有限公司承销业务资格'),
  d('交易所取消恒泰期货有限公司会员资格'),
  d('注销华商投资管理有限公司旗下三只私募基金产品'),
  d('天元证券有限公司证券投资咨询业务资格被取消'),
  d('暂停远航支付有限公司新增商户拓展'),
  d('撤销锦程村镇银行股份有限公司两家支行'),
  d('取消鹏飞保险经纪有限公司的评优资格'),
  d('吊销金石典当有限公司一家分公司营业执照'),
];
