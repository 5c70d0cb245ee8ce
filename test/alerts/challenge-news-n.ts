/**
 * Challenge batch N (round 4), written after batch M and measured before the changes it drove:
 * more of the wording regulators and registries use for an ending (终止…试点资格, 不再续期, 清算完毕,
 * 市场化退出, 全面停止业务, 收回其《…许可证》), and the look-alikes that are not an ending
 * (停业整顿, 暂停业务, 终止合作, 成立清算组, 退出机制). All names are invented.
 */
import type { ChallengeItem } from './challenge-news.js';

const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });

export const CHALLENGE_NEWS_N: ChallengeItem[] = [
  c('市金融局决定终止禾田小额贷款有限公司试点资格', '', ['禾田小额贷款有限公司']),
  c('远山支付有限公司支付业务许可证到期后不再续期', '', ['远山支付有限公司']),
  c('岚桥信托有限责任公司清算完毕', '该公司已向登记机关申请注销登记。', ['岚桥信托有限责任公司']),
  c('溪口村镇银行实现市场化退出', '溪口村镇银行股份有限公司的资产负债由溪口农商银行承接。', ['溪口村镇银行股份有限公司']),
  c('峰林金融资产交易中心有限公司全面停止业务', '', ['峰林金融资产交易中心有限公司']),
  c('证监会收回云杉证券有限公司《经营证券期货业务许可证》', '', ['云杉证券有限公司']),
  c('河谷融资担保有限公司终止全部融资担保业务并缴回许可证', '', ['河谷融资担保有限公司']),
  c('竹海典当有限公司典当经营许可证到期未续', '该公司已停止典当业务。', ['竹海典当有限公司']),
  c('法院依法宣告松谷投资管理有限公司破产并终结破产程序', '', ['松谷投资管理有限公司']),
  c('金融监管总局撤销杉湖保险代理有限公司经营保险代理业务许可证', '', ['杉湖保险代理有限公司']),
  c('“禾谷金服”网站已无法访问 运营方禾谷金融信息服务有限公司已注销', '', ['禾谷金服', '禾谷金融信息服务有限公司']),
  c('梧桐商品交易市场有限公司停止交易并关闭', '', ['梧桐商品交易市场有限公司']),
  // Distractors.
  d('禾田小额贷款有限公司被责令停业整顿'),
  d('远山支付有限公司暂停部分业务三个月'),
  d('岚桥信托有限责任公司成立清算组'),
  d('溪口村镇银行市场化退出机制研讨会召开'),
  d('峰林金融资产交易中心有限公司与某银行终止合作'),
  d('云杉证券有限公司暂停新增客户'),
  d('河谷融资担保有限公司获评优秀担保机构'),
  d('竹海典当有限公司典当经营许可证换发'),
  d('松谷投资管理有限公司破产案债权人会议召开'),
  d('梧桐商品交易市场有限公司暂停交易一日'),
];
