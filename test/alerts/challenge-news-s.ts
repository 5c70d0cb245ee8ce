/**
 * Challenge batch S (round 5), written after the batch-R fixes (38eba59) and measured once before the
 * changes it drove: headline-only and summary-only items in wire, column and 公文 registers, names
 * with places and Latin letters, and look-alike distractors. All names are invented.
 */
import type { ChallengeItem } from './challenge-news.js';

const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });

export const CHALLENGE_NEWS_S: ChallengeItem[] = [
  c('晚间公告汇总', '栖梧（厦门）小额贷款股份有限公司公告称，公司已收到监管部门批复，同意公司解散。', ['栖梧（厦门）小额贷款股份有限公司']),
  c('金融监管局：依法吊销碧溪典当有限公司典当经营许可证', '', ['碧溪典当有限公司']),
  c('注销！又一支付机构出局', '云岫支付有限公司的支付业务许可证被注销。', ['云岫支付有限公司']),
  c('“聚财猫”平台良性退出 出借人本金全部兑付', '', ['聚财猫']),
  c('GreenLeaf Exchange宣布永久关闭', '这家虚拟资产交易所将停止为所有用户提供服务。', ['GreenLeaf Exchange']),
  c('关于取消萝溪融资担保有限公司担保业务经营资格的通知', '各有关单位：经研究，决定取消上述公司融资担保业务经营资格，收回其经营许可证。', [
    '萝溪融资担保有限公司',
  ]),
  c('濯锦金融资产交易中心（四川）有限公司依法注销', '', ['濯锦金融资产交易中心（四川）有限公司']),
  c('快讯：岑溪村镇银行股份有限公司获批解散', '承接行为岑溪农商银行。', ['岑溪村镇银行股份有限公司']),
  c('岚岫商业保理（天津）有限公司被列入退出类名单', '', ['岚岫商业保理（天津）有限公司']),
  c('雪松财富管理有限公司及其关联平台“雪松金服”被取缔', '', ['雪松财富管理有限公司', '雪松金服']),
  c('国家金融监督管理总局批复：同意鹭岛消费金融股份有限公司终止经营并解散', '', ['鹭岛消费金融股份有限公司']),
  c('铜雀基金管理有限公司的私募管理人登记被注销', '', ['铜雀基金管理有限公司']),
  // Distractors.
  d('晚间公告汇总', '栖梧（厦门）小额贷款股份有限公司公告称，公司拟申请解散，尚需监管部门批准。'),
  d('金融监管局：依法吊销碧溪餐饮有限公司食品经营许可证', ''),
  d('“聚财猫”平台良性退出进展：已兑付六成', '平台此前已宣布停止发标。'),
  d('GreenLeaf Exchange否认将关闭', '公司称关闭传闻不实。'),
  d('濯锦金融资产交易中心（四川）有限公司注销部分会员资格', ''),
  d('岑溪村镇银行股份有限公司拟解散，方案已报监管部门', ''),
  d('雪松财富管理有限公司实际控制人被判处有期徒刑', ''),
  d('铜雀基金管理有限公司注销一只私募基金产品', ''),
];
