import { describe, expect, it } from 'vitest';
import { classifyNews } from '../../bot/alerts/classify.js';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';

const registry = loadDefaultRegistry();
const classify = (title: string, summary = '') => classifyNews({ title, summary }, registry);

// Round 6: one case per cause of the round-4 blind misses, and the distractor each fix must leave
// alone. All names invented.
describe('round 6 closures', () => {
  it.each<[cause: string, title: string, summary: string, entities: string[]]>([
    ['a licence as the subject, 予以 before the verb', '柏川典当有限公司典当经营许可证现予收回', '', ['柏川典当有限公司']],
    [
      'a name, then 依法撤销 at the end of the clause',
      '经监管部门批准，柏溪村镇银行股份有限公司依法撤销',
      '',
      ['柏溪村镇银行股份有限公司'],
    ],
    ['a qualification lost as a state', '柏岭金融资产交易所有限公司已不再具备交易场所资质', '', ['柏岭金融资产交易所有限公司']],
    ['丧失…资格 with the name cut before the verb', '柏湾融资担保有限公司丧失融资担保经营资格', '', ['柏湾融资担保有限公司']],
    ['the stock of a wind-down at zero', '“柏盈贷”存量借贷余额降至零', '', ['柏盈贷']],
    ['a platform whose site and app went offline', '“柏e融”官网及客户端全面下线', '', ['柏e融']],
    [
      'an operator named by the brand stem',
      '“柏信宝”完成清退',
      '杭州柏信网络科技有限公司称本金已兑付。',
      ['柏信宝', '杭州柏信网络科技有限公司'],
    ],
    ['a short venue name after a city in a spaced headline', '【关停】 贵阳 柏金所 今日 关闭', '', ['柏金所']],
    [
      'a verb-first headline with the name after the mark',
      '吊销营业执照！柏林资产登记备案中心有限公司',
      '',
      ['柏林资产登记备案中心有限公司'],
    ],
    [
      'a count in the headline and the list in the summary',
      '注销以下2家机构支付业务许可证',
      '柏云支付有限公司、柏雨付科技有限公司。',
      ['柏云支付有限公司', '柏雨付科技有限公司'],
    ],
    ['a quoted brand as the object, its kind after it', '警方查封“柏链币”虚拟货币交易平台', '', ['柏链币']],
    ['撤回 taking a licence back', '监管部门撤回柏丰支付有限公司支付业务许可', '', ['柏丰支付有限公司']],
    ['缴销 in the passive without 被', '柏原融资担保有限公司经营许可证已缴销', '', ['柏原融资担保有限公司']],
    ['a quoted brand sealed with 遭', '“柏鑫汇”遭警方查封', '', ['柏鑫汇']],
    ['a business line named last', '柏桥金服宣布全面退出网络借贷', '', ['柏桥金服']],
    ['a short licensee as a passive subject', '柏远支付被央行注销支付牌照', '', ['柏远支付']],
    ['a deregistration procedure completed', '柏岳典当有限公司已办结工商注销手续', '', ['柏岳典当有限公司']],
    ['Latin words before a bracketed place', 'Birch Lake Pay（深圳）有限公司支付业务许可证被注销', '', ['Birch Lake Pay（深圳）有限公司']],
    ['quoted brands side by side with a count', '“柏易贷”“柏分期”两平台同日退出', '', ['柏易贷', '柏分期']],
    ['the licence of the firm itself taken back', '收回柏木商业保理有限公司商业保理业务资质', '', ['柏木商业保理有限公司']],
    ['a quoted brand between 对 and 予以', '对“柏鼎汇”予以取缔', '', ['柏鼎汇']],
    [
      'an operator written as 由Y运营',
      '“柏禾理财”清退完毕',
      '该平台由杭州柏禾网络科技有限公司运营。',
      ['柏禾理财', '杭州柏禾网络科技有限公司'],
    ],
    [
      'an unquoted brand before 的运营方',
      '柏杉理财的运营方北京柏杉网络科技有限公司宣布平台良性退出',
      '',
      ['柏杉理财', '北京柏杉网络科技有限公司'],
    ],
    [
      '主体公司 cut from the operator',
      '“柏金树”平台主体公司上海柏木网络科技有限公司完成工商注销',
      '',
      ['柏金树', '上海柏木网络科技有限公司'],
    ],
    ['an association as the closer', '中国证券投资基金业协会注销柏石投资管理有限公司的私募管理人登记', '', ['柏石投资管理有限公司']],
  ])('GIVEN %s THEN it is a closure of exactly those names', (_cause, title, summary, entities) => {
    const r = classify(title, summary);
    expect(r.closure, r.reason).toBe(true);
    expect(r.entities).toEqual(entities);
  });

  it('GIVEN a wire prefix spaced before the name THEN the prefix stays out of the name', () => {
    expect(classify('本报讯 柏舟期货有限公司期货业务许可证被注销').entities).toEqual(['柏舟期货有限公司']);
  });
});

describe('round 6 distractors', () => {
  it.each<[cause: string, title: string, summary: string]>([
    ['a penalty decision revoked, not a licence', '复议决定：柏川典当有限公司的处罚决定予以撤销', ''],
    ['a rule about venues without a qualification', '不具备交易场所资质的机构不得挂牌产品', ''],
    ['a lost qualification only supposed', '柏湾融资担保有限公司若丧失经营资格将影响客户', ''],
    ['a stock shrinking, not gone', '“柏盈贷”存量余额较年初压降四成', ''],
    ['an app offline for maintenance', '“柏e融”APP临时下线维护', ''],
    ['an app back after going offline', '“柏e融”APP下架后重新上线', ''],
    ['an old version stopped, the service goes on', '“柏信宝”客户端新版上线，旧版本停止运行', ''],
    ['a short venue name in a risk notice', '【风险提示】 柏金所 挂牌产品 逾期', ''],
    ['a Q&A about what 金交所 closures mean', '问答：金交所被取消资质后投资者怎么办？', ''],
    ['a list of restaurants losing their licences', '吊销以下2家餐饮企业营业执照', '柏香餐饮有限公司、柏味餐饮有限公司。'],
    ['a date announced for a future closure', '“柏链币”宣布将于下月关闭交易平台', ''],
    ['a listing application withdrawn', '柏丰支付有限公司撤回上市申请', ''],
    ['a complaint against a brand, 遭 with no closure', '“柏鑫汇”遭用户投诉提现困难', ''],
    ['leaving a ranking, not a business', '柏舟期货有限公司退出期货公司评级前十', ''],
    ['a denial of leaving', '柏桥金服否认退出网络借贷', ''],
    ['a product app of a bank stopped', '柏川银行“柏享贷”APP停止服务，业务迁至手机银行', ''],
    ['a guide to the deregistration procedure', '典当行注销手续须知', ''],
    ['a secondary qualification of a securities firm', '柏河证券有限公司证券投资咨询业务资格被取消', ''],
    ['a membership of an exchange', '交易所取消柏泰期货有限公司会员资格', ''],
    ['products of a named manager', '注销柏商投资管理有限公司旗下两只私募基金产品', ''],
    ['one branch of a named firm', '吊销柏石典当有限公司一家分公司营业执照', ''],
    ['a fine with the licence kept', '柏远支付被央行罚款，支付牌照保留', ''],
  ])('GIVEN %s THEN it is not a closure', (_cause, title, summary) => {
    const r = classify(title, summary);
    expect(r.closure, `${r.reason} ${r.entities.join('，')}`).toBe(false);
  });
});
