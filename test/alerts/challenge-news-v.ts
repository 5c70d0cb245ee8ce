/**
 * Challenge batch V (round 6), written before the fix it drove and measured once first (figures in
 * the issue-16 note). One class of cause: the end state of a wind-down in its own words (存量业务…清零, 化解完毕, 降为零, 压降至零). All names are invented.
 */
import type { ChallengeItem } from './challenge-news.js';

const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });

export const CHALLENGE_NEWS_V: ChallengeItem[] = [
  c('“安稳盈”存量业务全部化解清零', '', ['安稳盈']),
  c('“榕信在线”实现存量业务清零并退出网贷行业', '', ['榕信在线']),
  c('闽江金融资产交易中心有限公司存量产品全部兑付清零，正式退出', '', ['闽江金融资产交易中心有限公司']),
  c('“贷来宝”平台存量借贷余额已降为零', '', ['贷来宝']),
  c('“钱塘汇”完成存量风险化解，平稳退出', '', ['钱塘汇']),
  c('“宜家贷”存量业务化解完毕', '平台网站随后关闭。', ['宜家贷']),
  c('“和信融”存量业务压降至零', '', ['和信融']),
  c('海曙典当有限公司存量业务已全部处置完毕', '', ['海曙典当有限公司']),
  c('温州“瓯信贷”存量借贷全部化解完毕', '', ['瓯信贷']),
  // Distractors.
  d('“安稳盈”存量业务化解进展：已清偿七成'),
  d('“贷来宝”计划年底前实现存量清零'),
  d('全省网贷机构存量业务余额持续压降'),
  d('“和信融”存量规模较年初下降三成'),
  d('“钱塘汇”称存量风险化解工作正在推进'),
  d('某市累计已有逾百家网贷机构实现存量清零'),
];
