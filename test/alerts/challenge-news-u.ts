/**
 * Challenge batch U (round 6), written before the fix it drove and measured once first (figures in
 * the issue-16 note). One class of cause: a venue said to have lost its qualification as a state (已不具备, 不再具有, 丧失, 失去 …资格), and the name cut before the verb. All names are invented.
 */
import type { ChallengeItem } from './challenge-news.js';

const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });

export const CHALLENGE_NEWS_U: ChallengeItem[] = [
  c('锦屏金融资产交易所有限公司已不具备交易场所经营资格', '', ['锦屏金融资产交易所有限公司']),
  c('经核查，望江小额贷款有限公司已不再具备小额贷款经营资质', '', ['望江小额贷款有限公司']),
  c('鹤鸣金融资产交易所有限公司丧失金融资产交易场所资格', '', ['鹤鸣金融资产交易所有限公司']),
  c('石湖融资担保有限公司失去融资担保经营资格', '', ['石湖融资担保有限公司']),
  c('青溪典当有限公司不再拥有典当行经营资格', '', ['青溪典当有限公司']),
  c('云梦金融资产交易所有限公司不再具有交易场所资质', '', ['云梦金融资产交易所有限公司']),
  c('翡翠支付有限公司已不具有支付业务许可', '', ['翡翠支付有限公司']),
  c('金融监管部门：汀州小额贷款有限公司已丧失小额贷款经营资质', '', ['汀州小额贷款有限公司']),
  c('洛川金融资产交易所有限公司已不具备金交所资格', '该公司已不得再开展任何挂牌业务。', ['洛川金融资产交易所有限公司']),
  // Distractors.
  d('不具备金融资产交易场所资质的机构不得发行产品'),
  d('警惕！不具备支付资质的平台代收资金'),
  d('锦屏金融资产交易中心有限公司具备交易场所经营资格'),
  d('望江小额贷款有限公司表示其仍具备小额贷款经营资质'),
  d('如何判断一家平台是否具备网贷资质'),
  d('鹤鸣金融资产交易所有限公司若丧失交易场所资格将影响投资者'),
];
