/**
 * Challenge batch Z9 (round 6), written before the fix it drove and measured once first (figures in
 * the issue-16 note). A cause found by probing beyond the r4 blind misses: a quoted brand between a preposition or adverb and the verb (对“X”予以取缔, 将“X”依法关闭, “X”予以关停). All names are invented.
 */
import type { ChallengeItem } from './challenge-news.js';

const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });

export const CHALLENGE_NEWS_Z9: ChallengeItem[] = [
  c('地方金融监管局：对“金鼎汇”予以取缔', '', ['金鼎汇']),
  c('依法将“益民财富”关闭', '', ['益民财富']),
  c('“泰山贷”予以关停', '', ['泰山贷']),
  c('对“红杉在线”依法取缔', '', ['红杉在线']),
  c('公安机关对“聚源通”依法查封', '', ['聚源通']),
  c('经查，对“旺财猫”平台予以关闭', '', ['旺财猫']),
  c('将“恒久金融”依法取缔', '', ['恒久金融']),
  c('市处非办对“汇众盈”作出取缔决定', '', ['汇众盈']),
  // Distractors.
  d('对“金鼎汇”予以警示'),
  d('将“益民财富”纳入重点监测'),
  d('对“红杉在线”依法立案调查'),
  d('“泰山贷”予以整改'),
];
