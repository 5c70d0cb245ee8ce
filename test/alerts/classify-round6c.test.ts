import { describe, expect, it } from 'vitest';
import { classifyNews } from '../../bot/alerts/classify.js';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';

const registry = loadDefaultRegistry();
const classify = (title: string, summary = '') => classifyNews({ title, summary }, registry);

// Round 6c: names listed before a back-reference, pauses and follow-up work that are no closure, name
// boundaries, and an operator named in a clause of its own. All names invented.
describe('round 6c closures and their names', () => {
  it.each<[cls: string, title: string, summary: string, entities: string[]]>([
    [
      'a list, then 上述场所 in the next sentence',
      '四川公布交易场所退出名单',
      '绵阳涪江商品交易中心有限公司、德阳旌湖文化产权交易所有限公司。上述场所自即日起不再具备交易场所经营资格。',
      ['绵阳涪江商品交易中心有限公司', '德阳旌湖文化产权交易所有限公司'],
    ],
    [
      'a merger, then 两行 with the new bank named between',
      '两家城商行合并组建新银行',
      '松江商业银行股份有限公司与柳河商业银行股份有限公司经批准新设合并为松柳银行，两行法人资格终止。',
      ['松江商业银行股份有限公司', '柳河商业银行股份有限公司'],
    ],
    [
      'a count-bearing back-reference (以上3家) after a longer list sentence',
      '三家典当行退出',
      '槐东典当有限公司、槐西典当有限公司、槐南典当有限公司长期停业。以上3家公司的典当经营许可证已被注销。',
      ['槐东典当有限公司', '槐西典当有限公司', '槐南典当有限公司'],
    ],
    [
      'an energy exchange named in a 交易场所 notice',
      '取消一家交易场所资格',
      '榆林沙海能源交易中心有限公司不再具备交易场所经营资格。',
      ['榆林沙海能源交易中心有限公司'],
    ],
    [
      'a name opened by the reason conjunction 因',
      '人民银行注销一家支付机构许可证',
      '因槐北易付科技有限公司主动申请终止业务，人民银行决定注销其支付业务许可证。',
      ['槐北易付科技有限公司'],
    ],
    [
      'a reason clause with 挪用基金 between the name and the verb',
      '一家私募机构登记被注销',
      '槐阳资产管理有限公司因失联且挪用基金财产，基金业协会决定注销其管理人登记。',
      ['槐阳资产管理有限公司'],
    ],
    [
      'a description (广东一…平台) in the title and the name in the summary',
      '广东一数字资产交易平台被责令关闭',
      '槐城数字资产交易平台以数字藏品名义撮合虚拟货币买卖，已被责令关闭。',
      ['槐城数字资产交易平台'],
    ],
    [
      'an operator named in a clause of its own',
      '槐港数字资产交易平台被取缔',
      '该平台运营公司槐港区块链技术有限公司已被立案调查。',
      ['槐港数字资产交易平台', '槐港区块链技术有限公司'],
    ],
    [
      'a 前述 back-reference whose verb is 停止一切交易活动',
      '湖北公布交易场所退出名单',
      '名单包括：荆门象山商品交易中心有限公司、孝感槐荫文化产权交易所有限公司。前述两家场所自即日起停止一切交易活动。',
      ['荆门象山商品交易中心有限公司', '孝感槐荫文化产权交易所有限公司'],
    ],
    [
      'two credit cooperatives merged, then 两社',
      '两家农信联社合并',
      '南槐农村信用合作联社、北槐农村信用合作联社合并组建槐乡农村商业银行，两社法人资格终止。',
      ['南槐农村信用合作联社', '北槐农村信用合作联社'],
    ],
  ])('GIVEN %s THEN a closure of exactly those names', (_cls, title, summary, entities) => {
    const r = classify(title, summary);
    expect(r.closure, r.reason).toBe(true);
    expect(r.entities).toEqual(entities);
  });
});

describe('round 6c non-closures', () => {
  it.each<[cls: string, title: string, summary: string]>([
    ['a pause for maintenance (暂停服务) then resumed', '暂停服务三天的“槐花钱包”恢复提现', ''],
    ['a pause announced with its end', '“槐米金服”因系统升级暂停服务，周一恢复', ''],
    ['停服 for two weeks, then resumed', '“槐仁金服”停服两周后恢复访问', ''],
    ['trading halted over a holiday', '槐安商品交易中心国庆期间停止一切交易活动', '节后恢复交易。'],
    ['trading halted for a stated time', '槐丘文化产权交易所停止一切交易活动两天，配合系统升级', ''],
    ['a fixed-term bar on new loans', '槐林小额贷款有限公司被暂停新增贷款业务六个月', ''],
    ['claims checked after the platform exited', '“槐叶贷”退出网贷行业后，专班启动出借人债权核对', ''],
    ['a platform already exited, written attributively', '已退出网贷行业的“槐籽理财”将开展出借人信息核对', ''],
    ['a brand described by its exit', '良性退出的“槐枝贷”发布清退进展', ''],
    [
      'a listed back-reference under a plan',
      '两家小贷公司拟被取消资格',
      '槐桥小额贷款有限公司、槐坡小额贷款有限公司长期停业，上述公司拟被取消经营资格。',
    ],
    ['以上 meaning "more than", not a back-reference', '连续两年以上未开展业务的典当行将被注销许可证', ''],
  ])('GIVEN %s THEN no closure', (_cls, title, summary) => {
    const r = classify(title, summary);
    expect(r.closure, `${r.reason} ${r.entities.join(',')}`).toBe(false);
  });

  it('GIVEN a closure after a pause THEN it is still a closure', () => {
    const r = classify('暂停业务半年后，槐溪小额贷款有限公司被取消经营资格');
    expect(r.closure).toBe(true);
    expect(r.entities).toEqual(['槐溪小额贷款有限公司']);
  });
});
