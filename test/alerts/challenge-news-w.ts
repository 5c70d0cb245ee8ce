/**
 * Challenge batch W (round 6), written before the fix it drove and measured once first (figures in
 * the issue-16 note). One class of cause: a platform's channels shut (官网, 客户端, 公众号, 小程序 下线/关闭/下架), and an operator that carries the brand's stem (“X宝” run by X网络科技有限公司). All names are invented.
 */
import type { ChallengeItem } from './challenge-news.js';

const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });

export const CHALLENGE_NEWS_W: ChallengeItem[] = [
  c('“快易贷”官网及APP已全部下线', '', ['快易贷']),
  c('“融e通”官方网站和手机客户端全面关闭', '', ['融e通']),
  c('“汇财宝”微信公众号及小程序停止服务', '', ['汇财宝']),
  c('“金多多”APP正式下架，平台关闭', '', ['金多多']),
  c('“惠民贷”网站、APP和小程序均已关停', '', ['惠民贷']),
  c('“信达金服”官网无法访问，平台已停止运营', '', ['信达金服']),
  c('“恒通宝”客户端已停止运行', '', ['恒通宝']),
  c('“易融通”APP全面下线', '', ['易融通']),
  c('“鑫盛宝”平台完成清退', '杭州鑫盛网络科技有限公司称，出借人本金已全部兑付。', ['鑫盛宝', '杭州鑫盛网络科技有限公司']),
  c('“安信金融”宣布良性退出', '运营主体深圳安信互联网金融服务有限公司将办理工商变更。', ['安信金融', '深圳安信互联网金融服务有限公司']),
  c('“德众贷”停止运营', '其运营公司上海德众信息技术有限公司已办理注销登记。', ['德众贷', '上海德众信息技术有限公司']),
  c('“汇金在线”清退完毕', '广州汇金在线信息科技有限公司表示已向出借人兑付全部本金。', ['汇金在线', '广州汇金在线信息科技有限公司']),
  c('“聚宝通”关闭网站和APP', '北京聚宝网络信息服务有限公司称平台存量已清零。', ['聚宝通', '北京聚宝网络信息服务有限公司']),
  // Distractors.
  d('“快易贷”APP临时下线维护'),
  d('“融e通”官网改版升级，暂停访问两小时'),
  d('“金多多”否认APP下线传闻'),
  d('“易融通”将于下月关闭APP'),
  d('某银行“惠民贷”APP下线部分功能'),
  d('“恒通宝”客户端新版本上线，旧版本停止运行'),
];
