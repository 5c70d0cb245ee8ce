/**
 * Challenge batch P (round 5), written before any round-5 change and measured once against main
 * 1724cfe: the closure stated only in the summary, headline-only items, the verb far from the
 * name, names with regions, brackets and Latin letters, several entities with different verbs,
 * and distractors of the same shapes. All names are invented.
 */
import type { ChallengeItem } from './challenge-news.js';

const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });

export const CHALLENGE_NEWS_P: ChallengeItem[] = [
  // The closure is only in the summary.
  c('地方金融监管动态（第12期）', '本期通报：澜石小额贷款有限公司经营许可已被收回。', ['澜石小额贷款有限公司']),
  c('一周要闻回顾', '杉野融资担保有限公司于本月初完成工商注销，其融资担保业务经营许可证同步缴销。', ['杉野融资担保有限公司']),
  c('关于辖区类金融机构情况的通报', '经核查，鹿鸣商业保理有限公司已不再开展任何保理业务，并于上周办理了注销手续。', [
    '鹿鸣商业保理有限公司',
  ]),
  c('监管信息公开', '根据有关规定，对青禾典当有限责任公司的典当经营许可证予以注销。', ['青禾典当有限责任公司']),
  // Headline only.
  c('岚桥金融资产交易中心有限公司被取缔', '', ['岚桥金融资产交易中心有限公司']),
  c('苍梧村镇银行股份有限公司获批解散', '', ['苍梧村镇银行股份有限公司']),
  c('“云梯贷”运营方栖霞网络科技有限公司宣告停业', '', ['云梯贷', '栖霞网络科技有限公司']),
  // The verb far from the name.
  c('松岩融资租赁有限公司因长期未开展业务、失联且无法取得联系，经多次督促整改无果，已被监管部门移出融资租赁企业名单', '', [
    '松岩融资租赁有限公司',
  ]),
  c(
    '关于北辰汇金（天津）商业保理有限公司的情况说明',
    '该公司自2023年起未按要求报送经营数据，经现场核查发现其已无实际经营场所，现已依法注销其经营资格。',
    ['北辰汇金（天津）商业保理有限公司'],
  ),
  c('溪亭小额贷款股份有限公司，这家成立于2012年、曾是省内规模最大的小贷公司之一的机构，日前正式退出市场', '', ['溪亭小额贷款股份有限公司']),
  // Names with regions, brackets and Latin letters.
  c('鸿雁ABC（深圳）融资担保有限公司经营许可证被注销', '', ['鸿雁ABC（深圳）融资担保有限公司']),
  c('Q钱包运营方星渚（上海）支付科技有限公司支付牌照被注销', '', ['星渚（上海）支付科技有限公司']),
  c('香港BrightHarbor Securities Limited停止营业', '该证券行已向证监会交回牌照。', ['BrightHarbor Securities Limited']),
  c('宏泰(武汉)小额贷款有限公司被吊销营业执照', '', ['宏泰(武汉)小额贷款有限公司']),
  // Several entities with different verbs.
  c('两家机构退出：芷兰小额贷款有限公司注销，蒲溪融资担保有限公司被撤销经营许可', '', ['芷兰小额贷款有限公司', '蒲溪融资担保有限公司']),
  c('省局通报：白露典当有限公司吊销许可证、寒枝商业保理有限公司移出名单、霜桥融资租赁有限公司注销', '', [
    '白露典当有限公司',
    '寒枝商业保理有限公司',
    '霜桥融资租赁有限公司',
  ]),
  c('“月湾宝”清退完毕，“石榴金服”宣布停止运营', '两家平台均已完成存量业务清零。', ['月湾宝', '石榴金服']),
  c('葵丘农村商业银行吸收合并三家村镇银行', '被吸收的葵丘柳岸村镇银行股份有限公司同日解散。', ['葵丘柳岸村镇银行股份有限公司']),
  // Distractors of the same shapes.
  d('地方金融监管动态（第13期）', '本期通报：澜石小额贷款有限公司完成增资扩股。'),
  d('一周要闻回顾', '杉野融资担保有限公司拟于明年申请注销，目前仍在正常经营。'),
  d('关于辖区类金融机构情况的通报', '经核查，鹿鸣商业保理有限公司经营正常，网传其已注销系谣言。'),
  d('岚桥金融资产交易中心有限公司被取缔？官方回应：不实'),
  d('苍梧村镇银行股份有限公司解散申请尚在审核中'),
  d('松岩融资租赁有限公司因长期未报送数据被监管部门约谈，督促整改后仍保留在融资租赁企业名单中'),
  d('鸿雁ABC（深圳）融资担保有限公司续展经营许可证'),
  d('香港BrightHarbor Securities Limited暂停一项交易服务', '其余业务照常营业。'),
  d('两家机构合并：芷兰小额贷款有限公司与蒲溪融资担保有限公司签署战略合作协议'),
  d('“月湾宝”兑付进展：已清退借款人资金八成', '平台早在2020年已停止运营，本次为第三次分配。'),
  d('溪亭餐饮管理有限公司停业整顿后关闭', '该公司旗下两家火锅店已停止营业。'),
  d('葵丘农村商业银行拟吸收合并三家村镇银行', '方案尚需监管部门批准。'),
];
