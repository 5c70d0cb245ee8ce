/**
 * Challenge batch Z7 (round 6), written before the fix it drove and measured once first (figures in
 * the issue-16 note). A cause found by probing beyond the r4 blind misses: names whose boundary the finder cuts wrongly: Latin words before a bracketed place and a company suffix, and brands written side by side in quotes with a count (“X”“Y”两平台). All names are invented.
 */
import type { ChallengeItem } from './challenge-news.js';

const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });

export const CHALLENGE_NEWS_Z7: ChallengeItem[] = [
  c('Zenith Capital（香港）有限公司证券牌照被吊销', '', ['Zenith Capital（香港）有限公司']),
  c('Blue Harbor Pay（深圳）有限公司支付业务许可证被注销', '', ['Blue Harbor Pay（深圳）有限公司']),
  c('Golden Bridge Securities（上海）有限公司依法解散', '', ['Golden Bridge Securities（上海）有限公司']),
  c('Silver Oak Finance（广州）有限公司被取消商业保理试点资格', '', ['Silver Oak Finance（广州）有限公司']),
  c('“悦享贷”“易分期”两平台同日退出', '', ['悦享贷', '易分期']),
  c('“金满仓”“财多多”两家平台宣布清退完毕', '', ['金满仓', '财多多']),
  c('“宝利来”“鑫聚财”“融通达”三平台被取缔', '', ['宝利来', '鑫聚财', '融通达']),
  c('“好借”“快还”两款网贷APP同日下线', '', ['好借', '快还']),
  c('“e贷通”和“速借宝”两个平台已停止运营', '', ['e贷通', '速借宝']),
  // Distractors.
  d('Zenith Capital（香港）有限公司获发证券牌照'),
  d('“悦享贷”“易分期”两平台合并运营'),
  d('“金满仓”“财多多”两家平台被约谈'),
  d('“好借”“快还”两款网贷APP上线新功能'),
];
