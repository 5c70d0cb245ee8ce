/**
 * Challenge batch Z10 (round 6), written before the fix it drove and measured once first (figures in
 * the issue-16 note). A cause found by probing beyond the r4 blind misses: a platform's operator named
 * in other words (由Y运营, 所属公司为Y, 主体公司Y, an unquoted brand before 的运营方), with the name
 * cut after the role word. All names are invented.
 */
import type { ChallengeItem } from './challenge-news.js';

const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });

export const CHALLENGE_NEWS_Z10: ChallengeItem[] = [
  c('“青禾理财”清退完毕', '该平台由杭州青禾网络科技有限公司运营。', ['青禾理财', '杭州青禾网络科技有限公司']),
  c('“蓝鲸汇”停止运营', '平台所属公司为深圳海纳信息技术有限公司。', ['蓝鲸汇', '深圳海纳信息技术有限公司']),
  c('“金橡树”平台主体公司上海橡木网络科技有限公司完成工商注销', '', ['金橡树', '上海橡木网络科技有限公司']),
  c('银杉理财的运营方北京银杉网络科技有限公司宣布平台良性退出', '', ['银杉理财', '北京银杉网络科技有限公司']),
  c('“稳利来”宣布清退完毕', '该平台系广州百川信息科技有限公司旗下产品，出借人本金已全部兑付。', ['稳利来', '广州百川信息科技有限公司']),
  c('“融信通”良性退出', '平台运营主体为成都锦城网络科技有限公司。', ['融信通', '成都锦城网络科技有限公司']),
  c('“聚富盆”完成清退', '平台背后的运营公司南京聚信网络科技有限公司已办理注销。', ['聚富盆', '南京聚信网络科技有限公司']),
  c('星川贷的运营主体杭州星川金融信息服务有限公司注销', '', ['星川贷', '杭州星川金融信息服务有限公司']),
  c('“鼎盛财富”退出网贷行业', '由上海鼎丰信息技术有限公司负责运营的该平台已结清全部借款。', ['鼎盛财富', '上海鼎丰信息技术有限公司']),
  // Distractors.
  d('“青禾理财”由杭州青禾网络科技有限公司运营，平台运营正常'),
  d('“蓝鲸汇”所属公司为深圳海纳信息技术有限公司，平台否认停业传闻'),
  d('银杉理财的运营方北京银杉网络科技有限公司被约谈'),
  d('“稳利来”母公司广州百川控股有限公司完成新一轮融资'),
];
