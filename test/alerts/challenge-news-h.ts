/**
 * Challenge batch H (round 4), written after the batch-G fixes and measured before the changes it
 * drove: closures in less common word orders (对X予以…, X的…被…, topic first), lists of licensees in
 * one notice, brands and operators linked in several ways, traditional characters, English names,
 * and distractors that share their words. All names are invented.
 */
import type { ChallengeItem } from './challenge-news.js';

const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });

export const CHALLENGE_NEWS_H: ChallengeItem[] = [
  c('对明湖融资租赁有限公司予以注销', '该公司已不再经营融资租赁业务。', ['明湖融资租赁有限公司']),
  c('金桥小额贷款股份有限公司的经营许可被依法撤销', '', ['金桥小额贷款股份有限公司']),
  c('两家典当行被收回许可证：长宁典当有限公司、泰和典当有限公司', '', ['长宁典当有限公司', '泰和典当有限公司']),
  c('人民银行注销3家支付机构牌照', '被注销的机构为：鸿图支付有限公司、安顺支付科技有限公司、瑞丰电子支付有限公司。', [
    '鸿图支付有限公司',
    '安顺支付科技有限公司',
    '瑞丰电子支付有限公司',
  ]),
  c('网贷平台“橙信贷”运营公司深圳橙信金融服务有限公司已注销', '', ['橙信贷', '深圳橙信金融服务有限公司']),
  c('“银杏理财”平台（运营方：银杏互联网科技有限公司）宣布良性退出', '', ['银杏理财', '银杏互联网科技有限公司']),
  c('長江金融資產交易中心有限公司業務資質被取消', '', ['長江金融資產交易中心有限公司']),
  c('Lumen Exchange宣布关闭并停止服务', '这家虚拟货币交易平台称将于月底前完成用户资产提取。', ['Lumen Exchange']),
  c('西溪村镇银行由西溪农商银行吸收合并 原西溪村镇银行股份有限公司注销', '', ['西溪村镇银行股份有限公司']),
  c('金融资产交易场所清理整顿：辖内嘉禾金融资产交易中心有限公司、禾丰产权交易中心有限公司被取消交易场所的资格', '', [
    '嘉禾金融资产交易中心有限公司',
    '禾丰产权交易中心有限公司',
  ]),
  c('远航财富投资管理有限公司的私募管理人登记被注销', '中国证券投资基金业协会注销了其私募基金管理人登记。', ['远航财富投资管理有限公司']),
  c('“星辰钱包”APP下架 运营方星辰数字科技有限公司停止经营', '', ['星辰钱包', '星辰数字科技有限公司']),
  c('浙江某地网贷平台“禾苗金融”完成清退并关闭网站', '', ['禾苗金融']),
  c('宁远农村信用合作联社完成注销登记', '该联社已改制为宁远农村商业银行股份有限公司。', ['宁远农村信用合作联社']),
  c('因严重违法违规，白塔证券股份有限公司被依法关闭', '', ['白塔证券股份有限公司']),
  c('市地方金融管理局：即日起终止临江典当有限公司典当业务', '', ['临江典当有限公司']),
  c('青松融资担保有限公司被取消融资担保业务经营许可', '', ['青松融资担保有限公司']),
  c('润泽消费金融有限公司解散获批', '', ['润泽消费金融有限公司']),
  // Distractors.
  d('对明湖融资租赁有限公司予以警告并罚款'),
  d('金桥小额贷款股份有限公司申请撤销行政处罚'),
  d('人民银行：3家支付机构牌照续展获准'),
  d('“橙信贷”回应：平台运营正常'),
  d('長江金融資產交易中心擬更名'),
  d('Lumen Exchange上线新币种'),
  d('西溪村镇银行吸收合并方案公示'),
  d('远航财富投资管理有限公司实控人被立案侦查'),
  d('“星辰钱包”APP更新版本 新增理财功能'),
  d('白塔证券关闭部分营业部'),
  d('临江典当有限公司完成股权变更'),
  d('润泽消费金融：将于下月推出新产品'),
];
