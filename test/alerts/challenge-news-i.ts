/**
 * Challenge batch I (round 4), written after the batch-H fixes and measured before the changes it
 * drove: mostly distractors that share words with the round-4 mechanisms (quoted names before a
 * verb, X平台 names, operators that carry a brand, lists after 的…为：, licences 被收回, Latin venue
 * names, statistics), and closures of the same shapes. All names are invented.
 */
import type { ChallengeItem } from './challenge-news.js';

const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });

export const CHALLENGE_NEWS_I: ChallengeItem[] = [
  d('“金穗宝”被立案侦查 警方提醒投资人报案'),
  d('“云帆在线”宣布暂停发标', '平台称将在三个月内恢复正常运营。'),
  d('“禾信贷”清退进展：累计兑付率超五成'),
  d('“泉眼”平台被约谈后整改'),
  d('“星湖钱包”宣布完成B轮融资'),
  d('星湖金融信息服务有限公司旗下“星湖钱包”上线新功能'),
  d('鹏程贷平台回应：从未停止运营'),
  d('蓝桥网平台关闭自动投标功能'),
  d('今年以来全省累计注销小额贷款公司12家', '省地方金融管理局表示，行业出清有序推进。'),
  d('全国在营网贷机构已降至数百家'),
  d('被注销的企业名单如下：东湖餐饮管理有限公司、西岭服装有限公司'),
  d('依法注销许可证的典当行须在30日内公告', '市地方金融管理局发布典当行监管办法征求意见稿。'),
  d('Harbor Exchange获得香港虚拟资产交易平台牌照'),
  d('Zenith Capital注销旗下一家基金子公司'),
  d('远山科技有限公司旗下“远山宝”APP关闭部分理财入口'),
  d('北辰支付有限公司支付业务许可证续展获批'),
  d('关于启动青溪小额贷款有限公司退出试点程序的通知'),
  d('“鹿角金服”实控人一审被判十年'),
  d('“鹿角金服”第二期兑付款发放'),
  d('“橡树理财”更名为“橡树生活” 平台继续运营'),
  // Closures of the same shapes.
  c('“金穗宝”平台宣布清盘', '', ['金穗宝']),
  c('云帆在线平台已停止运营', '运营方云帆网络科技有限公司称，出借人本金已全部兑付。', ['云帆在线', '云帆网络科技有限公司']),
  c('星湖金融信息服务有限公司旗下“星湖钱包”停止运营', '', ['星湖金融信息服务有限公司', '星湖钱包']),
  c('被吊销许可证的机构为：南岭典当有限公司、北岭典当有限公司', '', ['南岭典当有限公司', '北岭典当有限公司']),
  c('Harbor Exchange停止运营', '', ['Harbor Exchange']),
  c('青溪小额贷款有限公司退出试点', '', ['青溪小额贷款有限公司']),
  c('北辰支付有限公司支付业务许可证被收回', '', ['北辰支付有限公司']),
  c('“橡树理财”完成清退，平台网站关闭', '', ['橡树理财']),
];
