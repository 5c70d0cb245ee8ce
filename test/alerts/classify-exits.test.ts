import { describe, expect, it } from 'vitest';
import { classifyNews } from '../../bot/alerts/classify.js';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';

const registry = loadDefaultRegistry();
const classify = (title: string) => classifyNews({ title, summary: '' }, registry);

// Exit wordings of licensed lenders, banks and venues beyond the verbs of the first lexicon.
describe('exit wordings', () => {
  it.each<[string, string[]]>([
    ['远帆小额贷款有限公司变更经营范围，不再从事小额贷款业务', ['远帆小额贷款有限公司']],
    ['星河村镇银行实现市场退出', ['星河村镇银行']],
    ['星河村镇银行并入远帆农商银行', ['星河村镇银行']],
    ['远帆银行收购星河村镇银行并改建为支行', ['星河村镇银行']],
    ['批准星河村镇银行改建为远帆银行分支机构', ['星河村镇银行']],
    ['取消星河小额贷款有限公司试点', ['星河小额贷款有限公司']],
    ['星河典当有限公司终止典当业务', ['星河典当有限公司']],
    ['星河支付有限公司支付业务许可证到期未续展', ['星河支付有限公司']],
    ['天津将12家商业保理公司移出监管名单：远帆商业保理有限公司在列', ['远帆商业保理有限公司']],
    ['商业保理公司名单更新：星河商业保理有限公司被剔除', ['星河商业保理有限公司']],
    ['加密货币交易所NovaBit倒闭', ['NovaBit']],
    ['远帆资产登记备案中心（平台名称“远帆产登”）已清理关闭', ['远帆资产登记备案中心']],
    ['远帆消费金融公司被吸收合并', ['远帆消费金融公司']],
    ['远帆典当有限公司经营期限届满，依法终止', ['远帆典当有限公司']],
    ['上海远帆金融信息服务有限公司与其平台“远帆理财”均已完成清退', ['上海远帆金融信息服务有限公司', '远帆理财']],
    ['香港證監會撤銷遠帆證券有限公司的牌照', ['遠帆證券有限公司']],
    ['注销！远帆小额贷款有限公司', ['远帆小额贷款有限公司']],
    ['星河村镇银行撤销后，其债权债务由远帆农商银行承继', ['星河村镇银行']],
    ['远帆融资租赁（中国）有限公司列入撤销名单', ['远帆融资租赁（中国）有限公司']],
    ['星河互联网小额贷款有限公司更名为星河数字科技有限公司，不再经营网络小贷业务', ['星河互联网小额贷款有限公司']],
  ])('GIVEN %s THEN a closure of %j', (title, want) => {
    const r = classify(title);
    expect(r.closure).toBe(true);
    expect(r.entities).toEqual(want);
  });

  it.each([
    '完善村镇银行市场退出机制',
    '星河小贷公司申请续展许可证',
    '法院裁定受理星河信托有限责任公司破产清算申请',
    '监管部门：暂未收到星河村镇银行解散申请',
    '某奶茶品牌宣布倒闭',
    '星河小额贷款有限公司将注销',
    '星河村镇银行即将解散',
    '星河农商银行完成对远帆村镇银行的收购，后者将改建为支行',
    '星河村镇银行被吸收合并的方案获股东大会通过',
    '星河银行与远帆公司合作终止',
    '拟列入撤销名单的融资租赁公司：远帆融资租赁有限公司',
    '星河银行撤销对远帆公司的起诉',
  ])('GIVEN a mechanism, an application or an unrelated business (%s) THEN no closure', (title) => {
    expect(classify(title).closure).toBe(false);
  });
});
